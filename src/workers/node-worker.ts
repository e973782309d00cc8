/** A Node worker thread running replications (see replications.ts for the protocol). */
import { parentPort } from 'node:worker_threads';
import { createHandler, type ToWorker } from './replications.ts';

const port = parentPort!;
const handle = createHandler((msg, transfer) => port.postMessage(msg, transfer));
port.on('message', (msg: ToWorker) => handle(msg));
