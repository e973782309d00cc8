/**
 * Takeoff: the operational meaning of "the snowball rolls by itself" (design/MODEL.md "Critical
 * mass"; model-science.md §5.1; issue #9), configurable and written out in plain words
 * (describeTakeoff) wherever a result is shown.
 *
 * Judged `years` (default 12) after the professionals stop seeding — long enough that the echo of
 * the seeds has faded (a circle lasts about 7–10 years, and its direct offspring come mostly in its
 * first years) — and, in a critical-mass search, past the planning horizon when that is needed:
 *   1. offspring carry on: at least `minSelfStarted` (2) circles exist that older people started
 *      because of other circles (origin Spontaneous with a parent, and splits of such circles) —
 *      not the seeded ones, not splits of seeded circles, and not those PR or media started
 *      (origin External: that was influence from outside, src/core/circles.ts);
 *   2. and they are still being founded: at least `minRecent` (1) such circle founded in the last
 *      `trendYears` (3) before the judgement;
 *   OR the area is saturated: at some whole year from the stop to the judgement at least
 *   `saturation` (50%) of the people who would ever join were in a circle — the snowball has
 *   rolled, there is little left to roll over (even if those circles fade later).
 * Optional, off by default: `growth` > 0 (offspring at the end ≥ growth × `trendYears` earlier;
 * with 5–8 such circles a 10% dip is ordinary noise, which is why it is off) and `ratio` > 0
 * (offspring foundings after the stop ≥ ratio × seeds: MODEL.md's literal rule is 1).
 * There is no rule on the total number of circles: seeded circles fade whatever happens next.
 * With density-independent spawning this rule is lineage survival (the offspring of the seeds are
 * alive at the judgement), so P(takeoff | k) follows 1 − q^k (test/experiments/criticalMass.test.ts).
 * Circles from the register (founded before month 0, issue #11) are the starting stock, like seeds:
 * they have no parent, so they are never offspring; the circles they inspire during the run are.
 */
import { Origin } from '../core/circles.ts';
import type { RepResult } from '../core/simulation.ts';
import { plain, say } from '../i18n/engine/index.ts';

export interface TakeoffRule {
  years: number;
  minSelfStarted: number;
  trendYears: number;
  /** Offspring foundings needed in the last `trendYears` (0: no such clause). */
  minRecent: number;
  /** Share of the willing in a circle at which the area counts as saturated (0: off). */
  saturation: number;
  /** Optional trend clause (0 = off). */
  growth: number;
  ratio: number;
}

export const defaultTakeoff: TakeoffRule = { years: 12, minSelfStarted: 2, trendYears: 3, minRecent: 1, saturation: 0.5, growth: 0, ratio: 0 };

export interface TakeoffOutcome {
  takeoff: boolean;
  /** Taken off because the area is saturated (and not by the offspring clauses alone). */
  saturated: boolean;
  seeded: number;
  /** Offspring foundings after seeding stopped, up to the judgement. */
  spontaneous: number;
  /** Offspring circles existing at the judgement, and `trendYears` earlier. */
  selfStartedAtEnd: number;
  selfStartedBefore: number;
  /** Offspring foundings in the last `trendYears` before the judgement. */
  recent: number;
  circlesAtSeedEnd: number;
  circlesAtEnd: number;
  /** Highest share of the willing in a circle at a whole year from the stop to the judgement; free connectors out of all at the judgement. */
  willingInCircle: number;
  freeConnectors: number;
  connectors: number;
  /** Months after seeding stopped until `minSelfStarted` offspring circles existed (null: not taken off). */
  monthsToTakeoff: number | null;
  /** The month index at which it was judged. */
  judgedAt: number;
}

/** Months a run needs for this rule: seeding window plus the evaluation years. */
export const monthsNeeded = (seedEnd: number, rule: TakeoffRule) => seedEnd + Math.round(12 * rule.years);

