/**
 * What the terminal can take: colour and TTY checks, and escaping of
 * anything a file name or value could smuggle into a terminal or a CI log.
 */
import type { CliIo } from './io.js';

/**
 * Optional facts about the streams behind a `CliIo`. The process's own
 * streams are asked when a field is absent.
 */
export interface TerminalFacts {
  readonly stdoutIsTTY?: boolean;
  readonly stderrIsTTY?: boolean;
  /** Width of the terminal behind stdout, in columns. */
  readonly columns?: number;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Text is wrapped to this width when stdout is no terminal. */
export const DEFAULT_COLUMNS = 80;

/** TTY, width and environment facts of `io`. */
export function terminalOf(io: CliIo & TerminalFacts): { stdoutIsTTY: boolean; stderrIsTTY: boolean; columns: number; env: Readonly<Record<string, string | undefined>> } {
  const stdoutIsTTY = io.stdoutIsTTY ?? process.stdout.isTTY === true;
  return {
    stdoutIsTTY,
    stderrIsTTY: io.stderrIsTTY ?? process.stderr.isTTY === true,
    // The process's width only when the facts are the process's own.
    columns: io.columns ?? (io.stdoutIsTTY === undefined ? stdoutColumns() : DEFAULT_COLUMNS),
    env: io.env ?? process.env,
  };
}

/** Width of the process's stdout: its columns on a terminal, else DEFAULT_COLUMNS. */
export function stdoutColumns(): number {
  return process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : DEFAULT_COLUMNS;
}

/**
 * Colour as Node's `util.styleText` decides it for a stream: `FORCE_COLOR`
 * when set (`''`, `1`, `true`, `2`, `3`: on; any other value: off), else off
 * when `NO_COLOR` or `NODE_DISABLE_COLORS` is set (to anything) or `TERM` is
 * `dumb`, else on a TTY. `--color` / `--no-color` decide when given.
 */
export function useColor(flag: boolean | undefined, isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (flag !== undefined) return flag;
  if (env.FORCE_COLOR !== undefined) return ['', '1', 'true', '2', '3'].includes(env.FORCE_COLOR);
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return false;
  return isTTY;
}

/**
 * Breaks `text` (its line breaks read as spaces) into lines of at most
 * `width` characters at spaces; a word longer than a line stays whole.
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter((w) => w !== '')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** `text` wrapped to `width`, every line after the first indented by `indent` spaces (the first by `first`). */
export function hanging(text: string, width: number, indent: number, first = indent): string {
  return wrap(text, Math.max(20, width - indent))
    .map((line, i) => `${' '.repeat(i === 0 ? first : indent)}${line}`)
    .join('\n');
}

// C0 and C1 controls, DEL, line/paragraph separators and bidirectional overrides (Trojan Source).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** Shows control characters as visible escapes (`\n`, `\x1b`, `\u202e`), so text cannot drive a terminal. */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** JSON text with C1 controls and bidi/separator characters escaped too (JSON.stringify leaves them raw). */
export function safeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent)
    .replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/::/gu, ':\\u003a');
}

/**
 * Breaks every `::` of a text printed for people (`:\x3a`), so that no
 * file name or message can begin a GitHub Actions workflow command
 * (`::warning::`, `::add-mask::`, `::stop-commands::`) on a CI log line.
 */
export function breakCommands(text: string): string {
  return text.replace(/::/gu, ':\\x3a');
}

const CODES = { red: [31, 39], yellow: [33, 39], green: [32, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24], cyan: [36, 39] } as const;

/** ANSI styles, or identity functions when colour is off. */
export type Paint = Record<keyof typeof CODES, (text: string) => string>;

export function painter(color: boolean): Paint {
  const entries = Object.entries(CODES).map(([name, [open, close]]) => [name, color ? (text: string) => `\u001b[${open}m${text}\u001b[${close}m` : (text: string) => text]);
  return Object.fromEntries(entries) as Paint;
}

/** A one-line status on stderr, shown only on a TTY once a scan has lasted more than a moment. */
export function progressLine(io: CliIo, enabled: boolean, delayMs = 1000): { update: (text: string) => void; clear: () => void } {
  const started = Date.now();
  let shown = false;
  return {
    update(text) {
      if (!enabled || Date.now() - started < delayMs) return;
      shown = true;
      io.stderr(`\r\u001b[2K${escapeControl(text)}`);
    },
    clear() {
      if (shown) io.stderr('\r\u001b[2K');
      shown = false;
    },
  };
}
