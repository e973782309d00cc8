/**
 * PR and national media as series over months (issue #10): the old constant and segment forms keep
 * working, change points become segments, bad input names the field, and a national media year
 * raises awareness from its first month on — the months before it are identical (common random numbers).
 */
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/errors.ts';
import { resolveParams } from '../../src/core/params/index.ts';
import { mediaAt, prAt } from '../../src/core/plan.ts';
import { runReplication } from '../../src/core/simulation.ts';
import { buildWorld } from '../../src/core/world.ts';
import { toRunPlan, validateScenario } from '../../src/experiments/scenario.ts';
import { parseSeries } from '../../src/experiments/series.ts';
import { area, MILL } from '../helpers/areas.ts';

const scenario = (extra: object) => validateScenario({ area: [MILL], plan: { b: { count: 1 } }, months: 48, ...extra });

describe('PR and media series', () => {
  it('keeps the constant and segment forms, and reads change points as a step function', () => {
    expect(scenario({ pr: 0.7 }).pr).toEqual([{ from: 0, to: 24, intensity: 0.7 }]);
    expect(scenario({}).pr).toEqual([{ from: 0, to: 24, intensity: 0.5 }]);
    expect(scenario({ pr: [{ from: 3, to: 9, intensity: 1 }] }).pr).toEqual([{ from: 3, to: 9, intensity: 1 }]);
    const s = scenario({
      pr: [
        { month: 0, intensity: 0.8 },
        { month: 12, intensity: 0.3 },
        { month: 30, intensity: 0 },
      ],
    });
    expect(s.pr).toEqual([
      { from: 0, to: 12, intensity: 0.8 },
      { from: 12, to: 30, intensity: 0.3 },
      { from: 30, to: 48, intensity: 0 },
    ]);
    const plan = toRunPlan(s);
    expect([0, 11, 12, 29, 30, 47].map((t) => prAt(plan, t))).toEqual([0.8, 0.8, 0.3, 0.3, 0, 0]);
    // The command line's text forms.
    expect(parseSeries('0-12:0.8,12-24:0.3', 'pr', 48, 'prIntensity', null)).toEqual([
      { from: 0, to: 12, intensity: 0.8 },
      { from: 12, to: 24, intensity: 0.3 },
    ]);
    expect(parseSeries('6:0.4', 'pr', 48, 'prIntensity', null)).toEqual([{ from: 6, to: 48, intensity: 0.4 }]);
  });

  it('media multiplies the usual national level; absent or outside its months it is 1', () => {
    const plan = toRunPlan(scenario({ media: '12-24:10' }));
    expect([0, 11, 12, 23, 24].map((t) => mediaAt(plan, t))).toEqual([1, 1, 10, 10, 1]);
    expect(mediaAt(toRunPlan(scenario({})), 5)).toBe(1);
    expect(scenario({}).media).toBeUndefined();
  });

  it('refuses bad series with the field named', () => {
    const field = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isInputError(e) ? e.where.field : 'other';
      }
      return 'none';
    };
    expect(
      field(() =>
        scenario({
          pr: [
            { month: 12, intensity: 0.3 },
            { month: 6, intensity: 0.1 },
          ],
        }),
      ),
    ).toBe('pr[1].month');
    expect(field(() => scenario({ pr: [{ month: 0, intensity: 2 }] }))).toBe('pr[0].intensity');
    expect(field(() => scenario({ media: 5 }))).toBe('media');
    expect(field(() => scenario({ media: 'soon:3' }))).toBe('media');
    expect(field(() => scenario({ pr: [{ month: 0, from: 0, to: 3, intensity: 0.3 }] }))).toBe('pr[0]');
  });

  it('a national media year raises awareness from its first month, and changes nothing before it', () => {
    const params = resolveParams();
    const aware = (media?: string) => {
      const plan = toRunPlan(scenario(media ? { media } : {}));
      const world = buildWorld(area(MILL), params, plan.months, 5, 0);
      const out: number[] = [];
      runReplication(world, params, plan, 5, 0, {
        settle: false,
        inspect: (st) => {
          let a = 0;
          for (let s = 0; s < st.n; s++) a += st.aware[s];
          out.push(a);
        },
      });
      return out;
    };
    const usual = aware(),
      campaign = aware('12-24:10');
    expect(campaign.slice(0, 12)).toEqual(usual.slice(0, 12));
    expect(campaign[23] - usual[23]).toBeGreaterThan(30); // 67 more of 1,590 at seed 5
  });
});
