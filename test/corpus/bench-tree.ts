/**
 * A deterministic, realistic source tree generated in memory for the engine
 * benchmark: TS/JS source, JSON configs and payloads, YAML manifests,
 * Markdown docs, minified bundles (very long lines) and lock files
 * (package-lock.json and yarn.lock, integrity hashes and resolved URLs), with
 * a handful of planted positives. Same seed, same bytes.
 */
import { generate } from './generators.js';

/** One generated file. */
export interface BenchFile {
  readonly path: string;
  readonly text: string;
  readonly kind: BenchKind;
}

export type BenchKind = 'ts' | 'js' | 'json' | 'yaml' | 'markdown' | 'minified' | 'package-lock' | 'yarn-lock';

/** Share of bytes per kind. */
const MIX: ReadonlyArray<readonly [BenchKind, number]> = [
  ['ts', 0.24],
  ['js', 0.08],
  ['json', 0.1],
  ['yaml', 0.08],
  ['markdown', 0.12],
  ['minified', 0.2],
  ['package-lock', 0.12],
  ['yarn-lock', 0.06],
];

/** sfc32: fast 32-bit PRNG; the corpus needs speed, not quality. */
class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 15; i++) this.next();
  }

  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T;
  }

  chars(alphabet: string, n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const HEX = '0123456789abcdef';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

// Words of real code, including the ones detectors must not key on alone.
const NOUNS = ['user', 'account', 'order', 'item', 'config', 'options', 'state', 'request', 'response', 'handler', 'service', 'client', 'server', 'cache', 'store', 'event', 'message', 'payload', 'result', 'error', 'value', 'data', 'list', 'index', 'count', 'total', 'status', 'type', 'name', 'path', 'file', 'line', 'node', 'tree', 'token', 'key', 'id', 'url', 'query', 'schema', 'model', 'view', 'page', 'route', 'props', 'theme', 'style', 'size', 'layout', 'logger', 'metrics', 'trace', 'span', 'session', 'auth', 'permission', 'role', 'policy', 'rule', 'plugin', 'module', 'version', 'build', 'release', 'customer', 'invoice', 'tenant', 'license', 'dashboard', 'ticket', 'webhook', 'worker', 'schedule', 'queue', 'job', 'retry', 'billing', 'audit', 'support', 'secret', 'password', 'channel', 'report', 'export', 'upload', 'preview', 'locale', 'format'];
const VERBS = ['get', 'set', 'load', 'save', 'create', 'update', 'delete', 'find', 'build', 'parse', 'render', 'fetch', 'handle', 'resolve', 'validate', 'format', 'apply', 'compute', 'register', 'emit', 'read', 'write', 'sync', 'merge', 'map', 'filter', 'sort', 'open', 'close', 'send'];
const TYPES = ['string', 'number', 'boolean', 'Date', 'string[]', 'Record<string, unknown>', 'Promise<void>', 'Map<string, number>', 'readonly string[]'];
const WORDS = ['the', 'a', 'to', 'of', 'and', 'in', 'is', 'for', 'with', 'on', 'this', 'that', 'be', 'by', 'when', 'you', 'can', 'use', 'not', 'from', 'each', 'value', 'file', 'config', 'option', 'default', 'server', 'client', 'request', 'token', 'key', 'user', 'page', 'build', 'test', 'release', 'run', 'command', 'error', 'set', 'new', 'returns', 'called', 'before', 'after', 'every', 'only', 'must', 'should', 'may', 'support', 'license', 'dashboard', 'customer', 'webhook', 'schedule', 'worker', 'secret', 'password', 'account', 'invoice', 'ticket', 'tenant', 'billing', 'audit', 'policy', 'deploy', 'cluster', 'https', 'docs', 'example'];
const PACKAGES = ['react', 'lodash', 'express', 'typescript', 'eslint', 'vitest', 'webpack', 'rollup', 'chalk', 'debug', 'semver', 'glob', 'minimatch', 'yargs', 'commander', 'axios', 'zod', 'ajv', 'uuid', 'ms', 'tslib', 'acorn', 'esbuild', 'postcss', 'picocolors', 'fast-glob', 'micromatch', 'braces', 'picomatch', 'is-glob', 'js-yaml', 'json5', 'ws', 'undici', 'qs', 'mime-types', 'cookie', 'cross-spawn', 'which', 'signal-exit', 'supports-color', 'has-flag', 'ansi-styles', 'color-convert', 'strip-ansi', 'string-width', 'emoji-regex', 'wrap-ansi', 'cliui', 'escalade', 'y18n', 'get-caller-file', 'require-directory', 'once', 'wrappy', 'inflight', 'inherits', 'safe-buffer', 'readable-stream', 'string_decoder', 'util-deprecate', 'core-util-is', 'isarray', 'process-nextick-args'];
const SCOPES = ['@babel', '@types', '@eslint', '@typescript-eslint', '@vitest', '@rollup', '@esbuild', '@jridgewell', '@nodelib', '@humanwhocodes', '@sinclair', '@istanbuljs'];
const DOC_LINKS = ['https://grafana.com/docs/grafana/latest/', 'https://docs.datadoghq.com/', 'https://docs.sentry.io/platforms/javascript/', 'https://developer.mozilla.org/en-US/docs/Web/API/fetch', 'https://nodejs.org/api/fs.html', 'https://www.typescriptlang.org/docs/', 'https://github.com/vitest-dev/vitest/issues/4521', 'https://api.slack.com/messaging/webhooks', 'https://docs.stripe.com/keys', 'https://docs.github.com/en/rest'];

const ident = (rng: Rng): string => rng.pick(VERBS) + capital(rng.pick(NOUNS)) + (rng.int(3) === 0 ? capital(rng.pick(NOUNS)) : '');
const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const sentence = (rng: Rng, n: number): string => {
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(rng.pick(WORDS));
  return capital(words.join(' ')) + '.';
};
const semver = (rng: Rng): string => `${rng.int(12)}.${rng.int(30)}.${rng.int(20)}`;
const pkgName = (rng: Rng): string => (rng.int(4) === 0 ? `${rng.pick(SCOPES)}/${rng.pick(PACKAGES)}` : rng.pick(PACKAGES));
const integrity = (rng: Rng): string => `sha512-${rng.chars(B64, 86)}==`;

function tsFile(rng: Rng, target: number): string {
  const out: string[] = [];
  let size = 0;
  const push = (line: string): void => {
    out.push(line);
    size += line.length + 1;
  };
  for (let i = 0; i < 4 + rng.int(6); i++) push(`import { ${ident(rng)}, ${ident(rng)} } from '${rng.int(2) ? pkgName(rng) : `./${rng.pick(NOUNS)}-${rng.pick(NOUNS)}.js`}';`);
  push('');
  while (size < target) {
    const name = ident(rng);
    switch (rng.int(5)) {
      case 0: {
        push(`/** ${sentence(rng, 8 + rng.int(10))} */`);
        push(`export interface ${capital(name)} {`);
        for (let i = 0; i < 3 + rng.int(8); i++) push(`  readonly ${rng.pick(NOUNS)}${capital(rng.pick(NOUNS))}${rng.int(3) === 0 ? '?' : ''}: ${rng.pick(TYPES)};`);
        push('}');
        break;
      }
      case 1: {
        push(`// ${sentence(rng, 6 + rng.int(12))}`);
        push(`export async function ${name}(${rng.pick(NOUNS)}: ${rng.pick(TYPES)}, options: ${capital(rng.pick(NOUNS))}Options = {}): Promise<${rng.pick(TYPES)}> {`);
        for (let i = 0; i < 3 + rng.int(10); i++) {
          const v = rng.pick(NOUNS);
          const line = rng.int(4);
          if (line === 0) push(`  const ${v} = await ${ident(rng)}(options.${rng.pick(NOUNS)}, '${rng.pick(NOUNS)}-${rng.pick(NOUNS)}');`);
          else if (line === 1) push(`  if (!${v}) throw new Error(\`${sentence(rng, 5)} \${${rng.pick(NOUNS)}}\`);`);
          else if (line === 2) push(`  logger.debug('${rng.pick(VERBS)} ${rng.pick(NOUNS)}', { ${rng.pick(NOUNS)}Id: ${v}.id, count: ${rng.int(1000)} });`);
          else push(`  ${rng.pick(NOUNS)}s.push(...${v}.filter((x) => x.${rng.pick(NOUNS)} !== ${rng.int(2) ? "'" + rng.pick(NOUNS) + "'" : rng.int(100)}));`);
        }
        push(`  return ${rng.pick(NOUNS)};`);
        push('}');
        break;
      }
      case 2: {
        push(`export const ${name.toUpperCase()} = {`);
        for (let i = 0; i < 2 + rng.int(8); i++) {
          const k = rng.pick(NOUNS);
          const r = rng.int(5);
          if (r === 0) push(`  ${k}Url: '${rng.pick(DOC_LINKS)}',`);
          else if (r === 1) push(`  ${k}Id: '${rng.chars(HEX, 8)}-${rng.chars(HEX, 4)}-4${rng.chars(HEX, 3)}-a${rng.chars(HEX, 3)}-${rng.chars(HEX, 12)}',`);
          else if (r === 2) push(`  ${k}: process.env.${k.toUpperCase()}_${rng.pick(NOUNS).toUpperCase()} ?? '',`);
          else push(`  ${k}: ${rng.int(2) ? rng.int(10000) : `'${rng.pick(WORDS)} ${rng.pick(WORDS)}'`},`);
        }
        push('} as const;');
        break;
      }
      case 3: {
        push(`export class ${capital(name)}${capital(rng.pick(NOUNS))} {`);
        push(`  private readonly ${rng.pick(NOUNS)}s = new Map<string, ${capital(rng.pick(NOUNS))}>();`);
        for (let i = 0; i < 2 + rng.int(4); i++) {
          push(`  ${ident(rng)}(${rng.pick(NOUNS)}: string): ${rng.pick(TYPES)} {`);
          push(`    return this.${rng.pick(NOUNS)}s.get(${rng.pick(NOUNS)}) ?? ${rng.int(2) ? 'undefined' : `'${rng.pick(NOUNS)}'`};`);
          push('  }');
        }
        push('}');
        break;
      }
      default: {
        push(`describe('${name}', () => {`);
        push(`  it('${sentence(rng, 6)}', () => {`);
        push(`    expect(${name}({ ${rng.pick(NOUNS)}: '${rng.pick(NOUNS)}', email: 'someone@example.com' })).toEqual(${rng.int(100)});`);
        push('  });');
        push('});');
      }
    }
    push('');
  }
  return out.join('\n');
}

function jsonFile(rng: Rng, target: number): string {
  const parts: string[] = [];
  let size = 2;
  while (size < target) {
    const fields: string[] = [];
    for (let i = 0; i < 4 + rng.int(8); i++) {
      const k = `${rng.pick(NOUNS)}_${rng.pick(NOUNS)}`;
      const r = rng.int(6);
      const v =
        r === 0 ? rng.int(100000) : r === 1 ? `"${rng.pick(WORDS)} ${rng.pick(WORDS)} ${rng.pick(WORDS)}"` : r === 2 ? `"${rng.chars(HEX, 8)}-${rng.chars(HEX, 4)}-4${rng.chars(HEX, 3)}-8${rng.chars(HEX, 3)}-${rng.chars(HEX, 12)}"` : r === 3 ? `"2024-0${1 + rng.int(9)}-1${rng.int(9)}T0${rng.int(9)}:00:00Z"` : r === 4 ? `"${rng.pick(DOC_LINKS)}"` : rng.int(2) ? 'true' : 'null';
      fields.push(`    "${k}": ${v}`);
    }
    const item = `  {\n${fields.join(',\n')}\n  }`;
    parts.push(item);
    size += item.length + 2;
  }
  return `[\n${parts.join(',\n')}\n]\n`;
}

function yamlFile(rng: Rng, target: number): string {
  const out: string[] = [];
  let size = 0;
  while (size < target) {
    const name = `${rng.pick(NOUNS)}-${rng.pick(NOUNS)}`;
    const doc = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      `  name: ${name}`,
      `  labels: { app: ${name}, tier: ${rng.pick(['web', 'api', 'batch'])} }`,
      'spec:',
      `  replicas: ${1 + rng.int(6)}`,
      '  template:',
      '    spec:',
      '      containers:',
      `        - name: ${name}`,
      `          image: ghcr.io/${rng.pick(NOUNS)}/${name}@sha256:${rng.chars(HEX, 64)}`,
      '          env:',
      ...Array.from({ length: 2 + rng.int(6) }, () => {
        const k = `${rng.pick(NOUNS)}_${rng.pick(NOUNS)}`.toUpperCase();
        return rng.int(2) ? `            - { name: ${k}, value: "${rng.pick(WORDS)}-${rng.int(100)}" }` : `            - { name: ${k}, valueFrom: { secretKeyRef: { name: ${name}, key: ${k.toLowerCase()} } } }`;
      }),
      `          # ${sentence(rng, 8)}`,
      '          resources: { requests: { cpu: 100m, memory: 128Mi } }',
      '---',
    ].join('\n');
    out.push(doc);
    size += doc.length + 1;
  }
  return out.join('\n');
}

