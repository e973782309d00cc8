/**
 * One replication as a job a worker can run: everything needed is plain data (area, parameters,
 * plan, seed), the output is a compact object of numbers and typed arrays (transferable). The
 * output depends only on (job, rep) — never on which worker ran it — so results are identical
 * with 1 or N workers.
 */
import type { AreaInput } from '../core/area.ts';
import { Origin } from '../core/circles.ts';
import { N_ORIGINS } from '../core/metrics.ts';
import type { Params } from '../core/params/index.ts';
import { ROUTES, seedingEnd, type Route, type RunPlan } from '../core/plan.ts';
import { runReplication, type RepResult, type RunOptions } from '../core/simulation.ts';
import { buildWorld, type WorldCache } from '../core/world.ts';
import { paramsForRep, type Posterior } from './paramset.ts';
import { judgeTakeoff, type TakeoffOutcome, type TakeoffRule } from './takeoff.ts';

export interface Job {
  /** Identifies the area in a worker's cache (the area itself is sent once). */
  areaId: string;
  params: Params;
  plan: RunPlan;
  seed: number;
  takeoff: TakeoffRule;
  /** Keep per-circle records (offspring tree) in the output. */
  keepTree?: boolean;
  /** Average over a calibrated posterior: each replication draws its own particle. */
  posterior?: Posterior;
  /**
   * Keep this replication's world for later jobs (default true: critical-mass searches and scenario
   * comparisons rerun the same replications). Calibration sets false: every simulation there has a
   * fresh replication, so caching would only fill memory with worlds never used again.
   */
  cacheWorld?: boolean;
  /**
   * Month from which takeoff is judged (default: when the plan's seeding stops). A critical-mass
   * search sets it so k = 0 is judged over the same years as k > 0.
   */
  seedEnd?: number;
}

export interface RepOutput {
  rep: number;
  months: number;
  circles: Int32Array;
  active: Int32Array;
  members: Int32Array;
  population: Int32Array;
  /** Existing circles started without professionals (inspired, splits and PR-moved). */
  spontaneous: Int32Array;
  /** Existing seeded circles by route: [m * 3 + route]. */
  seededByRoute: Int32Array;
  /** Foundings per month by origin: [m * N_ORIGINS + origin] (N_ORIGINS = 7, src/core/circles.ts). */
  foundings: Int32Array;
  failed: Int32Array;
  seedFailed: Int32Array;
  offspring: Int32Array;
  cost: Float64Array;
  buurtMembers: Int32Array;
  buurtPopulation: Int32Array;
  routes: Record<Route, { target: number; formed: number; attempts: number; cost: number; unavailable: string | null }>;
  /** Members of each circle that exists at the horizon. */
  sizes: Int16Array;
  settledAt: number | null;
  takeoff: TakeoffOutcome;
  tree?: RepResult['tree'];
}

function outputOf(r: RepResult, job: Job): RepOutput {
  const m = r.metrics,
    len = m.len;
  const spontaneous = new Int32Array(len),
    seededByRoute = new Int32Array(len * 3);
  for (let i = 0; i < len; i++) {
    spontaneous[i] = m.byOrigin[i * N_ORIGINS + Origin.Spontaneous] + m.byOrigin[i * N_ORIGINS + Origin.Split] + m.byOrigin[i * N_ORIGINS + Origin.External];
    for (let o = 0; o < 3; o++) seededByRoute[i * 3 + o] = m.byOrigin[i * N_ORIGINS + o];
  }
  const routes = Object.fromEntries(
    ROUTES.map((k) => [
      k,
      { target: r.routes[k].target, formed: r.routes[k].formed, attempts: r.routes[k].attempts, cost: r.routes[k].cost, unavailable: r.routes[k].unavailable },
    ]),
  ) as RepOutput['routes'];
  const out: RepOutput = {
    rep: r.rep,
    months: r.months,
    circles: m.circles,
    active: m.active,
    members: m.members,
    population: r.population.slice(0, len),
    spontaneous,
    seededByRoute,
    foundings: m.foundings,
    failed: m.failed,
    seedFailed: m.seedFailed,
    offspring: m.offspring,
    cost: m.cost,
    buurtMembers: m.buurtMembers,
    buurtPopulation: r.buurtPopulation.slice(0, m.years * m.nBuurten),
    routes,
    sizes: r.sizes,
    settledAt: r.settledAt,
    takeoff: judgeTakeoff(r, job.seedEnd ?? seedingEnd(job.plan), job.takeoff),
  };
  if (job.keepTree) out.tree = r.tree;
  return out;
}

/**
 * Run replication `rep` of a job on the cached world for that replication. Runs that die out stop
 * early by themselves (runReplication: the rest of the horizon is then known to be empty).
 */
export function runRep(area: AreaInput, job: Job, rep: number, worlds: WorldCache, opts: RunOptions = {}): RepOutput {
  const params = paramsForRep(job.params, job.posterior, job.seed, rep);
  const world = job.cacheWorld === false ? buildWorld(area, params, job.plan.months, job.seed, rep) : worlds.get(area, params, job.plan.months, job.seed, rep);
  return outputOf(runReplication(world, params, job.plan, job.seed, rep, opts), job);
}
