/**
 * Replications → what people read: median and 10–90% band per month (the Covasim convention),
 * per buurt per year, and the headline numbers. Pure; replications are taken in rep order, so the
 * result does not depend on how many workers produced them.
 */
import { selfMade } from '../core/circles.ts';
import { N_ORIGINS } from '../core/metrics.ts';
import { ROUTES, type Route } from '../core/plan.ts';
import type { RepOutput } from './replicate.ts';
import { wilson } from './stats.ts';

export interface Band {
  p10: number;
  p50: number;
  p90: number;
}

/** `x` rounded to `digits` decimals (the precision results are reported in). */
export const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** Quantile of sorted values with linear interpolation (R type 7, as d3.quantileSorted). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const i = (n - 1) * q,
    lo = Math.floor(i);
  return lo + 1 < n ? sorted[lo] + (sorted[lo + 1] - sorted[lo]) * (i - lo) : sorted[lo];
}

/**
 * Quantile that is always one of the values (nearest rank, R type 1: the smallest value with at
 * least a share q at or below it). For a band whose bounds must be outcomes a run can produce,
 * such as a cost per circle (total cost over circles formed): interpolating between two runs
 * gives amounts no run had (issue #12: "€ 5.897" between € 4.900 and € 6.100).
 */
export function quantileObserved(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  return sorted[Math.min(n - 1, Math.max(0, Math.ceil(n * q - 1e-9) - 1))];
}

/** Median and 10th/90th percentile, each one of the values themselves (see quantileObserved). */
export function observedBand(values: ArrayLike<number>, digits = 4): Band {
  return band(values, digits, quantileObserved);
}

/** Median and 10th/90th percentile (interpolated between values unless `at` says otherwise). */
export function band(values: ArrayLike<number>, digits = 4, at: (sorted: ArrayLike<number>, q: number) => number = quantile): Band {
  const v = Float64Array.from(values).sort();
  return { p10: round(at(v, 0.1), digits), p50: round(at(v, 0.5), digits), p90: round(at(v, 0.9), digits) };
}

export interface SeriesPoint {
  month: number;
  circles: Band;
  active: Band;
  members: Band;
  coverage: Band;
  spontaneous: Band;
  seeded: Band;
  foundings: Band;
  failedFoundings: Band;
  /** New spontaneous circles per active circle per year, over the 12 months up to this month. */
  offspringRate: Band;
  cost: Band;
}

/** Offspring per active circle-year over the trailing year (0 when no circle was active). */
function offspringRate(r: RepOutput, m: number): number {
  let births = 0,
    circleMonths = 0;
  for (let i = Math.max(1, m - 11); i <= m; i++) {
    births += r.offspring[i];
    circleMonths += r.active[i - 1];
  }
  return circleMonths > 0 ? (births * 12) / circleMonths : 0;
}

export function summariseSeries(reps: readonly RepOutput[]): SeriesPoint[] {
  const months = reps[0].months;
  const out: SeriesPoint[] = [];
  for (let m = 0; m <= months; m++) {
    const at = (f: (r: RepOutput) => number, digits = 4) => band(reps.map(f), digits);
    out.push({
      month: m,
      circles: at((r) => r.circles[m]),
      active: at((r) => r.active[m]),
      members: at((r) => r.members[m]),
      coverage: at((r) => (r.population[m] ? r.members[m] / r.population[m] : 0), 5),
      spontaneous: at((r) => r.spontaneous[m]),
      seeded: at((r) => r.seededByRoute[3 * m] + r.seededByRoute[3 * m + 1] + r.seededByRoute[3 * m + 2]),
      foundings: at((r) => {
        let s = 0;
        for (let o = 0; o < N_ORIGINS; o++) s += r.foundings[m * N_ORIGINS + o];
        return s;
      }),
      failedFoundings: at((r) => r.failed[m]),
      offspringRate: at((r) => offspringRate(r, m), 3),
      cost: at((r) => r.cost[m], 0),
    });
  }
  return out;
}

export interface BuurtCoverage {
  code: string;
  name: string;
  /** People 65+ in the buurt at the start. */
  age65plus: number;
  /** Share of 65+ in a circle at whole years 0, 1, 2, … */
  coverage: (Band & { year: number })[];
}

export function summariseBuurten(reps: readonly RepOutput[], buurten: readonly { code: string; name: string }[]): BuurtCoverage[] {
  const nb = buurten.length,
    years = reps[0].buurtMembers.length / nb;
  return buurten.map((b, i) => ({
    code: b.code,
    name: b.name,
    age65plus: reps[0].buurtPopulation[i],
    coverage: Array.from({ length: years }, (_, y) => ({
      year: y,
      ...band(
        reps.map((r) => (r.buurtPopulation[y * nb + i] ? r.buurtMembers[y * nb + i] / r.buurtPopulation[y * nb + i] : 0)),
        5,
      ),
    })),
  }));
}

