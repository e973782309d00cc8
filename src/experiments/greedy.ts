/**
 * Greedy placement of a budget of seeds across an area (influence maximisation, Kempe, Kleinberg
 * & Tardos 2003; model-science.md §1.10): add seeds one at a time, each to the place (buurt, wijk or
 * group of buurten) with the largest Monte-Carlo marginal gain of the objective, all estimated on
 * the same replications (common random numbers), so a gain is the placement's effect, not noise.
 * Seeds go where the plan says through placement 'chosen' with repeated buurt codes.
 *
 * Lazy evaluation (CELF, Leskovec et al. 2007): a gain computed in an earlier step is an upper
 * bound when the objective is submodular, so only the best stale candidates are re-evaluated. Under
 * complex contagion the objective need not be submodular (§1.10: the guarantee is lost, greedy
 * stays a good heuristic); `lazy: false` re-evaluates every place at every step.
 */
import type { AreaInput } from '../core/area.ts';
import { InputError } from '../core/errors.ts';
import { ROUTES, type RunPlan } from '../core/plan.ts';
import { keyedSequence, streamKey } from '../core/rng.ts';
import { say } from '../i18n/engine/index.ts';
import { setupSearch, splitSeeds, type MixWeights, type SearchRoute } from './criticalMassPlan.ts';
import type { ParamSet } from './paramset.ts';
import { repRange, type ReplicationPool } from './pool.ts';
import type { RepOutput } from './replicate.ts';
import { validateScenario, type Scenario } from './scenario.ts';
import { BOUNDS, boundMessage, fits } from './scenarioLimits.ts';
import { band, round, type Band } from './summarise.ts';
import { wilson } from './stats.ts';

/** A place seeds can go to; its n-th seed goes to buurten[n mod length] (list the largest first). */
export interface GreedyUnit {
  code: string;
  name: string;
  buurten: string[];
}

type GreedyObjective = 'coverage' | 'circles' | 'takeoff';

export interface GreedyOptions {
  scenario?: Scenario;
  route?: SearchRoute;
  weights?: MixWeights;
  /** Number of seeds to place (≥ 1). */
  budget: number;
  /** Candidate places (default: every buurt of the area on its own). */
  units?: GreedyUnit[];
  /** Replications per evaluation (default 16). */
  reps?: number;
  /** What to maximise at the horizon: share of 65+ in a circle (default), circles, or P(takeoff). */
  objective?: GreedyObjective;
  /** Horizon (default: seeding window + takeoff years). */
  months?: number;
  /** Random placements of the same budget to compare with (default 3). */
  randomBaselines?: number;
  lazy?: boolean;
  /**
   * Rounds of local search after the greedy pass (default 2): move one seed from one place to
   * another when that raises the objective on the same replications. Greedy is myopic and, under
   * complex contagion, not guaranteed near the optimum (§1.10); one-seed moves repair its worst
   * choices. 0 switches this off.
   */
  refine?: number;
  paramSet?: ParamSet;
}

export interface GreedyResult {
  area: string;
  areaName: string;
  route: SearchRoute;
  budget: number;
  objective: GreedyObjective;
  /** Seeds per place, in the order they were added. */
  steps: { step: number; code: string; name: string; value: number; gain: number }[];
  /** Seeds moved by the local search after the greedy pass, with the objective after each move. */
  moves: { from: string; to: string; value: number }[];
  allocation: { code: string; name: string; seeds: number; buurten: string[] }[];
  /** The objective for the greedy placement (mean and 10–90% band over replications). */
  value: { mean: number; band: Band };
  takeoff: { p: number; lo: number; hi: number };
  /** The same budget placed by the model's own rule ('auto') and at random places, on the same replications. */
  baselines: { none: number; auto: number; random: { mean: number; draws: { units: string[]; value: number }[] } };
  search: { reps: number; months: number; evaluations: number; runs: number; seed: number; lazy: boolean };
}

/** Stale candidates re-evaluated together in a lazy step (a constant: results must not depend on the pool). */
const LAZY_BATCH = 4;

