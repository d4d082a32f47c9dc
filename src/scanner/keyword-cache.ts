/**
 * Keeps the keyword automaton's tables on disk between runs: building them
 * is most of an engine's start-up, and a pre-commit scan starts an engine
 * for a handful of files. The files sit in the `node_modules` that holds this
 * package (the code's own trust domain, not the scanned repository's), and
 * any file that does not check out is ignored and rebuilt, never trusted.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KeywordTableStore } from '../engine/keyword-scan.js';

const PACKAGE_NAME = '@cavra/boundary-guard';
/** File header: 8-byte magic, payload length, 4 bytes unused, SHA-256 of the payload; 48 bytes keep the payload int32-aligned. */
const MAGIC = Buffer.from('BGKTAB02', 'latin1');
const DIGEST_AT = 16;
const HEADER_BYTES = 48;
/** Far above the tables of any catalog (about 2 MB): a larger file is not ours. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Table files kept; projects with different configs (other keyword lists) each keep theirs. */
const KEEP_FILES = 8;

/**
 * The cache directory: `BOUNDARY_GUARD_CACHE_DIR` when set (empty turns the
 * cache off), else `.cache/boundary-guard` in the nearest `node_modules`
 * above this module, else in the package's own `node_modules` (a checkout of
 * this repository); undefined when there is none.
 */
export function keywordCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env.BOUNDARY_GUARD_CACHE_DIR;
  if (given !== undefined) return given === '' ? undefined : given;
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = dirname(dir)) {
    if (basename(dir) === 'node_modules') return join(dir, '.cache', 'boundary-guard');
    if (dirname(dir) === dir) break;
  }
  for (let dir = here; ; dir = dirname(dir)) {
    if (isThisPackage(dir)) return join(dir, 'node_modules', '.cache', 'boundary-guard');
    if (dirname(dir) === dir) return undefined;
  }
}

/** SHA-256 (node:crypto is loaded anyway; zlib's CRC-32 would cost a module load). */
function digest(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}

function isThisPackage(dir: string): boolean {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return false;
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

/**
 * Table files in one directory. Loading returns the payload only when the
 * header's length and SHA-256 match; saving writes a temporary file and
 * renames it, so a reader never sees half a file. Every failure is silent.
 */
export class KeywordTableFiles implements KeywordTableStore {
  constructor(private readonly dir: string) {}

  private file(key: string): string {
    return join(this.dir, `keywords-${key.replace(/[^0-9a-f]/gu, '').slice(0, 32)}.bin`);
  }

  load(key: string): Uint8Array | undefined {
    let bytes: Buffer;
    try {
      const file = this.file(key);
      if (statSync(file).size > MAX_FILE_BYTES) return undefined;
      bytes = readFileSync(file);
    } catch {
      return undefined;
    }
    if (bytes.length < HEADER_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    const payload = bytes.subarray(HEADER_BYTES);
    if (payload.length !== bytes.readUInt32LE(8) || !digest(payload).equals(bytes.subarray(DIGEST_AT, HEADER_BYTES))) return undefined;
    return payload;
  }

  save(key: string, bytes: Uint8Array): void {
    const file = this.file(key);
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true });
      const header = Buffer.alloc(HEADER_BYTES);
      MAGIC.copy(header);
      header.writeUInt32LE(bytes.length, 8);
      digest(bytes).copy(header, DIGEST_AT);
      writeFileSync(temp, Buffer.concat([header, bytes]));
      renameSync(temp, file);
      this.prune();
    } catch {
      rmSync(temp, { force: true });
    }
  }

  /** Keeps the newest table files. */
  private prune(): void {
    const files = readdirSync(this.dir)
      .filter((name) => name.startsWith('keywords-') && name.endsWith('.bin'))
      .map((name) => ({ path: join(this.dir, name), mtime: statSync(join(this.dir, name)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime);
    for (const old of files.slice(KEEP_FILES)) rmSync(old.path, { force: true });
  }
}
