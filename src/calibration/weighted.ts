/**
 * Weighted sample statistics for ABC populations: quantiles, histograms, resampling, ESS.
 */

/** Weighted quantile: the smallest value whose cumulative normalised weight reaches q (ties by value). */
export function weightedQuantile(values: ArrayLike<number>, weights: ArrayLike<number>, q: number): number {
  const idx = Array.from({ length: values.length }, (_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  let total = 0;
  for (const i of idx) total += weights[i];
  if (!(total > 0)) return NaN;
  let acc = 0;
  for (const i of idx) {
    acc += weights[i] / total;
    if (acc >= q - 1e-12) return values[i];
  }
  return values[idx[idx.length - 1]];
}

/** Weighted mean and standard deviation. */
export function weightedMoments(values: ArrayLike<number>, weights: ArrayLike<number>): { mean: number; sd: number } {
  let s = 0,
    m = 0;
  for (let i = 0; i < values.length; i++) {
    s += weights[i];
    m += weights[i] * values[i];
  }
  m /= s;
  let v = 0;
  for (let i = 0; i < values.length; i++) v += weights[i] * (values[i] - m) ** 2;
  return { mean: m, sd: Math.sqrt(v / s) };
}

/** Normalise weights to sum 1. */
export function normalise(weights: readonly number[]): number[] {
  const s = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / s);
}

/** Effective sample size: (Σw)² / Σw². */
export function effectiveSampleSize(weights: readonly number[]): number {
  let s = 0,
    s2 = 0;
  for (const w of weights) {
    s += w;
    s2 += w * w;
  }
  return s2 > 0 ? (s * s) / s2 : 0;
}

export interface Histogram {
  /** Bin edges (bins + 1 values). */
  edges: number[];
  /** Posterior mass per bin (sums to 1). */
  mass: number[];
}

/**
 * Weighted histogram over [lo, hi] (the prior range, so every posterior is drawn on the scale of
 * what was possible); whole-number parameters get one bin per value when that is at most `bins`.
 */
export function histogram(values: ArrayLike<number>, weights: ArrayLike<number>, lo: number, hi: number, bins = 20, integer = false): Histogram {
  const whole = integer && hi - lo + 1 <= bins;
  const n = whole ? hi - lo + 1 : bins;
  const from = whole ? lo - 0.5 : lo,
    width = whole ? 1 : (hi - lo) / bins;
  const edges = Array.from({ length: n + 1 }, (_, i) => from + i * width);
  const mass = new Array<number>(n).fill(0);
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const b = Math.min(n - 1, Math.max(0, Math.floor((values[i] - from) / width)));
    mass[b] += weights[i];
    total += weights[i];
  }
  return { edges, mass: mass.map((m) => m / total) };
}

/**
 * Systematic resampling: n indices drawn in proportion to the weights with one uniform `u`
 * (low variance, and deterministic given u). Used for the pairwise sample.
 */
export function systematicResample(weights: readonly number[], n: number, u: number): number[] {
  const w = normalise(weights);
  const out: number[] = [];
  let acc = w[0],
    i = 0;
  for (let k = 0; k < n; k++) {
    const target = (k + u) / n;
    while (target > acc && i < w.length - 1) acc += w[++i];
    out.push(i);
  }
  return out;
}
