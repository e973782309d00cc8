/**
 * Morris elementary effects (Morris 1991; Campolongo, Cariboni & Saltelli 2007's μ*): r one-at-a-
 * time trajectories through a p-level grid on the unit cube. Each step moves one parameter by ±Δ,
 * Δ = p / (2(p − 1)); EE_i = (y after − y before) / (±Δ). μ* = mean |EE| ranks importance, σ (the
 * spread of EE) flags interactions and non-linearity. Randomness comes from a seeded stream.
 */
import type { Sequence } from '../../src/core/rng.ts';
import { shuffle } from '../../src/core/sample.ts';

export interface Trajectory {
  /** k + 1 points in [0, 1]^k. */
  points: number[][];
  /** Which parameter changed at step j (from point j to j + 1), and by how much (±Δ). */
  changed: number[];
  step: number[];
}

export function trajectories(k: number, r: number, u: Sequence, levels = 4): Trajectory[] {
  const delta = levels / (2 * (levels - 1));
  const lower = Array.from({ length: levels / 2 }, (_, i) => i / (levels - 1)); // where x + Δ ≤ 1
  return Array.from({ length: r }, () => {
    const sign = Array.from({ length: k }, () => (u() < 0.5 ? 1 : -1));
    const x = sign.map((s) => {
      const base = lower[Math.floor(u() * lower.length)];
      return s > 0 ? base : base + delta;
    });
    const order = shuffle(
      u,
      Array.from({ length: k }, (_, i) => i),
    );
    const points = [x.slice()];
    for (const i of order) {
      x[i] = Math.round((x[i] + sign[i] * delta) * 1e12) / 1e12;
      points.push(x.slice());
    }
    return { points, changed: order, step: order.map((i) => sign[i] * delta) };
  });
}

export interface Effect {
  index: number;
  mu: number;
  muStar: number;
  sigma: number;
  effects: number[];
}

/** μ, μ*, σ per parameter from the outputs y[t][j] at trajectory t's point j. */
export function effects(k: number, trajs: readonly Trajectory[], y: readonly number[][]): Effect[] {
  const ee: number[][] = Array.from({ length: k }, () => []);
  trajs.forEach((t, n) => t.changed.forEach((i, j) => ee[i].push((y[n][j + 1] - y[n][j]) / t.step[j])));
  return ee.map((e, index) => {
    const mu = e.reduce((s, v) => s + v, 0) / e.length;
    const muStar = e.reduce((s, v) => s + Math.abs(v), 0) / e.length;
    const sigma = e.length > 1 ? Math.sqrt(e.reduce((s, v) => s + (v - mu) ** 2, 0) / (e.length - 1)) : 0;
    return { index, mu, muStar, sigma, effects: e };
  });
}
