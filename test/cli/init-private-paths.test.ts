// `init` proposes the tree's private source folders for privatePaths, run as the BUILT binary in real
// git repositories (and in a plain directory): the config holds exactly the folders found, and a scan
// with it flags public imports of them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposePrivatePaths } from '../../src/cli/private-folders.js';
import { boundaryGuard, cleanup, commitAll, ensureBuilt, gitRepo, tempDir, writeTree } from '../scanner/support.js';

beforeAll(ensureBuilt, 300_000);
afterAll(cleanup);

interface JsonReport {
  findings: { path: string; line: number; ruleId: string }[];
}

const privatePaths = (dir: string): unknown => (JSON.parse(readFileSync(join(dir, 'boundary-guard.config.json'), 'utf8')) as { privatePaths?: unknown }).privatePaths;

/** `path:line ruleId` of every private-path-import finding of a scan of the work tree. */
function importFindings(dir: string): string[] {
  const run = boundaryGuard(dir, ['scan', '--format', 'json']);
  expect(run.status, run.stderr).not.toBe(2);
  return (JSON.parse(run.stdout) as JsonReport).findings.filter((f) => f.ruleId === 'private-path-import').map((f) => `${f.path}:${f.line} ${f.ruleId}`).sort();
}

// Licence texts, assembled so that this file holds no licence header of its own.
const COMMERCIAL_LICENCE = ['Copyright (c) 2024 Northbridge Labs', '', 'The Northbridge Enterprise Edition (EE) license (the "Enterprise License").', 'Production use requires a valid subscription agreement.'].join('\n');
const APACHE_LICENCE = ['', '                                 Apache License', '                           Version 2.0, January 2004', '', 'including but not limited to damages for loss of goodwill, work stoppage, or any and all other commercial damages or losses'].join('\n');

const PUBLIC_PAGE = "import { SsoButton } from '@/modules/ee/sso/button';\nimport { usage } from '@/cloud/usage';\n\nexport const page = [SsoButton, usage];\n";

