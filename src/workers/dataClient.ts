import * as Comlink from 'comlink';
import type { DataApi } from './dataApi.ts';

export interface DataClient {
  api: Comlink.Remote<DataApi>;
  /** Stops the worker; a new client must be made afterwards. */
  close(): void;
}

/**
 * Starts the data worker. Vite bundles `data.worker.ts` as its own module file because of the
 * `new URL(…, import.meta.url)` form, which also keeps it on our own origin (CSP worker-src 'self').
 */
export function createDataClient(): DataClient {
  const worker = new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module', name: 'sneeuwbal-data' });
  const api = Comlink.wrap<DataApi>(worker);
  return {
    api,
    close() {
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
