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
  /** Replications each worker was given and has not returned yet. */
  owed: Map<number, Set<number>>;
  /** 'run' messages each worker has not answered with 'done' yet: the run ends when all are answered (Node lets a worker go idle only then). */
  open: Map<number, number>;
  total: number;
  /** How often this run's replications were handed to another worker after one was lost. */
  retries: number;
  req: RunRequest;
  resolve: () => void;
  reject: (e: Error) => void;
  onRep: () => void;
}

/**
 * How often one run may hand a lost worker's replications to another before it gives up with an
 * error: a worker killed once (the browser reclaiming memory, a tab put to sleep) is survived; a
 * run that kills every worker it touches is a defect to report, not to retry forever.
 */
const MAX_RETRIES = 3;

export abstract class ShardedPool implements ReplicationPool {
  private sent: Set<string>[];
  private tasks = new Map<number, Pending>();
  private nextTask = 0;
  /** Whether a lost worker's replications go to another worker (browser) or fail the run (Node: a dead thread is a defect). */
  protected readonly rerunLost: boolean = false;

  constructor(readonly size: number) {
    this.sent = Array.from({ length: size }, () => new Set<string>());
  }

  /** Send a message to worker i (starting it when needed). */
  protected abstract post(i: number, msg: ToWorker): void;
  /** A run was cancelled: stop what can be stopped. */
  protected abstract onCancel(): void;

  /** Feed every message worker `i` sends here. */
  protected receive(msg: FromWorker, i: number): void {
    const t = this.tasks.get(msg.task);
    if (!t) return;
    if (msg.type === 'rep') {
      const rep = msg.output.rep;
      if (t.outputs.has(rep)) return; // a rerun's twin: identical by construction, keep the first
      t.outputs.set(rep, msg.output);
      for (const owed of t.owed.values()) owed.delete(rep);
      t.onRep();
      this.settle(t);
    } else if (msg.type === 'done') {
      t.open.set(i, Math.max(0, (t.open.get(i) ?? 0) - 1));
      this.settle(t);
    } else if (msg.type === 'error') {
      t.reject(reviveError(msg.error));
    } else if (msg.type === 'alive' && msg.month > 0) {
      t.req.onMonth?.(msg.month);
    }
  }

  /** A run is over when every replication is in and every worker still in it has said 'done'. */
  private settle(t: Pending): void {
    if (t.outputs.size === t.total && [...t.open.values()].every((n) => n === 0)) t.resolve();
  }

  /** Workers that owe replications to a run in progress (the browser pool watches these). */
  protected busyWorkers(): Set<number> {
    const out = new Set<number>();
    for (const t of this.tasks.values()) for (const [i, owed] of t.owed) if (owed.size) out.add(i);
    return out;
  }

  /**
   * Worker i is gone (crashed, or stopped without a word): it forgets its areas; each run it owed
   * replications to either gives them to another worker (rerunLost, at most MAX_RETRIES times per
   * run) or fails with `error`. Outputs depend only on (job, r), so a rerun changes no number.
   */
  protected lost(i: number, error: Error): void {
    this.sent[i] = new Set();
    for (const [task, t] of this.tasks) {
      t.open.set(i, 0); // a lost worker answers nothing more
      const owed = t.owed.get(i);
      if (!owed?.size) continue;
      if (!this.rerunLost || t.retries >= MAX_RETRIES) {
        t.reject(error);
        continue;
      }
      t.retries++;
      const reps = [...owed].sort((a, b) => a - b);
      owed.clear();
      // The least busy other worker takes them; with one worker, its fresh replacement does.
      let to = i;
      let least = Infinity;
      for (let j = 0; j < this.size; j++) {
        if (j === i && this.size > 1) continue;
        const n = t.owed.get(j)?.size ?? 0;
        if (n < least) {
          least = n;
          to = j;
        }
      }
      this.assign(task, t, to, reps);
    }
    for (const t of this.tasks.values()) this.settle(t);
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

  private assign(task: number, t: Pending, i: number, reps: number[]): void {
    const owed = t.owed.get(i) ?? new Set<number>();
    for (const r of reps) owed.add(r);
    t.owed.set(i, owed);
    t.open.set(i, (t.open.get(i) ?? 0) + 1);
    this.ensureArea(i, t.req.job.areaId, t.req.area);
    this.post(i, { type: 'run', task, job: t.req.job, reps });
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
      const total = new Set(req.reps).size;
      if (total === 0) return resolve();
      req.signal?.addEventListener('abort', onAbort, { once: true });
      const t: Pending = { outputs, owed: new Map(), open: new Map(), total, retries: 0, req, resolve, reject, onRep: () => req.onProgress?.(outputs.size) };
      this.tasks.set(task, t);
      shards.forEach((reps, i) => {
        if (reps.length) this.assign(task, t, i, reps);
      });
    }).finally(() => {
      req.signal?.removeEventListener('abort', onAbort);
      this.tasks.delete(task);
    });
    return req.reps.map((r) => outputs.get(r)!);
  }

  abstract close(): Promise<void>;
}
