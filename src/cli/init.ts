/**
 * `boundary-guard init`: a starter config and a git pre-commit hook that
 * scans the staged content. Nothing existing is replaced without --force.
 * The starter config's privatePaths lists the private folders of the tree
 * (see private-folders.ts).
 */
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CONFIG_FILE_NAME } from '../scanner/config.js';
import { isInside } from '../scanner/discover.js';
import { git, gitTopLevel } from '../scanner/git.js';
import { readSmallFile, writeFileAtomic } from '../scanner/read-file.js';
import { ArgsError, helpText, INIT, parseCommand, usageMessage } from './args.js';
import type { CliIo, ExitCode } from './io.js';
import { listProjectFiles, type PrivatePathProposal, proposePrivatePaths, reader } from './private-folders.js';
import { packageVersion } from './run.js';
import { escapeControl } from './terminal.js';

/** The hook's marker line: a hook holding it is ours and may be refreshed. */
export const HOOK_MARKER = 'installed by `boundary-guard init`';

/** The command a hook runs by default: the project's own install, never a download. */
export const DEFAULT_HOOK_COMMAND = 'npx --no-install boundary-guard';

/** The starter config, with the private paths proposed from the tree. */
const starterConfig = (privatePaths: readonly string[]): object => ({
  $schema: './node_modules/@cavra/boundary-guard/schemas/boundary-guard.config.schema.json',
  exclude: [],
  synthetic: { markers: [], hosts: [], entries: [] },
  internalDomains: [],
  privatePackages: [],
  privatePaths,
  suppressions: [],
});

const PRIVATE_NAMES = 'folders named ee/enterprise/cloud/saas/private';

/** What `init` says about the private paths it proposed (`written`: into a new config; otherwise a suggestion for the kept one). */
function proposalText(proposal: PrivatePathProposal, written: boolean, configName: string): string {
  const lines: string[] = [];
  const list = proposal.entries.join(', ');
  if (proposal.entries.length === 0) lines.push(`No private source folders found (${PRIVATE_NAMES}, holding source files).`);
  else if (written) lines.push(`Proposed private paths (${PRIVATE_NAMES}): ${list}; edit ${configName} to change them.`);
  else lines.push(`Proposed private paths (${PRIVATE_NAMES}): ${list}; ${configName} is kept, so add them to its privatePaths to use them.`);
  for (const folder of proposal.folders) lines.push(`  ${folder.entry.padEnd(14)} ${folder.path}${folder.evidence !== undefined ? ` (${folder.evidence})` : ''}`);
  if (proposal.suggestions.length > 0) {
    lines.push('Not proposed: a folder named cloud is often a public cloud-provider integration. If one of these is private, add its line to privatePaths:');
    for (const folder of proposal.suggestions) lines.push(`  # ${JSON.stringify(folder.entry).padEnd(14)} ${folder.path} (${folder.evidence ?? ''})`);
  }
  return `${lines.map(escapeControl).join('\n')}\n`;
}

/**
 * The command line a hook runs: `command` (the program, as --hook-command
 * gives it) followed by `scan --staged`, unless it already ends with that.
 * Any sh command line works (`cd app && npx boundary-guard`,
 * `VAR=1 pnpm exec boundary-guard`): the scan is its last command.
 */
export function hookCommand(command: string): string {
  const line = command.trim();
  if (/(?:^|\s)scan\s+--staged$/u.test(line)) return line;
  if (/(?:^|\s)scan(?:\s|$)/u.test(line)) throw new ArgsError("--hook-command names the program that runs boundary-guard; init adds 'scan --staged' (or give the whole command, ending with 'scan --staged')");
  return `${line} scan --staged`;
}

/** The pre-commit hook script running `line` (see hookCommand): its exit status is the hook's. */
export function hookScript(line: string): string {
  return `#!/bin/sh
# boundary-guard pre-commit hook, ${HOOK_MARKER}.
# Scans the staged content (the index, not the work tree); a finding or an
# error blocks the commit. Allow a value with an inline
# "boundary-guard-allow <id> -- <reason>" comment or a config suppression;
# name a baseline in the config ("baseline") to let known findings through.
${line}
`;
}

/** `text` as one sh word. */
function shellQuote(text: string): string {
  return `'${text.split("'").join("'\\''")}'`;
}

