/**
 * Everything a process needs during one month of one run. Processes are plain functions of the
 * context (Covasim's fixed step order lives in simulation.ts), each drawing from its own stream.
 */
import type { Foundings } from './processes/founding.ts';
import type { Seeding } from './processes/seeding.ts';
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
    traits: k('traits'), info: k('information'), join: k('joining'), initiate: k('initiation'), commit: k('commitment'),
    seedA: k('route-a'), seedB: k('route-b'), seedC: k('route-c'), life: k('circle-life'), existing: k('existing'),
  };
}

export interface Ctx {
  w: World;
  st: RunState;
  p: Params;
  plan: RunPlan;
  keys: Keys;
  m: Metrics;
  foundings: Foundings;
  seeding: Seeding;
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

/** Walking (urban) or cycling (rural) radius for a slot's buurt. */
export function radiusOf(ctx: Ctx, buurt: number): number {
  return ctx.w.pl.urban[buurt] ? ctx.p.walkRadiusUrban : ctx.p.walkRadiusRural;
}

/** Monthly probability from an annual one. */
export const monthly = (perYear: number) => 1 - Math.pow(1 - Math.min(perYear, 0.999999), 1 / 12);
