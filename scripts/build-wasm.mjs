// Assembles src/engine/keyword-walk.wat into src/engine/keyword-walk-wasm.ts.
// Usage: npm run build:wasm writes the file; with --check it only exits 1 when
// the file is not what the text source assembles to (the test suite runs that).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import wabt from 'wabt';

const source = fileURLToPath(new URL('../src/engine/keyword-walk.wat', import.meta.url));
const target = fileURLToPath(new URL('../src/engine/keyword-walk-wasm.ts', import.meta.url));

/** The TypeScript module holding the assembled bytes of keyword-walk.wat. */
async function assembleKeywordWalk() {
  const tools = await wabt();
  const parsed = tools.parseWat('keyword-walk.wat', readFileSync(source, 'utf8'));
  try {
    parsed.validate();
    const { buffer } = parsed.toBinary({ write_debug_names: false });
    const rows = [];
    for (let at = 0; at < buffer.length; at += 16) {
      rows.push(`  ${[...buffer.subarray(at, at + 16)].map((b) => `0x${b.toString(16).padStart(2, '0')}`).join(', ')},`);
    }
    return [
      '// Generated from keyword-walk.wat by `npm run build:wasm`; edit the .wat, never this file.',
      '/** The assembled keyword walk (WebAssembly binary format). */',
      'export const KEYWORD_WALK_WASM = new Uint8Array([',
      ...rows,
      ']);',
      '',
    ].join('\n');
  } finally {
    parsed.destroy();
  }
}

const module = await assembleKeywordWalk();
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== module) {
    console.error('src/engine/keyword-walk-wasm.ts is not what keyword-walk.wat assembles to: run npm run build:wasm');
    process.exit(1);
  }
} else {
  writeFileSync(target, module);
  console.log('wrote src/engine/keyword-walk-wasm.ts');
}
