/**
 * Where to start (MODEL.md "Where to start"): rank the wijken, kerkdorpen, buurten or groups of
 * a gemeente by the seeded circles and euros needed for takeoff there, with the chance of takeoff
 * for a given budget of seeds and the coverage of 65+ after 5 and 10 years with that budget.
 * Each place gets its own critical-mass search (criticalMass.ts), with fewer replications than a
 * single search: a ranking needs the order, not the last decimal. Costs follow the founder's cost
 * table (plan §11) plus staff time per attempt; they are returned with the result.
 */
import { resolveParams } from '../core/params/index.ts';
import type { Route } from '../core/plan.ts';
import { costTable, defaultMaxK, findCriticalMass, type CriticalMassOptions, type CriticalMassResult } from './criticalMass.ts';
import type { CurvePoint } from './criticalMassOutcome.ts';
import type { Reason } from './criticalMassReason.ts';
import type { ReplicationPool } from './pool.ts';
import type { RankUnit } from './rankUnits.ts';
import { round, type Band } from './summarise.ts';
import { defaultTakeoff, describeTakeoff } from './takeoff.ts';

export interface RankOptions extends CriticalMassOptions {
  /** Seeds a place could get (for pTakeoffAtBudget and the coverage columns; default 5). */
  budget?: number;
  /** Order: fewest seeds for the target (default), or highest coverage after 5 / 10 years with the budget. */
  by?: RankOrder;
}

export type RankOrder = 'seeds' | 'coverage5' | 'coverage10';
export const RANK_ORDERS: readonly RankOrder[] = ['seeds', 'coverage5', 'coverage10'];

/** One ranked place. The first five fields are the CLI contract (INTERFACES.md). */
export interface RankRow {
  code: string;
  name: string;
  /** Smallest k with P(takeoff) ≥ 90% (null: not within maxK). */
  k90: number | null;
  /** Euros (median) when seeding stops at the critical mass for the target; null when not reached. */
  cost: number | null;
  /** P(takeoff) with `budget` seeds in this place. */
  pTakeoffAtBudget: number;
  age65plus: number;
  k50: number | null;
  /** k at the target level, with its interval (see CriticalMassResult.levels). */
  kTarget: number | null;
  kTargetRange: { lower: number | null; upper: number | null };
  /** Seeds for the target per 1,000 people 65+ (model-science.md §5.3 reports per 1,000 65+). */
  kTargetPer1000: number | null;
  costBreakdown: { fixed: number; attempts: Record<Route, number>; pr: number; total: Band } | null;
  atBudget: { k: number; p: number; lo: number; hi: number; reps: number; seeded: number; coverage5: Band | null; coverage10: Band | null; cost: Band };
  timeToTakeoff: { k: number; months: Band } | null;
  R: number | null;
  reason: Reason;
}

export interface RankResult {
  ranking: RankRow[];
  by: RankOrder;
  skipped: { code: string; name: string; reason: { nl: string; en: string } }[];
  route: CriticalMassResult['route'];
  target: number;
  budget: number;
  takeoffRule: CriticalMassResult['takeoffRule'];
  costTable: CriticalMassResult['cost']['table'] & { fixed: number; perAttempt: Record<Route, number> };
  /** `months`: the horizon of every run (null when no place could be simulated). */
  search: { reps: number; initialReps: number; runs: number; seed: number; months: number | null };
}

export interface RankProgress {
  unit: number;
  units: number;
  code: string;
  runs: number;
  planned: number;
}

