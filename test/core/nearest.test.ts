import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NearestIndex } from '../../src/core/nearest.ts';

/** The reference: a scan over every point, nearest first, equal distances by lower index. */
function scan(x: number[], y: number[], px: number, py: number, k: number): number[] {
  return x
    .map((_, f) => ({ f, d: (x[f] - px) ** 2 + (y[f] - py) ** 2 }))
    .sort((a, b) => a.d - b.d || a.f - b.f)
    .slice(0, k)
    .map((e) => e.f);
}

function query(index: NearestIndex, px: number, py: number, k: number): number[] {
  const out = new Int32Array(k),
    dist = new Float64Array(k);
  return [...out.subarray(0, index.nearest(px, py, k, out, dist))];
}

describe('NearestIndex', () => {
  it('finds the same three nearest, in the same order, as a scan over every point', () => {
    // Coordinates on a coarse lattice make exact ties (equal distances) common.
    const coord = fc.integer({ min: -50, max: 50 }).map((v) => v * 10);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(coord, coord), { minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(fc.double({ min: -2000, max: 2000, noNaN: true }), coord), { minLength: 1, maxLength: 20 }),
        (points, queries) => {
          const x = points.map((p) => p[0]),
            y = points.map((p) => p[1]);
          const index = new NearestIndex(Float64Array.from(x), Float64Array.from(y));
          for (const [px, py] of queries) expect(query(index, px, py, 3)).toEqual(scan(x, y, px, py, 3));
        },
      ),
      { numRuns: 300, seed: 15 },
    );
  });

  it('handles a single point, all points in one place, and queries far outside', () => {
    const one = new NearestIndex(Float64Array.of(5), Float64Array.of(5));
    expect(query(one, 1e6, -1e6, 3)).toEqual([0]);
    const same = new NearestIndex(Float64Array.of(1, 1, 1, 1), Float64Array.of(2, 2, 2, 2));
    expect(query(same, 0, 0, 3)).toEqual([0, 1, 2]);
  });

  it('refuses a point that is not a finite number', () => {
    expect(() => new NearestIndex(Float64Array.of(0, NaN), Float64Array.of(0, 0))).toThrow(/not finite/);
  });
});
