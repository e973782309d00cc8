/**
 * Field observations → model targets: dates become month indices (end of the observed month),
 * parts of the area become buurt masks, and the per-circle count used for parts agrees exactly
 * with the model's own monthly totals (by route and origin too).
 */
import { describe, expect, it } from 'vitest';
import { simulatedValues, targetsFor, type Target } from '../../src/calibration/observed.ts';
import { setupCalibration } from '../../src/calibration/setup.ts';
import { isInputError } from '../../src/core/errors.ts';
import { readFieldData } from '../../src/data/field.ts';
import { InlinePool } from '../../src/experiments/pool.ts';
import { area, MILL } from '../helpers/areas.ts';

const field = (text: string) => readFieldData(text, 'veld.csv');
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return isInputError(e) ? `${e.code}@${e.where.line ?? ''}` : String(e);
  }
  return 'none';
};

describe('targets from field data', () => {
  const mill = area(MILL);
  const buurt = mill.buurten[0].code;

  it('puts an observation at the end of its month, the whole area as no mask, a buurt as a mask', () => {
    const { targets, months, needsTree, notes } = targetsFor(
      field(`date,area,circles,members\n2018-06,${MILL},3,30\n2019-12-31,${MILL},5,\n2019-12,${buurt},1,9\n`),
      mill,
      '2018-01',
    );
    expect(targets.map((t) => [t.month, t.kind, t.observed, t.buurten === null])).toEqual([
      [6, 'circles', 3, true],
      [6, 'members', 30, true],
      [24, 'circles', 1, false],
      [24, 'circles', 5, true],
    ]);
    expect(Array.from(targets[2].buurten!).reduce((a, b) => a + b, 0)).toBe(1);
    expect(months).toBe(24);
    expect(needsTree).toBe(true);
    expect(notes[0].en).toMatch(/members on line 4 not used/);
  });

  it('refuses observations before the start and areas outside the calibrated one', () => {
    expect(codeOf(() => targetsFor(field(`date,area,circles\n2017-12,${MILL},1\n`), mill, '2018-01'))).toBe('calibration.start@2');
    expect(codeOf(() => targetsFor(field('date,area,circles\n2018-06,GM1982,40\n'), mill, '2018-01'))).toBe('calibration.area@2');
    expect(codeOf(() => targetsFor(field('date,area,circles\n2018-06,WK198201,4\n'), mill, '2018-01'))).toBe('calibration.area@2');
  });

  it('reads a group of buurten as a mask', () => {
    const groups = [{ name: 'Mill-kern', buurten: mill.buurten.slice(0, 2).map((b) => b.code) }];
    const data = readFieldData('date,area,circles\n2018-06,Mill-kern,2\n', 'veld.csv', { groups: ['Mill-kern'] });
    const [t] = targetsFor(data, mill, '2018-01', groups).targets;
    expect(Array.from(t.buurten!).slice(0, 3)).toEqual([1, 1, 0]);
  });
});

describe('simulated values', () => {
  it('count circles per part from the offspring tree exactly as the monthly totals do', async () => {
    const data = field(`date,area,circles\n2018-01,${MILL},0\n2022-12,${MILL},0\n`);
    const { problem } = setupCalibration({
      data,
      scenario: { area: [MILL], plan: { a: { count: 1 }, b: { count: 2 }, c: { count: 3 } }, seed: 4 },
      area: () => area(MILL),
      fit: ['willing'],
    });
    const [out] = await new InlinePool().run({
      area: problem.area,
      job: { ...problem.job, keepTree: true, params: { ...problem.job.params, initiation: 0.1 } },
      reps: [2],
    });
    const all = new Uint8Array(area(MILL).buurten.length).fill(1);
    const make = (month: number, route: Target['route'], origin: Target['origin'], buurten: Uint8Array | null): Target => ({
      month,
      date: '',
      area: MILL,
      buurten,
      route,
      origin,
      kind: 'circles',
      observed: 0,
      line: 0,
    });
    let spontaneous = 0;
    for (let m = 1; m <= problem.job.plan.months; m++) {
      const kinds: [Target['route'], Target['origin']][] = [
        [null, null],
        ['a', 'seeded'],
        ['c', 'seeded'],
        [null, 'seeded'],
        [null, 'spontaneous'],
      ];
      const viaTree = simulatedValues(
        kinds.map(([r, o]) => make(m, r, o, all)),
        out,
      );
      const viaTotals = simulatedValues(
        kinds.map(([r, o]) => make(m, r, o, null)),
        out,
      );
      expect(Array.from(viaTree), `month ${m}`).toEqual(Array.from(viaTotals));
      spontaneous = Math.max(spontaneous, viaTotals[4]);
    }
    expect(out.circles[problem.job.plan.months]).toBeGreaterThan(3);
    expect(spontaneous).toBeGreaterThan(0);
  });
});
