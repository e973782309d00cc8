/**
 * Takeoff: the operational meaning of "the snowball rolls by itself" (design/MODEL.md "Critical
 * mass"; model-science.md §5.1), configurable and written out in plain words (describeTakeoff)
 * wherever a result is shown.
 *
 * In the `years` (default 5) after the professionals stop seeding:
 *   1. older people keep founding circles themselves: at least `minSpontaneous` (2) spontaneous
 *      foundings (splits included), and at least `ratio` × the seeded circles (default 0);
 *   2. optionally still at the end: at least one spontaneous founding in the last `lateYears`
 *      (default 0 = not required);
 *   3. the number of circles is not declining: at the end at least `growth` (0.9) × the number when
 *      seeding stopped — 10% slack because counts are small (one circle of ten is 10%).
 * Why these defaults (measured on Mill, WK198210, 100 replications per k, default parameters):
 * MODEL.md's literal "spontaneous ≥ seeded" (ratio 1) makes P(takeoff | k) fall with k — 0.68 at
 * k = 1, 0.07 at k = 8 — because in a village every seed also takes willing neighbours and
 * potential connectors out of the pool, so "as many again" gets harder with each seed; requiring a
 * founding in the last two years, or a strict "no decline", made P fall again beyond k ≈ 12 as
 * over-seeded villages shake out. This rule rises from 0.02 at k = 0 to 0.93 at k = 8 and stays
 * there (0.94–0.98 up to k = 32). Every variant stays available through the fields below.
 */
import { Origin } from '../core/circles.ts';
import type { RepResult } from '../core/simulation.ts';

export interface TakeoffRule {
  years: number;
  minSpontaneous: number;
  ratio: number;
  lateYears: number;
  growth: number;
}

export const defaultTakeoff: TakeoffRule = { years: 5, minSpontaneous: 2, ratio: 0, lateYears: 0, growth: 0.9 };

export interface TakeoffOutcome {
  takeoff: boolean;
  seeded: number;
  spontaneous: number;
  required: number;
  circlesAtSeedEnd: number;
  circlesAtEnd: number;
  /** Months after seeding stopped until the required number of spontaneous foundings (null if never). */
  monthsToTakeoff: number | null;
}

/** Months a run needs for this rule: seeding window plus the evaluation years. */
export const monthsNeeded = (seedEnd: number, rule: TakeoffRule) => seedEnd + Math.round(12 * rule.years);

export function judgeTakeoff(r: RepResult, seedEnd: number, rule: TakeoffRule = defaultTakeoff): TakeoffOutcome {
  const end = Math.min(r.months, monthsNeeded(seedEnd, rule));
  const lateFrom = end - Math.round(12 * rule.lateYears);
  const m = r.metrics;
  const seeded = r.routes.a.formed + r.routes.b.formed + r.routes.c.formed;
  const c0 = m.circles[seedEnd], c1 = m.circles[end];
  const required = Math.max(rule.minSpontaneous, Math.ceil(rule.ratio * seeded - 1e-9));
  const after: number[] = [];
  for (let c = 0; c < r.tree.origin.length; c++) {
    const o = r.tree.origin[c], f = r.tree.founded[c];
    if ((o === Origin.Spontaneous || o === Origin.Split) && f >= seedEnd && f < end) after.push(f);
  }
  after.sort((a, b) => a - b);
  const spontaneous = after.length;
  const late = rule.lateYears <= 0 || after.some((f) => f >= lateFrom);
  const takeoff = spontaneous >= required && late && c1 >= rule.growth * c0 && c1 > 0;
  return {
    takeoff, seeded, spontaneous, required, circlesAtSeedEnd: c0, circlesAtEnd: c1,
    monthsToTakeoff: takeoff ? after[Math.max(0, required - 1)] + 1 - seedEnd : null,
  };
}

/** The rule in plain words (nl/en), for every place a takeoff result is shown. */
export function describeTakeoff(rule: TakeoffRule = defaultTakeoff): { nl: string; en: string } {
  const n = rule.minSpontaneous;
  const ratioNl = rule.ratio > 0 ? ` en minstens ${rule.ratio === 1 ? 'zoveel' : `${rule.ratio} keer zoveel`} als er gestart zijn` : '';
  const ratioEn = rule.ratio > 0 ? ` and at least ${rule.ratio === 1 ? 'as many' : `${rule.ratio} times as many`} as were seeded` : '';
  const lateNl = rule.lateYears > 0 ? `, ook nog in de laatste ${rule.lateYears} jaar daarvan` : '';
  const lateEn = rule.lateYears > 0 ? `, still in the last ${rule.lateYears} years of them` : '';
  const pct = Math.round(rule.growth * 100);
  const growNl = rule.growth >= 1 ? (rule.growth === 1 ? 'zijn er niet minder cirkels dan' : `zijn er minstens ${pct}% zoveel cirkels als`) : `is nog minstens ${pct}% van de cirkels over van`;
  const growEn = rule.growth >= 1 ? (rule.growth === 1 ? 'there are no fewer circles than' : `there are at least ${pct}% as many circles as`) : `at least ${pct}% of the circles are still there of those that existed`;
  return {
    nl: `"De sneeuwbal rolt" betekent hier: in de ${rule.years} jaar nadat de professionals stoppen met starten, beginnen ouderen zelf minstens ${n} nieuwe cirkels${ratioNl}${lateNl}, en aan het eind ${growNl} toen de professionals stopten.`,
    en: `"The snowball rolls" means here: in the ${rule.years} years after the professionals stop, older people themselves start at least ${n} new circles${ratioEn}${lateEn}, and at the end ${growEn} when the professionals stopped.`,
  };
}