const instructions = (line: string): string => `
Other hook managers (run 'boundary-guard init --no-hook' to skip the git hook):
  husky:      echo ${shellQuote(line)} >> .husky/pre-commit
  lefthook:   in lefthook.yml
                pre-commit:
                  commands:
                    boundary-guard:
                      run: ${line}
  pre-commit: in .pre-commit-config.yaml
                repos:
                  - repo: https://github.com/cavra/boundary-guard
                    rev: v${packageVersion()}
                    hooks:
                      - id: boundary-guard
`;

/** Runs `boundary-guard init ARGV…`. */
export async function runInit(argv: string[], io: CliIo): Promise<ExitCode> {
  let values: Record<string, string | boolean | undefined>;
  let line: string;
  try {
    ({ values } = parseCommand(INIT, argv));
    const command = typeof values['hook-command'] === 'string' ? values['hook-command'] : DEFAULT_HOOK_COMMAND;
    if (/[\r\n]/u.test(command) || command.trim() === '') throw new ArgsError('--hook-command must be one non-empty line');
    line = hookCommand(command);
  } catch (error) {
    if (error instanceof ArgsError) {
      io.stderr(usageMessage(INIT, error.message));
      return 2;
    }
    throw error;
  }
  if (values.help === true) {
    io.stdout(helpText(INIT));
    return 0;
  }
  const force = values.force === true;
  const top = await gitTopLevel(io.cwd);
  const root = top ?? resolve(io.cwd);
  const shown = (path: string): string => escapeControl(relative(io.cwd, path).split('\\').join('/') || path);
  let status: ExitCode = 0;

  let proposal: PrivatePathProposal = { entries: [], folders: [], suggestions: [] };
  try {
    proposal = proposePrivatePaths(await listProjectFiles(root, top !== undefined), reader(root));
  } catch (error) {
    io.stderr(`boundary-guard init: cannot list the tree for private folders, so none are proposed (${error instanceof Error ? error.message : String(error)})\n`);
  }

  const configPath = join(root, CONFIG_FILE_NAME);
  if (existsSync(configPath) && !force) {
    io.stdout(`Kept ${shown(configPath)} (it exists; --force replaces it).\n`);
    io.stdout(proposalText(proposal, false, shown(configPath)));
  } else {
    try {
      writeFileAtomic(configPath, `${JSON.stringify(starterConfig(proposal.entries), null, 2)}\n`, { root });
      io.stdout(`Wrote ${shown(configPath)}.\n`);
      io.stdout(proposalText(proposal, true, shown(configPath)));
    } catch (error) {
      io.stderr(`boundary-guard init: cannot write ${shown(configPath)} (${error instanceof Error ? error.message : String(error)})\n`);
      status = 2;
    }
  }

  if (values.hook !== false) {
    if (top === undefined) {
      io.stderr('boundary-guard init: not inside a git work tree, so no pre-commit hook was installed (run git init first, or pass --no-hook)\n');
      status = 2;
    } else {
      status = Math.max(status, await installHook(top, line, force, io, shown)) as ExitCode;
    }
  }
  io.stdout(instructions(line));
  return status;
}

async function installHook(root: string, line: string, force: boolean, io: CliIo, shown: (path: string) => string): Promise<ExitCode> {
  let hooksDir: string;
  try {
    // Honours core.hooksPath and linked work trees.
    hooksDir = resolve(root, (await git(['rev-parse', '--git-path', 'hooks'], root)).toString('utf8').trim());
  } catch (error) {
    io.stderr(`boundary-guard init: ${(error as Error).message}\n`);
    return 2;
  }
  const hook = join(hooksDir, 'pre-commit');
  if (existsSync(hook) && !force) {
    let current = '';
    try {
      current = readSmallFile(hook, 1024 * 1024);
    } catch {
      // Unreadable: treat as someone else's.
    }
    if (!current.includes(HOOK_MARKER)) {
      io.stderr(
        `boundary-guard init: ${shown(hook)} exists and is not ours; left unchanged. Add the line ${escapeControl(line)} to it, or rerun with --force to replace it.\n`,
      );
      return 2;
    }
  }
  try {
    mkdirSync(hooksDir, { recursive: true });
    // A linked work tree's hooks live in the main repository's git directory.
    writeFileAtomic(hook, hookScript(line), { root: isInside(root, hooksDir) ? root : hooksDir, mode: 0o755 });
    chmodSync(hook, 0o755);
  } catch (error) {
    io.stderr(`boundary-guard init: cannot write ${shown(hook)} (${error instanceof Error ? error.message : String(error)})\n`);
    return 2;
  }
  io.stdout(`Installed the pre-commit hook ${shown(hook)}: it runs ${escapeControl(line)}\n`);
  return 0;
}
