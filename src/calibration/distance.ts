/**
 * Distance between simulated and observed summaries. Counts are put on a square-root scale, where
 * Poisson-like noise has a standard deviation of about ½ whatever the level, and each summary is
 * then divided by its spread in the prior predictive sample (the first ABC generation), as in
 * pyABC's adaptive distances (Prangle 2017), so a count of members cannot drown a count of circles
 * and dates with little information weigh little. The spread is the MAD × 1.4826 (a standard
 * deviation for normal data, robust to the prior's extreme runs), floored at ½: a difference of one
 * circle near zero never counts as infinitely far. The distance is the root mean square.
 */
import type { Target } from './observed.ts';

/** Poisson noise on a square-root scale (Anscombe): the smallest spread a count summary gets. */
const MIN_SCALE = 0.5;
const MAD_TO_SD = 1.4826;

const transform = (x: number) => Math.sqrt(Math.max(0, x));

function median(values: Float64Array): number {
  const v = Float64Array.from(values).sort();
  const n = v.length;
  return n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/** Spread of each summary over the simulations (rows: simulations, values on the raw scale). */
export function scalesFrom(simulated: readonly Float64Array[], nTargets: number): number[] {
  const scales: number[] = [];
  const column = new Float64Array(simulated.length);
  for (let j = 0; j < nTargets; j++) {
    simulated.forEach((s, i) => (column[i] = transform(s[j])));
    const med = median(column);
    const dev = column.map((x) => Math.abs(x - med));
    scales.push(Math.max(MIN_SCALE, MAD_TO_SD * median(dev)));
  }
  return scales;
}

export class Distance {
  private readonly obs: Float64Array;

  constructor(
    targets: readonly Target[],
    readonly scales: readonly number[],
  ) {
    this.obs = Float64Array.from(targets, (t) => transform(t.observed));
  }

  /** Root mean square of the standardised differences. */
  of(simulated: ArrayLike<number>): number {
    let s = 0;
    for (let j = 0; j < this.obs.length; j++) {
      const z = (transform(simulated[j]) - this.obs[j]) / this.scales[j];
      s += z * z;
    }
    return Math.sqrt(s / this.obs.length);
  }
}
