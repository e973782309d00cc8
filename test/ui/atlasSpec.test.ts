/**
 * The atlas map's classes and counts (src/ui/charts/atlasSpec.ts): each answer gets the class its
 * k90 or reason says, a gemeente on the national map takes its best computed wijk, and the
 * sentence counts only computed places with people 65+.
 */
import { describe, expect, it } from 'vitest';
import type { BundledRow } from '../../src/experiments/atlasBundle.ts';
import { ATLAS_CLASSES, classOf, countsOf, fillOf, gemeenteSummaries } from '../../src/ui/charts/atlasSpec.ts';

const row = (code: string, gemeente: string, k90: number | null, reasonCode: string): BundledRow => ({
  code,
  name: code,
  gemeente,
  age65plus: reasonCode === 'skipped' ? null : 100,
  k50: null,
  k90,
  k90Interval: null,
  R: null,
  Rinterval: null,
  reasonCode,
  reason: { nl: '', en: '' },
  pTakeoffAtBudget: null,
  cost: null,
});

describe('atlas classes', () => {
  it('classes k90 by its edges and names the answers without a number', () => {
    expect([1, 2, 3, 5, 6, 10, 11, 25, 26, 200].map((k) => classOf(row('w', 'g', k, 'reached')))).toEqual([
      'k1',
      'k1',
      'k3',
      'k3',
      'k6',
      'k6',
      'k11',
      'k11',
      'k26',
      'k26',
    ]);
    expect(classOf(row('w', 'g', null, 'undecided'))).toBe('undecided');
    expect(classOf(row('w', 'g', null, 'r-below-one'))).toBe('none');
    expect(classOf(row('w', 'g', null, 'skipped'))).toBe('skipped');
    expect(classOf(undefined)).toBe('missing');
    // Every class but "not computed" has its own colour; not computed is the hatching (null).
    const fills = ATLAS_CLASSES.map(fillOf);
    expect(fills.at(-1)).toBeNull();
    expect(new Set(fills.slice(0, -1)).size).toBe(ATLAS_CLASSES.length - 1);
  });

  it('gives a gemeente its best computed wijk, and counts what is computed', () => {
    const rows = [
      row('a1', 'GA', 7, 'reached'),
      row('a2', 'GA', 3, 'reached'),
      row('a3', 'GA', null, 'plateau'),
      row('b1', 'GB', null, 'undecided'),
      row('b2', 'GB', null, 'skipped'),
      row('c1', 'GC', null, 'skipped'),
    ];
    const s = gemeenteSummaries(rows, { GA: 4, GB: 2, GC: 1, GD: 5 }, 5);
    expect(s.get('GA')).toMatchObject({ places: 4, computed: 3, withinBudget: 1, cls: 'k3' });
    expect(s.get('GA')!.best!.code).toBe('a2');
    expect(s.get('GB')).toMatchObject({ computed: 2, withinBudget: 0, best: null, cls: 'undecided' });
    expect(s.get('GC')!.cls).toBe('skipped');
    expect(s.get('GD')).toMatchObject({ computed: 0, cls: 'missing' });
    expect(countsOf(rows, 12, 5)).toEqual({ places: 12, computed: 6, answered: 4, withinBudget: 1 });
  });
});
