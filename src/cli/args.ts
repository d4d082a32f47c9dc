/**
 * Option tables and help texts of the scanner commands (`scan`, `baseline`,
 * `init`, `detectors`); argv is parsed inside each command's run, never at import.
 */
import { parseArgs } from 'node:util';
import { hanging, stdoutColumns, wrap } from './terminal.js';

/** One option: what `parseArgs` needs plus its help line. */
export interface OptionDef {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  /** Placeholder of the value in help (`FILE`). */
  readonly value?: string;
  /** Shown instead of `--name` (for `--no-git`). */
  readonly flag?: string;
  readonly description: string;
}

/** A command's argv grammar and help. */
export interface CommandSpec {
  readonly name: string;
  readonly usage: string;
  readonly description: string;
  readonly options: Readonly<Record<string, OptionDef>>;
  readonly examples: readonly (readonly [string, string])[];
  readonly exitStatus: readonly string[];
  readonly positionals: boolean;
}

/** Bad arguments: the command prints the message and its usage line, exit status 2. */
export class ArgsError extends Error {
  override readonly name = 'ArgsError';
}

const HELP: OptionDef = { type: 'boolean', short: 'h', description: 'show this help' };

export const SCAN: CommandSpec = {
  name: 'scan',
  usage: 'boundary-guard scan [options] [PATH...]',
  description: `Scans files for what a public repository must not hold: credentials, webhooks, customer data,
billing records, private code markers, in each PATH (default: the current directory). Inside a git
work tree it reads the files git tracks plus untracked files it does not ignore; elsewhere, or with
--no-git, it walks the directories.
Values are always masked in the output.`,
  positionals: true,
  options: {
    format: { type: 'string', short: 'f', value: 'NAME', description: 'stylish (default), json, sarif or github' },
    'output-file': { type: 'string', short: 'o', value: 'FILE', description: 'write the report to FILE instead of stdout (also when the run ends in an error)' },
    config: { type: 'string', short: 'c', value: 'FILE', description: 'config file (default: boundary-guard.config.json at the scan root)' },
    staged: { type: 'boolean', description: 'scan the staged content (the index, not the work tree): for a pre-commit hook' },
    diff: {
      type: 'string',
      value: 'BASE',
      description:
        'scan the files changed between the merge base of BASE and HEAD, in full;\nonly findings on lines the change added fail; what each commit of the range\nadded is scanned too (a value added, then removed, is still in the history)',
    },
    history: { type: 'boolean', flag: '--no-history', description: 'with --diff: only the final tree, not each commit (for squash merges)' },
    baseline: {
      type: 'string',
      value: 'FILE',
      description: 'findings recorded in FILE (see `boundary-guard baseline`) are existing and do not fail\n(default: the config\'s "baseline", if set); entries nothing matches are warned about',
    },
    git: { type: 'boolean', flag: '--no-git', description: 'walk the file system instead of asking git for the file list' },
    shard: { type: 'string', value: 'I/N', description: 'scan only shard I of N (a stable split by path), for CI matrices' },
    stdin: { type: 'boolean', description: 'scan standard input instead of files' },
    'stdin-filename': { type: 'string', value: 'NAME', description: 'the path standard input is reported as (it picks the syntax and the config rules)' },
    'show-suppressed': { type: 'boolean', description: 'also list findings the synthetic registry, an inline directive or the config\nsuppressed, with the reason' },
    'max-warnings': { type: 'string', value: 'N', description: 'also fail when there are more than N new warning-level findings (-1: no limit,\nthe default)' },
    quiet: { type: 'boolean', short: 'q', description: 'report failing findings only' },
    concurrency: { type: 'string', value: 'N', description: 'worker threads besides the main thread: auto (default: from 1000 files up),\noff, or a number' },
    'print-config': {
      type: 'boolean',
      description: 'print the config the scan would use (the file found, defaults applied, the level of\neach detector) as JSON and exit; the hash key shows as set or not set',
    },
    color: { type: 'boolean', flag: '--[no-]color', description: 'force colour on or off (default: on a TTY unless NO_COLOR is set; FORCE_COLOR\nturns it on elsewhere)' },
    help: HELP,
  },
  examples: [
    ['boundary-guard scan', 'scan the current directory (at the top of a repository: all of it)'],
    ['boundary-guard scan --staged', 'what a pre-commit hook runs'],
    ['boundary-guard scan --diff origin/main --format sarif -o boundary-guard.sarif', 'pull-request gate with a SARIF report'],
    ['boundary-guard scan --baseline boundary-guard.baseline.json', 'fail only on findings not in the baseline'],
    ['git show HEAD:app.yaml | boundary-guard scan --stdin --stdin-filename app.yaml', 'scan content from a pipe'],
  ],
  exitStatus: [
    '0  no failing finding',
    '1  failing findings: new findings at error level (or more new warnings than --max-warnings);\n   the summary says which',
    '2  usage, config or I/O error: a file that could not be read, a git failure, a malformed\n   suppression directive. A file that could not be read is never a silent pass.',
  ],
};

