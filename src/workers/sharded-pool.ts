/**
 * What the Node and browser worker pools share: replication r always goes to worker r mod N (so a
 * worker's cached world for r is reused when the same replication runs again with another plan),
 * an area is sent to a worker once, and outputs come back in replication order — each depends only
 * on (job, r), so results are identical with any number of workers. Subclasses say how a worker is
 * started, posted to, and stopped.
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

export abstract class ShardedPool implements ReplicationPool {
  private sent: Set<string>[];
  private tasks = new Map<number, Pending>();
  private nextTask = 0;

  constructor(readonly size: number) {
    this.sent = Array.from({ length: size }, () => new Set<string>());
  }

  /** Send a message to worker i (starting it when needed). */
  protected abstract post(i: number, msg: ToWorker): void;
  /** A run was cancelled: stop what can be stopped. */
  protected abstract onCancel(): void;

  /** Feed every message a worker sends here. */
  protected receive(msg: FromWorker): void {
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

  /** Worker i is gone (crashed or stopped): it forgets its areas, and the runs it was part of fail. */
  protected lost(i: number, error: Error): void {
    this.sent[i] = new Set();
    for (const t of this.tasks.values()) if (t.workers.has(i)) t.reject(error);
  }

  /** Fail every run in progress (all workers are being stopped). */
  protected failAll(error: Error): void {
    this.sent = this.sent.map(() => new Set());
    for (const t of this.tasks.values()) t.reject(error);
  }

  private ensureArea(i: number, id: string, area: AreaInput): void {
    if (this.sent[i].has(id)) return;
    this.post(i, { type: 'area', id, area });
    this.sent[i].add(id);
  }

  async run(req: RunRequest): Promise<RepOutput[]> {
    if (req.signal?.aborted) throw new CancelledError();
    const shards: number[][] = Array.from({ length: this.size }, () => []);
    for (const r of req.reps) shards[r % this.size].push(r);
    const task = this.nextTask++;
    const outputs = new Map<number, RepOutput>();
    const onAbort = () => {
      this.tasks.get(task)?.reject(new CancelledError());
      this.onCancel();
    };
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

  abstract close(): Promise<void>;
}
