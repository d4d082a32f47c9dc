#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { processIo } from './io.js';
import { run } from './run.js';

// The heap may grow by half its live size before the next full collection, not by V8's default of up to
// four times: a scan's live set is small, and without this its garbage lets peak memory climb with the
// number of files scanned. Read at each collection, so it holds for this thread, and for the worker
// threads started after it.
setFlagsFromString('--heap-growing-percent=50');
// Each detector regex runs thousands of times in a scan: compiled to machine code at its first run rather than
// interpreted until V8 decides it is hot, which makes a scan of a large tree about a tenth faster.
setFlagsFromString('--no-regexp-tier-up');

try {
  process.exitCode = await run(process.argv.slice(2), processIo());
} catch (error) {
  // One line, no stack trace: the message is enough to report a bug.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`boundary-guard: unexpected error: ${message.replace(/\s+/gu, ' ').trim()}\n`);
  process.exitCode = 2;
}
