#!/usr/bin/env node
import { processIo } from './io.js';
import { run } from './run.js';

try {
  process.exitCode = await run(process.argv.slice(2), processIo());
} catch (error) {
  // One line, no stack trace: the message is enough to report a bug.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`boundary-guard: unexpected error: ${message.replace(/\s+/gu, ' ').trim()}\n`);
  process.exitCode = 2;
}