export const BASELINE: CommandSpec = {
  name: 'baseline',
  usage: 'boundary-guard baseline [options] [PATH...]',
  description: `Scans the tree and writes every finding's fingerprint to a baseline file (detector id, path,
count and keyed value hash; never a value). Name the file in the config ("baseline") and \`scan\`,
\`scan --staged\` and \`scan --diff\` fail only on findings not in it (or pass \`scan --baseline FILE\`);
entries survive lines moving and renames. Commit the file; --prune shrinks it as findings are fixed.`,
  positionals: true,
  options: {
    'output-file': {
      type: 'string',
      short: 'o',
      value: 'FILE',
      description: 'where to write (default: the config\'s "baseline", else boundary-guard.baseline.json\nat the scan root)',
    },
    baseline: { type: 'string', value: 'FILE', description: 'the baseline --prune and --list read (default: as for --output-file)' },
    prune: {
      type: 'boolean',
      description: 'drop the entries a full scan no longer matches (fixed findings), lower counts,\nfollow renamed files; keep every other entry and add nothing',
    },
    list: { type: 'boolean', description: 'print the entries (path, detector, count, fingerprint prefix) without scanning' },
    format: { type: 'string', short: 'f', value: 'NAME', description: 'with --list: text (default) or json' },
    config: SCAN.options.config as OptionDef,
    git: SCAN.options.git as OptionDef,
    help: HELP,
  },
  examples: [
    ['boundary-guard baseline', 'record the current findings in boundary-guard.baseline.json'],
    ['boundary-guard baseline --prune', 'drop the entries of findings that were fixed'],
    ['boundary-guard baseline --list --format json', 'the entries as JSON'],
  ],
  exitStatus: ['0  baseline written, pruned (or nothing to prune) or listed', '2  usage, config or I/O error (nothing written)'],
};

export const INIT: CommandSpec = {
  name: 'init',
  usage: 'boundary-guard init [options]',
  description: `Writes a starter boundary-guard.config.json at the repository root and installs a git pre-commit
hook that runs \`boundary-guard scan --staged\`. Existing files are left alone unless --force is given.
The config's privatePaths lists the tree's private source folders (named ee, enterprise, saas or private;
cloud only with a commercial licence or README), and init prints them.
Prints how to run the scan from husky, lefthook or the pre-commit framework instead.`,
  positionals: false,
  options: {
    force: { type: 'boolean', description: 'replace an existing config and pre-commit hook' },
    hook: { type: 'boolean', flag: '--no-hook', description: 'write the config only; install no hook' },
    'hook-command': {
      type: 'string',
      value: 'CMD',
      description:
        "the command that runs boundary-guard in the hook instead of 'npx --no-install boundary-guard'\n(e.g. 'pnpm exec boundary-guard'); init adds 'scan --staged' unless CMD ends with it.\nAny sh command line: 'cd app && npx boundary-guard', 'FOO=1 npx boundary-guard'",
    },
    help: HELP,
  },
  examples: [
    ['boundary-guard init', 'config and pre-commit hook'],
    ['boundary-guard init --no-hook', 'config only (hooks managed by husky or lefthook)'],
  ],
  exitStatus: ['0  done', '2  usage or I/O error, or an existing hook that --force did not allow replacing'],
};

