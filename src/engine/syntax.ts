import type { Syntax } from './types.js';

const BY_EXTENSION: Readonly<Record<string, Syntax>> = {
  js: 'js', mjs: 'js', cjs: 'js', jsx: 'js', ts: 'js', mts: 'js', cts: 'js', tsx: 'js',
  vue: 'js', svelte: 'js', java: 'js', kt: 'js', go: 'js', rs: 'js', cs: 'js', c: 'js', h: 'js',
  cpp: 'js', hpp: 'js', swift: 'js', scala: 'js', php: 'js', dart: 'js', groovy: 'js', gradle: 'js',
  json: 'json', jsonc: 'json', json5: 'json', geojson: 'json', webmanifest: 'json', har: 'json', ipynb: 'json',
  yaml: 'yaml', yml: 'yaml',
  md: 'markdown', markdown: 'markdown', mdx: 'markdown',
  env: 'dotenv',
  sh: 'shell', bash: 'shell', zsh: 'shell', ksh: 'shell', fish: 'shell', ps1: 'shell',
  py: 'python', pyi: 'python', rb: 'python', pl: 'python', r: 'python',
  toml: 'toml', ini: 'toml', cfg: 'toml', conf: 'toml', properties: 'dotenv', tf: 'toml', hcl: 'toml',
};

/** Picks the syntax of a file from its path (forward or back slashes). */
export function syntaxFromPath(path: string | undefined): Syntax {
  if (!path) return 'text';
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase();
  if (base === '.env' || base.startsWith('.env.') || base.endsWith('.env')) return 'dotenv';
  if (base === 'dockerfile' || base === 'makefile' || base === '.bashrc' || base === '.profile') return 'shell';
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return 'text';
  return BY_EXTENSION[base.slice(dot + 1)] ?? 'text';
}
