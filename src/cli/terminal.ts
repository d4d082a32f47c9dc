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
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** TTY and environment facts of `io`. */
export function terminalOf(io: CliIo & TerminalFacts): { stdoutIsTTY: boolean; stderrIsTTY: boolean; env: Readonly<Record<string, string | undefined>> } {
  return {
    stdoutIsTTY: io.stdoutIsTTY ?? process.stdout.isTTY === true,
    stderrIsTTY: io.stderrIsTTY ?? process.stderr.isTTY === true,
    env: io.env ?? process.env,
  };
}

/**
 * Colour on a TTY unless NO_COLOR is set (https://no-color.org: any
 * non-empty value); `--color` / `--no-color` decide when given.
 */
export function useColor(flag: boolean | undefined, isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
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
