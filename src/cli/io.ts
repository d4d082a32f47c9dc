/**
 * What a CLI command may touch. Commands write through `io` and return an
 * exit code; they never call process.exit, so tests can run them in-process.
 */

/** Exit codes of every command: 0 success/clean, 1 findings or invalid input, 2 usage, config or I/O error. */
export type ExitCode = 0 | 1 | 2;

/** The outside world of a command. */
export interface CliIo {
  /** Writes text as given (callers include the trailing newline). */
  stdout: (s: string) => void;
  /** Writes text as given (callers include the trailing newline). */
  stderr: (s: string) => void;
  /** Reads all of standard input; absent when there is none to read. */
  stdin?: () => Promise<string>;
  /** Directory that relative paths are resolved against. */
  cwd: string;
}

async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The real process's streams and working directory. A stream whose reader
 * went away (`boundary-guard … | head`: EPIPE) takes no more writes, quietly;
 * the command still ends with its own exit status.
 */
export function processIo(): CliIo {
  const closed = new Set<NodeJS.WriteStream>();
  const writer = (stream: NodeJS.WriteStream): ((s: string) => void) => {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      closed.add(stream);
    });
    return (s) => {
      if (!closed.has(stream)) stream.write(s);
    };
  };
  return {
    stdout: writer(process.stdout),
    stderr: writer(process.stderr),
    stdin: readProcessStdin,
    cwd: process.cwd(),
  };
}
