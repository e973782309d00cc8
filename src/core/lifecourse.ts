/**
 * Population synthesis, part 2: who lives in each slot over the years (demography, MODEL.md
 * process 1). Demography is fixed from data and independent of circles, so the whole life course is
 * scheduled once per world in continuous time with piecewise-constant annual hazards, and every
 * scenario run on that world sees exactly the same births into 65+, deaths, nursing-home entries,
 * moves, frailty and home-nursing indications (common random numbers by construction).
 *
 * When a person leaves (death, nursing home, moving) the slot gets a new 65+ occupant in the same
 * month: the 65+ count stays at its CBS level, and grows through extra slots (population.ts).
 */
import { monthly } from './rates.ts';
import type { Params } from './params/index.ts';
import type { Placement } from './population.ts';
import { fmix, keyedSequence, type Sequence } from './rng.ts';
import { exponential } from './sample.ts';

export const NEVER = 32767;
export const enum Exit {
  None = 0,
  Death = 1,
  NursingHome = 2,
  Moved = 3,
}

/** 65+ by age band, NL 1 Jan 2020 (model-science.md §2.1): 65–74, 75–84, 85+. */
const BAND_SHARE = [1_974_814 / 3_457_497, 1_093_183 / 3_457_497, 389_500 / 3_457_497];
/** Relative frailty by band (SCP: a quarter frail overall, more than half around 85) [assumption]. */
const FRAIL_WEIGHT = [0.6, 1.3, 2.5];
/** Relative home-nursing use by band: 5.5%, 17.5%, 44% of the band vs 14% overall (§2.4, Vektis 2018). */
const INDICATION_WEIGHT = [0.39, 1.25, 3.1];
/** Frail people die 2–3× and enter a nursing home 4–5× as often as others (§2.5, SCP). */
const FRAIL_MORTALITY = 2.5;
const FRAIL_NURSING = 4.5;

export interface LifeCourse {
  /** Number of occupants over all slots (occupants of one slot are consecutive). */
  count: number;
  slot: Int32Array;
  firstOf: Int32Array;
  start: Int16Array;
  /** Month the occupant leaves (the next one arrives that month); NEVER within the horizon. */
  end: Int16Array;
  exit: Uint8Array;
  age0: Float32Array;
  frailAt: Int16Array;
  indicatedAt: Int16Array;
  /** Month until which the occupant is vital and under 80 (connector age, §2.5). */
  vitalUntil: Int16Array;
  /** Occupants leaving per month (CSR by month). */
  exitStart: Int32Array;
  exitList: Int32Array;
  /** Occupants getting a long-term home-nursing indication per month (route c moments). */
  indStart: Int32Array;
  indList: Int32Array;
}

const band = (age: number) => (age < 75 ? 0 : age < 85 ? 1 : 2);
const avgFrailWeight = BAND_SHARE.reduce((s, w, b) => s + w * FRAIL_WEIGHT[b], 0);

/** Age of a person 65+ today: national band shares, uniform within 65–84, exponential tail from 85. */
function initialAge(rng: Sequence): number {
  const u = rng();
  if (u < BAND_SHARE[0]) return 65 + 10 * rng();
  if (u < BAND_SHARE[0] + BAND_SHARE[1]) return 75 + 10 * rng();
  return Math.min(105, 85 + exponential(rng(), 1 / 5.5));
}

export interface Rates {
  death: number[];
  nursing: number[];
  frailShare: number[];
  /** Monthly hazards per age band, precomputed once per world (see `hazardsFor`). */
  hazards?: Hazards;
}

/**
 * The monthly hazards `live` needs, per age band: they depend only on the band, frailty and the
 * parameters, so they are computed once per world instead of with a pow and a log for every
 * person-year (the largest single cost of world building, measured with --cpu-prof). The same
 * expressions as before, so every life is bit-for-bit the same.
 */
interface Hazards {
  moving: number;
  death: number[];
  nursing: number[];
  onset: number[];
  ind: number[];
}

function hazardsFor(r: Rates, params: Params): Hazards {
  const bands = [0, 1, 2];
  return {
    moving: monthlyHazard(params.moving),
    death: bands.map((b) => monthlyHazard(r.death[b] / (1 + (FRAIL_MORTALITY - 1) * r.frailShare[b]))),
    nursing: bands.map((b) => monthlyHazard(r.nursing[b] / (1 + (FRAIL_NURSING - 1) * r.frailShare[b]))),
    onset: bands.map((b) => monthlyHazard((params.needOnset * FRAIL_WEIGHT[b]) / avgFrailWeight)),
    ind: bands.map((b) => monthlyHazard((params.indication * INDICATION_WEIGHT[b]) / Math.max(r.frailShare[b], 0.02))),
  };
}

export function ratesFor(params: Params): Rates {
  const frailShare = FRAIL_WEIGHT.map((w) => Math.min(0.95, ((1 - params.vitalShare) * w) / avgFrailWeight));
  const r: Rates = {
    death: [params.mortality65, params.mortality75, params.mortality85],
    nursing: [params.nursingHome65, params.nursingHome75, params.nursingHome85],
    frailShare,
  };
  r.hazards = hazardsFor(r, params);
  return r;
}

export interface Life {
  end: number;
  exit: Exit;
  frailAt: number;
  indicatedAt: number;
}

