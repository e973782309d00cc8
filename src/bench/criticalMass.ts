/**
 * Benchmark hook (src/cli/bench.ts loads it): wall seconds of a full critical-mass search for Mill
 * (WK198210, a kerkdorp of ≈ 6,400 inhabitants, 1,590 aged 65+) to a 90% target with the CLI
 * defaults, once on one thread and once on N worker_threads. Seed fixed; both give the same answer
 * (checked here: a timing of a different computation would be meaningless).
 *
 * The workers are started and have loaded the code before the clock starts (a tiny warm-up job
 * on another area, so Mill's worlds are not built in advance): worker start-up is the same fixed
 * cost for every command and says nothing about the search.
 */
import { loadTable } from '../cli/load.ts';
import { areaFromTable } from '../cli/model.ts';
import type { AreaInput } from '../core/area.ts';
import { resolveParams } from '../core/params/index.ts';
import { findCriticalMass, type CriticalMassResult } from '../experiments/criticalMass.ts';
import { areaId, InlinePool, repRange, type ReplicationPool } from '../experiments/pool.ts';
import { validateScenario } from '../experiments/scenario.ts';
import { defaultTakeoff } from '../experiments/takeoff.ts';
import { NodePool } from '../workers/node-pool.ts';

export const BENCH_AREA = 'WK198210';
/** A small wijk (Linden, 65 people 65+) to warm the workers up on. */
const WARM_AREA = 'WK198205';

async function timed(area: AreaInput, pool: ReplicationPool): Promise<{ seconds: number; result: CriticalMassResult }> {
  const scenario = validateScenario({ area: area.codes, seed: 1 }, { allowEmptyPlan: true });
  const t0 = performance.now();
  const result = await findCriticalMass(area, { scenario, target: 0.9 }, pool);
  return { seconds: Math.round((performance.now() - t0) / 10) / 100, result };
}

async function warm(pool: ReplicationPool, area: AreaInput): Promise<void> {
  const r = (count: number) => ({ count, from: 0, to: 12, placement: 'auto' as const });
  const plan = { months: 12, routes: { a: r(0), b: r(1), c: r(0) }, pr: [] };
  await pool.run({ area, job: { areaId: areaId(area), params: resolveParams({}), plan, seed: 1, takeoff: defaultTakeoff }, reps: repRange(pool.size) });
}

export async function benchCriticalMass(workers: number): Promise<{ workers_1: number; workers_n: number; n: number }> {
  const table = loadTable();
  const area = areaFromTable(table, [BENCH_AREA]);
  const one = await timed(area, new InlinePool());
  const pool = new NodePool(workers);
  try {
    await warm(pool, areaFromTable(table, [WARM_AREA]));
    const many = await timed(area, pool);
    if (JSON.stringify(many.result) !== JSON.stringify(one.result)) throw new Error('critical-mass results differ between 1 and N workers');
    return { workers_1: one.seconds, workers_n: many.seconds, n: workers };
  } finally {
    await pool.close();
  }
}
