import { describe, expect, test } from 'vitest';
import { CancelledError, InlinePool, repRange } from '../../src/experiments/pool.ts';
import { jobFor, summariseScenario } from '../../src/experiments/run.ts';
import { validateScenario } from '../../src/experiments/scenario.ts';
import { BrowserPool, WorkerCrashedError } from '../../src/workers/browser-pool.ts';
import { createHandler, type ToWorker } from '../../src/workers/replications.ts';
import { area, MILL } from '../helpers/areas.ts';

/**
 * The browser pool with stand-in workers that run the real replication handler in this thread
 * (asynchronously, as a Worker would): sharding, caching of areas per worker, results equal to the
 * inline pool whatever the number of workers, cancel = terminate and respawn, and crashes.
 */
interface FakeWorker {
  index: number;
  received: ToWorker[];
  terminated: boolean;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  onmessageerror: (() => void) | null;
  postMessage(msg: ToWorker): void;
  terminate(): void;
}

function fakeSpawner(opts: { crashOn?: number; crashOnce?: boolean; silentOn?: number; slowWorker?: number } = {}) {
  let crashes = 0;
  const spawned: FakeWorker[] = [];
  const spawn = (index: number) => {
    const w: FakeWorker = {
      index,
      received: [],
      terminated: false,
      onmessage: null,
      onerror: null,
      onmessageerror: null,
      postMessage(msg) {
        this.received.push(structuredClone(msg));
        setTimeout(
          () => {
            if (w.terminated) return;
            if (msg.type === 'run' && opts.crashOn !== undefined && msg.reps.includes(opts.crashOn) && !(opts.crashOnce && crashes > 0)) {
              crashes++;
              w.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent);
              return;
            }
            // Stopped from outside mid-run: no event, no answer, ever (what terminate() on a live worker looks like).
            if (msg.type === 'run' && opts.silentOn !== undefined && msg.reps.includes(opts.silentOn) && crashes === 0) {
              crashes++;
              w.terminated = true;
              return;
            }
            handle(structuredClone(msg));
          },
          opts.slowWorker === index && msg.type === 'run' ? 2500 : 0,
        );
      },
      terminate() {
        this.terminated = true;
      },
    };
    const handle = createHandler((out) => setTimeout(() => !w.terminated && w.onmessage?.({ data: out } as MessageEvent), 0));
    spawned.push(w);
    return w as unknown as Worker;
  };
  return { spawn, spawned };
}

const scenario = validateScenario({ area: [MILL], plan: { a: { count: 1 }, b: { count: 2 } }, reps: 6, seed: 11, months: 48 });
const mill = area(MILL);
const job = jobFor(scenario, mill);

