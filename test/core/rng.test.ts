import { describe, expect, it } from 'vitest';
import { fmix, monthKey, sequence, streamKey, u01 } from '../../src/core/rng.ts';
import { apportion, binomial, poisson } from '../../src/core/sample.ts';

describe('seeded randomness', () => {
  it('derives the same stream key from the same names, different keys from different names', () => {
    expect(streamKey(11, 'rep', 0, 'joining')).toBe(streamKey(11, 'rep', 0, 'joining'));
    const keys = new Set([
      streamKey(11, 'rep', 0, 'joining'),
      streamKey(11, 'rep', 1, 'joining'),
      streamKey(12, 'rep', 0, 'joining'),
      streamKey(11, 'rep', 0, 'information'),
    ]);
    expect(keys.size).toBe(4);
  });

  it('fmix is a bijection on a sample (no two inputs share an output)', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 200_000; i++) seen.add(fmix(i * 2654435761));
    expect(seen.size).toBe(200_000);
  });

  it('gives uniform draws: 10 bins of 200,000 draws pass a chi-square test (df 9, p > 0.001)', () => {
    const bins = new Array(10).fill(0);
    const k = monthKey(streamKey(1, 'x'), 3);
    for (let i = 0; i < 200_000; i++) bins[Math.floor(u01(k, i) * 10)]++;
    const chi = bins.reduce((s, b) => s + (b - 20_000) ** 2 / 20_000, 0);
    expect(chi).toBeLessThan(27.9);
  });

  it('draws of the same person in different months are uncorrelated (|r| < 4/√n)', () => {
    const n = 50_000,
      a = monthKey(7, 10),
      b = monthKey(7, 11);
    let sx = 0,
      sy = 0,
      sxy = 0,
      sxx = 0,
      syy = 0;
    for (let i = 0; i < n; i++) {
      const x = u01(a, i),
        y = u01(b, i);
      sx += x;
      sy += y;
      sxy += x * y;
      sxx += x * x;
      syy += y * y;
    }
    const r = (sxy - (sx * sy) / n) / Math.sqrt((sxx - (sx * sx) / n) * (syy - (sy * sy) / n));
    expect(Math.abs(r)).toBeLessThan(4 / Math.sqrt(n));
  });

  it('samplers have the right mean (within 4 standard errors, fixed seed)', () => {
    const rng = sequence('samplers');
    let sp = 0,
      sb = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      sp += poisson(rng, 4);
      sb += binomial(rng, 30, 0.2);
    }
    expect(Math.abs(sp / n - 4)).toBeLessThan(4 * Math.sqrt(4 / n));
    expect(Math.abs(sb / n - 6)).toBeLessThan(4 * Math.sqrt((30 * 0.2 * 0.8) / n));
  });

  it('apportion splits a total exactly and proportionally', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    const parts = apportion(1590, [730, 400, 85, 100, 70, 0, 10, 120, 75]);
    expect(parts).toEqual([730, 400, 85, 100, 70, 0, 10, 120, 75]);
    expect(apportion(7, [0, 0])).toEqual([0, 0]);
  });
});
