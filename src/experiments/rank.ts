/**
 * Where to start (MODEL.md "Where to start"): rank the wijken, kerkdorpen, buurten or groups of
 * a gemeente by the seeded circles and euros needed for takeoff there, with the chance of takeoff
 * for a given budget of seeds and the coverage of 65+ after 5 and 10 years with that budget.
 * Each place gets exactly the critical-mass search of the critical-mass page and CLI
 * (findCriticalMass with the same options), so for the same area, seed and settings the ranking's
 * k90 is the critical-mass k90; the budget point is evaluated after the search and never changes
 * the answer. The result states the scenario it ranks (route, placement, PR, seeding window). Costs follow the founder's cost
 * table (plan §11) plus staff time per attempt; they are returned with the result.
 */
import { resolveParams } from '../core/params/index.ts';
import type { Route } from '../core/plan.ts';
import { plain, say } from '../i18n/engine/index.ts';
import { costTable, DEFAULT_REPS, defaultMaxK, findCriticalMass, type CriticalMassOptions, type CriticalMassResult } from './criticalMass.ts';
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
  /** As in critical-mass --json (INTERFACES.md). */
  k90Interval: CriticalMassResult['k90Interval'];
  Rinterval: CriticalMassResult['Rinterval'];
  drivers: CriticalMassResult['drivers'];
  reasonCode: CriticalMassResult['reasonCode'];
}

/** The scenario a ranking ranks, in data and in words. */
interface RankScenario {
  route: CriticalMassResult['route'];
  placement: CriticalMassResult['placement'];
  /** PR intensity (0–1) per segment. */
  pr: { from: number; to: number; intensity: number }[];
  /** Months in which the professionals seed (the routes used). */
  seedWindow: { from: number; to: number };
  text: { nl: string; en: string };
}

export interface RankResult {
  ranking: RankRow[];
  by: RankOrder;
  skipped: { code: string; name: string; reason: { nl: string; en: string } }[];
  route: CriticalMassResult['route'];
  scenario: RankScenario;
  target: number;
  budget: number;
  takeoffRule: CriticalMassResult['takeoffRule'];
  costTable: CriticalMassResult['cost']['table'] & { fixed: number; perAttempt: Record<Route, number> };
  /** `months`: the horizon of every run (null when no place could be simulated). */
  search: { reps: number; initialReps: number; runs: number; seed: number; months: number | null };
}

export interface RankProgress {
  /** Places finished so far (several are searched at once, so this counts up, in no fixed order of places). */
  unit: number;
  units: number;
  code: string;
  runs: number;
  planned: number;
}

function rowOf(unit: RankUnit, r: CriticalMassResult, budget: number): RankRow {
  const at = (k: number | null): CurvePoint | undefined => (k === null ? undefined : r.curve.find((p) => p.k === k));
  const level = r.levels.find((l) => l.level === r.target)!;
  // Only a decided answer (as critical-mass reports it): an undecided k is no rank.
  const target = r.criticalMass.atTarget === null ? { k: null, lower: null, upper: null } : level;
  const point = at(target.k);
  const b = r.extra.find((p) => p.k === budget) ?? at(budget)!; // evaluated in any case (RankOptions.budget ≤ maxK)
  const cost = point ? point.cost.p50 : null;
  return {
    code: unit.code,
    name: unit.name,
    k90: r.criticalMass.k90,
    cost,
    pTakeoffAtBudget: b.p,
    age65plus: r.age65plus,
    k50: r.criticalMass.k50,
    kTarget: target.k,
    kTargetRange: { lower: target.lower, upper: target.upper },
    kTargetPer1000: target.k === null ? null : round((1000 * target.k) / r.age65plus, 2),
    costBreakdown: point
      ? {
          fixed: r.cost.fixed,
          attempts: {
            a: round(point.attempts.a * r.cost.perAttempt.a, 0),
            b: round(point.attempts.b * r.cost.perAttempt.b, 0),
            c: round(point.attempts.c * r.cost.perAttempt.c, 0),
          },
          pr: r.cost.prDuringSeeding,
          total: point.cost,
        }
      : null,
    atBudget: { k: b.k, p: b.p, lo: b.lo, hi: b.hi, reps: b.reps, seeded: b.seeded, coverage5: b.coverage5, coverage10: b.coverage10, cost: b.cost },
    timeToTakeoff: r.timeToTakeoff,
    R: r.R.R,
    reason: r.reason,
    k90Interval: r.k90Interval,
    Rinterval: r.Rinterval,
    drivers: r.drivers,
    reasonCode: r.reasonCode,
  };
}

/**
 * 'seeds': fewer seeds for the target first, then fewer euros, then a higher chance at the budget.
 * 'coverage5' / 'coverage10': higher median coverage with the budget first, then as 'seeds'.
 */
