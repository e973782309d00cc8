/**
 * The takeoff rule as the results page says it. The model's words for a run whose horizon ends
 * before the rule's years (src/experiments/run.ts) are the command line's: they end "Reken 168
 * maanden (--months 168)". App users have no flags, so here an early look names the form field to
 * lengthen ("Hoe ver vooruit", in whole years, as the field counts them) with the years it needs.
 */
import { seedingEnd } from '../../../core/plan.ts';
import type { ScenarioResult } from '../../../experiments/run.ts';
import { toRunPlan } from '../../../experiments/scenario.ts';
import { describeTakeoff, monthsNeeded } from '../../../experiments/takeoff.ts';
import type { Locale } from '../../i18n/index.ts';

/** The rule in words; for an early look, how early, and how many years the horizon needs for the full judgement. */
export function takeoffWords(result: ScenarioResult | undefined, locale: Locale): string {
  if (!result) return '';
  const judged = result.takeoffRule,
    lang = locale.lang;
  if (judged.complete) return judged.text[lang];
  const needed = monthsNeeded(seedingEnd(toRunPlan(result.scenario)), judged.rule);
  const t = locale.t;
  const note = t.results.provisionalTakeoff(judged.judgedAfterYears, judged.rule.years, t.plan.shared.years, t.plan.shared.title, Math.ceil(needed / 12));
  return `${describeTakeoff(judged.rule)[lang]} ${note}`;
}