function markdownFile(rng: Rng, target: number): string {
  const out: string[] = [`# ${capital(rng.pick(NOUNS))} ${rng.pick(NOUNS)}`, ''];
  let size = 0;
  while (size < target) {
    const r = rng.int(6);
    let block: string;
    if (r === 0) block = `## ${capital(rng.pick(VERBS))} the ${rng.pick(NOUNS)}`;
    else if (r === 1) block = '```ts\n' + tsFile(rng, 300) + '\n```';
    else if (r === 2) block = `See [${rng.pick(NOUNS)} docs](${rng.pick(DOC_LINKS)}) and #${rng.int(5000)} (${rng.chars(HEX, 7)}).`;
    else if (r === 3) block = Array.from({ length: 3 + rng.int(5) }, () => `- ${sentence(rng, 6 + rng.int(10))}`).join('\n');
    else if (r === 4) block = `| option | default | notes |\n| --- | --- | --- |\n` + Array.from({ length: 3 + rng.int(5) }, () => `| \`${rng.pick(NOUNS)}${capital(rng.pick(NOUNS))}\` | \`${rng.int(2) ? rng.int(100) : "'" + rng.pick(WORDS) + "'"}\` | ${sentence(rng, 6)} |`).join('\n');
    else block = Array.from({ length: 2 + rng.int(4) }, () => sentence(rng, 8 + rng.int(14))).join(' ');
    out.push(block, '');
    size += block.length + 2;
  }
  return out.join('\n');
}

