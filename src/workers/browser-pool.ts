/**
 * Replications over browser Web Workers: the browser twin of node-pool.ts, with the sharding and
 * bookkeeping of sharded-pool.ts (replication r → worker r mod N; identical numbers with any number
 * of workers, and identical to Node).
 *
 * Cancelling terminates the workers (a replication in progress cannot be interrupted otherwise)
 * and new ones start on the next run. A worker that crashes, or that stops without a word (the
 * browser may end a worker and tell no one: issue #15 saw a run hang at 154/300), is replaced and
 * its replications are run by another (sharded-pool.ts `lost`); only when that keeps failing does
 * the run fail with a plain error. Nothing the user saved lives in a worker.
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

const spawnReplicationWorker: SpawnWorker = (i) =>
  new Worker(new URL('./replication.worker.ts', import.meta.url), { type: 'module', name: `sneeuwbal-sim-${i + 1}` });

/** One worker per logical core the browser reports (at least 1, at most 16 to bound memory). */
function defaultPoolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 0;
  return Math.max(1, Math.min(16, cores || 4));
}

/**
 * A busy worker says it is alive every second (replication.worker.ts); one that owes replications
 * and has said nothing for this long is taken for dead. 20 s is far above the longest silence a
 * live worker has in the app: building the world of Amsterdam (148,000 people 65+), the largest
 * gemeente, takes about 2 s; months of a replication are heard one by one.
 */
const SILENCE_MS = 20_000;

/**
 * The silence the app uses: SILENCE_MS, unless the page was given a shorter one (not below 2 s,
 * twice the heartbeat) as `sneeuwbalSilenceMs`, which only the dead-worker e2e test does, so it
 * need not wait 20 s.
 */
export function silenceOf(scope: unknown): number {
  const v = (scope as { sneeuwbalSilenceMs?: unknown }).sneeuwbalSilenceMs;
  return typeof v === 'number' && Number.isFinite(v) && v >= 2000 ? Math.min(v, SILENCE_MS) : SILENCE_MS;
}
const WATCH_EVERY_MS = 250;

export class BrowserPool extends ShardedPool {
  private workers: (Worker | null)[];
  protected override readonly rerunLost = true;
  /** When each worker was last heard from (or last given work). */
  private heard: number[];
  private watchdog: ReturnType<typeof setInterval> | null = null;

  constructor(
    size: number = defaultPoolSize(),
    private readonly spawn: SpawnWorker = spawnReplicationWorker,
    /** How long a busy worker may stay silent (tests shorten it). */
    private readonly silenceMs: number = SILENCE_MS,
  ) {
    super(size);
    // Workers start on first use, so opening the app costs nothing.
    this.workers = Array.from({ length: size }, () => null);
    this.heard = new Array<number>(size).fill(0);
  }

  /** Takes a worker that owes replications and has been silent for SILENCE_MS for dead. */
  private watch(): void {
    const busy = this.busyWorkers();
    if (busy.size === 0) {
      if (this.watchdog !== null) clearInterval(this.watchdog);
      this.watchdog = null;
      return;
    }
    const now = Date.now();
    for (const i of busy) if (now - this.heard[i] > this.silenceMs) this.crash(i, `no sign of life for ${Math.round(this.silenceMs / 1000)} s`);
  }

  private worker(i: number): Worker {
    let w = this.workers[i];
    if (!w) {
      w = this.spawn(i);
      w.onmessage = (event: MessageEvent<FromWorker>) => {
        this.heard[i] = Date.now();
        this.receive(event.data, i);
      };
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
    this.heard[i] = Date.now();
    this.watchdog ??= setInterval(() => this.watch(), WATCH_EVERY_MS);
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
    if (this.watchdog !== null) clearInterval(this.watchdog);
    this.watchdog = null;
  }
}
