/**
 * The critical mass (MODEL.md "Critical mass"; model-science.md §1.9, §5): P(takeoff | k seeded
 * circles) per route and placement, with a Wilson 95% interval per k, and k50 / k90 (the smallest
 * k with P ≥ 50% / 90%) with their uncertainty, found adaptively (criticalMassSearch.ts) on common
 * random numbers: replication r runs on the same world with the same streams for every k.
 *
 * Pure API for the app and the CLI: give an area, options and any ReplicationPool (inline, Node
 * worker_threads, browser Web Workers); cancel with an AbortSignal. The result is plain JSON.
 */
import { isUrban, type AreaInput } from '../core/area.ts';
import { InputError } from '../core/errors.ts';
import type { Params } from '../core/params/index.ts';
import { prAt, type PlacementMode, type Route } from '../core/plan.ts';
import { fixedCost } from '../core/simulation.ts';
import { say, type Said } from '../i18n/engine/index.ts';
import { outcomeOf, curvePoint, type CurvePoint, type RepOutcome } from './criticalMassOutcome.ts';
import { jobForK, setupSearch, type MixWeights, type SearchRoute, type SearchSetup } from './criticalMassPlan.ts';
import { explain, type Reason, type ReasonCode } from './criticalMassReason.ts';
import { findDrivers, type Driver } from './drivers.ts';
import { CurveSearch, type LevelAnswer, type SearchProgress } from './criticalMassSearch.ts';
import { addTally, AGE_BINS, criticalDensity, densityTable, emptyTally, estimateR, radiiOf, type DensityRow, type REstimate } from './criticalMassTree.ts';
import type { ParamSet } from './paramset.ts';
import { repRange, type ReplicationPool } from './pool.ts';
import { validateScenario, type Scenario } from './scenario.ts';
import { round, type Band } from './summarise.ts';
import { describeTakeoff, type TakeoffRule } from './takeoff.ts';
import { BOUNDS, boundMessage, fits } from './scenarioLimits.ts';

export interface CriticalMassOptions {
  /** The scenario whose seeding counts the search varies (windows, PR, parameters, seed, takeoff rule). Default: all defaults. */
  scenario?: Scenario;
  /** a, b, c or 'mix' (default): the founder's "all three routes at once", k split evenly (or by `weights`). */
  route?: SearchRoute;
  weights?: MixWeights;
  /** Placement for every route (default: the scenario's, 'auto' unless set). */
  placement?: PlacementMode;
  buurten?: string[];
  /** The level that counts as the critical mass (0 < target < 1, default 0.9); k50 and k90 are always reported. */
  target?: number;
  /** Largest k tried (default: one seed per 80 people 65+, between 4 and 60). */
  maxK?: number;
  /** Most replications at one k (default 400: the k that decides the answer gets hundreds if it needs them). */
  reps?: number;
  /** Replications at a newly tried k (default 16); where more are needed they are at least doubled. */
  initialReps?: number;
  batch?: number;
  /** Most replications in the whole search (default 6 × reps). */
  maxRuns?: number;
  /** Wanted interval half-width around k50/k90 in seeds (default 1). */
  precision?: number;
  /** Where ±precision cannot be decided, look further up for a sure bound (default true; the drivers' searches, which report only k, skip it). */
  bound?: boolean;
  /** Runs last at least this many months (default: seeding window + takeoff years). */
  months?: number;
  takeoff?: TakeoffRule;
  /** Extra k values to evaluate after the search (e.g. a budget), with this many replications; they never change the answer. */
  extra?: { k: number; reps: number }[];
  /** A parameter set or posterior (each replication draws its particle). */
  paramSet?: ParamSet;
  /** Also find what the answer rests on (drivers.ts): costs a few cheaper searches. */
  drivers?: boolean;
}

