/**
 * A world: the synthetic area for one replication — dwellings, the people living in them over the
 * years, their ties, complexes and meeting places. Immutable once built, so the runs of every
 * scenario and every k of a critical-mass search reuse it (common random numbers, and speed).
 * Its randomness depends only on (seed, replication) and the world's parameters.
 */
import type { AreaInput } from './area.ts';
import { buildGrid, type Grid } from './grid.ts';
import { bucket, NEVER, scheduleLives, type LifeCourse } from './lifecourse.ts';
import { buildTies, groupMembers, type Ties } from './network.ts';
import { worldKey, type Params } from './params/index.ts';
import { placePopulation, type Placement } from './population.ts';
import { sequence, streamKey, type Seed } from './rng.ts';

export interface World {
  /** Cache key: area, seed, replication, horizon and world parameters. */
  key: string;
  area: AreaInput;
  months: number;
  pl: Placement;
  life: LifeCourse;
  ties: Ties;
  grid: Grid;
  complexMembers: Ties;
  focusMembers: Ties;
  /** People 65+ living in the area at month 0 (equals area.age65plus). */
  n0: number;
  /** People 65+ living in the area at each index m (end of month m − 1; 0 = start). */
  population: Int32Array;
  /** People 65+ per buurt at whole years: [year * nBuurten + b]. */
  buurtPopulation: Int32Array;
  /** Growth slots that open per month (CSR by month; month 0 slots are lived in from the start). */
  opening: Ties;
}

/** Grid cell for radius lookups: about a walking radius split in two. */
const GRID_CELL = 200;

function worldCacheKey(area: AreaInput, params: Params, months: number, seed: Seed, rep: number): string {
  return `${area.codes.join('+')}|${seed}|${rep}|${months}|${worldKey(params)}`;
}

export function buildWorld(area: AreaInput, params: Params, months: number, seed: Seed, rep: number): World {
  const key = worldCacheKey(area, params, months, seed, rep);
  const pl = placePopulation(area, params, months, sequence(seed, 'world', rep, 'placement'));
  const grid = buildGrid(pl.x, pl.y, pl.n, GRID_CELL);
  const complexMembers = groupMembers(pl.complex, pl.complexes.length);
  const focusMembers = groupMembers(pl.focus, pl.foci.length);
  const ties = buildTies(pl, grid, complexMembers, focusMembers, params, sequence(seed, 'world', rep, 'ties'));
  const life = scheduleLives(pl, params, months, streamKey(seed, 'world', rep, 'life'));
  const { population, buurtPopulation } = presence(pl, life, months, area.buurten.length);
  const [openStart, openList] = bucket(pl.activeFrom, months, (s) => (pl.activeFrom[s] > 0 ? pl.activeFrom[s] : NEVER));
  const opening = { start: openStart, list: openList };
  return { key, area, months, pl, life, ties, grid, complexMembers, focusMembers, n0: population[0], population, buurtPopulation, opening };
}

/**
 * Who lives in the area when: an occupant moving in during month t is present from index t + 1,
 * today's 65+ from index 0, and someone leaving in month e is present up to index e.
 */
function presence(pl: Placement, life: LifeCourse, months: number, nBuurten: number) {
  const diff = new Int32Array(months + 2);
  const years = Math.floor(months / 12) + 1;
  const buurtPopulation = new Int32Array(years * nBuurten);
  for (let o = 0; o < life.count; o++) {
    const from = life.start[o] === 0 && life.firstOf[life.slot[o]] === o ? 0 : life.start[o] + 1;
    const to = Math.min(life.end[o], months);
    if (from > to) continue;
    diff[from]++;
    diff[to + 1]--;
    const b = pl.buurt[life.slot[o]];
    for (let y = Math.ceil(from / 12); y * 12 <= to && y < years; y++) buurtPopulation[y * nBuurten + b]++;
  }
  const population = new Int32Array(months + 1);
  for (let m = 0, run = 0; m <= months; m++) population[m] = run += diff[m];
  return { population, buurtPopulation };
}

/** A small cache of worlds (least recently used first out), bounded by total slots held. */
export class WorldCache {
  private map = new Map<string, World>();
  private slots = 0;
  constructor(private readonly maxSlots = 2_000_000) {}

  get(area: AreaInput, params: Params, months: number, seed: Seed, rep: number): World {
    const key = worldCacheKey(area, params, months, seed, rep);
    const hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
      this.map.set(key, hit);
      return hit;
    }
    const world = buildWorld(area, params, months, seed, rep);
    this.map.set(key, world);
    this.slots += world.pl.n;
    for (const [k, w] of this.map) {
      if (this.slots <= this.maxSlots || this.map.size <= 1) break;
      this.map.delete(k);
      this.slots -= w.pl.n;
    }
    return world;
  }
}