describe('BrowserPool', () => {
  test('same numbers as the inline pool with 1, 2 and 3 workers; replication r goes to worker r mod N unless that one is busy and another idle', async () => {
    const inline = summariseScenario(scenario, mill, job, await new InlinePool().run({ area: mill, job, reps: repRange(6) }));
    for (const n of [1, 2, 3]) {
      const { spawn, spawned } = fakeSpawner();
      const pool = new BrowserPool(n, spawn);
      const progress: number[] = [];
      const outputs = await pool.run({ area: mill, job, reps: repRange(6), onProgress: (d) => progress.push(d) });
      expect(JSON.stringify(summariseScenario(scenario, mill, job, outputs))).toBe(JSON.stringify(inline));
      expect(progress.at(-1)).toBe(6);
      // Each replication ran once; every worker started with its own (r mod N) and took another's
      // only from the end of that one's share (an idle worker helps out; nothing runs twice).
      const ran = spawned.map((w) => w.received.flatMap((m) => (m.type === 'run' ? m.reps : [])));
      expect(ran.flat().sort((a, b) => a - b)).toEqual(repRange(6));
      for (const [i, reps] of ran.entries()) {
        expect(reps[0] % n).toBe(i);
        const own = reps.filter((r) => r % n === i),
          taken = reps.filter((r) => r % n !== i);
        expect(own).toEqual([...own].sort((a, b) => a - b));
        for (const r of taken) expect(ran[r % n].every((mine) => mine < r)).toBe(true);
      }
      // A second run of the same area sends the area no more.
      await pool.run({ area: mill, job, reps: repRange(6) });
      for (const w of spawned) expect(w.received.filter((m) => m.type === 'area')).toHaveLength(1);
      await pool.close();
    }
  }, 120_000);

  test('an idle worker takes the last waiting replications of a slow one: same numbers, each run once', async () => {
    const inline = summariseScenario(scenario, mill, job, await new InlinePool().run({ area: mill, job, reps: repRange(6) }));
    const { spawn, spawned } = fakeSpawner({ slowWorker: 1 });
    const pool = new BrowserPool(2, spawn);
    const outputs = await pool.run({ area: mill, job, reps: repRange(6) });
    expect(JSON.stringify(summariseScenario(scenario, mill, job, outputs))).toBe(JSON.stringify(inline));
    const ran = spawned.map((w) => w.received.flatMap((m) => (m.type === 'run' ? m.reps : [])));
    // Worker 1 owns 1, 3, 5 and holds two at a time (AHEAD); worker 0 runs its own 0, 2, 4, then takes 5.
    expect(ran).toEqual([
      [0, 2, 4, 5],
      [1, 3],
    ]);
    await pool.close();
  }, 120_000);

  test('workers start only when needed', () => {
    const { spawn, spawned } = fakeSpawner();
    new BrowserPool(4, spawn);
    expect(spawned).toHaveLength(0);
  });

  test('cancel terminates the workers, rejects with CancelledError, and the next run starts fresh ones', async () => {
    const { spawn, spawned } = fakeSpawner();
    const pool = new BrowserPool(2, spawn);
    const controller = new AbortController();
    const running = pool.run({ area: mill, job, reps: repRange(6), signal: controller.signal, onProgress: () => controller.abort() });
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    expect(spawned.every((w) => w.terminated)).toBe(true);
    const again = await pool.run({ area: mill, job, reps: repRange(2) });
    expect(again.map((o) => o.rep)).toEqual([0, 1]);
    expect(spawned).toHaveLength(4);
    expect(spawned.slice(2).every((w) => w.received[0].type === 'area')).toBe(true);
    await expect(pool.run({ area: mill, job, reps: [0], signal: AbortSignal.abort() })).rejects.toBeInstanceOf(CancelledError);
  }, 120_000);

  test('a worker that crashes on every try fails the run with a plain error after the retries, and is replaced on the next run', async () => {
    const { spawn, spawned } = fakeSpawner({ crashOn: 3 });
    const pool = new BrowserPool(2, spawn);
    await expect(pool.run({ area: mill, job, reps: repRange(6) })).rejects.toBeInstanceOf(WorkerCrashedError);
    expect(spawned[1].terminated).toBe(true);
    const ok = await pool.run({ area: mill, job, reps: [0, 2] });
    expect(ok.map((o) => o.rep)).toEqual([0, 2]);
  }, 120_000);

  test('a worker that crashes once has its replications rerun by another: same numbers, no error', async () => {
    const inline = summariseScenario(scenario, mill, job, await new InlinePool().run({ area: mill, job, reps: repRange(6) }));
    const { spawn, spawned } = fakeSpawner({ crashOn: 4, crashOnce: true });
    const pool = new BrowserPool(3, spawn);
    const outputs = await pool.run({ area: mill, job, reps: repRange(6) });
    expect(JSON.stringify(summariseScenario(scenario, mill, job, outputs))).toBe(JSON.stringify(inline));
    expect(spawned[1].terminated).toBe(true);
    await pool.close();
  }, 120_000);

  test('a worker stopped without a word is noticed by its silence and its share is rerun elsewhere', async () => {
    const inline = summariseScenario(scenario, mill, job, await new InlinePool().run({ area: mill, job, reps: repRange(6) }));
    const { spawn, spawned } = fakeSpawner({ silentOn: 2 });
    const pool = new BrowserPool(3, spawn, 300);
    const outputs = await pool.run({ area: mill, job, reps: repRange(6) });
    expect(JSON.stringify(summariseScenario(scenario, mill, job, outputs))).toBe(JSON.stringify(inline));
    // Worker 3 (index 2) went silent; its replications 2 and 5 were given to a live worker.
    const reruns = spawned.filter((w) => w.index !== 2).flatMap((w) => w.received.flatMap((m) => (m.type === 'run' ? m.reps : [])));
    expect(reruns).toEqual(expect.arrayContaining([2, 5]));
    await pool.close();
  }, 120_000);
});
