/**
 * Replications over browser Web Workers: the browser twin of node-pool.ts, on the same message
 * protocol (replications.ts). Replication r always goes to worker r mod N, so a worker's cached
 * world for r is reused when the next scenario of a comparison runs the same replication, and
 * each output depends only on (job, r): identical numbers with any number of workers, and
 * identical to Node.
 *
 * Cancelling terminates the workers (a replication in progress cannot be interrupted otherwise)
 * and new ones start on the next run. A worker that crashes fails the runs it was part of with a
 * plain error and is replaced the same way; nothing the user saved lives in a worker.
 */
import type { AreaInput } from '../core/area.ts';
import { CancelledError, reviveError, type ReplicationPool, type RunRequest } from '../experiments/pool.ts';
import type { RepOutput } from '../experiments/replicate.ts';
import type { FromWorker, ToWorker } from './replications.ts';

interface Pending {
  outputs: Map<number, RepOutput>;
  open: number;
  workers: Set<number>;
  resolve: () => void;
  reject: (e: Error) => void;
  onRep: () => void;
}

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

export class BrowserPool implements ReplicationPool {
  private workers: (Worker | null)[];
  private sent: Set<string>[];
  private tasks = new Map<number, Pending>();
  private nextTask = 0;

  constructor(
    readonly size: number = defaultPoolSize(),
    private readonly spawn: SpawnWorker = spawnReplicationWorker,
  ) {
    // Workers start on first use, so opening the app costs nothing.
    this.workers = Array.from({ length: size }, () => null);
    this.sent = Array.from({ length: size }, () => new Set<string>());
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
      this.sent[i] = new Set();
    }
    return w;
  }

  private receive(msg: FromWorker): void {
    const t = this.tasks.get(msg.task);
    if (!t) return;
    if (msg.type === 'rep') {
      t.outputs.set(msg.output.rep, msg.output);
      t.onRep();
    } else if (msg.type === 'done') {
      if (--t.open === 0) t.resolve();
    } else {
      t.reject(reviveError(msg.error));
    }
  }

  /** A dead worker fails the tasks it had; the others keep theirs. */
  private crash(i: number, detail: string): void {
    this.drop(i);
    for (const t of this.tasks.values()) if (t.workers.has(i)) t.reject(new WorkerCrashedError(detail));
  }

  private drop(i: number): void {
    this.workers[i]?.terminate();
    this.workers[i] = null;
    this.sent[i] = new Set();
  }

  /** Stops every worker at once (cancel); the next run starts fresh ones. */
  reset(): void {
    for (let i = 0; i < this.size; i++) this.drop(i);
    for (const t of this.tasks.values()) t.reject(new CancelledError());
  }

  private ensureArea(i: number, id: string, area: AreaInput): void {
    if (this.sent[i].has(id)) return;
    this.post(i, { type: 'area', id, area });
    this.sent[i].add(id);
  }

  private post(i: number, msg: ToWorker): void {
    this.worker(i).postMessage(msg);
  }

  async run(req: RunRequest): Promise<RepOutput[]> {
    if (req.signal?.aborted) throw new CancelledError();
    const shards: number[][] = Array.from({ length: this.size }, () => []);
    for (const r of req.reps) shards[r % this.size].push(r);
    const task = this.nextTask++;
    const outputs = new Map<number, RepOutput>();
    const onAbort = () => this.reset();
    await new Promise<void>((resolve, reject) => {
      const used = new Set(shards.flatMap((s, i) => (s.length ? [i] : [])));
      if (used.size === 0) return resolve();
      req.signal?.addEventListener('abort', onAbort, { once: true });
      this.tasks.set(task, { outputs, open: used.size, workers: used, resolve, reject, onRep: () => req.onProgress?.(outputs.size) });
      shards.forEach((reps, i) => {
        if (!reps.length) return;
        this.ensureArea(i, req.job.areaId, req.area);
        this.post(i, { type: 'run', task, job: req.job, reps });
      });
    }).finally(() => {
      req.signal?.removeEventListener('abort', onAbort);
      this.tasks.delete(task);
    });
    return req.reps.map((r) => outputs.get(r)!);
  }

  async close(): Promise<void> {
    this.reset();
  }
}
