/**
 * Takeoff: the operational meaning of "the snowball rolls by itself" (design/MODEL.md "Critical
 * mass"; model-science.md §5.1), configurable and written out in plain words (describeTakeoff)
 * wherever a result is shown.
 *
 * At the end of the `years` (default 5) after the professionals stop seeding:
 *   1. older people keep their own circles going: at least `minSelfStarted` (2) circles that they
 *      started themselves (spontaneous foundings and splits) exist;
 *   2. and their number is not declining: at least `growth` (0.9) × as many as `trendYears` (2)
 *      earlier — 10% slack because the counts are small;
 *   3. optionally (`ratio` > 0, default 0) at least ratio × as many spontaneous foundings after
 *      seeding stopped as circles were seeded: MODEL.md's literal rule is ratio 1.
 * Why judge the self-started circles and not all circles (measured on Mill, WK198210, 80
 * replications per k, default parameters): every seed also takes willing neighbours and connectors
 * out of the pool, and seeded circles fade (a circle lasts ≈ 7 years), so rules on the total —
 * "spontaneous ≥ seeded", "≥ 90% of all circles kept" — make P(takeoff | k) fall once a village is
 * seeded beyond what it sustains (0.89 at k = 2 down to 0.17 at k = 24), for reasons that say nothing
 * about whether older people carry on by themselves. This rule rises from 0.07 at k = 0 to 0.64 at
 * k = 1 and 0.8–0.93 from k = 2 to 32.
 * Circles from the register (founded before month 0, issue #11) are the starting stock, like seeds:
 * they inspire and they count in every total, but the rule counts only the circles older people
 * start during the run — else a register's self-started circles, ageing and ending, would read as
 * a snowball that stops (measured on Mill: 11 existing circles gave P 0.75 at k = 4 against 0.91
 * with 2, before this).
 */
import { Origin } from '../core/circles.ts';
import { N_ORIGINS } from '../core/metrics.ts';
import type { RepResult } from '../core/simulation.ts';

export interface TakeoffRule {
  years: number;
  minSelfStarted: number;
  trendYears: number;
  growth: number;
  ratio: number;
}

export const defaultTakeoff: TakeoffRule = { years: 5, minSelfStarted: 2, trendYears: 2, growth: 0.9, ratio: 0 };

export interface TakeoffOutcome {
  takeoff: boolean;
  seeded: number;
  /** Spontaneous foundings (incl. splits) after seeding stopped, within the window. */
  spontaneous: number;
  /** Self-started circles existing at the end of the window, and `trendYears` earlier. */
  selfStartedAtEnd: number;
  selfStartedBefore: number;
  circlesAtSeedEnd: number;
  circlesAtEnd: number;
  /** Months after seeding stopped until `minSelfStarted` self-started circles existed (null: not taken off). */
  monthsToTakeoff: number | null;
}

/** Months a run needs for this rule: seeding window plus the evaluation years. */
export const monthsNeeded = (seedEnd: number, rule: TakeoffRule) => seedEnd + Math.round(12 * rule.years);

export function judgeTakeoff(r: RepResult, seedEnd: number, rule: TakeoffRule = defaultTakeoff): TakeoffOutcome {
  const end = Math.min(r.months, monthsNeeded(seedEnd, rule));
  const before = Math.max(seedEnd, end - Math.round(12 * rule.trendYears));
  const m = r.metrics;
  const fromRegister = r.tree.founded.some((f) => f < 0);
  const selfStarted = (i: number) => m.byOrigin[i * N_ORIGINS + Origin.Spontaneous] + m.byOrigin[i * N_ORIGINS + Origin.Split] - (fromRegister ? registerSelfStarted(r.tree, i) : 0);
  const seeded = r.routes.a.formed + r.routes.b.formed + r.routes.c.formed;
  let spontaneous = 0;
  for (let c = 0; c < r.tree.origin.length; c++) {
    const o = r.tree.origin[c], f = r.tree.founded[c];
    if ((o === Origin.Spontaneous || o === Origin.Split) && f >= seedEnd && f < end) spontaneous++;
  }
  const atEnd = selfStarted(end), earlier = selfStarted(before);
  const takeoff = atEnd >= rule.minSelfStarted && atEnd >= rule.growth * earlier && spontaneous >= Math.ceil(rule.ratio * seeded - 1e-9);
  let reached: number | null = null;
  if (takeoff) for (let i = seedEnd; i <= end && reached === null; i++) if (selfStarted(i) >= rule.minSelfStarted) reached = i - seedEnd;
  return { takeoff, seeded, spontaneous, selfStartedAtEnd: atEnd, selfStartedBefore: earlier, circlesAtSeedEnd: m.circles[seedEnd], circlesAtEnd: m.circles[end], monthsToTakeoff: reached };
}

/** The rule in plain words (nl/en), for every place a takeoff result is shown. */
export function describeTakeoff(rule: TakeoffRule = defaultTakeoff): { nl: string; en: string } {
  const n = rule.minSelfStarted, pct = Math.round(rule.growth * 100);
  const ratioNl = rule.ratio > 0 ? ` Ook moeten ouderen na het stoppen minstens ${rule.ratio === 1 ? 'zoveel' : `${rule.ratio} keer zoveel`} cirkels zelf gestart hebben als de professionals startten.` : '';
  const ratioEn = rule.ratio > 0 ? ` Also, after the stop older people must have started at least ${rule.ratio === 1 ? 'as many' : `${rule.ratio} times as many`} circles as the professionals did.` : '';
  const trendNl = rule.growth >= 1 ? `niet minder dan ${rule.trendYears} jaar eerder` : `minstens ${pct}% van het aantal ${rule.trendYears} jaar eerder`;
  const trendEn = rule.growth >= 1 ? `no fewer than ${rule.trendYears} years earlier` : `at least ${pct}% of the number ${rule.trendYears} years earlier`;
  return {
    nl: `"De sneeuwbal rolt" betekent hier: ${rule.years} jaar nadat de professionals stoppen met starten, bestaan er minstens ${n} cirkels die ouderen zelf zijn begonnen, en dat zijn er ${trendNl}.${ratioNl}`,
    en: `"The snowball rolls" means here: ${rule.years} years after the professionals stop seeding, at least ${n} circles exist that older people started themselves, and there are ${trendEn}.${ratioEn}`,
  };
}

/** Self-started circles from the register (founded before month 0) still existing at index i. */
function registerSelfStarted(tree: RepResult['tree'], i: number): number {
  let n = 0;
  for (let c = 0; c < tree.founded.length; c++) {
    const o = tree.origin[c];
    if (tree.founded[c] < 0 && (o === Origin.Spontaneous || o === Origin.Split) && (tree.ended[c] < 0 || tree.ended[c] >= i)) n++;
  }
  return n;
}
