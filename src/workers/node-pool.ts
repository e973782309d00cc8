/**
 * Replications over Node worker_threads (the CLI). Replication r always goes to worker r mod N, so
 * a worker's cached world for r is reused when the same replication runs again with another plan
 * (critical-mass searches), and each output depends only on (job, r): identical results with any N.
 */
import { Worker } from 'node:worker_threads';
import type { AreaInput } from '../core/area.ts';
import { CancelledError, reviveError, type ReplicationPool, type RunRequest } from '../experiments/pool.ts';
import type { RepOutput } from '../experiments/replicate.ts';
import type { FromWorker, ToWorker } from './replications.ts';

interface Pending {
  outputs: Map<number, RepOutput>;
  open: number;
  resolve: () => void;
  reject: (e: Error) => void;
  onRep: () => void;
}

export class NodePool implements ReplicationPool {
  private workers: Worker[] = [];
  private sent: Set<string>[] = [];
  private tasks = new Map<number, Pending>();
  private nextTask = 0;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./node-entry.mjs', import.meta.url));
      w.on('message', (msg: FromWorker) => this.receive(msg));
      w.on('error', (e) => this.failAll(e));
      this.workers.push(w);
      this.sent.push(new Set());
    }
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

  private failAll(e: Error): void {
    for (const t of this.tasks.values()) t.reject(e);
  }

  private post(i: number, msg: ToWorker): void {
    this.workers[i].postMessage(msg);
  }

  private ensureArea(i: number, id: string, area: AreaInput): void {
    if (this.sent[i].has(id)) return;
    this.post(i, { type: 'area', id, area });
    this.sent[i].add(id);
  }

  async run(req: RunRequest): Promise<RepOutput[]> {
    if (req.signal?.aborted) throw new CancelledError();
    const shards: number[][] = this.workers.map(() => []);
    for (const r of req.reps) shards[r % this.size].push(r);
    const task = this.nextTask++;
    const outputs = new Map<number, RepOutput>();
    await new Promise<void>((resolve, reject) => {
      const open = shards.filter((s) => s.length).length;
      if (open === 0) return resolve();
      const onAbort = () => reject(new CancelledError());
      req.signal?.addEventListener('abort', onAbort, { once: true });
      this.tasks.set(task, {
        outputs, open, reject,
        resolve: () => { req.signal?.removeEventListener('abort', onAbort); resolve(); },
        onRep: () => req.onProgress?.(outputs.size),
      });
      shards.forEach((reps, i) => {
        if (!reps.length) return;
        this.ensureArea(i, req.job.areaId, req.area);
        this.post(i, { type: 'run', task, job: req.job, reps });
      });
    }).finally(() => this.tasks.delete(task));
    return req.reps.map((r) => outputs.get(r)!);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}
