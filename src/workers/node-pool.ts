/**
 * Replications over Node worker_threads (the CLI); the sharding and bookkeeping are shared with
 * the browser pool (sharded-pool.ts). A cancelled run is dropped; its workers finish their current
 * replications and their late results are ignored. A worker holds the process open only while it
 * has runs to answer: an idle pool lets the CLI exit even when an error skipped its close().
 */
import { Worker } from 'node:worker_threads';
import type { FromWorker, ToWorker } from './replications.ts';
import { ShardedPool } from './sharded-pool.ts';

export class NodePool extends ShardedPool {
  private workers: Worker[] = [];
  /** Runs posted to each worker and not yet answered ('done' or 'error' ends each). */
  private open: number[];

  constructor(size: number) {
    super(size);
    this.open = new Array<number>(size).fill(0);
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./node-entry.mjs', import.meta.url));
      w.unref();
      w.on('message', (msg: FromWorker) => {
        if ((msg.type === 'done' || msg.type === 'error') && --this.open[i] === 0) w.unref();
        this.receive(msg, i);
      });
      w.on('error', (e) => this.lost(i, e));
      this.workers.push(w);
    }
  }

  protected post(i: number, msg: ToWorker): void {
    if (msg.type === 'run' && this.open[i]++ === 0) this.workers[i].ref();
    this.workers[i].postMessage(msg);
  }

  protected onCancel(): void {}

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}
