/**
 * Units in the life course: the registry's demographic rates are yearly probabilities; the life
 * course must turn them into monthly chances 1 − (1 − p)^(1/12), so that over a year exactly p of
 * the people leave (issue #10: using p as a rate lost ≈ 7.5% of the deaths at 85+).
 */
import { describe, expect, it } from 'vitest';
import { monthly } from '../../src/core/rates.ts';
import { Exit, live, monthlyHazard, ratesFor } from '../../src/core/lifecourse.ts';
import { resolveParams } from '../../src/core/params/index.ts';
import { sequence } from '../../src/core/rng.ts';

describe('yearly probabilities become monthly chances', () => {
  it('1 − (1 − p)^(1/12), and twelve months of it give p again', () => {
    for (const p of [0.015, 0.042, 0.16, 0.5]) {
      expect(monthly(p)).toBeCloseTo(1 - Math.pow(1 - p, 1 / 12), 12);
      expect(1 - Math.pow(1 - monthly(p), 12)).toBeCloseTo(p, 12);
      // The hazard gives the same chance within one month, and p within a year.
      expect(1 - Math.exp(-monthlyHazard(p))).toBeCloseTo(monthly(p), 12);
      expect(1 - Math.exp(-12 * monthlyHazard(p))).toBeCloseTo(p, 12);
    }
    // The old reading, p / 12 a month, is visibly short at 85+.
    expect(1 - Math.exp(-0.16)).toBeLessThan(0.149);
  });

  it('the share of people 85+ who die within a year is the registry mortality (16%)', () => {
    // Only death acts: everyone vital, nobody frail, no moves, no nursing home, no indications.
    const params = resolveParams({ vitalShare: 1, needOnset: 0, moving: 0, nursingHome85: 0, indication: 0, mortality85: 0.16 });
    const rates = ratesFor(params);
    const rng = sequence('test', 'lifecourse');
    const n = 40_000;
    let died = 0;
    for (let i = 0; i < n; i++) {
      const life = live(90, false, 0, 12, rates, params, rng);
      if (life.exit === Exit.Death) died++;
    }
    const share = died / n,
      se = Math.sqrt((0.16 * 0.84) / n);
    expect(Math.abs(share - 0.16)).toBeLessThan(4 * se);
  });
});