export interface CriticalMassResult {
  /** The area's codes (comma-separated) as given. */
  area: string;
  areaName: string;
  age65plus: number;
  route: SearchRoute;
  weights?: MixWeights;
  placement: PlacementMode;
  target: number;
  /** Smallest k with P ≥ 50% / 90%, and at the target level — only where the replications decide it within ±precision (null otherwise: see `levels` and `reason`). */
  criticalMass: { k50: number | null; k90: number | null; atTarget: number | null };
  /** The interval [lower, upper] around k90 (null when not decided). */
  k90Interval: [number, number] | null;
  /** R's 95% bootstrap interval (null when there were no seeded circles). */
  Rinterval: [number, number] | null;
  /** Why, as a code from the documented set (criticalMassReason.ts): reached, saturated, r-below-one, plateau, undecided, still-rising, no-seeds, route-capacity. */
  reasonCode: ReasonCode;
  /** The answer at the plausible bounds of the parameters that move it most (empty unless asked for: drivers.ts). */
  drivers: Driver[];
  /** Extra points (a budget) evaluated after the search, by k. */
  extra: CurvePoint[];
  /** Each level with its interval: P surely below the level under `lower`, surely at or above from `upper`. */
  levels: LevelAnswer[];
  /** One point per k tried, by k. */
  curve: CurvePoint[];
  /** Why, in plain words (always present, also when the target is reached). */
  reason: Reason;
  /** Time from the end of seeding to takeoff at the critical mass (or at the best k when not reached). */
  timeToTakeoff: { k: number; months: Band } | null;
  /** R: children per first (seeded) circle over its life, with its bootstrap interval. */
  R: REstimate;
  /** R_t by the number of other circles within walking/cycling distance. */
  density: DensityRow[];
  /** Fewest other circles nearby at which a circle replaces itself, and what that is per km². */
  criticalDensity: { nearby: number; radiusM: number; perKm2: number } | null;
  cost: {
    fixed: number;
    table: { projectLeader: number; trainingLeader: number; trainingStaff: number; supervisor: number };
    perAttempt: Record<Route, number>;
    prDuringSeeding: number;
    /** Euros when seeding stops at the critical mass (fixed + attempts + PR). */
    atTarget: Band | null;
  };
  takeoffRule: { rule: TakeoffRule; text: { nl: string; en: string } };
  search: { maxK: number; reps: number; initialReps: number; runs: number; seed: number; seedEnd: number; months: number; monotone: boolean; settled: boolean };
}

const check = (ok: boolean, field: string, said: () => Said) => {
  if (!ok) throw new InputError('critical-mass.invalid', said(), { field });
};

/** Default largest k: about one seed per 80 people 65+ (then seeds alone would reach a large share), 4 … 60. */
export const defaultMaxK = (area: AreaInput) => Math.max(4, Math.min(60, Math.round(area.age65plus / 80)));

function validateOptions(o: CriticalMassOptions): void {
  // The bounds of the one set of limits (scenarioLimits.ts), as the CLI flags and the app check them.
  const t = o.target ?? BOUNDS.target.fallback;
  check(fits(BOUNDS.target, t), '--target', () => say('experiments.criticalMass.badTarget', { target: t }));
  if (o.maxK !== undefined) check(fits(BOUNDS.maxK, o.maxK), '--max-k', () => boundMessage(BOUNDS.maxK, '--max-k', o.maxK));
  if (o.reps !== undefined) check(fits(BOUNDS.searchReps, o.reps), '--reps', () => boundMessage(BOUNDS.searchReps, '--reps', o.reps));
}

/**
 * Search P(takeoff | k) for k = 0 … maxK and locate k50, k90 and k at `target`, adaptively
 * (criticalMassSearch.ts). Replication r of every k runs on the same world with the same streams,
 * so the curve's differences are the seeds' effect. Runs stop at seeding end + the takeoff years
 * (or `months`), and runs that die out stop earlier (src/core/simulation.ts settles them).
 * Throws InputError for bad options; rejects with CancelledError when `signal` aborts.
 * The result does not depend on the pool or its number of workers.
 */
