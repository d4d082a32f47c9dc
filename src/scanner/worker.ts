/**
 * Worker thread entry: builds its own engine from the serialised init and
 * answers each batch of jobs with their results (never file contents),
 * marking in shared memory which file it is on, its size and the stage of
 * the scan, for the pool's watchdog.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { FileScanner, type FileResult } from './file-scanner.js';
import { markFile, markIdle, markSize, markStage, type BatchReply, type BatchRequest, type WorkerInput } from './pool.js';

const { init, progress: shared } = workerData as WorkerInput;
const progress = new Int32Array(shared);
const scanner = new FileScanner(init);
scanner.onProgress({ stage: (stage) => markStage(progress, stage), size: (bytes) => markSize(progress, bytes) });
const port = parentPort;
if (!port) throw new Error('worker.js runs only as a worker thread');

port.on('message', (request: BatchRequest) => {
  let reply: BatchReply;
  try {
    const results: FileResult[] = [];
    request.jobs.forEach((job, index) => {
      markFile(progress, request.id, index);
      results.push(scanner.scan(job));
    });
    reply = { id: request.id, results };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  } finally {
    markIdle(progress);
  }
  port.postMessage(reply);
});
