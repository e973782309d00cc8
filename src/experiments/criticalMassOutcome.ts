/**
 * What a critical-mass search keeps of each replication (a few numbers, not the month series), and
 * the curve point it reports per k: P(takeoff | k) with its Wilson interval, the seeds the routes
 * really placed, time to takeoff, cost and coverage.
 */
import { ROUTES, type Route } from '../core/plan.ts';
import type { RepOutput } from './replicate.ts';
import { band, round, unavailableShares, type Band } from './summarise.ts';
import { wilson } from './stats.ts';
import { tallyTree, type OffspringTally } from './criticalMassTree.ts';

export interface RepOutcome {
  takeoff: boolean;
  /** Took off by saturation (most of the willing in a circle), not by offspring carrying on. */
  saturated: boolean;
  /** Depletion at the judgement: share of the willing in a circle, free potential connectors and all of them. */
  willingInCircle: number;
  freeConnectors: number;
  connectors: number;
  /** Months after seeding stopped until takeoff (null when it did not take off). */
  monthsToTakeoff: number | null;
  /** Circles the professionals really started (a route can fall short of its count). */
  seeded: number;
  attempts: Record<Route, number>;
  unavailable: Partial<Record<Route, string>>;
  /** Euros spent when seeding stops: fixed costs, attempts and PR. */
  cost: number;
  /** Share of 65+ in a circle after 5 and 10 years (null beyond the horizon). */
  coverage5: number | null;
  coverage10: number | null;
  tally: OffspringTally;
}

export function outcomeOf(o: RepOutput, seedEnd: number, radii: Float64Array, windowMonths: number): RepOutcome {
  const coverageAt = (m: number) => (m <= o.months ? o.members[m] / Math.max(1, o.population[m]) : null);
  const unavailable: Partial<Record<Route, string>> = {};
  for (const r of ROUTES) if (o.routes[r].unavailable) unavailable[r] = o.routes[r].unavailable!;
  return {
    takeoff: o.takeoff.takeoff,
    saturated: o.takeoff.saturated,
    willingInCircle: o.takeoff.willingInCircle,
    freeConnectors: o.takeoff.freeConnectors,
    connectors: o.takeoff.connectors,
    monthsToTakeoff: o.takeoff.monthsToTakeoff,
    seeded: o.takeoff.seeded,
    attempts: { a: o.routes.a.attempts, b: o.routes.b.attempts, c: o.routes.c.attempts },
    unavailable,
    cost: o.cost[Math.min(seedEnd, o.months)],
    coverage5: coverageAt(60),
    coverage10: coverageAt(120),
    tally: tallyTree(o, radii, windowMonths),
  };
}

/** One point of the takeoff curve. The first five fields are the CLI contract (INTERFACES.md). */
export interface CurvePoint {
  k: number;
  /** Share of replications that took off. */
  p: number;
  /** Wilson 95% interval. */
  lo: number;
  hi: number;
  reps: number;
  takeoffs: number;
  /** Mean number of circles the professionals really started (below k when a route runs out). */
  seeded: number;
  /** Months from the end of seeding to takeoff, over the replications that took off. */
  monthsToTakeoff: Band | null;
  /** Euros when seeding stops (median and 10–90%). */
  cost: Band;
  /** Mean staff attempts per route. */
  attempts: Record<Route, number>;
  /** Why a route fell short, with the share of replications. */
  unavailable: { route: Route; reason: string; share: number }[];
  /** Coverage of 65+ after 5 and 10 years (null beyond the horizon). */
  coverage5: Band | null;
  coverage10: Band | null;
  /** P on the monotone (isotonic) fit over all k, which the search uses to place k50/k90. */
  fitted?: number;
  /** Share of the takeoffs that came from saturation (most of the willing in a circle) rather than offspring carrying on. */
  saturatedShare: number;
  /** Measured depletion at the judgement (median over replications): share of the willing in a circle, free and all potential connectors. */
  depletion: { willingInCircle: number; freeConnectors: number; connectors: number };
}

export function curvePoint(k: number, outcomes: readonly RepOutcome[]): CurvePoint {
  const n = outcomes.length,
    took = outcomes.filter((o) => o.takeoff);
  const ci = wilson(took.length, n);
  const mean = (f: (o: RepOutcome) => number) => round(outcomes.reduce((s, o) => s + f(o), 0) / Math.max(1, n), 2);
  const cov = (f: (o: RepOutcome) => number | null) =>
    outcomes.length && f(outcomes[0]) !== null
      ? band(
          outcomes.map((o) => f(o)!),
          4,
        )
      : null;
  return {
    k,
    p: round(ci.p, 4),
    lo: round(ci.lo, 4),
    hi: round(ci.hi, 4),
    reps: n,
    takeoffs: took.length,
    seeded: mean((o) => o.seeded),
    monthsToTakeoff: took.length
      ? band(
          took.map((o) => o.monthsToTakeoff ?? 0),
          1,
        )
      : null,
    cost: band(
      outcomes.map((o) => o.cost),
      0,
    ),
    attempts: { a: mean((o) => o.attempts.a), b: mean((o) => o.attempts.b), c: mean((o) => o.attempts.c) },
    unavailable: unavailableShares(outcomes, (o, route) => o.unavailable[route]).map((u) => ({ ...u, share: round(u.share, 3) })),
    coverage5: cov((o) => o.coverage5),
    coverage10: cov((o) => o.coverage10),
    saturatedShare: took.length ? round(took.filter((o) => o.saturated).length / took.length, 3) : 0,
    depletion: {
      willingInCircle: band(
        outcomes.map((o) => o.willingInCircle),
        3,
      ).p50,
      freeConnectors: band(
        outcomes.map((o) => o.freeConnectors),
        1,
      ).p50,
      connectors: band(
        outcomes.map((o) => o.connectors),
        1,
      ).p50,
    },
  };
}
