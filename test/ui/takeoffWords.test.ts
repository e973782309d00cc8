/**
 * Issue #13: the app tells an early look at takeoff in app words. The model's sentence ends with the
 * command line's "(--months 168)"; the results page names the form field and the whole years instead,
 * and keeps the rest of the sentence (the rule itself) as the model says it.
 */
import { describe, expect, it } from 'vitest';
import { takeoffJudgement, type ScenarioResult } from '../../src/experiments/run.ts';
import { toRunPlan, validateScenario } from '../../src/experiments/scenario.ts';
import { describeTakeoff } from '../../src/experiments/takeoff.ts';
import { localeFor } from '../../src/ui/i18n/index.ts';
import { takeoffWords } from '../../src/ui/views/results/takeoffWords.ts';

/** A result as the results page gets it: only the scenario and the takeoff judgement are read. */
function resultFor(months: number, to = 24): ScenarioResult {
  const scenario = validateScenario({ area: ['WK198210'], plan: { b: { count: 2, from: 0, to } }, months });
  return { scenario, takeoffRule: takeoffJudgement(scenario, { plan: toRunPlan(scenario) } as never) } as ScenarioResult;
}

describe('takeoff words on the results page', () => {
  it('an early look names the field "Hoe ver vooruit" and the years it needs, never a CLI flag', () => {
    const r = resultFor(120);
    expect(r.takeoffRule.complete).toBe(false);
    expect(r.takeoffRule.text.nl).toContain('(--months 168)');
    const nl = takeoffWords(r, localeFor('nl'));
    const en = takeoffWords(r, localeFor('en'));
    expect(nl).not.toContain('--');
    expect(en).not.toContain('--');
    expect(nl.startsWith(describeTakeoff(r.takeoffRule.rule).nl)).toBe(true);
    // Seeding stops at month 24, the rule looks 12 years later: 168 months, 14 years.
    expect(nl).toContain('al 8 jaar na het stoppen bekeken in plaats van 12 jaar');
    expect(nl).toContain("Zet “Hoe ver vooruit” (Voor alle scenario's) op minstens 14 jaar voor het volle oordeel.");
    expect(en).toContain('Set “How far ahead” (For all scenarios) to at least 14 years for the full judgement.');
  });

  it('a window ending mid-year rounds the years up, so the field (whole years) reaches the judgement', () => {
    const r = resultFor(120, 18); // 18 + 144 = 162 months: 13.5 years, so 14
    expect(r.takeoffRule.text.nl).toContain('(--months 162)');
    expect(takeoffWords(r, localeFor('nl'))).toContain('op minstens 14 jaar');
    expect(takeoffWords(r, localeFor('nl'))).toContain('al 8,5 jaar na het stoppen');
  });

  it('a full judgement is the model’s sentence unchanged', () => {
    const r = resultFor(168);
    expect(r.takeoffRule.complete).toBe(true);
    expect(takeoffWords(r, localeFor('en'))).toBe(r.takeoffRule.text.en);
    expect(takeoffWords(undefined, localeFor('nl'))).toBe('');
  });
});
