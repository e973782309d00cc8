/**
 * Replications over Node worker_threads (the CLI); the sharding and bookkeeping are shared with
 * the browser pool (sharded-pool.ts). A cancelled run is dropped; its workers finish their current
 * replications and their late results are ignored.
 */
import { Worker } from 'node:worker_threads';
import type { FromWorker, ToWorker } from './replications.ts';
import { ShardedPool } from './sharded-pool.ts';

export class NodePool extends ShardedPool {
  private workers: Worker[] = [];

  constructor(size: number) {
    super(size);
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./node-entry.mjs', import.meta.url));
      w.on('message', (msg: FromWorker) => this.receive(msg));
      w.on('error', (e) => this.lost(i, e));
      this.workers.push(w);
    }
  }

  protected post(i: number, msg: ToWorker): void {
    this.workers[i].postMessage(msg);
  }

  protected onCancel(): void {}

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}
