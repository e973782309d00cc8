/**
 * What the Node and browser worker pools share: replication r is meant for worker r mod N (so a
 * worker's cached world for r is reused when the same replication runs again with another plan),
 * an area is sent to a worker once, and outputs come back in replication order — each depends only
 * on (job, r), so results are identical with any number of workers, and whichever worker ran it.
 * Replications are handed out a few at a time (AHEAD): a worker whose own share is done takes the
 * last waiting ones of another instead of idling until the slowest finishes (runs that take off
 * last ten times longer than runs that die out, so shares of equal count end far apart).
 * Subclasses say how a worker is started, posted to, and stopped.
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
  /** Replications waiting for each worker, not posted yet (an idle worker may take another's). */
  queue: Map<number, number[]>;
  /** Resolved or rejected: nothing more of it is handed out. */
  over: boolean;
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

/**
 * Replications posted to a worker and not answered yet: one it runs and one ready behind it, so it
 * never waits for the pool between two; the rest stay in the pool's queues to be shared out.
 */
const AHEAD = 2;

export abstract class ShardedPool implements ReplicationPool {
  private sent: Set<string>[];
  private tasks = new Map<number, Pending>();
  private nextTask = 0;
  /** 'run' messages posted to each worker and not answered ('done' or 'error'). */
  private inFlight: number[];
  /** Whether a lost worker's replications go to another worker (browser) or fail the run (Node: a dead thread is a defect). */
  protected readonly rerunLost: boolean = false;

  constructor(readonly size: number) {
    this.sent = Array.from({ length: size }, () => new Set<string>());
    this.inFlight = new Array<number>(size).fill(0);
  }

  /** Send a message to worker i (starting it when needed). */
  protected abstract post(i: number, msg: ToWorker): void;
  /** A run was cancelled: stop what can be stopped. */
  protected abstract onCancel(): void;

  /** Feed every message worker `i` sends here. */
  protected receive(msg: FromWorker, i: number): void {
    if (msg.type === 'done' || msg.type === 'error') {
      this.inFlight[i] = Math.max(0, this.inFlight[i] - 1);
      queueMicrotask(() => this.pump());
    }
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
    this.inFlight[i] = 0;
    for (const t of this.tasks.values()) {
      t.open.set(i, 0); // a lost worker answers nothing more
      const owed = t.owed.get(i),
        waiting = t.queue.get(i) ?? [];
      if (!owed?.size && !waiting.length) continue;
      // Replications lost with the worker are a retry (or the run's end); a share not yet posted just moves.
      if (owed?.size) {
        if (!this.rerunLost || t.retries >= MAX_RETRIES) {
          t.reject(error);
          continue;
        }
        t.retries++;
      }
      const reps = [...(owed ?? []), ...waiting].sort((a, b) => a - b);
      owed?.clear();
      t.queue.set(i, []);
      // The least busy other worker takes them; with one worker, its fresh replacement does.
      let to = i;
      let least = Infinity;
      for (let j = 0; j < this.size; j++) {
        if (j === i && this.size > 1) continue;
        const n = (t.owed.get(j)?.size ?? 0) + (t.queue.get(j)?.length ?? 0);
        if (n < least) {
          least = n;
          to = j;
        }
      }
      t.queue.set(to, [...(t.queue.get(to) ?? []), ...reps]);
    }
    for (const t of this.tasks.values()) this.settle(t);
    this.pump();
  }

  /** Fail every run in progress (all workers are being stopped). */
  protected failAll(error: Error): void {
    this.sent = this.sent.map(() => new Set());
    this.inFlight.fill(0);
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
    this.inFlight[i]++;
    this.ensureArea(i, t.req.job.areaId, t.req.area);
    this.post(i, { type: 'run', task, job: t.req.job, reps });
  }

  /**
   * The next replication for worker i: the first of its own share (oldest run first); when it has
   * none and nothing in hand (`steal`), the last waiting one of the longest other share — the one
   * its owner would reach last. Only an idle worker steals, so each keeps its own worlds' work.
   */
  private nextFor(i: number, steal: boolean): { task: number; t: Pending; rep: number } | null {
    for (const [task, t] of this.tasks) {
      const own = t.queue.get(i);
      if (!t.over && own?.length) return { task, t, rep: own.shift()! };
    }
    if (!steal) return null;
    let from: { task: number; t: Pending; q: number[] } | null = null;
    for (const [task, t] of this.tasks) {
      if (t.over) continue;
      for (const [j, q] of t.queue) if (j !== i && q.length && (!from || q.length > from.q.length)) from = { task, t, q };
    }
    return from ? { task: from.task, t: from.t, rep: from.q.pop()! } : null;
  }

  /** Every worker gets its own share up to AHEAD replications; then an idle one takes from another's. */
  private pump(): void {
    for (let i = 0; i < this.size; i++) {
      for (let next; this.inFlight[i] < AHEAD && (next = this.nextFor(i, false));) this.assign(next.task, next.t, i, [next.rep]);
    }
    for (let i = 0; i < this.size; i++) {
      const next = this.inFlight[i] === 0 ? this.nextFor(i, true) : null;
      if (next) this.assign(next.task, next.t, i, [next.rep]);
    }
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
      const t: Pending = {
        outputs,
        owed: new Map(),
        open: new Map(),
        queue: new Map(shards.map((reps, i) => [i, reps])),
        over: false,
        total,
        retries: 0,
        req,
        resolve: () => {
          t.over = true;
          resolve();
        },
        reject: (e) => {
          t.over = true;
          reject(e);
        },
        onRep: () => req.onProgress?.(outputs.size),
      };
      this.tasks.set(task, t);
      this.pump();
    }).finally(() => {
      req.signal?.removeEventListener('abort', onAbort);
      this.tasks.delete(task);
    });
    return req.reps.map((r) => outputs.get(r)!);
  }

  abstract close(): Promise<void>;
}