function minifiedFile(rng: Rng, target: number): string {
  const lines: string[] = ['/*! bundle | MIT */'];
  let size = 0;
  while (size < target) {
    // One very long line per module group, as bundlers emit.
    const parts: string[] = [];
    let lineSize = 0;
    const lineTarget = Math.min(target - size, 50_000 + rng.int(400_000));
    while (lineSize < lineTarget) {
      const a = rng.chars('abcdefghijklmnopqrstuvwxyz', 1);
      const b = rng.chars('abcdefghijklmnopqrstuvwxyz', 1);
      const r = rng.int(8);
      let part: string;
      if (r === 0) part = `${rng.int(9999)}:function(${a},${b},n){"use strict";var r=n(${rng.int(999)}),o=n.n(r);${a}.exports=function(${b}){return o()(${b},{${rng.pick(NOUNS)}:!0})}}`;
      else if (r === 1) part = `var ${a}${rng.int(99)}="${rng.pick(WORDS)} ${rng.pick(WORDS)} ${rng.pick(WORDS)}",${b}${rng.int(99)}=${rng.int(2) ? `"${rng.pick(DOC_LINKS)}"` : rng.int(1e6)};`;
      else if (r === 2) part = `function ${a}${b}(${a},${b}){if(!${a})throw new Error("${sentence(rng, 5)}");return ${a}.${rng.pick(NOUNS)}===${b}.${rng.pick(NOUNS)}?${a}:${b}}`;
      else if (r === 3) part = `${a}.prototype.${rng.pick(VERBS)}${capital(rng.pick(NOUNS))}=function(){return this._${rng.pick(NOUNS)}.map(function(${b}){return ${b}.${rng.pick(NOUNS)}})};`;
      else if (r === 4) part = `"${rng.pick(NOUNS)}${capital(rng.pick(NOUNS))}":"${rng.chars(B64, 20 + rng.int(40))}",`;
      else if (r === 5) part = `${a}.${rng.pick(NOUNS)}Id="${rng.chars(HEX, 8)}-${rng.chars(HEX, 4)}-4${rng.chars(HEX, 3)}-9${rng.chars(HEX, 3)}-${rng.chars(HEX, 12)}";`;
      else if (r === 6) part = `${a}.icon="data:image/svg+xml;base64,${rng.chars(B64, 200 + rng.int(800))}";`;
      else part = `for(var ${a}=0;${a}<${b}.length;${a}++){${b}[${a}]&&(${b}[${a}].${rng.pick(NOUNS)}=${rng.int(100)})}`;
      parts.push(part);
      lineSize += part.length;
    }
    const line = parts.join('');
    lines.push(line);
    size += line.length + 1;
  }
  lines.push('//# sourceMappingURL=bundle.js.map');
  return lines.join('\n');
}

