import type { Sample } from '../../src/engine/types.js';

/** The contexts every detector sample is run in. */
export const CONTEXTS = ['ts-string', 'ts-template', 'ts-comment', 'json', 'yaml', 'markdown', 'dotenv'] as const;
export type SampleContext = (typeof CONTEXTS)[number];

/** A sample embedded in a file of one syntax: its text and the path that selects the syntax. */
export interface Embedded {
  readonly path: string;
  readonly text: string;
}

const keyOf = (sample: Sample): string => (typeof sample === 'string' ? 'value' : sample.key);
const valueOf = (sample: Sample): string => (typeof sample === 'string' ? sample : sample.value);

/** Embeds `sample` in a realistic file of `context`, encoding the value as that syntax requires. */
export function embed(sample: Sample, context: SampleContext): Embedded {
  const key = keyOf(sample);
  const value = valueOf(sample);
  const multiline = value.includes('\n');
  switch (context) {
    case 'ts-string':
      return { path: 'src/settings.ts', text: `import { load } from './load';\n\nexport const settings = {\n  ${key}: ${JSON.stringify(value)},\n};\nload(settings);\n` };
    case 'ts-template':
      return {
        path: 'src/message.ts',
        text: `export function render(): string {\n  return \`${key}=${value.replace(/[`\\]/gu, '\\$&').replace(/\$\{/gu, '\\${')}\`;\n}\n`,
      };
    case 'ts-comment':
      return { path: 'src/notes.ts', text: `/*\n * ${key}: ${value.split('\n').join('\n * ')}\n */\nexport const ready = true;\n` };
    case 'json':
      return { path: 'config/settings.json', text: `{\n  "service": "console",\n  "${key}": ${JSON.stringify(value)},\n  "enabled": true\n}\n` };
    case 'yaml':
      return multiline
        ? { path: 'deploy/values.yaml', text: `service: console\n${key}: |\n  ${value.split('\n').join('\n  ')}\nenabled: true\n` }
        : { path: 'deploy/values.yaml', text: `service: console\n${key}: ${JSON.stringify(value)}\nenabled: true\n` };
    case 'markdown':
      return { path: 'docs/setup.md', text: `# Setup\n\nSet the value below.\n\n\`\`\`yaml\n${key}: ${value}\n\`\`\`\n` };
    case 'dotenv':
      return multiline
        ? { path: '.env', text: `SERVICE=console\n${key.toUpperCase()}="${value.replace(/\n/gu, '\\n')}"\n` }
        : { path: '.env', text: `SERVICE=console\n${key.toUpperCase()}=${value}\n` };
  }
}

/** The raw value of a sample (for assertions on previews). */
export function sampleValue(sample: Sample): string {
  return valueOf(sample);
}
