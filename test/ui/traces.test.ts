import { describe, expect, test } from 'vitest';
import { costDifference, outOfTen, pairedCount, pairedDifference, type RepTraces } from '../../src/ui/simulation/traces.ts';
import { comparisonSentence, tenths, unavailableWords } from '../../src/ui/simulation/words.ts';
import { localeFor } from '../../src/ui/i18n/index.ts';

/** Paired comparison on common random numbers, and the plain words built on it. */
function traces(rows: number[][], cost: number[] = rows.map(() => 0)): RepTraces {
  return {
    months: rows[0].length - 1,
    circles: rows.map((r) => Float64Array.from(r)),
    coverage: rows.map((r) => Float64Array.from(r.map((x) => x / 100))),
    cost,
    takeoff: rows.map(() => false),
  };
}

describe('paired differences', () => {
  // Ten futures: B is A plus 2 in nine of them and A minus 1 in one.
  const a = traces(
    Array.from({ length: 10 }, (_, r) => [0, r, r + 1]),
    Array.from({ length: 10 }, () => 1000),
  );
  const b = traces(
    Array.from({ length: 10 }, (_, r) => [0, r + (r === 9 ? -1 : 2), r + 1 + (r === 9 ? -1 : 2)]),
    Array.from({ length: 10 }, (_, r) => 1000 + 100 * r),
  );

  test('the band of B_r − A_r is narrow even when each scenario varies a lot', () => {
    const d = pairedDifference(a, b, 'circles');
    expect(d).toHaveLength(3);
    expect(d[0]).toEqual({ month: 0, p10: 0, p50: 0, p90: 0 });
    expect(d[2].p50).toBe(2);
    expect(d[2].p90).toBe(2);
    expect(d[2].p10).toBeCloseTo(1.7, 5);
    expect(pairedDifference(a, b, 'coverage')[2].p50).toBeCloseTo(0.02, 6);
  });

  test('counting better and worse futures, and the sentence that says it', () => {
    const counts = pairedCount(a, b, 'circles', 2);
    expect(counts).toEqual({ better: 9, worse: 1, same: 0, reps: 10 });
    const nl = localeFor('nl');
    expect(comparisonSentence(nl, 'Basis', 'Meer PR', 10, counts)).toBe(
      'Meer PR heeft na 10 jaar in 9 van de 10 gesimuleerde toekomsten meer cirkels dan Basis, en in 1 van de 10 minder.',
    );
    expect(comparisonSentence(localeFor('en'), 'Base', 'More PR', 10, counts)).toBe(
      'After 10 years More PR has more circles than Base in 9 in 10 simulated futures, and fewer in 1 in 10.',
    );
    expect(comparisonSentence(nl, 'A', 'B', 10, pairedCount(a, a, 'circles', 2))).toContain('evenveel');
  });

  test('cost difference per future', () => {
    expect(costDifference(a, b)).toEqual({ p10: 90, p50: 450, p90: 810 });
  });

  test('why a route fell short, in words; a reason the app does not know yet is never shown as a code', () => {
    const nl = localeFor('nl');
    expect(unavailableWords(nl, 'a', 'no-complex', 0.5)).toBe(
      'Route a lukte in 5 van de 10 gesimuleerde toekomsten niet helemaal: het gebied heeft geen corporatiecomplex met genoeg 65-plussers.',
    );
    expect(unavailableWords(nl, 'c', 'some-new-reason', 0.02)).toBe(
      'Route c lukte in minder dan 1 van de 10 gesimuleerde toekomsten niet helemaal: de route liep vast.',
    );
  });

  test('"k van de 10" never says 0 or 10 for rare or near-certain events', () => {
    const nl = localeFor('nl');
    expect(outOfTen(6, 10)).toBe(6);
    expect(tenths(nl, 1, 40)).toBe('minder dan 1 van de 10');
    expect(tenths(nl, 39, 40)).toBe('meer dan 9 van de 10');
    expect(tenths(nl, 0, 40)).toBe('0 van de 10');
    expect(tenths(nl, 40, 40)).toBe('10 van de 10');
    expect(tenths(nl, 26, 40)).toBe('7 van de 10');
  });
});