function packageLock(rng: Rng, target: number): string {
  const entries: string[] = [];
  let size = 0;
  while (size < target) {
    const name = pkgName(rng);
    const version = semver(rng);
    const base = name.includes('/') ? name.split('/')[1] : name;
    const deps = Array.from({ length: rng.int(5) }, () => `"${pkgName(rng)}": "^${semver(rng)}"`);
    const entry = [
      `    "node_modules/${name}${rng.int(4) === 0 ? `/node_modules/${pkgName(rng)}` : ''}": {`,
      `      "version": "${version}",`,
      `      "resolved": "https://registry.npmjs.org/${name}/-/${base}-${version}.tgz",`,
      `      "integrity": "${integrity(rng)}",`,
      ...(rng.int(3) === 0 ? ['      "dev": true,'] : []),
      `      "license": "${rng.pick(['MIT', 'ISC', 'Apache-2.0', 'BSD-3-Clause'])}"${deps.length > 0 ? ',' : ''}`,
      ...(deps.length > 0 ? [`      "dependencies": { ${deps.join(', ')} }`] : []),
      '    }',
    ].join('\n');
    entries.push(entry);
    size += entry.length + 2;
  }
  return `{\n  "name": "app",\n  "version": "1.0.0",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n${entries.join(',\n')}\n  }\n}\n`;
}