export async function findCriticalMass(
  area: AreaInput,
  options: CriticalMassOptions,
  pool: ReplicationPool,
  ctx: { onProgress?: (p: SearchProgress) => void; signal?: AbortSignal } = {},
): Promise<CriticalMassResult> {
  validateOptions(options);
  const scenario = options.scenario ?? validateScenario({ area: area.codes }, { allowEmptyPlan: true });
  const route = options.route ?? 'mix',
    target = options.target ?? 0.9,
    maxK = options.maxK ?? defaultMaxK(area);
  const setup = setupSearch(
    area,
    scenario,
    { route, weights: options.weights, placement: options.placement, buurten: options.buurten, months: options.months, takeoff: options.takeoff },
    options.paramSet,
  );
  const maxReps = options.reps ?? DEFAULT_REPS,
    initialReps = Math.min(options.initialReps ?? 16, maxReps);
  const search = new CurveSearch({
    levels: [0.5, 0.9, target],
    maxK,
    initialReps,
    batch: options.batch ?? initialReps,
    maxReps,
    maxRuns: options.maxRuns ?? 6 * maxReps,
    precision: options.precision ?? 1,
    bound: options.bound ?? true,
  });
  const radii = radiiOf(area, setup.base.params);
  const outcomes = new Map<number, RepOutcome[]>();
  let done = 0,
    planned = 0;
  const runAll = async (requests: { k: number; n: number }[], store: Map<number, RepOutcome[]>) => {
    const have = requests.map((r) => store.get(r.k)?.length ?? 0);
    planned += requests.reduce((s, r, i) => s + r.n - have[i], 0);
    const counted = requests.map(() => 0);
    const batches = await Promise.all(
      requests.map((r, i) =>
        pool.run({
          area,
          job: jobForK(setup, r.k),
          reps: repRange(r.n - have[i], have[i]),
          signal: ctx.signal,
          onProgress: (d) => {
            done += d - counted[i];
            counted[i] = d;
            ctx.onProgress?.({ runs: done, planned });
          },
        }),
      ),
    );
    return requests.map((r, i) => {
      const fresh = batches[i].map((o) => outcomeOf(o, setup.seedEnd, radii, Math.round(12 * setup.base.takeoff.years)));
      store.set(r.k, [...(store.get(r.k) ?? []), ...fresh]);
      return fresh.filter((o) => o.takeoff).length;
    });
  };
  for (let requests = search.next(); requests.length; requests = search.next()) {
    const took = await runAll(requests, outcomes);
    requests.forEach((r, i) => search.add(r.k, r.n, took[i]));
  }
  // Extra points (a budget) after the search, on the same replications: the answer never depends on them.
  const extra = new Map<number, RepOutcome[]>();
  const wanted = (options.extra ?? []).filter((e) => e.k >= 0 && e.k <= maxK && (outcomes.get(e.k)?.length ?? 0) < e.reps);
  for (const e of wanted) extra.set(e.k, outcomes.get(e.k) ? [...outcomes.get(e.k)!] : []);
  if (wanted.length)
    await runAll(
      wanted.map((e) => ({ k: e.k, n: e.reps })),
      extra,
    );
  const result = assemble(area, setup, search, outcomes, extra, { route, target, maxK, maxReps, initialReps, scenario });
  if (options.drivers) result.drivers = await findDrivers(findCriticalMass, area, { ...options, drivers: false }, result, pool, ctx.signal);
  return result;
}

/** Most replications at one k by default: enough to decide k90 to ±1 seed where P rises by ~5 points per seed. */
export const DEFAULT_REPS = 400;

