/**
 * R of circles from the offspring trees (model-science.md §1.9, §5.5): how many new circles a
 * circle inspires, and how that depends on the number of other circles within walking distance.
 *
 * Two measurements, both up to the month takeoff is judged (so the horizon of the run, 7 or 10
 * years, changes nothing):
 *  - R itself (criticalMassR.ts): the children of the first circles — the seeded ones, at the low
 *    density of a start — counted over each circle's whole life (or up to the judgement, `censored`
 *    says for how many that cut the life short). Children are circles older people started because
 *    of this one (origin Spontaneous with it as parent); splits of a full circle are counted apart
 *    and PR-started circles are no one's children (src/core/circles.ts).
 *  - R by local density: a circle is exposed from its founding month until it ends; per
 *    circle-month we count the other circles within the walking (urban) or cycling (rural) radius of
 *    its buurt; children per circle-year by that count, × the mean lifetime, is R at that density —
 *    where an Allee threshold would show as R rising through 1.
 */
import { isUrban, type AreaInput } from '../core/area.ts';
import { Origin } from '../core/circles.ts';
import type { Params } from '../core/params/index.ts';
import type { RepOutput } from './replicate.ts';
import { streamKey, u01 } from '../core/rng.ts';
import { quantile, round } from './summarise.ts';

/** Density classes: 0, 1, 2, 3, 4 and 5 or more other circles within reach. */
const DENSITY_CLASSES = 6;

export interface OffspringTally {
  /** Circle-months per density class. */
  exposure: number[];
  /** Children born per density class of the parent at the child's founding. */
  births: number[];
  /** Spontaneous circles without an inspiring circle (PR, national media). */
  unparented: number;
  circles: number;
  /** Circles that ended before the horizon (for the lifetime). */
  ended: number;
  /** Circles founded at least `windowMonths` before the horizon, and their children within that window of their founding. */
  cohort: number;
  cohortChildren: number;
  /** The seeded circles of this replication: how many, their children and splits over their lives, and how many still existed at the judgement. */
  seeds: number;
  seedChildren: number;
  seedSplits: number;
  seedCensored: number;
  /** Life table over all circles, by age in whole years (0 … AGE_BINS − 1, the last open): circle-months lived, children born, circles ended. */
  ageExposure: number[];
  ageChildren: number[];
  ageEnded: number[];
  /** Seeded circles still existing at the judgement, by their age then. */
  seedCensoredAge: number[];
}

/** Age classes of the life table: 0 … 19 years and 20+. */
export const AGE_BINS = 21;
const ageBin = (months: number) => Math.min(AGE_BINS - 1, Math.floor(months / 12));

export const emptyTally = (): OffspringTally => ({
  exposure: new Array(DENSITY_CLASSES).fill(0),
  births: new Array(DENSITY_CLASSES).fill(0),
  unparented: 0,
  circles: 0,
  ended: 0,
  cohort: 0,
  cohortChildren: 0,
  seeds: 0,
  seedChildren: 0,
  seedSplits: 0,
  seedCensored: 0,
  ageExposure: new Array(AGE_BINS).fill(0),
  ageChildren: new Array(AGE_BINS).fill(0),
  ageEnded: new Array(AGE_BINS).fill(0),
  seedCensoredAge: new Array(AGE_BINS).fill(0),
});

export function addTally(into: OffspringTally, t: OffspringTally): void {
  for (let i = 0; i < DENSITY_CLASSES; i++) {
    into.exposure[i] += t.exposure[i];
    into.births[i] += t.births[i];
  }
  into.unparented += t.unparented;
  into.circles += t.circles;
  into.ended += t.ended;
  into.cohort += t.cohort;
  into.cohortChildren += t.cohortChildren;
  into.seeds += t.seeds;
  into.seedChildren += t.seedChildren;
  into.seedSplits += t.seedSplits;
  into.seedCensored += t.seedCensored;
  for (let i = 0; i < AGE_BINS; i++) {
    into.ageExposure[i] += t.ageExposure[i];
    into.ageChildren[i] += t.ageChildren[i];
    into.ageEnded[i] += t.ageEnded[i];
    into.seedCensoredAge[i] += t.seedCensoredAge[i];
  }
}

/** Radius (m) per buurt index, as the model uses it (src/core/context.ts radiusOf; urbanity 1–3 walks). */
export function radiiOf(area: AreaInput, params: Params): Float64Array {
  return Float64Array.from(area.buurten, (b) => (isUrban(b) ? params.walkRadiusUrban : params.walkRadiusRural));
}

