import { parentPort, Worker, isMainThread, workerData } from 'node:worker_threads';
import { createHash } from 'node:crypto';

// Hashes large uploads off the main thread. Generic worker_threads plumbing.
if (!isMainThread && parentPort) {
  const { chunk } = workerData as { chunk: Uint8Array };
  parentPort.postMessage(createHash('sha256').update(chunk).digest('hex'));
}

export function hashInWorker(chunk: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { chunk } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

// Queue names of the public job runner (exports, thumbnails); private checks run elsewhere.
export const PUBLIC_QUEUES = ['export-csv', 'thumbnails', 'email-digest'] as const;
