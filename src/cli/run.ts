/**
 * `boundary-guard ARGV…`: global flags and the command dispatch table.
 */
import { readPackageMeta } from '../package-meta.js';
import type { CliIo, ExitCode } from './io.js';
import { hanging, stdoutColumns, wrap } from './terminal.js';

export type { CliIo, ExitCode } from './io.js';

interface Command {
  /** One line for `boundary-guard --help`. */
  readonly summary: string;
  readonly run: (argv: string[], io: CliIo) => Promise<ExitCode>;
}

/**
 * Dispatch table: command name -> handler. Every command owns its argv
 * parsing and `--help`, writes through `io` and returns an exit code; each is
 * imported on first use, so `--version` or `init` never load the catalog.
 */
const COMMANDS = new Map<string, Command>([
  ['contract', { summary: 'describe, build and validate saas_operating_automation payloads', run: async (argv, io) => (await import('./contract.js')).runContract(argv, io) }],
  ['scan', { summary: 'scan files, the staged content or a pull-request diff for what the Boundary forbids', run: async (argv, io) => (await import('./scan.js')).runScan(argv, io) }],
  ['init', { summary: 'write a starter config and install a git pre-commit hook', run: async (argv, io) => (await import('./init.js')).runInit(argv, io) }],
  ['baseline', { summary: 'record the current findings so that scans fail only on new ones', run: async (argv, io) => (await import('./baseline.js')).runBaseline(argv, io) }],
  ['detectors', { summary: 'list the detector catalog', run: async (argv, io) => (await import('./detectors.js')).runDetectors(argv, io) }],
  ['explain', { summary: 'what a detector or category finds, and how to allow a finding', run: async (argv, io) => (await import('./explain.js')).runExplain(argv, io) }],
]);

const USAGE = 'Usage: boundary-guard <command> [options]';

function help(columns = stdoutColumns()): string {
  const width = Math.max(...[...COMMANDS.keys()].map((name) => name.length));
  const lines = [...COMMANDS].map(([name, command]) => `  ${name.padEnd(width)}  ${hanging(command.summary, columns, width + 4, 0)}`);
  return `${USAGE}

${wrap("Keeps what a public contract's Boundary forbids out of an open-core repository.", columns).join('\n')}

Commands:
${lines.join('\n')}

Options:
  -h, --help     show this help
  --version      print the version

Run 'boundary-guard COMMAND --help' for a command's options.
`;
}

/** The version in this package's package.json. */
export function packageVersion(): string {
  return readPackageMeta(import.meta.url).version;
}

/** Runs the CLI with `argv` (without node and the script). Never exits the process. */
export async function run(argv: string[], io: CliIo): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout(help());
    return 0;
  }
  if (first === '--version') {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  if (first === undefined) {
    io.stderr(help());
    return 2;
  }
  const command = COMMANDS.get(first);
  if (!command) {
    const what = first.startsWith('-') ? 'unknown option' : 'unknown command';
    io.stderr(`boundary-guard: ${what} ${JSON.stringify(first)}\n${USAGE}\nRun 'boundary-guard --help' for the commands.\n`);
    return 2;
  }
  return command.run(rest, io);
}
