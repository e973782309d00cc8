/** A Node worker thread running replications (see replications.ts for the protocol). */
import { parentPort } from 'node:worker_threads';
import { createHandler, type ToWorker } from './replications.ts';

const port = parentPort!;
// Heartbeats (the month reached, at most every second) carry progress of long replications to --progress.
const handle = createHandler((msg, transfer) => port.postMessage(msg, transfer), undefined, 1000);
port.on('message', (msg: ToWorker) => handle(msg));
