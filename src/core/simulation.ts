/**
 * One replication: a plan run on a world, month by month. The order within a month is fixed here
 * and nowhere else (changing it is a model change and updates the golden baseline):
 *   demography → seeding by professionals → foundings that complete → hearing and joining →
 *   self-initiation → circle life → record.
 * A run stops early when its outcome can no longer change: no circle, no founding under way, no
 * seeding left and no PR for the rest of the horizon. The remaining months are then filled with the
 * same (zero) counts — exactly what the full run would have recorded.
 */
import { makeKeys, type Ctx } from './context.ts';
import { placeExisting } from './existing.ts';
import { Metrics } from './metrics.ts';
import type { Params } from './params/index.ts';
import { mediaAt, prAt, type Route, type RunPlan } from './plan.ts';
import { circleLife } from './processes/circleLife.ts';
import { demography } from './processes/demography.ts';
import { Foundings } from './processes/founding.ts';
import { initiation } from './processes/initiation.ts';
import { people } from './processes/people.ts';
import { Seeding, type Meeting, type RouteProgress } from './processes/seeding.ts';
import { wellMixed } from './processes/wellMixed.ts';
import type { Seed } from './rng.ts';
import { RunState } from './state.ts';
import type { World } from './world.ts';

export interface RepResult {
  rep: number;
  months: number;
  metrics: Metrics;
  /** People 65+ per index m (from the world). */
  population: Int32Array;
  buurtPopulation: Int32Array;
  routes: Record<Route, RouteProgress>;
  /** Every meeting routes a and b held, with what it yielded. */
  meetings: Meeting[];
  /** Members of each circle that exists at the horizon (the size distribution). */
  sizes: Int16Array;
  /** Month the run stopped because nothing could change any more; null when it ran to the end. */
  settledAt: number | null;
  /** The offspring tree: per circle origin, parent, founding and end month (-1 = still exists). */
  tree: { origin: Uint8Array; parent: Int32Array; founded: Int16Array; ended: Int16Array; buurt: Uint16Array; x: Float32Array; y: Float32Array };
  /** Fixed costs of the project (founder's cost table), counted once at month 0. */
  fixedCost: number;
}

export interface RunOptions {
  /** Stop simulating once nothing can change (default true). */
  settle?: boolean;
  /** Called after each month with the live state (tests and notebooks look inside; never mutate it). */
  inspect?: (state: RunState, t: number) => void;
}

export function fixedCost(p: Params): number {
  return p.costProjectLeader + p.costTrainingLeader + p.costTrainingStaff + p.costSupervisor;
}

export function runReplication(world: World, params: Params, plan: RunPlan, seed: Seed, rep: number, opts: RunOptions = {}): RepResult {
  const months = Math.min(plan.months, world.months);
  const keys = makeKeys(seed, rep);
  const st = new RunState(world, params, keys.traits);
  const m = new Metrics(months, world.area.buurten.length);
  const foundings = new Foundings();
  const ctx: Ctx = {
    w: world,
    st,
    p: params,
    plan,
    keys,
    m,
    foundings,
    t: 0,
    pr: 0,
    media: 1,
    indicated: [],
    cost: fixedCost(params),
  };
  const seeding = new Seeding(ctx);
  foundings.onSettled = (origin, formed) => seeding.settled(origin, formed);
  for (let s = 0; s < world.pl.n; s++) if (world.pl.activeFrom[s] === 0) st.moveIn(s, world.life.firstOf[s], params.initialAwareness);
  if (plan.existing?.length) placeExisting(ctx, plan.existing);
  m.record(st, 0, ctx.cost);
  const lastPr = plan.pr.reduce((e, s) => (s.intensity > 0 ? Math.max(e, s.to) : e), 0);
  let settledAt: number | null = null;
  for (let t = 0; t < months; t++) {
    ctx.t = t;
    ctx.pr = prAt(plan, t);
    ctx.media = mediaAt(plan, t);
    ctx.cost += ctx.pr * params.costPrMonth;
    demography(ctx);
    seeding.apply(ctx);
    foundings.resolve(ctx);
    if (params.wellMixed) wellMixed(ctx);
    else {
      people(ctx);
      initiation(ctx);
      foundings.resolve(ctx);
    }
    circleLife(ctx);
    m.record(st, t + 1, ctx.cost);
    opts.inspect?.(st, t);
    if (opts.settle !== false && m.circles[t + 1] === 0 && !foundings.busy && t + 1 >= lastPr && !seeding.active(plan, t + 1)) {
      settledAt = t + 1;
      m.fillFrom(t + 2);
      break;
    }
  }
  seeding.finish();
  const cs = st.circles,
    n = cs.count;
  return {
    rep,
    months,
    metrics: m,
    population: world.population,
    buurtPopulation: world.buurtPopulation,
    routes: seeding.progress,
    meetings: seeding.meetings,
    settledAt,
    sizes: circleSizes(st),
    tree: {
      origin: cs.origin.slice(0, n),
      parent: cs.parent.slice(0, n),
      founded: cs.founded.slice(0, n),
      ended: cs.ended.slice(0, n),
      buurt: cs.buurt.slice(0, n),
      x: cs.x.slice(0, n),
      y: cs.y.slice(0, n),
    },
    fixedCost: fixedCost(params),
  };
}

/** Sizes of the circles that exist now, in circle order. */
function circleSizes(st: RunState): Int16Array {
  const cs = st.circles,
    out: number[] = [];
  for (let c = 0; c < cs.count; c++) if (cs.ended[c] < 0) out.push(cs.size[c]);
  return Int16Array.from(out);
}
