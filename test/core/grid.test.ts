/**
 * nearestWithin picks the few nearest without sorting the whole neighbourhood when few are wanted
 * (src/core/grid.ts `smallest`): it must answer exactly what a full sort by (d², slot) answers, for
 * every number wanted, because founders' invitations and recruitment depend on the order.
 */
import { describe, expect, it } from 'vitest';
import { buildGrid, nearestWithin } from '../../src/core/grid.ts';
import { sequence } from '../../src/core/rng.ts';

describe('nearestWithin', () => {
  it('equals a full sort by distance (then slot) for 1 … 100 wanted, with and without a filter', () => {
    const rng = sequence('grid-test');
    const n = 600,
      x = new Float32Array(n),
      y = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      // Positions on a 10 m lattice too, so equal distances occur and the slot decides.
      x[i] = i % 3 === 0 ? Math.round(rng() * 100) * 10 : rng() * 1000;
      y[i] = i % 3 === 0 ? Math.round(rng() * 100) * 10 : rng() * 1000;
    }
    const g = buildGrid(x, y, n, 200);
    let compared = 0;
    for (const keep of [() => true, (i: number) => i % 2 === 1]) {
      for (const max of [1, 5, 16, 25, 40, 64, 65, 100]) {
        const px = rng() * 1000,
          py = rng() * 1000,
          r = 150 + rng() * 300;
        const brute = Array.from({ length: n }, (_, i) => i)
          .filter((i) => keep(i) && (x[i] - px) ** 2 + (y[i] - py) ** 2 <= r * r)
          .map((i) => ({ i, d: Math.floor((x[i] - px) ** 2 + (y[i] - py) ** 2) }))
          .sort((a, b) => a.d - b.d || a.i - b.i)
          .slice(0, max)
          .map((e) => e.i);
        expect(nearestWithin(g, x, y, px, py, r, max, keep)).toEqual(brute);
        compared += brute.length;
      }
    }
    expect(compared).toBeGreaterThan(200);
  });
});
