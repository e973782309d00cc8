/**
 * Everything a process needs during one month of one run. Processes are plain functions of the
 * context (Covasim's fixed step order lives in simulation.ts), each drawing from its own stream.
 */
import type { Origin } from './circles.ts';
import type { Metrics } from './metrics.ts';
import type { Params } from './params/index.ts';
import type { RunPlan } from './plan.ts';
import { streamKey, type Seed } from './rng.ts';
import type { RunState } from './state.ts';
import type { World } from './world.ts';

/** One named stream per process and replication (common random numbers across scenarios). */
export interface Keys {
  traits: number;
  info: number;
  join: number;
  initiate: number;
  commit: number;
  seedA: number;
  seedB: number;
  seedC: number;
  life: number;
  /** Placing the register's existing circles at month 0 (src/core/existing.ts). */
  existing: number;
}

export function makeKeys(seed: Seed, rep: number): Keys {
  const k = (name: string) => streamKey(seed, 'rep', rep, name);
  return {
    traits: k('traits'),
    info: k('information'),
    join: k('joining'),
    initiate: k('initiation'),
    commit: k('commitment'),
    seedA: k('route-a'),
    seedB: k('route-b'),
    seedC: k('route-c'),
    life: k('circle-life'),
    existing: k('existing'),
  };
}

export interface Ctx {
  w: World;
  st: RunState;
  p: Params;
  plan: RunPlan;
  keys: Keys;
  m: Metrics;
  /** Where processes start a founding attempt (processes/founding.ts resolves them). */
  foundings: Founder;
  /** Month being simulated. */
  t: number;
  /** PR intensity this month (0 … 1). */
  pr: number;
  /** National media this month, times the usual level (1). */
  media: number;
  /** Slots whose occupant got a home-nursing indication this month (route c moments). */
  indicated: number[];
  /** Euros spent so far. */
  cost: number;
}

/**
 * Starting a founding attempt: what seeding and initiation need of processes/founding.ts. Declared
 * here, not imported, so the context depends on no process (no import cycle, type-only included).
 */
export interface Founder {
  /** Start an attempt led by slot `leader`; false when it failed at once. */
  start(ctx: Ctx, leader: number, origin: Origin, parent: number): boolean;
}

/** Walking (urban) or cycling (rural) radius for a slot's buurt. */
export function radiusOf(ctx: Ctx, buurt: number): number {
  return ctx.w.pl.urban[buurt] ? ctx.p.walkRadiusUrban : ctx.p.walkRadiusRural;
}