describe('init proposes private paths', () => {
  it('writes the folders named ee/enterprise/cloud (commercial)/*-ee that hold source files, and a scan flags their imports', () => {
    const dir = gitRepo({
      'README.md': '# app\n',
      'ee/billing/meter.ts': 'export const meter = 1;\n',
      'ee/cloud/sync.ts': 'export const sync = 1;\n', // inside ee/: part of that tree
      'apps/web/modules/ee/sso/button.tsx': 'export const SsoButton = null;\n',
      'apps/web/app/page.tsx': PUBLIC_PAGE,
      'packages/enterprise/src/index.ts': 'export const seats = 1;\n',
      'packages/billing-ee/index.js': 'module.exports = {};\n',
      'cloud/usage.ts': 'export const usage = 1;\n',
      'cloud/LICENSE': COMMERCIAL_LICENCE,
      'integrations/cloud/aws.ts': 'export {};\n', // private by the name cloud/ too, and said so
      'node_modules/x/ee/index.js': 'module.exports = {};\n', // dependencies are never proposed
      'test/fixtures/enterprise/sample.ts': 'export {};\n', // nor sample trees
      '.github/saas/run.js': 'export {};\n', // nor hidden folders
      'docs/private/notes.md': '# notes\n', // no source file
      'a/b/c/d/e/f/g/ee/deep.ts': 'export {};\n', // deeper than six folders
    });
    commitAll(dir, 'initial');
    // Before init, @/cloud is no private path: only the ee import is flagged.
    expect(importFindings(dir)).toEqual(['apps/web/app/page.tsx:1 private-path-import']);

    const init = boundaryGuard(dir, ['init', '--no-hook']);
    expect(init.status, init.stderr).toBe(0);
    expect(privatePaths(dir)).toEqual(['billing-ee/', 'cloud/', 'ee/', 'enterprise/']);
    expect(init.stdout).toContain(
      'Proposed private paths (folders named ee/enterprise/cloud/saas/private): billing-ee/, cloud/, ee/, enterprise/; edit boundary-guard.config.json to change them.',
    );
    expect(init.stdout).toMatch(/^ {2}ee\/ +apps\/web\/modules\/ee\/$/mu);
    expect(init.stdout).toMatch(/^ {2}ee\/ +ee\/$/mu);
    expect(init.stdout).toMatch(/^ {2}cloud\/ +cloud\/ \(LICENSE has commercial or proprietary terms\)$/mu);
    expect(init.stdout).toMatch(/^ {2}cloud\/ +integrations\/cloud\/ \(private by its name too, though it has no licence with commercial terms nor README saying enterprise or commercial\)$/mu);
    expect(init.stdout).toMatch(/^ {2}enterprise\/ +packages\/enterprise\/$/mu);
    expect(init.stdout).not.toMatch(/node_modules|fixtures|\.github|docs\/private|deep|ee\/cloud/u);
    expect(init.stdout).not.toContain('Not proposed');

    expect(importFindings(dir)).toEqual(['apps/web/app/page.tsx:1 private-path-import', 'apps/web/app/page.tsx:2 private-path-import']);

    // A kept config is left as it is; the proposal is printed as a suggestion.
    writeFileSync(join(dir, 'boundary-guard.config.json'), '{ "privatePaths": [] }\n');
    const again = boundaryGuard(dir, ['init', '--no-hook']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('Kept boundary-guard.config.json');
    expect(again.stdout).toContain('billing-ee/, cloud/, ee/, enterprise/; boundary-guard.config.json is kept, so add them to its privatePaths to use them.');
    expect(privatePaths(dir)).toEqual([]);
  });

  it('leaves a cloud folder without commercial terms out of the config and prints it commented', () => {
    const dir = gitRepo({
      'cloud/aws.ts': 'export const region = "eu-west-1";\n',
      'cloud/LICENSE': APACHE_LICENCE,
      'cloud/README.md': '# Cloud providers\n\nDeploy to AWS, GCP or Azure.\n',
      'src/enterprise/seats.py': 'SEATS = 1\n',
      'apps/web/app/page.tsx': PUBLIC_PAGE,
    });
    // Untracked files count too: init runs before the first commit.
    const init = boundaryGuard(dir, ['init', '--no-hook']);
    expect(init.status, init.stderr).toBe(0);
    expect(privatePaths(dir)).toEqual(['enterprise/']);
    expect(init.stdout).toContain('Proposed private paths (folders named ee/enterprise/cloud/saas/private): enterprise/;');
    expect(init.stdout).toContain('Not proposed: a folder named cloud is often a public cloud-provider integration.');
    expect(init.stdout).toMatch(/^ {2}# "cloud\/" +cloud\/ \(no licence with commercial terms nor README saying enterprise or commercial\)$/mu);
    commitAll(dir, 'initial');
    expect(importFindings(dir)).toEqual(['apps/web/app/page.tsx:1 private-path-import']);
  });

  it('walks a tree outside git: a cloud folder whose README says enterprise, and nothing when none is found', () => {
    const dir = tempDir('bg-init-walk-');
    writeTree(dir, {
      'platform/cloud/README.md': '# Cloud\n\nPart of the Enterprise Edition, commercially licensed.\n',
      'platform/cloud/main.go': 'package cloud\n',
      'saas-backend/api/handler.py': 'def handle(): pass\n',
      'vendor/enterprise/lib.go': 'package lib\n',
      'build/ee/out.js': 'export {};\n',
    });
    const init = boundaryGuard(dir, ['init', '--no-hook']);
    expect(init.status, init.stderr).toBe(0);
    expect(privatePaths(dir)).toEqual(['cloud/', 'saas-backend/']);
    expect(init.stdout).toMatch(/^ {2}cloud\/ +platform\/cloud\/ \(README\.md says it is enterprise or commercially licensed\)$/mu);

    const empty = tempDir('bg-init-empty-');
    writeTree(empty, { 'src/cloud/client.ts': 'export {};\n', 'src/index.ts': 'export {};\n' });
    const none = boundaryGuard(empty, ['init', '--no-hook']);
    expect(none.status, none.stderr).toBe(0);
    expect(privatePaths(empty)).toEqual([]);
    expect(none.stdout).toContain('No private source folders found');
    expect(none.stdout).toContain('# "cloud/"');
  });
});

describe('proposePrivatePaths', () => {
  const propose = (files: Readonly<Record<string, string>>): ReturnType<typeof proposePrivatePaths> => proposePrivatePaths(Object.keys(files), (path) => files[path]);

  it('reads a cloud folder as commercial by its licence or README, never by an open-source licence that names proprietary programs', () => {
    const gpl = ['                    GNU GENERAL PUBLIC LICENSE', '', 'This General Public License does not permit incorporating your program into proprietary programs.'].join('\n');
    expect(propose({ 'cloud/a.ts': '', 'cloud/COPYING': gpl }).entries).toEqual([]);
    expect(propose({ 'cloud/a.ts': '', 'cloud/LICENSE.md': APACHE_LICENCE }).entries).toEqual([]);
    expect(propose({ 'cloud/a.ts': '', 'cloud/LICENSE.md': COMMERCIAL_LICENCE }).entries).toEqual(['cloud/']);
    expect(propose({ 'cloud/a.ts': '', 'cloud/README.md': 'This module is source-available.' }).entries).toEqual(['cloud/']);
    // Only the folder's own licence counts, not one deeper down.
    expect(propose({ 'cloud/a.ts': '', 'cloud/sub/LICENSE': COMMERCIAL_LICENCE }).suggestions.map((f) => f.path)).toEqual(['cloud/']);
  });

  it('matches names case-insensitively and precisely', () => {
    const found = propose({
      'EE/a.ts': '',
      'packages/app-enterprise/b.ts': '',
      'services/saas-backend/c.go': '',
      'patterns/saas-backend-code/c.ts': '',
      'lib/eel/d.ts': '',
      'lib/freebee/e.ts': '',
      'lib/enterprises/f.ts': '',
      'lib/saas/README.md': '',
      'lib/private/g.py': '',
    });
    expect(found.entries).toEqual(['app-enterprise/', 'ee/', 'private/', 'saas-backend/']);
    expect(found.folders.map((f) => f.path)).toEqual(['packages/app-enterprise/', 'EE/', 'lib/private/', 'services/saas-backend/']);
  });
});