function yarnLock(rng: Rng, target: number): string {
  const out: string[] = ['# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.', '# yarn lockfile v1', ''];
  let size = 0;
  while (size < target) {
    const name = pkgName(rng);
    const version = semver(rng);
    const base = name.includes('/') ? name.split('/')[1] : name;
    const block = [
      `"${name}@^${version}":`,
      `  version "${version}"`,
      `  resolved "https://registry.yarnpkg.com/${name}/-/${base}-${version}.tgz#${rng.chars(HEX, 40)}"`,
      `  integrity ${integrity(rng)}`,
      ...(rng.int(2) ? ['  dependencies:', ...Array.from({ length: 1 + rng.int(4) }, () => `    ${pkgName(rng)} "^${semver(rng)}"`)] : []),
      '',
    ].join('\n');
    out.push(block);
    size += block.length + 1;
  }
  return out.join('\n');
}

const BUILDERS: Readonly<Record<BenchKind, { ext: string; dir: string; build: (rng: Rng, target: number) => string; size: () => number }>> = {
  ts: { ext: 'ts', dir: 'src', build: tsFile, size: () => 3_000 },
  js: { ext: 'js', dir: 'lib', build: tsFile, size: () => 3_000 },
  json: { ext: 'json', dir: 'fixtures', build: jsonFile, size: () => 8_000 },
  yaml: { ext: 'yaml', dir: 'deploy', build: yamlFile, size: () => 4_000 },
  markdown: { ext: 'md', dir: 'docs', build: markdownFile, size: () => 6_000 },
  minified: { ext: 'min.js', dir: 'dist', build: minifiedFile, size: () => 400_000 },
  'package-lock': { ext: 'json', dir: 'packages', build: packageLock, size: () => 300_000 },
  'yarn-lock': { ext: 'lock', dir: 'packages', build: yarnLock, size: () => 200_000 },
};