export function compareRows(x: RankRow, y: RankRow, by: RankOrder = 'seeds'): number {
  const k = (r: RankRow) => r.kTarget ?? Infinity,
    c = (r: RankRow) => r.cost ?? Infinity;
  const cover = (r: RankRow) => (by === 'seeds' ? 0 : (r.atBudget[by]?.p50 ?? -1));
  return cover(y) - cover(x) || k(x) - k(y) || c(x) - c(y) || y.pTakeoffAtBudget - x.pTakeoffAtBudget || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0);
}

/**
 * Places searched at once: one more than the workers, so a worker whose place is between rounds
 * has another place's replications to run. Inline (one thread) it changes nothing but the order.
 */
const rankInFlight = (pool: ReplicationPool) => pool.size + 1;

export async function rankAreas(
  units: readonly RankUnit[],
  options: RankOptions,
  pool: ReplicationPool,
  ctx: { onProgress?: (p: RankProgress) => void; signal?: AbortSignal } = {},
): Promise<RankResult> {
  const budget = options.budget ?? 5,
    reps = options.reps ?? DEFAULT_REPS,
    initialReps = options.initialReps ?? 16;
  const rows: RankRow[] = [];
  const skipped: RankResult['skipped'] = [];
  const live = units.filter((u) => u.area);
  for (const u of units) if (!u.area) skipped.push({ code: u.code, name: u.name, reason: u.skipped ?? plain(say('experiments.rank.cannotSimulate')) });
  // Several places are searched at once (RANK_IN_FLIGHT): one search alone leaves the workers idle
  // while it decides its next round, and its last rounds are often a handful of replications for
  // one worker. Each place's search is the same whatever runs beside it (its decisions depend only
  // on its own counts), so the rows do not depend on this, nor on the number of workers.
  const results: (CriticalMassResult | undefined)[] = new Array(live.length);
  let next = 0,
    finished = 0;
  const worker = async () => {
    for (let i = next++; i < live.length; i = next++) {
      const u = live[i];
      // The same search as critical-mass (same options); only the budget point is added, after it.
      try {
        results[i] = await findCriticalMass(
          u.area!,
          {
            ...options,
            extra: [...(options.extra ?? []), { k: budget, reps: 64 }],
            maxK: Math.max(options.maxK ?? defaultMaxK(u.area!), budget),
          },
          pool,
          { signal: ctx.signal, onProgress: (p) => ctx.onProgress?.({ unit: finished, units: live.length, code: u.code, ...p }) },
        );
      } catch (e) {
        next = live.length; // start no other place: the ranking fails with this error
        throw e;
      }
      finished++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(live.length, rankInFlight(pool)) }, worker));
  let runs = 0;
  live.forEach((u, i) => {
    runs += results[i]!.search.runs;
    rows.push(rowOf(u, results[i]!, budget));
  });
  const last = results.length ? results[results.length - 1]! : null;
  const by = options.by ?? 'seeds';
  rows.sort((x, y) => compareRows(x, y, by));
  const rule = options.takeoff ?? options.scenario?.takeoff ?? defaultTakeoff;
  const { fixed, table, perAttempt } = costTable(resolveParams({ ...(options.paramSet?.parameters ?? {}), ...(options.scenario?.params ?? {}) }));
  return {
    ranking: rows,
    by,
    skipped,
    route: options.route ?? 'mix',
    scenario: describeScenario(options, last),
    target: options.target ?? 0.9,
    budget,
    takeoffRule: { rule, text: describeTakeoff(rule) },
    costTable: { ...table, fixed, perAttempt },
    search: { reps, initialReps, runs, seed: options.scenario?.seed ?? last?.search.seed ?? 1, months: last?.search.months ?? null },
  };
}

/** The scenario the ranking ranks: the one every place's search used. */
function describeScenario(options: RankOptions, last: CriticalMassResult | null): RankScenario {
  const route = options.route ?? 'mix';
  const sc = options.scenario;
  const used: Route[] = route === 'mix' ? ['a', 'b', 'c'] : [route];
  const from = sc ? Math.min(...used.map((r) => sc.plan[r].from)) : 0;
  const to = last?.search.seedEnd ?? (sc ? Math.max(...used.map((r) => sc.plan[r].to)) : 24);
  const placement = options.placement ?? last?.placement ?? (sc ? sc.plan[used[0]].placement : 'auto');
  const pr = (sc?.pr ?? []).map((p) => ({ from: p.from, to: p.to, intensity: p.intensity }));
  const prMax = Math.max(0, ...pr.map((p) => p.intensity));
  return {
    route,
    placement,
    pr,
    seedWindow: { from, to },
    text: plain(say('experiments.rank.scenario', { route, placement, prMax, from, to })),
  };
}