export async function greedyPlacement(
  area: AreaInput,
  options: GreedyOptions,
  pool: ReplicationPool,
  ctx: { onProgress?: (p: { evaluations: number; runs: number }) => void; signal?: AbortSignal } = {},
): Promise<GreedyResult> {
  const budget = options.budget;
  if (!fits(BOUNDS.budget, budget)) throw new InputError('greedy.budget', boundMessage(BOUNDS.budget, '--greedy', budget), { field: '--greedy' });
  const units = options.units ?? area.buurten.filter((b) => b.age65plus > 0).map((b) => ({ code: b.code, name: b.name, buurten: [b.code] }));
  if (!units.length) throw new InputError('greedy.units', say('experiments.greedy.noPlaces'), { field: 'units' });
  const scenario = options.scenario ?? validateScenario({ area: area.codes }, { allowEmptyPlan: true });
  const route = options.route ?? 'mix',
    reps = options.reps ?? 16,
    objective = options.objective ?? 'coverage',
    lazy = options.lazy !== false;
  const setup = setupSearch(area, scenario, { route, weights: options.weights, months: options.months }, options.paramSet);
  // Coverage and circles count at the scenario's own horizon (what its page shows), even when the
  // runs go on longer for the takeoff judgement (12 years after seeding stops, takeoff.ts).
  const horizon = Math.min(options.months ?? scenario.months, setup.months);
  const valueOf = (o: RepOutput) => {
    const m = Math.min(horizon, o.months);
    return objective === 'takeoff' ? (o.takeoff.takeoff ? 1 : 0) : objective === 'circles' ? o.circles[m] : o.members[m] / Math.max(1, o.population[m]);
  };
  const cache = new Map<string, Promise<RepOutput[]>>();
  let runs = 0;
  const planFor = (counts: number[] | 'auto'): RunPlan => {
    const base = setup.base.plan;
    if (counts === 'auto') {
      const split = splitSeeds(budget, route, setup.weights);
      return { ...base, routes: Object.fromEntries(ROUTES.map((r) => [r, { ...base.routes[r], count: split[r], placement: 'auto' }])) as RunPlan['routes'] };
    }
    const buurten = counts.flatMap((n, u) => Array.from({ length: n }, (_, i) => units[u].buurten[i % units[u].buurten.length]));
    const split = splitSeeds(buurten.length, route, setup.weights);
    return {
      ...base,
      routes: Object.fromEntries(
        ROUTES.map((r) => [r, { ...base.routes[r], count: split[r], placement: buurten.length ? 'chosen' : 'auto', ...(buurten.length ? { buurten } : {}) }]),
      ) as RunPlan['routes'],
    };
  };
  const evaluate = (counts: number[] | 'auto'): Promise<RepOutput[]> => {
    const key = counts === 'auto' ? 'auto' : counts.join(',');
    if (!cache.has(key)) {
      cache.set(
        key,
        pool.run({ area, job: { ...setup.base, keepTree: false, plan: planFor(counts) }, reps: repRange(reps), signal: ctx.signal }).then((out) => {
          runs += out.length;
          ctx.onProgress?.({ evaluations: cache.size, runs });
          return out;
        }),
      );
    }
    return cache.get(key)!;
  };
  const mean = async (counts: number[] | 'auto') => (await evaluate(counts)).reduce((s, o) => s + valueOf(o), 0) / reps;
  const plus = (counts: number[], u: number) => counts.map((n, i) => (i === u ? n + 1 : n));

  let counts = units.map(() => 0);
  let current = await mean(counts);
  const none = current;
  const gains = await Promise.all(units.map((_, u) => mean(plus(counts, u)).then((v) => v - current)));
  const fresh = units.map(() => true);
  const steps: GreedyResult['steps'] = [];
  const order = () => units.map((_, u) => u).sort((x, y) => gains[y] - gains[x] || x - y);
  for (let step = 1; step <= budget; step++) {
    if (step > 1) {
      // Re-evaluate stale candidates, best first, until the best one is fresh.
      for (;;) {
        const ranked = order();
        if (fresh[ranked[0]]) break;
        const stale = lazy ? ranked.filter((u) => !fresh[u]).slice(0, LAZY_BATCH) : ranked.filter((u) => !fresh[u]);
        const values = await Promise.all(stale.map((u) => mean(plus(counts, u))));
        stale.forEach((u, i) => {
          gains[u] = values[i] - current;
          fresh[u] = true;
        });
      }
    }
    const pick = order()[0];
    counts = plus(counts, pick);
    const value = current + gains[pick];
    steps.push({ step, code: units[pick].code, name: units[pick].name, value: round(value, 6), gain: round(gains[pick], 6) });
    current = value;
    fresh.fill(false);
  }
  // Local search: the best single move of one seed per round, while it helps.
  const moves: GreedyResult['moves'] = [];
  for (let pass = 0; pass < (options.refine ?? 2); pass++) {
    const candidates: { from: number; to: number; counts: number[] }[] = [];
    counts.forEach((n, from) => {
      if (n === 0) return;
      units.forEach((_, to) => {
        if (to !== from) candidates.push({ from, to, counts: counts.map((c, i) => (i === from ? c - 1 : i === to ? c + 1 : c)) });
      });
    });
    const values = await Promise.all(candidates.map((c) => mean(c.counts)));
    let best = -1;
    values.forEach((v, i) => {
      if (v > current + 1e-12 && (best < 0 || v > values[best])) best = i;
    });
    if (best < 0) break;
    counts = candidates[best].counts;
    current = values[best];
    moves.push({ from: units[candidates[best].from].code, to: units[candidates[best].to].code, value: round(current, 6) });
  }
  const draws = Math.max(0, options.randomBaselines ?? 3);
  const randomCounts = Array.from({ length: draws }, (_, d) => {
    const rng = keyedSequence(streamKey(setup.base.seed, 'greedy-random', d));
    const c = units.map(() => 0);
    for (let i = 0; i < budget; i++) c[rng.int(units.length)]++;
    return c;
  });
  const [finalOut, autoValue, randomValues] = await Promise.all([evaluate(counts), mean('auto'), Promise.all(randomCounts.map((c) => mean(c)))]);
  const took = finalOut.filter((o) => o.takeoff.takeoff).length;
  const ci = wilson(took, reps);
  return {
    area: area.codes.join(','),
    areaName: area.name,
    route,
    budget,
    objective,
    steps,
    moves,
    allocation: units
      .map((u, i) => ({ code: u.code, name: u.name, seeds: counts[i], buurten: u.buurten.slice(0, Math.min(counts[i], u.buurten.length)) }))
      .filter((a) => a.seeds > 0),
    value: { mean: round(current, 6), band: band(finalOut.map(valueOf), 5) },
    takeoff: { p: round(ci.p, 6), lo: round(ci.lo, 6), hi: round(ci.hi, 6) },
    baselines: {
      none: round(none, 6),
      auto: round(autoValue, 6),
      random: {
        mean: round(randomValues.reduce((s, v) => s + v, 0) / Math.max(1, draws), 6),
        draws: randomCounts.map((c, d) => ({ units: c.flatMap((n, u) => Array(n).fill(units[u].code)), value: round(randomValues[d], 6) })),
      },
    },
    search: { reps, months: objective === 'takeoff' ? setup.months : horizon, evaluations: cache.size, runs, seed: setup.base.seed, lazy },
  };
}
