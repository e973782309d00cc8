// Entry of a Node worker thread: let tsx load the TypeScript sources, then start the worker.
import { register } from 'tsx/esm/api';

register();
await import('./node-worker.ts');
