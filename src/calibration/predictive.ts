/**
 * Posterior predictive check: fresh replications, each with a particle drawn from the posterior
 * by weight (the same mechanism scenarios use, experiments/paramset.ts), summarised per observed
 * series as monthly bands (5–25–50–75–95%) with the observations beside them. The share of
 * observations inside the 90% band says whether the fitted model reproduces the data.
 */
import { addMonths, type FieldOrigin } from '../data/field.ts';
import { repRange, type ReplicationPool } from '../experiments/pool.ts';
import { quantile } from '../experiments/summarise.ts';
import { simulatedValues, type Target } from './observed.ts';
import { posteriorOf, sig } from './results.ts';
import { paramsFor, type Problem, type SmcResult } from './smc.ts';

interface BandPoint {
  month: number;
  date: string;
  p05: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

export interface PredictiveSeries {
  /** e.g. "WK198210 circles", "WK198210 circles route a". */
  key: string;
  area: string;
  kind: 'circles' | 'members';
  route: string | null;
  origin: FieldOrigin | null;
  bands: BandPoint[];
  observed: { month: number; date: string; value: number; inside90: boolean }[];
}

export interface Predictive {
  reps: number;
  series: PredictiveSeries[];
  /** Share of all observations inside their 90% band. */
  coverage90: number;
}

/** Replications of the predictive check start here, apart from those of the calibration itself. */
const PREDICTIVE_REP_BASE = 900_000_000;

export async function posteriorPredictive(
  pool: ReplicationPool,
  problem: Problem,
  r: SmcResult,
  start: string,
  reps = 100,
  opts: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<Predictive> {
  const groups = new Map<string, Target[]>();
  for (const t of problem.targets) {
    const key = [t.area, t.kind, t.route ? `route ${t.route}` : null, t.origin && !t.route ? t.origin : null].filter(Boolean).join(' ');
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  // One pseudo-target per month per series gives the whole band, not only the observed dates.
  const months = problem.job.plan.months;
  const monthly = [...groups.values()].flatMap((ts) => Array.from({ length: months }, (_, i) => ({ ...ts[0], month: i + 1, observed: 0 })));
  const job = { ...problem.job, params: paramsFor(problem, r.particles[0]), posterior: posteriorOf(problem, r) };
  const outs = await pool.run({
    area: problem.area,
    job,
    reps: repRange(reps, PREDICTIVE_REP_BASE),
    signal: opts.signal,
    onProgress: (d) => opts.onProgress?.(d, reps),
  });
  const values = outs.map((o) => simulatedValues(monthly, o));
  let inside = 0,
    total = 0;
  const series = [...groups.entries()].map(([key, ts], g) => {
    const bands: BandPoint[] = Array.from({ length: months }, (_, i) => {
      const v = Float64Array.from(values, (row) => row[g * months + i]).sort();
      const q = (p: number) => sig(quantile(v, p));
      return { month: i + 1, date: addMonths(start, i), p05: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95) };
    });
    const observed = ts.map((t) => {
      const b = bands[t.month - 1];
      const ok = t.observed >= b.p05 && t.observed <= b.p95;
      inside += ok ? 1 : 0;
      total++;
      return { month: t.month, date: t.date, value: t.observed, inside90: ok };
    });
    return { key, area: ts[0].area, kind: ts[0].kind, route: ts[0].route, origin: ts[0].route ? null : ts[0].origin, bands, observed };
  });
  return { reps, series, coverage90: total ? sig(inside / total) : 0 };
}