export interface Headline {
  circles: Band;
  active: Band;
  members: Band;
  coverage: Band;
  spontaneous: Band;
  /** Spontaneous foundings (incl. splits) over the whole horizon. */
  spontaneousFoundings: Band;
  failedFoundings: Band;
  seeded: Record<Route, Band>;
  attempts: Record<Route, Band>;
  /** Meetings held by routes a and b and their staff cost (the plan counts circles; this is what it took). */
  meetings: { a: Band; b: Band; cost: Band };
  /** Members per circle over all circles that exist at the horizon, pooled over replications. */
  membersPerCircle: Band;
  /** Mean number of spontaneous circles each seeded circle inspired by the horizon (cohort R). */
  offspringPerSeed: Band;
  cost: Band;
  /**
   * Cost over circles the routes formed, per run, over the runs that formed at least one (a run
   * without a circle has no cost per circle); bounds are values of those runs. Null when no run
   * formed a circle.
   */
  costPerCircle: Band | null;
  /** How many runs formed at least one circle (the runs costPerCircle is taken over). */
  costPerCircleRuns: number;
  takeoff: { p: number; lo: number; hi: number; reps: number; monthsToTakeoff: Band | null };
  /** Why a route could not be carried out as planned, with the share of replications it happened in. */
  unavailable: { route: Route; reason: string; share: number }[];
}

export function summariseHeadline(reps: readonly RepOutput[]): Headline {
  const h = reps[0].months;
  const sum = (a: ArrayLike<number>, from = 0, to = a.length) => {
    let s = 0;
    for (let i = from; i < to; i++) s += a[i];
    return s;
  };
  const spontFoundings = (r: RepOutput) => {
    let s = 0;
    for (let m = 0; m <= h; m++) for (let o = 0; o < N_ORIGINS; o++) if (selfMade(o)) s += r.foundings[m * N_ORIGINS + o];
    return s;
  };
  const seededTotal = (r: RepOutput) => r.routes.a.formed + r.routes.b.formed + r.routes.c.formed;
  const took = reps.filter((r) => r.takeoff.takeoff);
  const formedRuns = reps.filter((r) => seededTotal(r) > 0);
  const ci = wilson(took.length, reps.length);
  return {
    circles: band(reps.map((r) => r.circles[h])),
    active: band(reps.map((r) => r.active[h])),
    members: band(reps.map((r) => r.members[h])),
    coverage: band(
      reps.map((r) => r.members[h] / Math.max(1, r.population[h])),
      5,
    ),
    spontaneous: band(reps.map((r) => r.spontaneous[h])),
    spontaneousFoundings: band(reps.map(spontFoundings)),
    failedFoundings: band(reps.map((r) => sum(r.failed))),
    seeded: { a: band(reps.map((r) => r.routes.a.formed)), b: band(reps.map((r) => r.routes.b.formed)), c: band(reps.map((r) => r.routes.c.formed)) },
    attempts: { a: band(reps.map((r) => r.routes.a.attempts)), b: band(reps.map((r) => r.routes.b.attempts)), c: band(reps.map((r) => r.routes.c.attempts)) },
    meetings: {
      a: band(reps.map((r) => r.routes.a.attempts)),
      b: band(reps.map((r) => r.routes.b.attempts)),
      cost: band(
        reps.map((r) => r.routes.a.cost + r.routes.b.cost),
        0,
      ),
    },
    membersPerCircle: band(
      reps.flatMap((r) => Array.from(r.sizes)),
      1,
    ),
    offspringPerSeed: band(
      reps.map((r) => (seededTotal(r) ? spontFoundings(r) / seededTotal(r) : 0)),
      3,
    ),
    cost: band(
      reps.map((r) => r.cost[h]),
      0,
    ),
    costPerCircle: formedRuns.length
      ? observedBand(
          formedRuns.map((r) => r.cost[h] / seededTotal(r)),
          0,
        )
      : null,
    costPerCircleRuns: formedRuns.length,
    takeoff: {
      p: round(ci.p, 4),
      lo: round(ci.lo, 4),
      hi: round(ci.hi, 4),
      reps: reps.length,
      monthsToTakeoff: took.length
        ? band(
            took.map((r) => r.takeoff.monthsToTakeoff ?? 0),
            1,
          )
        : null,
    },
    unavailable: unavailableShares(reps, (r, route) => r.routes[route].unavailable),
  };
}

/**
 * Why routes fell short: for each route in turn, each reason in the order it first appears, with
 * the share of `items` it happened in (unrounded).
 */
export function unavailableShares<T>(
  items: readonly T[],
  reasonOf: (item: T, route: Route) => string | null | undefined,
): { route: Route; reason: string; share: number }[] {
  const out: { route: Route; reason: string; share: number }[] = [];
  for (const route of ROUTES) {
    const reasons = new Map<string, number>();
    for (const item of items) {
      const reason = reasonOf(item, route);
      if (reason) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    for (const [reason, n] of reasons) out.push({ route, reason, share: n / items.length });
  }
  return out;
}
