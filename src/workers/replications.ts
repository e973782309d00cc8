/**
 * The message protocol shared by Node worker_threads and browser Web Workers: a worker keeps the
 * areas it was sent and a cache of worlds, and runs replications of jobs. No DOM, no Node API.
 */
import type { AreaInput } from '../core/area.ts';
import { WorldCache } from '../core/world.ts';
import { runRep, type Job, type RepOutput } from '../experiments/replicate.ts';

export type ToWorker = { type: 'area'; id: string; area: AreaInput } | { type: 'run'; task: number; job: Job; reps: number[] };

export type FromWorker =
  | { type: 'rep'; task: number; output: RepOutput }
  | { type: 'done'; task: number }
  /** A sign of life while a replication runs (browser workers; see browser-pool.ts's watchdog). */
  | { type: 'alive'; task: number; month: number }
  | { type: 'error'; task: number; error: { name: string; message: string; code?: string; messages?: { nl: string; en: string }; where?: object } };

/** Buffers of an output, to transfer instead of copy. */
function buffersOf(o: RepOutput): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const v of Object.values(o)) if (ArrayBuffer.isView(v)) out.push(v.buffer as ArrayBuffer);
  // The offspring tree (critical-mass searches keep it) too: moved, not copied.
  if (o.tree) for (const v of Object.values(o.tree)) if (ArrayBuffer.isView(v)) out.push(v.buffer as ArrayBuffer);
  return out;
}

/**
 * `worlds`: the cache of built worlds (browser workers pass a smaller one: a tab has less memory
 * than a CLI). `heartbeatMs`: post 'alive' at most this often while a replication runs (at its
 * start and between months), so a pool can tell a busy worker from one that was stopped.
 */
export function createHandler(post: (msg: FromWorker, transfer: ArrayBuffer[]) => void, worlds: WorldCache = new WorldCache(), heartbeatMs = 0) {
  const areas = new Map<string, AreaInput>();
  return (msg: ToWorker): void => {
    if (msg.type === 'area') {
      areas.set(msg.id, msg.area);
      return;
    }
    try {
      const area = areas.get(msg.job.areaId);
      if (!area) throw new Error(`area ${msg.job.areaId} was not sent to this worker`);
      let last = 0;
      const alive = (month: number) => {
        const now = Date.now();
        if (now - last < heartbeatMs) return;
        last = now;
        post({ type: 'alive', task: msg.task, month }, []);
      };
      for (const rep of msg.reps) {
        if (heartbeatMs > 0) alive(0);
        const output = runRep(area, msg.job, rep, worlds, heartbeatMs > 0 ? { inspect: (_, t) => alive(t + 1) } : {});
        post({ type: 'rep', task: msg.task, output }, buffersOf(output));
      }
      post({ type: 'done', task: msg.task }, []);
    } catch (e) {
      const err = e as { name?: string; message?: string; code?: string; messages?: { nl: string; en: string }; where?: object };
      post(
        {
          type: 'error',
          task: msg.task,
          error: { name: err.name ?? 'Error', message: err.message ?? String(e), code: err.code, messages: err.messages, where: err.where },
        },
        [],
      );
    }
  };
}
