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
  const remote = Comlink.wrap<DataApi>(worker);
  // Comlink leaves a call pending forever when the worker dies (e.g. out of memory on a huge
  // upload): every call also races this promise, so the page can say so instead of waiting.
  const stopped = new Promise<never>((_, reject) =>
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      reject(new Error(`the data worker stopped: ${event.message || 'error'}`));
    }),
  );
  stopped.catch(() => undefined);
  const api = new Proxy(remote, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop === 'symbol' || typeof value !== 'function') return value;
      return (...args: unknown[]) => Promise.race([(value as (...a: unknown[]) => Promise<unknown>)(...args), stopped]);
    },
  }) as Comlink.Remote<DataApi>;
  return {
    api,
    close() {
      remote[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