export const DETECTORS: CommandSpec = {
  name: 'detectors',
  usage: 'boundary-guard detectors [options]',
  description: 'Lists the detector catalog: id, category, default severity and what each one finds.',
  positionals: false,
  options: {
    format: { type: 'string', short: 'f', value: 'NAME', description: 'text (default) or json' },
    category: { type: 'string', value: 'ID', description: 'only the detectors of this category' },
    help: HELP,
  },
  examples: [
    ['boundary-guard detectors', 'the catalog as a table'],
    ['boundary-guard detectors --format json', 'the catalog as JSON'],
  ],
  exitStatus: ['0  listed', '2  usage error'],
};

export const EXPLAIN: CommandSpec = {
  name: 'explain',
  usage: 'boundary-guard explain [options] <DETECTOR-ID|CATEGORY>',
  description:
    'Explains a detector or a category: what it matches, an example as a report shows it (masked), how to allow a finding that belongs in the repository (inline directive, config suppression, synthetic entry), and where it is documented.',
  positionals: true,
  options: { help: HELP },
  examples: [
    ['boundary-guard explain slack-webhook-url', 'one detector'],
    ['boundary-guard explain escalation-webhook', 'a category and its detectors'],
  ],
  exitStatus: ['0  explained', '2  usage error, or no detector or category of that name (with the closest ones)'],
};

/** Parses `argv` for `spec`; throws ArgsError. */
export function parseCommand(spec: CommandSpec, argv: readonly string[]): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  const options = Object.fromEntries(
    Object.entries(spec.options).map(([name, def]) => [name, { type: def.type, ...(def.short ? { short: def.short } : {}), ...(def.multiple ? { multiple: true } : {}) }]),
  );
  try {
    const parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: spec.positionals, allowNegative: true });
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
  } catch (error) {
    throw new ArgsError((error as Error).message.replace(/\. To specify a positional argument.*$/su, ''));
  }
}

/** The `--help` text of a command, wrapped to `width` columns (default: the terminal's, 80 when stdout is none). */
export function helpText(spec: CommandSpec, width = stdoutColumns()): string {
  const rows = Object.entries(spec.options).map(([name, def]) => {
    const long = def.flag ?? `--${name}`;
    const flags = `${def.short ? `-${def.short}, ` : '    '}${long}${def.value ? ` ${def.value}` : ''}`;
    return [flags, def.description] as const;
  });
  const flagsWidth = Math.max(...rows.map(([flags]) => flags.length)) + 2;
  // A narrow terminal: each description under its flags.
  const beside = width - 2 - flagsWidth >= 30;
  const options = rows.map(([flags, text]) =>
    beside ? `  ${flags.padEnd(flagsWidth)}${hanging(text, width, 2 + flagsWidth, 0)}` : `  ${flags}\n${hanging(text, width, 6)}`,
  );
  // An example is one line when it fits (comments aligned); else the comment goes under the command,
  // and a command too long for a line goes on with a shell line continuation.
  const fits = ([cmd, what]: readonly [string, string]): boolean => 2 + cmd.length + 4 + what.length <= width;
  const exampleWidth = Math.max(0, ...spec.examples.filter(fits).map(([cmd]) => cmd.length));
  const examples = spec.examples.map(([cmd, what]) =>
    cmd.length <= exampleWidth && fits([cmd.padEnd(exampleWidth), what])
      ? `  ${cmd.padEnd(exampleWidth)}  # ${what}`
      : `  ${wrap(cmd, width - 8).join(' \\\n      ')}\n${wrap(what, width - 8).map((line) => `      # ${line}`).join('\n')}`,
  );
  const exitStatus = spec.exitStatus.map((line) => {
    const [code = '', text = ''] = line.split(/(?<=^\d)\s+/u);
    return `  ${code}  ${hanging(text, width, 5, 0)}`;
  });
  return `Usage: ${spec.usage}

${wrap(spec.description, width).join('\n')}

Options:
${options.join('\n')}

Examples:
${examples.join('\n')}

Exit status:
${exitStatus.join('\n')}
`;
}

/** Prints a usage error the way every command does. */
export function usageMessage(spec: CommandSpec, message: string): string {
  return `boundary-guard ${spec.name}: ${message}\nUsage: ${spec.usage}\nRun 'boundary-guard ${spec.name} --help' for the options.\n`;
}