/** Tally one replication's tree (needs the job's keepTree) up to the month takeoff was judged; `windowMonths` for the cohort count. */
export function tallyTree(o: RepOutput, radii: Float64Array, windowMonths: number): OffspringTally {
  const t = emptyTally(),
    full = o.tree;
  if (!full) return t;
  const months = Math.min(o.months, o.takeoff.judgedAt);
  // Circles founded before the judgement (founding month t is recorded at index t + 1).
  let n = 0;
  while (n < full.origin.length && full.founded[n] < months) n++;
  const tree = full;
  const from = new Int32Array(n),
    to = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    from[c] = tree.founded[c];
    const ended = tree.ended[c] >= 0 && tree.ended[c] < months;
    to[c] = ended ? tree.ended[c] : months;
    if (ended) t.ended++;
    const life = to[c] - from[c];
    for (let a = 0; a < AGE_BINS - 1 && 12 * a < life; a++) t.ageExposure[a] += Math.min(12, life - 12 * a);
    if (life > 12 * (AGE_BINS - 1)) t.ageExposure[AGE_BINS - 1] += life - 12 * (AGE_BINS - 1);
    if (ended) t.ageEnded[ageBin(life)]++;
    if (tree.origin[c] <= Origin.C) {
      t.seeds++;
      if (!ended) {
        t.seedCensored++;
        t.seedCensoredAge[ageBin(life)]++;
      }
    }
  }
  t.circles = n;
  // nearby[c][m - from[c]]: other circles within c's radius during month m of c's life.
  const nearby: Int32Array[] = Array.from({ length: n }, (_, c) => new Int32Array(Math.max(0, to[c] - from[c]) + 1));
  for (let c = 0; c < n; c++) {
    const r2 = radii[tree.buurt[c]] ** 2;
    for (let d = 0; d < n; d++) {
      if (d === c) continue;
      const dx = tree.x[c] - tree.x[d],
        dy = tree.y[c] - tree.y[d];
      if (dx * dx + dy * dy > r2) continue;
      const a = Math.max(from[c], from[d]),
        b = Math.min(to[c], to[d]);
      if (a >= b) continue;
      nearby[c][a - from[c]]++;
      nearby[c][b - from[c]]--;
    }
    for (let i = 1; i < nearby[c].length; i++) nearby[c][i] += nearby[c][i - 1];
    for (let i = 0; i < to[c] - from[c]; i++) t.exposure[Math.min(nearby[c][i], DENSITY_CLASSES - 1)]++;
  }
  for (let d = 0; d < n; d++) {
    const o2 = tree.origin[d],
      p = tree.parent[d];
    if (o2 === Origin.Split && p >= 0 && tree.origin[p] <= Origin.C) t.seedSplits++;
    if (o2 === Origin.External) t.unparented++;
    if (o2 !== Origin.Spontaneous) continue; // splits apart: a full circle dividing is not a circle inspiring another
    if (p < 0 || p >= n) {
      t.unparented++;
      continue;
    }
    if (tree.origin[p] <= Origin.C) t.seedChildren++;
    t.ageChildren[ageBin(tree.founded[d] - from[p])]++;
    const i = Math.min(Math.max(0, tree.founded[d] - from[p]), nearby[p].length - 1);
    t.births[Math.min(nearby[p][i], DENSITY_CLASSES - 1)]++;
    if (from[p] + windowMonths <= months && tree.founded[d] < from[p] + windowMonths) t.cohortChildren++;
  }
  for (let c = 0; c < n; c++) if (from[c] + windowMonths <= months) t.cohort++;
  return t;
}

/**
 * R, the children of a first circle over its life, with a bootstrap interval over replications.
 * `perCircleYear` and `lifetimeYears` (all circles, by exposure) feed the density table only.
 */
export interface REstimate {
  /** Children per seeded circle over its life (null: no seeded circle). */
  R: number | null;
  /** 95% bootstrap interval (percentiles of 1000 resamples of the replications). */
  lo: number | null;
  hi: number | null;
  /** Seeded circles counted, their children, splits per circle (not in R) and the share still existing at the judgement. */
  circles: number;
  children: number;
  splitsPerCircle: number | null;
  censored: number | null;
  /** The seeds per search point these circles come from (the first circles: up to the answer's k). */
  fromK: number[];
  replications: number;
  /** All circles: children per circle-year and mean lifetime (exposure ÷ circles ended). */
  perCircleYear: number;
  lifetimeYears: number | null;
  circleYears: number;
}

/**
 * Expected children still to come for a circle alive at age a (whole years), from the life table
 * of all circles: per age class the children per circle-year c and the yearly chance of ending d,
 * both measured. Only classes with at least MIN_CLASS_YEARS circle-years count: beyond the oldest
 * well-observed age nothing is extrapolated (so R leans low rather than high where lives are cut).
 */