/** Planted positives, one per listed macro, in the syntax of the file they land in. */
const PLANTED: ReadonlyArray<readonly [string, string]> = [
  ['slack-webhook', 'p1'],
  ['github-classic', 'p2'],
  ['stripe-secret', 'p3'],
  ['aws-akid', 'p4'],
  ['discord-webhook', 'p5'],
  ['sendgrid', 'p6'],
  ['gitlab-pat', 'p7'],
  ['npm-token', 'p8'],
  ['teams-legacy', 'p9'],
  ['cavra-licence', 'p10'],
  ['google-chat', 'p11'],
  ['slack-bot', 'p12'],
];

/**
 * Builds the tree: about `totalBytes` of text, deterministic for `seed`.
 * Returns the files and the number of planted positives.
 */
export function buildBenchTree(totalBytes: number, seed = 20240603): { files: BenchFile[]; planted: number } {
  const rng = new Rng(seed);
  const files: BenchFile[] = [];
  for (const [kind, share] of MIX) {
    const builder = BUILDERS[kind];
    let made = 0;
    let n = 0;
    while (made < totalBytes * share) {
      const target = Math.round(builder.size() * (0.3 + rng.next() * 1.4));
      const text = builder.build(rng, target);
      const name = kind === 'package-lock' ? `${rng.pick(NOUNS)}-${n}/package-lock.json` : kind === 'yarn-lock' ? `${rng.pick(NOUNS)}-${n}/yarn.lock` : `${rng.pick(NOUNS)}-${rng.pick(NOUNS)}-${n}.${builder.ext}`;
      files.push({ path: `${builder.dir}/${name}`, text, kind });
      made += text.length;
      n++;
    }
  }
  // Plant positives at the start of a few source, JSON-less files (kept syntax-neutral).
  let planted = 0;
  for (const [macro, seedName] of PLANTED) {
    const candidates = files.filter((f) => f.kind === 'ts' || f.kind === 'markdown' || f.kind === 'yaml');
    const index = rng.int(candidates.length);
    const target = candidates[index];
    if (!target) continue;
    const value = generate(macro, `bench-${seedName}`);
    const line = target.kind === 'yaml' ? `# notify: ${value}` : target.kind === 'markdown' ? `Value: \`${value}\`` : `const planted${planted} = '${value}';`;
    files[files.indexOf(target)] = { ...target, text: `${line}\n${target.text}` };
    planted++;
  }
  return { files, planted };
}
