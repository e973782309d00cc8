/**
 * Replications over browser Web Workers: the browser twin of node-pool.ts, with the sharding and
 * bookkeeping of sharded-pool.ts (replication r → worker r mod N; identical numbers with any number
 * of workers, and identical to Node).
 *
 * Cancelling terminates the workers (a replication in progress cannot be interrupted otherwise)
 * and new ones start on the next run. A worker that crashes fails the runs it was part of with a
 * plain error and is replaced the same way; nothing the user saved lives in a worker.
 */
import { CancelledError } from '../experiments/pool.ts';
import type { FromWorker, ToWorker } from './replications.ts';
import { ShardedPool } from './sharded-pool.ts';

export class WorkerCrashedError extends Error {
  constructor(detail: string) {
    super(`a simulation worker stopped: ${detail}`);
    this.name = 'WorkerCrashedError';
  }
}

export type SpawnWorker = (index: number) => Worker;

const spawnReplicationWorker: SpawnWorker = (i) => new Worker(new URL('./replication.worker.ts', import.meta.url), { type: 'module', name: `sneeuwbal-sim-${i + 1}` });

/** One worker per logical core the browser reports (at least 1, at most 16 to bound memory). */
export function defaultPoolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 0;
  return Math.max(1, Math.min(16, cores || 4));
}

export class BrowserPool extends ShardedPool {
  private workers: (Worker | null)[];

  constructor(
    size: number = defaultPoolSize(),
    private readonly spawn: SpawnWorker = spawnReplicationWorker,
  ) {
    super(size);
    // Workers start on first use, so opening the app costs nothing.
    this.workers = Array.from({ length: size }, () => null);
  }

  private worker(i: number): Worker {
    let w = this.workers[i];
    if (!w) {
      w = this.spawn(i);
      w.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
      w.onerror = (event) => {
        event.preventDefault();
        this.crash(i, event.message || 'error');
      };
      w.onmessageerror = () => this.crash(i, 'unreadable message');
      this.workers[i] = w;
    }
    return w;
  }

  /** A dead worker fails the runs it had; the others keep theirs. */
  private crash(i: number, detail: string): void {
    this.workers[i]?.terminate();
    this.workers[i] = null;
    this.lost(i, new WorkerCrashedError(detail));
  }

  protected post(i: number, msg: ToWorker): void {
    this.worker(i).postMessage(msg);
  }

  /** Stops every worker at once (cancel); the next run starts fresh ones. */
  reset(): void {
    for (let i = 0; i < this.size; i++) {
      this.workers[i]?.terminate();
      this.workers[i] = null;
    }
    this.failAll(new CancelledError());
  }

  protected onCancel(): void {
    this.reset();
  }

  async close(): Promise<void> {
    this.reset();
  }
}