function childrenStillToCome(t: OffspringTally): number[] {
  const c: number[] = [],
    d: number[] = [];
  for (let a = 0; a < AGE_BINS; a++) {
    const years = t.ageExposure[a] / 12;
    if (years < MIN_CLASS_YEARS) break;
    c.push(t.ageChildren[a] / years);
    d.push(Math.min(1, t.ageEnded[a] / years));
  }
  // From the start of class a: c_a·(1 − d_a/2) + (1 − d_a)·E_{a+1}.
  const start = new Array(c.length + 1).fill(0);
  for (let a = c.length - 1; a >= 0; a--) start[a] = c[a] * (1 - d[a] / 2) + (1 - d[a]) * start[a + 1];
  // Censored within class a: on average half of that year is left, then the classes after it.
  return Array.from({ length: AGE_BINS }, (_, a) => (a < c.length ? 0.5 * c[a] * (1 - d[a] / 4) + (1 - d[a] / 2) * start[a + 1] : 0));
}

const MIN_CLASS_YEARS = 20;

/** Fewer ended circles than this and the lifetime is left unestimated: it would rest on a few early deaths. */
const MIN_ENDED = 10;
const RESAMPLES = 1000;

/**
 * `perRep`: per replication number, the seeded circles and their children summed over the search
 * points used (replication r shares its world and streams across k, so it is resampled as one).
 * The bootstrap draws from a fixed keyed stream: the same input gives the same interval.
 */
export function estimateR(
  perRepIn: readonly { seeds: number; children: number; splits: number; censored: number; censoredAge: number[] }[],
  all: OffspringTally,
  fromK: number[],
): REstimate {
  const exposure = all.exposure.reduce((s, v) => s + v, 0),
    births = all.births.reduce((s, v) => s + v, 0);
  // Whole lives: a seeded circle still existing at the judgement gets the children a circle of its
  // age has yet to come, from the life table of all circles (childrenStillToCome).
  const toCome = childrenStillToCome(all);
  const perRep = perRepIn.map((r) => ({ ...r, children: r.children + r.censoredAge.reduce((s, n, a) => s + n * toCome[a], 0) }));
  const reps = perRep.filter((r) => r.seeds > 0);
  const seeds = reps.reduce((s, r) => s + r.seeds, 0),
    children = reps.reduce((s, r) => s + r.children, 0);
  let lo: number | null = null,
    hi: number | null = null;
  if (reps.length >= 2) {
    const key = streamKey('R-bootstrap', reps.length, seeds, children);
    const ratios = new Float64Array(RESAMPLES);
    for (let b = 0, i = 0; b < RESAMPLES; b++) {
      let ss = 0,
        cc = 0;
      for (let j = 0; j < reps.length; j++) {
        const r = reps[Math.floor(u01(key, i++) * reps.length)];
        ss += r.seeds;
        cc += r.children;
      }
      ratios[b] = cc / ss;
    }
    ratios.sort();
    lo = round(quantile(ratios, 0.025), 3);
    hi = round(quantile(ratios, 0.975), 3);
  }
  const lifetime = all.ended >= MIN_ENDED ? exposure / 12 / all.ended : null;
  return {
    R: seeds ? round(children / seeds, 3) : null,
    lo,
    hi,
    circles: seeds,
    children: round(children, 1),
    splitsPerCircle: seeds ? round(reps.reduce((s, r) => s + r.splits, 0) / seeds, 3) : null,
    censored: seeds ? round(reps.reduce((s, r) => s + r.censored, 0) / seeds, 3) : null,
    fromK,
    replications: reps.length,
    perCircleYear: round(exposure > 0 ? (12 * births) / exposure : 0, 3),
    lifetimeYears: lifetime === null ? null : round(lifetime, 2),
    circleYears: round(exposure / 12, 1),
  };
}

export interface DensityRow {
  /** Other circles within walking/cycling distance: "0" … "4", "5+". */
  nearby: string;
  circleYears: number;
  children: number;
  perCircleYear: number | null;
  /** perCircleYear × mean lifetime: R at this local density. */
  R: number | null;
}

/** Offspring per circle-year by local density; rows with no exposure are left out. */
export function densityTable(t: OffspringTally, lifetimeYears: number | null): DensityRow[] {
  const rows: DensityRow[] = [];
  for (let i = 0; i < DENSITY_CLASSES; i++) {
    if (t.exposure[i] === 0) continue;
    const perYear = (12 * t.births[i]) / t.exposure[i];
    rows.push({
      nearby: i === DENSITY_CLASSES - 1 ? `${i}+` : String(i),
      circleYears: round(t.exposure[i] / 12, 1),
      children: t.births[i],
      perCircleYear: round(perYear, 3),
      R: lifetimeYears === null ? null : round(perYear * lifetimeYears, 3),
    });
  }
  return rows;
}

/**
 * The critical local density C*: the fewest other circles nearby at which a circle replaces
 * itself (R ≥ 1), among classes with at least `minYears` circle-years of evidence; null if none.
 */
export function criticalDensity(rows: readonly DensityRow[], minYears = 20): number | null {
  for (const r of rows) if (r.circleYears >= minYears && r.R !== null && r.R >= 1) return parseInt(r.nearby, 10);
  return null;
}
