/**
 * Worker thread entry: builds its own engine from the serialised init and
 * answers each batch of jobs with their results (never file contents).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { FileScanner, type FileJob, type FileScannerInit } from './file-scanner.js';
import type { BatchReply, BatchRequest } from './pool.js';

const scanner = new FileScanner(workerData as FileScannerInit);
const port = parentPort;
if (!port) throw new Error('worker.js runs only as a worker thread');

port.on('message', (request: BatchRequest) => {
  let reply: BatchReply;
  try {
    reply = { id: request.id, results: request.jobs.map((job: FileJob) => scanner.scan(job)) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