/**
 * Monthly hazard of an event whose registry value is a yearly probability p: the chance within one
 * month is 1 − (1 − p)^(1/12) (context.ts `monthly`), so the hazard is −ln of what is left. Using p
 * itself as a rate (p / 12 a month) undercounts: a 16% yearly death risk at 85+ became 14.8%.
 */
export const monthlyHazard = (pYear: number) => -Math.log(1 - monthly(pYear));

/** Simulate one occupant's life from month `start` to `horizon` (continuous time, yearly segments). */
export function live(age0: number, frail0: boolean, start: number, horizon: number, r: Rates, params: Params, rng: Sequence): Life {
  let tau = 0,
    frail = frail0,
    indicated = false;
  const life: Life = { end: NEVER, exit: Exit.None, frailAt: frail0 ? start : NEVER, indicatedAt: NEVER };
  const hz = r.hazards ?? hazardsFor(r, params);
  const moving = hz.moving;
  while (start + tau < horizon) {
    const b = band(age0 + tau / 12);
    // Keep band averages equal to the registry's rates while frail people carry the higher hazard
    // (hazardsFor). All hazards per month, from the registry's yearly probabilities.
    const death = hz.death[b] * (frail ? FRAIL_MORTALITY : 1);
    const nursing = hz.nursing[b] * (frail ? FRAIL_NURSING : 1);
    const onset = frail ? 0 : hz.onset[b];
    const ind = frail && !indicated ? hz.ind[b] : 0;
    const total = death + nursing + moving + onset + ind;
    const segEnd = tau + 12;
    const dt = exponential(rng(), total);
    if (tau + dt >= segEnd) {
      tau = segEnd;
      continue;
    }
    tau += dt;
    const month = Math.floor(start + tau);
    if (month >= horizon) break;
    // Which event: death, nursing home, moving, onset of frailty, indication (by their hazards).
    const pick = rng() * total;
    const k = pick < death ? 0 : pick < death + nursing ? 1 : pick < death + nursing + moving ? 2 : pick < death + nursing + moving + onset ? 3 : 4;
    if (k <= 2) {
      life.end = month;
      life.exit = (k + 1) as Exit;
      return life;
    }
    if (k === 3) {
      frail = true;
      life.frailAt = month;
    } else {
      indicated = true;
      life.indicatedAt = month;
    }
  }
  return life;
}

/** Schedule every slot's occupants up to `horizon` months. Each slot has its own keyed stream. */
export function scheduleLives(pl: Placement, params: Params, horizon: number, lifeKey: number): LifeCourse {
  const r = ratesFor(params);
  const cols = {
    slot: [] as number[],
    start: [] as number[],
    end: [] as number[],
    exit: [] as number[],
    age0: [] as number[],
    frailAt: [] as number[],
    indicatedAt: [] as number[],
    vitalUntil: [] as number[],
  };
  const firstOf = new Int32Array(pl.n);
  const rng = keyedSequence(0);
  for (let s = 0; s < pl.n; s++) {
    rng.reset(fmix(lifeKey ^ Math.imul(s + 1, 0x9e3779b1))); // each slot's life depends on its index only
    firstOf[s] = cols.slot.length;
    let start = pl.activeFrom[s],
      first = start === 0;
    do {
      const age0 = first ? initialAge(rng) : 65 + Math.min(10, exponential(rng(), 0.5));
      const frail0 = rng() < (first ? r.frailShare[band(age0)] : 0.1);
      const life = live(age0, frail0, start, horizon, r, params, rng);
      const turns80 = age0 >= 80 ? start : start + Math.ceil((80 - age0) * 12);
      cols.slot.push(s);
      cols.start.push(start);
      cols.end.push(life.end);
      cols.exit.push(life.exit);
      cols.age0.push(age0);
      cols.frailAt.push(life.frailAt);
      cols.indicatedAt.push(life.indicatedAt);
      cols.vitalUntil.push(Math.min(life.frailAt, turns80, life.end));
      start = life.end;
      first = false;
    } while (start < horizon);
  }
  const end = Int16Array.from(cols.end),
    indicatedAt = Int16Array.from(cols.indicatedAt);
  const [exitStart, exitList] = bucket(end, horizon, (o) => end[o]);
  const [indStart, indList] = bucket(end, horizon, (o) => (indicatedAt[o] < end[o] ? indicatedAt[o] : NEVER));
  return {
    count: cols.slot.length,
    slot: Int32Array.from(cols.slot),
    firstOf,
    start: Int16Array.from(cols.start),
    end,
    exit: Uint8Array.from(cols.exit),
    age0: Float32Array.from(cols.age0),
    frailAt: Int16Array.from(cols.frailAt),
    indicatedAt,
    vitalUntil: Int16Array.from(cols.vitalUntil),
    exitStart,
    exitList,
    indStart,
    indList,
  };
}

/** CSR lists of occupants by the month `monthOf` gives (months ≥ horizon are left out). */
export function bucket(like: Int16Array, horizon: number, monthOf: (o: number) => number): [Int32Array, Int32Array] {
  const start = new Int32Array(horizon + 1);
  for (let o = 0; o < like.length; o++) {
    const m = monthOf(o);
    if (m < horizon) start[m + 1]++;
  }
  for (let m = 0; m < horizon; m++) start[m + 1] += start[m];
  const fill = start.slice(0, horizon),
    list = new Int32Array(start[horizon]);
  for (let o = 0; o < like.length; o++) {
    const m = monthOf(o);
    if (m < horizon) list[fill[m]++] = o;
  }
  return [start, list];
}
