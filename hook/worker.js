import { a as markStage, i as markSize, n as markFile, r as markIdle, s as FileScanner } from "./pool-CzPG8673.js";
import { parentPort, workerData } from "node:worker_threads";
// dist/src/scanner/worker.js
/**
* Worker thread entry: builds its own engine from the serialised init and
* answers each batch of jobs with their results (never file contents),
* marking in shared memory which file it is on, its size and the stage of
* the scan, for the pool's watchdog.
*/
const { init, progress: shared } = workerData;
const progress = new Int32Array(shared);
const scanner = new FileScanner(init);
scanner.onProgress({
	stage: (stage) => markStage(progress, stage),
	size: (bytes) => markSize(progress, bytes)
});
const port = parentPort;
if (!port) throw new Error("worker.js runs only as a worker thread");
port.on("message", (request) => {
	let reply;
	try {
		const results = [];
		request.jobs.forEach((job, index) => {
			markFile(progress, request.id, index);
			results.push(scanner.scan(job));
		});
		reply = {
			id: request.id,
			results
		};
	} catch (error) {
		reply = {
			id: request.id,
			error: error instanceof Error ? error.message : String(error)
		};
	} finally {
		markIdle(progress);
	}
	port.postMessage(reply);
});
export {};