/** Per circle of a tree: 1 when it is offspring (inspired by a circle, or a split of offspring). */
export function offspringFlags(tree: Pick<RepResult['tree'], 'origin' | 'parent'>): Uint8Array {
  const n = tree.origin.length,
    flag = new Uint8Array(n);
  for (let c = 0; c < n; c++) {
    const o = tree.origin[c],
      p = tree.parent[c];
    // A parent always has a smaller index (it existed first).
    if (o === Origin.Spontaneous && p >= 0) flag[c] = 1;
    else if (o === Origin.Split && p >= 0 && p < c && flag[p]) flag[c] = 1;
  }
  return flag;
}

/** Whether circle c exists at month index m (index m = the state after month m − 1). */
const existsAt = (tree: RepResult['tree'], c: number, m: number) => tree.founded[c] < m && (tree.ended[c] < 0 || tree.ended[c] >= m);

export function judgeTakeoff(r: RepResult, seedEnd: number, rule: TakeoffRule = defaultTakeoff): TakeoffOutcome {
  const end = Math.min(r.months, monthsNeeded(seedEnd, rule));
  const before = Math.max(seedEnd, end - Math.round(12 * rule.trendYears));
  const m = r.metrics,
    tree = r.tree,
    flag = offspringFlags(tree);
  const seeded = r.routes.a.formed + r.routes.b.formed + r.routes.c.formed;
  let spontaneous = 0,
    recent = 0,
    atEnd = 0,
    earlier = 0;
  for (let c = 0; c < flag.length; c++) {
    if (!flag[c]) continue;
    const f = tree.founded[c];
    if (f >= seedEnd && f < end) spontaneous++;
    if (f >= before && f < end) recent++;
    if (existsAt(tree, c, end)) atEnd++;
    if (existsAt(tree, c, before)) earlier++;
  }
  // Saturation: the highest share of the willing in a circle at a whole year from the stop to the
  // judgement — an area that filled up has rolled, even if its circles later age and fade.
  const y = Math.floor(end / 12);
  let willingInCircle = 0;
  for (let i = Math.ceil(seedEnd / 12); i <= y; i++) if (m.willing[i] > 0) willingInCircle = Math.max(willingInCircle, m.willingMembers[i] / m.willing[i]);
  const carriesOn =
    atEnd >= rule.minSelfStarted &&
    recent >= rule.minRecent &&
    (rule.growth <= 0 || atEnd >= rule.growth * earlier) &&
    spontaneous >= Math.ceil(rule.ratio * seeded - 1e-9);
  const saturated = rule.saturation > 0 && willingInCircle >= rule.saturation;
  const takeoff = carriesOn || saturated;
  let reached: number | null = null;
  if (carriesOn) {
    // The first month after the stop with minSelfStarted offspring circles (events sorted by month).
    const events: [number, number][] = [];
    for (let c = 0; c < flag.length; c++)
      if (flag[c]) {
        events.push([tree.founded[c] + 1, 1]);
        if (tree.ended[c] >= 0) events.push([tree.ended[c] + 1, -1]);
      }
    events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let alive = 0;
    for (const [month, d] of events) {
      alive += d;
      if (alive >= rule.minSelfStarted && month <= end) {
        reached = Math.max(0, month - seedEnd);
        break;
      }
    }
  } else if (saturated) reached = 0;
  return {
    takeoff,
    saturated: saturated && !carriesOn,
    seeded,
    spontaneous,
    selfStartedAtEnd: atEnd,
    selfStartedBefore: earlier,
    recent,
    circlesAtSeedEnd: m.circles[Math.min(seedEnd, r.months)],
    circlesAtEnd: m.circles[end],
    willingInCircle,
    freeConnectors: m.freeConnectors[y],
    connectors: m.connectors[y],
    monthsToTakeoff: reached,
    judgedAt: end,
  };
}

/** The rule in plain words (nl/en), for every place a takeoff result is shown. */
export function describeTakeoff(rule: TakeoffRule = defaultTakeoff): { nl: string; en: string } {
  const { years, minSelfStarted, trendYears, minRecent, saturation, growth, ratio } = rule;
  return plain(say('experiments.takeoff.rule', { years, minSelfStarted, trendYears, minRecent, saturation, growth, ratio }));
}
