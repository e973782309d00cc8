/**
 * Benchmark hook for the national atlas (src/cli/bench.ts loads it): wall seconds per wijk of the
 * atlas row (the critical-mass answer with `rank`'s settings), on a systematic sample of the
 * Netherlands' wijken (every `every`-th in table order, so large and small, city and village), on
 * N warmed worker_threads. From it: the per-wijk median, the slowest wijk, and the whole country
 * projected as sample mean × number of wijken (a projection, labelled so; a full run is
 * `sneeuwbal atlas --nl --level wijk`). Seed fixed.
 */
import { areaFromTable, loadTable } from '../node/data.ts';
import { atlasPlaces, atlasRow } from '../experiments/atlas.ts';
import { DEFAULT_REPS } from '../experiments/criticalMass.ts';
import { validateScenario } from '../experiments/scenario.ts';
import { NodePool } from '../workers/node-pool.ts';

export interface AtlasBench {
  workers: number;
  wijken_nl: number;
  sample: number;
  median_seconds_per_wijk: number;
  slowest: { code: string; name: string; seconds: number };
  projected_nl_minutes: number;
}

export async function benchAtlas(workers: number, every = 200): Promise<AtlasBench> {
  const table = loadTable();
  const places = atlasPlaces(table, 'NL', 'wijk');
  const sample = places.filter((p) => p.index % every === 0);
  const scenario = validateScenario({ area: ['NL00'], seed: 1 }, { allowEmptyPlan: true });
  const options = { scenario, reps: DEFAULT_REPS, budget: 5 };
  const pool = new NodePool(workers);
  const seconds: { code: string; name: string; s: number }[] = [];
  try {
    // Warm-up on one wijk outside the sample (worker start and JIT are fixed costs of any run).
    await atlasRow(places[1], (codes, gs) => areaFromTable(table, codes, gs), [], options, pool);
    for (const p of sample) {
      const t0 = performance.now();
      await atlasRow(p, (codes, gs) => areaFromTable(table, codes, gs), [], options, pool);
      seconds.push({ code: p.code, name: p.name, s: (performance.now() - t0) / 1000 });
    }
  } finally {
    await pool.close();
  }
  const sorted = [...seconds].sort((a, b) => a.s - b.s);
  const mean = seconds.reduce((s, x) => s + x.s, 0) / seconds.length;
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const slow = sorted[sorted.length - 1];
  return {
    workers,
    wijken_nl: places.length,
    sample: sample.length,
    median_seconds_per_wijk: r2(sorted[Math.floor(sorted.length / 2)].s),
    slowest: { code: slow.code, name: slow.name, seconds: r2(slow.s) },
    projected_nl_minutes: Math.round((mean * places.length) / 6) / 10,
  };
}
