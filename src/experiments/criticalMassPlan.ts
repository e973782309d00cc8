/**
 * From a base scenario to the plan for "k seeded circles": which routes get how many seeds, where,
 * in which window, and over which horizon. Every k of one search shares the horizon, the seed and
 * the replication numbers, so replication r runs on the same cached world with the same random
 * streams for every k (common random numbers; src/core/world.ts WorldCache).
 */
import type { AreaInput } from '../core/area.ts';
import { InputError } from '../core/errors.ts';
import { ROUTES, type PlacementMode, type Route, type RunPlan } from '../core/plan.ts';
import { say } from '../i18n/engine/index.ts';
import type { ParamSet } from './paramset.ts';
import type { Job } from './replicate.ts';
import { jobFor } from './run.ts';
import type { Scenario } from './scenario.ts';
import { monthsNeeded, type TakeoffRule } from './takeoff.ts';

/** One entry route, or 'mix': the founder's focus strategy, all three routes at once (plan §6). */
export type SearchRoute = Route | 'mix';
export const SEARCH_ROUTES: readonly SearchRoute[] = ['a', 'b', 'c', 'mix'];

/** Shares of a mix; the default splits k evenly over a, b and c. */
export type MixWeights = Record<Route, number>;
export const EVEN_MIX: MixWeights = { a: 1, b: 1, c: 1 };

/**
 * Ties in a split go to b, then a, then c: an information meeting (b) forms circles in every
 * area with a meeting place, complexes (a) only where there are corporation complexes, and
 * route c waits for indication moments (MODEL.md process 5).
 */
const TIE_ORDER: readonly Route[] = ['b', 'a', 'c'];

/** k seeds over the routes: largest remainders of k × weight share, ties in TIE_ORDER. */
export function splitSeeds(k: number, route: SearchRoute, weights: MixWeights = EVEN_MIX): Record<Route, number> {
  const out: Record<Route, number> = { a: 0, b: 0, c: 0 };
  if (route !== 'mix') {
    out[route] = k;
    return out;
  }
  const total = ROUTES.reduce((s, r) => s + Math.max(0, weights[r]), 0);
  if (!(total > 0)) throw new InputError('mix.weights', say('experiments.criticalMassPlan.noWeight'), { field: 'mix' });
  const quota = Object.fromEntries(ROUTES.map((r) => [r, (k * Math.max(0, weights[r])) / total])) as Record<Route, number>;
  let left = k;
  for (const r of ROUTES) left -= out[r] = Math.floor(quota[r] + 1e-9);
  const order = [...TIE_ORDER].sort((x, y) => quota[y] - out[y] - (quota[x] - out[x]) || TIE_ORDER.indexOf(x) - TIE_ORDER.indexOf(y));
  for (let i = 0; left > 0; i++, left--) out[order[i % order.length]]++;
  return out;
}

/** Routes a search uses (weight above 0). */
function routesUsed(route: SearchRoute, weights: MixWeights = EVEN_MIX): Route[] {
  return route === 'mix' ? ROUTES.filter((r) => weights[r] > 0) : [route];
}

/** Everything fixed across the k of one search. */
export interface SearchSetup {
  /** Job for k = 0 (plans for other k differ only in the route counts). */
  base: Job;
  route: SearchRoute;
  weights: MixWeights;
  /** Month the professionals stop seeding (the latest window end of the routes used). */
  seedEnd: number;
  /** Horizon of every run: seedEnd plus the takeoff years, or longer when asked (coverage at 10 years). */
  months: number;
}

export interface SetupOptions {
  route: SearchRoute;
  weights?: MixWeights;
  /** Overrides the scenario's placement for every route. */
  placement?: PlacementMode;
  /** Buurt codes for placement 'chosen' (a code n times = n seeds there). */
  buurten?: string[];
  /** Runs last at least this many months (default: just what the takeoff rule needs). */
  months?: number;
  takeoff?: TakeoffRule;
}

/** Build the search's fixed part from a scenario (its windows, PR, parameters, seed, takeoff rule). */
export function setupSearch(area: AreaInput, scenario: Scenario, opts: SetupOptions, paramSet?: ParamSet): SearchSetup {
  const weights = opts.weights ?? EVEN_MIX;
  const used = routesUsed(opts.route, weights);
  if (used.length === 0) throw new InputError('mix.weights', say('experiments.criticalMassPlan.noWeight'), { field: 'mix' });
  const takeoff = opts.takeoff ?? scenario.takeoff;
  const seedEnd = Math.max(...used.map((r) => scenario.plan[r].to));
  const months = Math.max(monthsNeeded(seedEnd, takeoff), opts.months ?? 0);
  const plan = Object.fromEntries(
    ROUTES.map((r) => {
      const spec = { ...scenario.plan[r], count: 0 };
      if (opts.placement) spec.placement = opts.placement;
      if (opts.buurten) spec.buurten = opts.buurten.map((c) => c.trim().toUpperCase());
      if (spec.placement === 'chosen' && !spec.buurten?.length) {
        throw new InputError('plan.buurten', say('experiments.criticalMassPlan.chosenNeedsBuurten'), { field: '--buurten' });
      }
      return [r, spec];
    }),
  ) as Scenario['plan'];
  // The focus strategy uses every route at once: a route without sites hands its seeds to the other.
  const spillover = scenario.spillover || opts.route === 'mix';
  const job = jobFor({ ...scenario, plan, months, takeoff, spillover }, area, paramSet);
  return { base: { ...job, takeoff, seedEnd, keepTree: true }, route: opts.route, weights, seedEnd, months };
}

/** The plan for k seeded circles. */
function planForK(setup: SearchSetup, k: number): RunPlan {
  const counts = splitSeeds(k, setup.route, setup.weights);
  const routes = Object.fromEntries(ROUTES.map((r) => [r, { ...setup.base.plan.routes[r], count: counts[r] }])) as RunPlan['routes'];
  return { ...setup.base.plan, routes };
}

export function jobForK(setup: SearchSetup, k: number): Job {
  return { ...setup.base, plan: planForK(setup, k) };
}
