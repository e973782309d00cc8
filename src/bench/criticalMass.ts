/**
 * Benchmark hook (src/cli/bench.ts loads it): wall seconds of a full critical-mass search for Mill
 * (WK198210, a kerkdorp of ≈ 6,400 inhabitants, 1,590 aged 65+) to a 90% target with the CLI
 * defaults, once on one thread and once on N worker_threads. Seed fixed; both give the same answer
 * (checked here: a timing of a different computation would be meaningless).
 *
 * Both timings run on worker_threads (a pool of 1 and a pool of N), started and warmed up the same
 * way before the clock starts: a critical-mass search on another kerkdorp of similar size (Sint
 * Anthonis, 1,220 people 65+), so the JIT is warm and no Mill world is built in advance. Worker
 * start-up and JIT warm-up are fixed costs of every command and say nothing about the search.
 */
import { areaFromTable, loadTable } from '../node/data.ts';
import type { AreaInput } from '../core/area.ts';
import { findCriticalMass, type CriticalMassResult } from '../experiments/criticalMass.ts';
import type { ReplicationPool } from '../experiments/pool.ts';
import { validateScenario } from '../experiments/scenario.ts';
import { NodePool } from '../workers/node-pool.ts';

export const BENCH_AREA = 'WK198210';
/** A kerkdorp of about Mill's size (Sint Anthonis, 1,220 people 65+) to warm the workers up on. */
const WARM_AREA = 'WK198223';

const cpuSeconds = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};

/**
 * Wall seconds, and CPU seconds of the whole process (main thread and every worker thread): on a
 * machine shared with other work the wall time says little, the CPU time says what the search cost.
 */
async function timed(area: AreaInput, pool: ReplicationPool): Promise<{ seconds: number; cpu: number; result: CriticalMassResult }> {
  const scenario = validateScenario({ area: area.codes, seed: 1 }, { allowEmptyPlan: true });
  const t0 = performance.now(),
    c0 = cpuSeconds();
  const result = await findCriticalMass(area, { scenario, target: 0.9 }, pool);
  return { seconds: Math.round((performance.now() - t0) / 10) / 100, cpu: Math.round((cpuSeconds() - c0) * 100) / 100, result };
}

async function warmed(workers: number, warmArea: AreaInput): Promise<NodePool> {
  const pool = new NodePool(workers);
  await timed(warmArea, pool);
  return pool;
}

export interface CriticalMassBench {
  workers_1: number;
  workers_n: number;
  n: number;
  /** CPU seconds of the process (all threads) for each of the two searches. */
  cpu_seconds: { workers_1: number; workers_n: number };
  /** Replications the search ran, and what it answered (k90 null: not decided; see reasonCode). */
  runs: number;
  k90: number | null;
  reasonCode: string;
}

export async function benchCriticalMass(workers: number): Promise<CriticalMassBench> {
  const table = loadTable();
  const area = areaFromTable(table, [BENCH_AREA]),
    warmArea = areaFromTable(table, [WARM_AREA]);
  const single = await warmed(1, warmArea);
  const many = await warmed(workers, warmArea);
  try {
    const one = await timed(area, single);
    const n = await timed(area, many);
    if (JSON.stringify(n.result) !== JSON.stringify(one.result)) throw new Error('critical-mass results differ between 1 and N workers');
    return {
      workers_1: one.seconds,
      workers_n: n.seconds,
      n: workers,
      cpu_seconds: { workers_1: one.cpu, workers_n: n.cpu },
      runs: one.result.search.runs,
      k90: one.result.criticalMass.k90,
      reasonCode: one.result.reasonCode,
    };
  } finally {
    await Promise.all([single.close(), many.close()]);
  }
}