function assemble(
  area: AreaInput,
  setup: SearchSetup,
  search: CurveSearch,
  outcomes: Map<number, RepOutcome[]>,
  extraOutcomes: Map<number, RepOutcome[]>,
  o: { route: SearchRoute; target: number; maxK: number; maxReps: number; initialReps: number; scenario: Scenario },
): CriticalMassResult {
  const fit = search.fitted();
  const curve = [...outcomes.keys()].sort((a, b) => a - b).map((k) => ({ ...curvePoint(k, outcomes.get(k)!), fitted: round(fit.get(k)!, 4) }));
  const extra = [...extraOutcomes.keys()].sort((a, b) => a - b).map((k) => curvePoint(k, extraOutcomes.get(k)!));
  const answers = search.answers();
  const level = (l: number) => answers.find((a) => a.level === l)!;
  const decided = (l: number) => (level(l).settled ? level(l).k : null);
  // A point tried only to bound the answer from above (search step 5) is in the curve and the
  // interval, nothing else: R, its density table and the time to takeoff come from the points that
  // searched for the crossing, so they read the same whether or not a bound was needed (and many
  // seeds at once would pull R, an estimate for the first circles, toward their density).
  const bounds = new Set(search.boundKs());
  const tally = emptyTally();
  for (const [k, list] of outcomes) if (!bounds.has(k)) for (const x of list) addTally(tally, x.tally);
  const best = curve.filter((p) => !bounds.has(p.k)).sort((x, y) => y.p - x.p || x.k - y.k)[0];
  // R from the first circles: the seeds of every point from 1 up to the answer (or the best point).
  const kRef = Math.max(1, decided(o.target) ?? best.k);
  const fromK = curve.filter((p) => p.k >= 1 && p.k <= kRef).map((p) => p.k);
  const perRep: { seeds: number; children: number; splits: number; censored: number; censoredAge: number[] }[] = [];
  for (const k of fromK)
    outcomes.get(k)!.forEach((x, r) => {
      const e = (perRep[r] ??= { seeds: 0, children: 0, splits: 0, censored: 0, censoredAge: new Array(AGE_BINS).fill(0) });
      x.tally.seedCensoredAge.forEach((n, a) => (e.censoredAge[a] += n));
      e.seeds += x.tally.seeds;
      e.children += x.tally.seedChildren;
      e.splits += x.tally.seedSplits;
      e.censored += x.tally.seedCensored;
    });
  const R = estimateR(perRep.filter(Boolean), tally, fromK);
  const density = densityTable(tally, R.lifetimeYears);
  const cStar = criticalDensity(density);
  const reason = explain({
    target: o.target,
    maxK: o.maxK,
    route: o.route,
    curve,
    best,
    answers,
    r: R,
    density,
    cStar,
    willing: setup.base.params.willing,
    rule: setup.base.takeoff,
  });
  // A k that the reason had to withdraw (undecided) is not an answer either.
  const kTarget = reason.code === 'reached' || reason.code === 'saturated' ? decided(o.target) : null;
  const k90 = reason.code === 'reached' || reason.code === 'saturated' || o.target !== 0.9 ? decided(0.9) : null;
  const l90 = level(0.9);
  const timePoint = curve.find((p) => p.k === (kTarget ?? best.k));
  const p = setup.base.params;
  const plan = setup.base.plan;
  let prMonths = 0;
  for (let t = 0; t < setup.seedEnd; t++) prMonths += prAt(plan, t);
  const radiusM = weightedRadius(area, p);
  return {
    area: area.codes.join(','),
    areaName: area.name,
    age65plus: area.age65plus,
    route: o.route,
    ...(o.route === 'mix' ? { weights: setup.weights } : {}),
    placement: plan.routes[o.route === 'mix' ? 'b' : o.route].placement,
    target: o.target,
    criticalMass: { k50: decided(0.5), k90, atTarget: kTarget },
    k90Interval: k90 !== null && l90.upper !== null ? [l90.lower ?? 0, l90.upper] : null,
    Rinterval: R.lo !== null && R.hi !== null ? [R.lo, R.hi] : null,
    reasonCode: reason.code,
    drivers: [],
    extra,
    levels: answers,
    curve,
    reason,
    timeToTakeoff: timePoint?.monthsToTakeoff ? { k: timePoint.k, months: timePoint.monthsToTakeoff } : null,
    R,
    density,
    criticalDensity: cStar === null ? null : { nearby: cStar, radiusM, perKm2: round((cStar + 1) / (Math.PI * (radiusM / 1000) ** 2), 2) },
    cost: {
      ...costTable(p),
      prDuringSeeding: Math.round(prMonths * p.costPrMonth),
      atTarget: kTarget === null ? null : curve.find((c) => c.k === kTarget)!.cost,
    },
    takeoffRule: { rule: setup.base.takeoff, text: describeTakeoff(setup.base.takeoff) },
    search: {
      maxK: o.maxK,
      reps: o.maxReps,
      initialReps: o.initialReps,
      runs: search.totalRuns,
      seed: setup.base.seed,
      seedEnd: setup.seedEnd,
      months: setup.months,
      monotone: search.monotone(),
      settled: level(o.target).settled,
    },
  };
}

/** What the staff and each attempt cost under parameters `p` (fixed: the four staff costs together). */
export function costTable(p: Params): Pick<CriticalMassResult['cost'], 'fixed' | 'table' | 'perAttempt'> {
  return {
    fixed: fixedCost(p),
    table: { projectLeader: p.costProjectLeader, trainingLeader: p.costTrainingLeader, trainingStaff: p.costTrainingStaff, supervisor: p.costSupervisor },
    perAttempt: { a: p.costAttemptA, b: p.costAttemptB, c: p.costAttemptC },
  };
}

/** The walking/cycling radius most people 65+ of the area live under (for circles per km²). */
function weightedRadius(area: AreaInput, p: Record<string, number>): number {
  const urban = area.buurten.reduce((s, b) => s + (isUrban(b) ? b.age65plus : 0), 0);
  return urban * 2 >= area.age65plus ? p.walkRadiusUrban : p.walkRadiusRural;
}