function rowOf(unit: RankUnit, r: CriticalMassResult, budget: number): RankRow {
  const at = (k: number | null): CurvePoint | undefined => (k === null ? undefined : r.curve.find((p) => p.k === k));
  const target = r.levels.find((l) => l.level === r.target)!;
  const point = at(target.k);
  const b = at(budget)!; // evaluated in any case (RankOptions.budget ≤ maxK)
  const cost = point ? point.cost.p50 : null;
  return {
    code: unit.code, name: unit.name, k90: r.criticalMass.k90, cost, pTakeoffAtBudget: b.p,
    age65plus: r.age65plus, k50: r.criticalMass.k50, kTarget: target.k, kTargetRange: { lower: target.lower, upper: target.upper },
    kTargetPer1000: target.k === null ? null : round((1000 * target.k) / r.age65plus, 2),
    costBreakdown: point ? {
      fixed: r.cost.fixed,
      attempts: { a: round(point.attempts.a * r.cost.perAttempt.a, 0), b: round(point.attempts.b * r.cost.perAttempt.b, 0), c: round(point.attempts.c * r.cost.perAttempt.c, 0) },
      pr: r.cost.prDuringSeeding, total: point.cost,
    } : null,
    atBudget: { k: b.k, p: b.p, lo: b.lo, hi: b.hi, reps: b.reps, seeded: b.seeded, coverage5: b.coverage5, coverage10: b.coverage10, cost: b.cost },
    timeToTakeoff: r.timeToTakeoff, R: r.R.R, reason: r.reason,
  };
}

/**
 * 'seeds': fewer seeds for the target first, then fewer euros, then a higher chance at the budget.
 * 'coverage5' / 'coverage10': higher median coverage with the budget first, then as 'seeds'.
 */
export function compareRows(x: RankRow, y: RankRow, by: RankOrder = 'seeds'): number {
  const k = (r: RankRow) => r.kTarget ?? Infinity, c = (r: RankRow) => r.cost ?? Infinity;
  const cover = (r: RankRow) => (by === 'seeds' ? 0 : r.atBudget[by]?.p50 ?? -1);
  return cover(y) - cover(x) || k(x) - k(y) || c(x) - c(y) || y.pTakeoffAtBudget - x.pTakeoffAtBudget || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0);
}

export async function rankAreas(units: readonly RankUnit[], options: RankOptions, pool: ReplicationPool, ctx: { onProgress?: (p: RankProgress) => void; signal?: AbortSignal } = {}): Promise<RankResult> {
  const budget = options.budget ?? 5, reps = options.reps ?? 48, initialReps = options.initialReps ?? 8;
  const rows: RankRow[] = [];
  const skipped: RankResult['skipped'] = [];
  let runs = 0, last: CriticalMassResult | null = null;
  const live = units.filter((u) => u.area);
  for (const u of units) if (!u.area) skipped.push({ code: u.code, name: u.name, reason: u.skipped ?? { nl: 'niet te simuleren', en: 'cannot be simulated' } });
  for (const [i, u] of live.entries()) {
    const result = await findCriticalMass(u.area!, {
      ...options, reps, initialReps, batch: options.batch ?? initialReps, maxRuns: options.maxRuns ?? 8 * reps, months: options.months ?? 120,
      extra: [...(options.extra ?? []), { k: budget, reps: Math.min(reps, 4 * initialReps) }],
      maxK: Math.max(options.maxK ?? defaultMaxK(u.area!), budget),
    }, pool, { signal: ctx.signal, onProgress: (p) => ctx.onProgress?.({ unit: i, units: live.length, code: u.code, ...p }) });
    runs += result.search.runs;
    last = result;
    rows.push(rowOf(u, result, budget));
  }
  const by = options.by ?? 'seeds';
  rows.sort((x, y) => compareRows(x, y, by));
  const rule = options.takeoff ?? options.scenario?.takeoff ?? defaultTakeoff;
  const { fixed, table, perAttempt } = costTable(resolveParams({ ...(options.paramSet?.parameters ?? {}), ...(options.scenario?.params ?? {}) }));
  return {
    ranking: rows, by, skipped, route: options.route ?? 'mix', target: options.target ?? 0.9, budget,
    takeoffRule: { rule, text: describeTakeoff(rule) },
    costTable: { ...table, fixed, perAttempt },
    search: { reps, initialReps, runs, seed: options.scenario?.seed ?? last?.search.seed ?? 1, months: last?.search.months ?? null },
  };
}
