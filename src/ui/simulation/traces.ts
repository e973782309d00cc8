import type { RepOutput } from '../../experiments/replicate.ts';
import { band, type Band } from '../../experiments/summarise.ts';

/**
 * Per-replication trajectories, kept beside the summary so two scenarios can be compared pair by
 * pair: replication r of scenario A and of scenario B share their random numbers (same seed, same
 * world, same streams), so B_r − A_r is the plan's effect in that simulated future. The band of
 * those differences is far narrower than the difference of two bands, and it is the honest one.
 */
export interface RepTraces {
  months: number;
  /** [rep][month] number of circles. */
  circles: Float64Array[];
  /** [rep][month] share of 65+ in a circle (0–1). */
  coverage: Float64Array[];
  /** Cost at the horizon per replication (euro). */
  cost: number[];
  takeoff: boolean[];
}

export type TraceMetric = 'circles' | 'coverage';

export function tracesOf(reps: readonly RepOutput[]): RepTraces {
  const months = reps[0]?.months ?? 0;
  return {
    months,
    circles: reps.map((r) => Float64Array.from(r.circles.subarray(0, months + 1))),
    coverage: reps.map((r) => {
      const out = new Float64Array(months + 1);
      for (let m = 0; m <= months; m++) out[m] = r.population[m] ? r.members[m] / r.population[m] : 0;
      return out;
    }),
    cost: reps.map((r) => r.cost[months]),
    takeoff: reps.map((r) => r.takeoff.takeoff),
  };
}

export interface DifferencePoint extends Band {
  month: number;
}

/** Month by month, the 10–90% band of (other − base) over paired replications. */
export function pairedDifference(base: RepTraces, other: RepTraces, metric: TraceMetric): DifferencePoint[] {
  const n = Math.min(base[metric].length, other[metric].length);
  const months = Math.min(base.months, other.months);
  const out: DifferencePoint[] = [];
  const diffs = new Float64Array(n);
  for (let m = 0; m <= months; m++) {
    for (let r = 0; r < n; r++) diffs[r] = other[metric][r][m] - base[metric][r][m];
    out.push({ month: m, ...band(diffs, metric === 'coverage' ? 5 : 4) });
  }
  return out;
}

/**
 * How often `other` does better, worse or the same as `base` at a month, counted over paired
 * replications: the plain-words sentence "in 9 van de 10 gesimuleerde toekomsten…" comes from this.
 */
export function pairedCount(
  base: RepTraces,
  other: RepTraces,
  metric: TraceMetric,
  month: number,
): { better: number; worse: number; same: number; reps: number } {
  const n = Math.min(base[metric].length, other[metric].length);
  let better = 0,
    worse = 0;
  for (let r = 0; r < n; r++) {
    const d = other[metric][r][month] - base[metric][r][month];
    if (d > 1e-12) better++;
    else if (d < -1e-12) worse++;
  }
  return { better, worse, same: n - better - worse, reps: n };
}

/** Paired difference of the horizon cost. */
export function costDifference(base: RepTraces, other: RepTraces): Band {
  const n = Math.min(base.cost.length, other.cost.length);
  return band(
    Array.from({ length: n }, (_, r) => other.cost[r] - base.cost[r]),
    0,
  );
}

/** "k van de 10": a share rounded to tenths, the unit people can picture. */
export function outOfTen(count: number, total: number): number {
  return total > 0 ? Math.round((10 * count) / total) : 0;
}
