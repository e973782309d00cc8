/**
 * Samplers over an injected uniform source (d3-force style: randomness is passed in, never global).
 */
import type { Sequence } from './rng.ts';

/** Exponential waiting time with the given rate (per unit of time). Infinity for rate 0. */
export function exponential(u: number, rate: number): number {
  return rate > 0 ? -Math.log(1 - u) / rate : Infinity;
}

/** Poisson by inversion (fine for the small means used here: ties per person, events per month). */
export function poisson(rng: Sequence, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rng)));
  const l = Math.exp(-mean);
  let k = 0;
  let p = rng();
  while (p > l) {
    k++;
    p *= rng();
  }
  return k;
}

/** Standard normal by Box–Muller. */
export function normal(rng: Sequence): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Binomial(n, p): direct for small n, normal approximation beyond (only used for pools of people). */
export function binomial(rng: Sequence, n: number, p: number): number {
  if (p <= 0 || n <= 0) return 0;
  if (p >= 1) return n;
  if (n < 200) {
    let k = 0;
    for (let i = 0; i < n; i++) if (rng() < p) k++;
    return k;
  }
  const x = Math.round(n * p + Math.sqrt(n * p * (1 - p)) * normal(rng));
  return Math.min(n, Math.max(0, x));
}

/** Fisher–Yates shuffle of the first `n` entries, in place. */
export function shuffle<T extends { length: number; [i: number]: number }>(rng: Sequence, a: T, n = a.length): T {
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  return a;
}

/** Index drawn with probability proportional to weights[i]; -1 when all weights are 0. */
export function weightedIndex(u: number, weights: ArrayLike<number>, n = weights.length): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i];
  if (total <= 0) return -1;
  let r = u * total;
  for (let i = 0; i < n; i++) {
    r -= weights[i];
    if (r < 0) return i;
  }
  return n - 1;
}

/**
 * Split `total` into integer parts proportional to `weights` (largest remainder), so the parts add
 * up exactly: used to make synthetic counts per buurt add up to the CBS figure of the area.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const parts = exact.map(Math.floor);
  let rest = total - parts.reduce((s, p) => s + p, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) parts[order[k][1]]++;
  return parts;
}
