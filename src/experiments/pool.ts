/**
 * Where replications run: in this thread, in Node worker_threads (src/workers/node-pool.ts) or in
 * browser Web Workers (src/workers/browser-pool.ts). All share this interface and the same core;
 * outputs come back in replication order, so results never depend on the number of workers.
 */
import type { AreaInput } from '../core/area.ts';
import { InputError } from '../core/errors.ts';
import { WorldCache } from '../core/world.ts';
import { runRep, type Job, type RepOutput } from './replicate.ts';

export interface RunRequest {
  area: AreaInput;
  job: Job;
  reps: readonly number[];
  /** Called after each finished replication with the number done so far. */
  onProgress?: (done: number) => void;
  /**
   * Called now and then while a replication runs, with the month it has reached: the only sign of
   * progress in a run of one replication over a large area (all of NL takes minutes).
   */
  onMonth?: (month: number) => void;
  signal?: AbortSignal;
}

export interface ReplicationPool {
  readonly size: number;
  run(req: RunRequest): Promise<RepOutput[]>;
  close(): Promise<void>;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** Replications in this thread (tests, notebooks, and the 1-worker case). */
export class InlinePool implements ReplicationPool {
  readonly size = 1;
  private worlds = new WorldCache();

  async run(req: RunRequest): Promise<RepOutput[]> {
    const out: RepOutput[] = [];
    for (const rep of req.reps) {
      if (req.signal?.aborted) throw new CancelledError();
      out.push(runRep(req.area, req.job, rep, this.worlds, req.onMonth ? { inspect: (_, t) => req.onMonth!(t + 1) } : {}));
      req.onProgress?.(out.length);
    }
    return out;
  }

  async close(): Promise<void> {}
}

/** Replications 0 … n − 1. */
export const repRange = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i);

/** A stable id for an area (its codes and size), so workers cache it once. */
export function areaId(area: AreaInput): string {
  return `${area.codes.join('+')}#${area.buurten.length}#${area.age65plus}#${area.buurten.map((b) => b.age65plus).join('.')}`;
}

/** Worker errors that carry an InputError come back as one. */
export function reviveError(e: {
  name?: string;
  code?: string;
  messages?: { nl: string; en: string };
  key?: string;
  values?: object;
  where?: object;
  message?: string;
}): Error {
  if (e.name === 'InputError' && e.code && e.messages)
    return new InputError(e.code, { ...e.messages, ...(e.key ? { key: e.key } : {}), ...(e.values ? { values: e.values } : {}) }, e.where ?? {});
  return new Error(e.message ?? String(e));
}
