/**
 * R of circles from the offspring trees (model-science.md §1.9, §5.5): how many new circles a
 * circle inspires, and how that depends on the number of other circles within walking distance.
 *
 * A circle is exposed from its founding month until it ends (or the horizon). Its children are the
 * spontaneous circles and splits whose parent it is (src/core/processes/initiation.ts names the
 * inspiring circle). Per circle-month we count the other circles within the walking (urban) or
 * cycling (rural) radius of its buurt; offspring per circle-year by that count is R_t as a function
 * of local density. R = offspring per circle-year × mean lifetime, with the lifetime estimated from
 * censored spans (exponential: exposure ÷ circles that ended), so R = children ÷ circles ended.
 */
import { isUrban, type AreaInput } from '../core/area.ts';
import { Origin } from '../core/circles.ts';
import type { Params } from '../core/params/index.ts';
import type { RepOutput } from './replicate.ts';
import { round } from './summarise.ts';

/** Density classes: 0, 1, 2, 3, 4 and 5 or more other circles within reach. */
export const DENSITY_CLASSES = 6;

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
}

export const emptyTally = (): OffspringTally => ({ exposure: new Array(DENSITY_CLASSES).fill(0), births: new Array(DENSITY_CLASSES).fill(0), unparented: 0, circles: 0, ended: 0, cohort: 0, cohortChildren: 0 });

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
}

/** Radius (m) per buurt index, as the model uses it (src/core/context.ts radiusOf; urbanity 1–3 walks). */
export function radiiOf(area: AreaInput, params: Params): Float64Array {
  return Float64Array.from(area.buurten, (b) => (isUrban(b) ? params.walkRadiusUrban : params.walkRadiusRural));
}

/** Tally one replication's tree (needs the job's keepTree); `windowMonths` for the cohort count. */
export function tallyTree(o: RepOutput, radii: Float64Array, windowMonths: number): OffspringTally {
  const t = emptyTally(), tree = o.tree;
  if (!tree) return t;
  const n = tree.origin.length, months = o.months;
  const from = new Int32Array(n), to = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    from[c] = tree.founded[c];
    to[c] = tree.ended[c] >= 0 ? tree.ended[c] : months;
    if (tree.ended[c] >= 0) t.ended++;
  }
  t.circles = n;
  // nearby[c][m - from[c]]: other circles within c's radius during month m of c's life.
  const nearby: Int32Array[] = Array.from({ length: n }, (_, c) => new Int32Array(Math.max(0, to[c] - from[c]) + 1));
  for (let c = 0; c < n; c++) {
    const r2 = radii[tree.buurt[c]] ** 2;
    for (let d = 0; d < n; d++) {
      if (d === c) continue;
      const dx = tree.x[c] - tree.x[d], dy = tree.y[c] - tree.y[d];
      if (dx * dx + dy * dy > r2) continue;
      const a = Math.max(from[c], from[d]), b = Math.min(to[c], to[d]);
      if (a >= b) continue;
      nearby[c][a - from[c]]++;
      nearby[c][b - from[c]]--;
    }
    for (let i = 1; i < nearby[c].length; i++) nearby[c][i] += nearby[c][i - 1];
    for (let i = 0; i < to[c] - from[c]; i++) t.exposure[Math.min(nearby[c][i], DENSITY_CLASSES - 1)]++;
  }
  for (let d = 0; d < n; d++) {
    const o2 = tree.origin[d];
    if (o2 !== Origin.Spontaneous && o2 !== Origin.Split) continue;
    const p = tree.parent[d];
    if (p < 0 || p >= n) {
      t.unparented++;
      continue;
    }
    const i = Math.min(Math.max(0, tree.founded[d] - from[p]), nearby[p].length - 1);
    t.births[Math.min(nearby[p][i], DENSITY_CLASSES - 1)]++;
    if (from[p] + windowMonths <= months && tree.founded[d] < from[p] + windowMonths) t.cohortChildren++;
  }
  for (let c = 0; c < n; c++) if (from[c] + windowMonths <= months) t.cohort++;
  return t;
}

/** Approximate 95% interval of a Poisson count x (square-root transform: sd of √x ≈ ½). */
function poissonRange(x: number): [number, number] {
  if (x === 0) return [0, 3.69]; // exact upper 95% (one-sided 97.5%) for zero events
  return [Math.max(0, Math.sqrt(x) - 0.98) ** 2, (Math.sqrt(x) + 0.98) ** 2];
}

/** R with its rough interval (from the Poisson count of children; the lifetime is taken as known). */
export interface REstimate {
  /** New circles per circle per year. */
  perCircleYear: number;
  /** Mean lifetime of a circle in years (null when no circle ended: then it is longer than observed). */
  lifetimeYears: number | null;
  /** Children per circle over its lifetime; null when the lifetime is unknown. */
  R: number | null;
  lo: number | null;
  hi: number | null;
  circles: number;
  children: number;
  circleYears: number;
  /** Observed directly: new circles per circle within its first `years` (circles founded early enough). */
  early: { years: number; circles: number; perCircle: number | null };
}

/** Fewer ended circles than this and the lifetime (so R) is left unestimated: it would rest on a few early deaths. */
const MIN_ENDED = 10;

export function estimateR(t: OffspringTally, windowYears: number): REstimate {
  const exposure = t.exposure.reduce((s, v) => s + v, 0), births = t.births.reduce((s, v) => s + v, 0);
  const perYear = exposure > 0 ? (12 * births) / exposure : 0;
  const lifetime = t.ended >= MIN_ENDED ? exposure / 12 / t.ended : null;
  const [bl, bh] = poissonRange(births);
  const R = lifetime === null ? null : births / t.ended;
  return {
    perCircleYear: round(perYear, 3), lifetimeYears: lifetime === null ? null : round(lifetime, 2),
    R: R === null ? null : round(R, 3), lo: R === null ? null : round(bl / t.ended, 3), hi: R === null ? null : round(bh / t.ended, 3),
    circles: t.circles, children: births, circleYears: round(exposure / 12, 1),
    early: { years: windowYears, circles: t.cohort, perCircle: t.cohort ? round(t.cohortChildren / t.cohort, 3) : null },
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
      nearby: i === DENSITY_CLASSES - 1 ? `${i}+` : String(i), circleYears: round(t.exposure[i] / 12, 1), children: t.births[i],
      perCircleYear: round(perYear, 3), R: lifetimeYears === null ? null : round(perYear * lifetimeYears, 3),
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
