/**
 * simulate's takeoff is judged when its horizon allows: the default 10 years after a two-year window
 * leave 8 years, not the rule's 12, and the output must say so (issue #9: the chance shown there is
 * then provisional, not the critical-mass verdict).
 */
import { describe, expect, it } from 'vitest';
import { jobFor, takeoffJudgement } from '../../src/experiments/run.ts';
import { validateScenario } from '../../src/experiments/scenario.ts';
import { area, MILL } from '../helpers/areas.ts';

const judged = (months: number) => {
  const scenario = validateScenario({ area: [MILL], plan: { b: { count: 2 } }, months });
  return takeoffJudgement(scenario, jobFor(scenario, area(MILL)));
};

describe("simulate's takeoff judgement", () => {
  it('is provisional and says so when the horizon ends before the rule years', () => {
    const j = judged(120);
    expect(j.complete).toBe(false);
    expect(j.judgedAfterYears).toBe(8);
    expect(j.text.nl).toMatch(/8 jaar na het stoppen bekeken in plaats van 12 jaar/);
    expect(j.text.nl).toMatch(/--months 168/);
    expect(j.text.en).toMatch(/judged 8 years after the stop instead of 12/);
  });

  it('is the full judgement, with the plain rule text, when the horizon reaches the rule years', () => {
    const j = judged(168);
    expect(j).toMatchObject({ complete: true, judgedAfterYears: 12 });
    expect(j.text.nl).not.toMatch(/Let op/);
  });
});
