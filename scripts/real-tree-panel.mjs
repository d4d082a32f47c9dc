#!/usr/bin/env node
/**
 * `node scripts/real-tree-panel.mjs [--panel bench/real-tree/panel.json] [--out .bench/panel] [--mirrors /work/.mirror] [--only name,…] [--force]`
 *
 * Re-creates the trees of the real-tree panel outside git: each repository of
 * the panel file at its recorded commit (and sub-tree, when one is set) under
 * `<out>/<name>`. The files come from a local bare mirror
 * (`<mirrors>/<owner>+<name>/repo`) when there is one, else from a plain
 * `git clone` of GitHub into `<out>/.src/<name>`. Each tree gets an empty
 * `git init` so that the scanner takes it as its own root (without it the walk
 * would climb to this repository and its config). A tree already at its commit
 * is kept (its commit is noted in that .git). Nothing here is ever committed: `.bench/` is ignored.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    panel: { type: 'string', default: 'bench/real-tree/panel.json' },
    out: { type: 'string', default: '.bench/panel' },
    mirrors: { type: 'string', default: process.env.BOUNDARY_GUARD_MIRRORS ?? '/work/.mirror' },
    only: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});

const panel = JSON.parse(readFileSync(values.panel, 'utf8'));
const out = resolve(values.out);
const only = values.only ? new Set(values.only.split(',')) : undefined;
/** Kept inside the tree's empty .git, which the scan never enters. */
const MARKER = join('.git', 'panel-commit');

/** A git directory holding `commit`: the local mirror, or a clone made for it. */
function source(entry) {
  const mirror = join(values.mirrors, entry.repo.replace('/', '+'), 'repo');
  if (existsSync(mirror) && has(mirror, entry.commit)) return mirror;
  const clone = join(out, '.src', entry.name);
  if (!existsSync(join(clone, '.git'))) {
    mkdirSync(join(out, '.src'), { recursive: true });
    run('git', ['clone', '--quiet', '--no-checkout', `https://github.com/${entry.repo}.git`, clone]);
  }
  const gitDir = join(clone, '.git');
  if (!has(gitDir, entry.commit)) run('git', ['--git-dir', gitDir, 'fetch', '--quiet', 'origin', entry.commit]);
  return gitDir;
}

/**
 * Writes the blobs of `entry.commit` (under `entry.subtree`) into `dest`, paths
 * as in the repository. A snapshot mirror may list its largest blobs without
 * holding them (fonts, videos, images): those are counted and left out, as the
 * scan would skip them anyway (binary or over its size limit). Symlinks and
 * submodules are left out: the scan never follows either.
 */
function extract(gitDir, entry, dest) {
  const listing = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', '--full-tree', entry.commit, ...(entry.subtree ? ['--', entry.subtree] : [])], {
    maxBuffer: 1024 * 1024 * 1024,
  });
  const blobs = [];
  for (const record of listing.toString('utf8').split('\0')) {
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.+)$/su.exec(record);
    if (match && match[2] === 'blob' && match[1] !== '120000') blobs.push({ oid: match[3], path: match[4] });
  }
  const checked = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch-check'], { input: blobs.map((b) => b.oid).join('\n') + '\n', maxBuffer: 1024 * 1024 * 1024 })
    .toString('utf8')
    .split('\n');
  const present = blobs.filter((_, i) => !checked[i].endsWith(' missing'));
  const batch = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { input: present.map((b) => b.oid).join('\n') + '\n', maxBuffer: 8 * 1024 * 1024 * 1024 });
  let at = 0;
  for (const blob of present) {
    const headerEnd = batch.indexOf(10, at);
    const size = Number(batch.subarray(at, headerEnd).toString('latin1').split(' ')[2]);
    const content = batch.subarray(headerEnd + 1, headerEnd + 1 + size);
    at = headerEnd + 1 + size + 1;
    const file = join(dest, blob.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return { written: present.length, absent: blobs.length - present.length };
}

function has(gitDir, commit) {
  return spawnSync('git', ['--git-dir', gitDir, 'cat-file', '-e', `${commit}^{commit}`], { stdio: 'ignore' }).status === 0;
}

function run(command, args, options = {}) {
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
}

for (const entry of panel.repositories) {
  if (only && !only.has(entry.name)) continue;
  const dest = join(out, entry.name);
  const stamp = `${entry.commit}${entry.subtree ? `:${entry.subtree}` : ''}`;
  if (!values.force && existsSync(join(dest, MARKER)) && readFileSync(join(dest, MARKER), 'utf8').trim() === stamp) {
    console.log(`${entry.name}: at ${stamp}`);
    continue;
  }
  const gitDir = source(entry);
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  const { written, absent } = extract(gitDir, entry, dest);
  run('git', ['init', '--quiet', dest]);
  writeFileSync(join(dest, MARKER), `${stamp}\n`);
  console.log(`${entry.name}: ${entry.repo} ${stamp} -> ${dest} (${written} files${absent ? `; ${absent} blobs absent from the mirror, left out` : ''})`);
}
