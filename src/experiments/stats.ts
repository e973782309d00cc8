/**
 * Small statistics used across experiments.
 */

/** Wilson score interval for a binomial proportion (default 95%, z = 1.96). */
export function wilson(successes: number, n: number, z = 1.959964): { p: number; lo: number; hi: number } {
  if (n === 0) return { p: NaN, lo: 0, hi: 1 };
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { p, lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}
