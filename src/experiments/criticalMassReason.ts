/**
 * Why a critical-mass search came out as it did, in plain Dutch and English (MODEL.md "Critical
 * mass"; model-science.md §5; issue #9), from measurements only: never a number read off the
 * curve where the replications do not decide it, never "verzadigd" unless measured depletion says
 * so, never "R < 1" unless R's whole interval lies below 1.
 *
 * The documented set of codes (`reasonCode` in the CLI's JSON and every rank row):
 *   reached         the target is reached at k, decided within ±1 seed, by offspring carrying on;
 *   saturated       the target is reached, mostly because the area fills up (most of the willing
 *                   in a circle at the judgement), or it is not reached and measured depletion
 *                   (willing in circles, free connectors) explains why;
 *   r-below-one     not reached, and a circle's children over its life (R) are surely below 1;
 *   plateau         not reached: P levels off below the target while the area is not depleted —
 *                   a ceiling of the model itself (inspiration counts at most 4 circles nearby,
 *                   a founding needs foundingMin neighbours within a few months);
 *   undecided       the replications do not decide it (k within ±1 seed, or 90% not excluded), or
 *                   the curve and R contradict each other: the text says what is known;
 *   still-rising    not reached at the largest k tried, P still rising there;
 *   no-seeds        the route cannot start a single circle here;
 *   route-capacity  the route places far fewer circles than asked.
 */
import type { CurvePoint } from './criticalMassOutcome.ts';
import type { LevelAnswer } from './criticalMassSearch.ts';
import type { DensityRow, REstimate } from './criticalMassTree.ts';
import { messages } from '../i18n/index.ts';
import { plain, say, type Said } from '../i18n/engine/index.ts';
import { routeShortfall } from './routeShortfall.ts';
import type { TakeoffRule } from './takeoff.ts';
import type { Unsure } from '../i18n/nl-results.ts';

export type ReasonCode = 'reached' | 'saturated' | 'r-below-one' | 'plateau' | 'undecided' | 'still-rising' | 'no-seeds' | 'route-capacity';
export const REASON_CODES: readonly ReasonCode[] = [
  'reached',
  'saturated',
  'r-below-one',
  'plateau',
  'undecided',
  'still-rising',
  'no-seeds',
  'route-capacity',
];

export interface Reason {
  code: ReasonCode;
  nl: string;
  en: string;
  /**
   * The measured cause in a few plain words, for a table cell beside "not found" (the ranking, the
   * atlas): no symbols, no field names. Absent when the answer is a number (code 'reached').
   */
  short?: { nl: string; en: string };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Why the routes fell short at this point, in words: per route its most frequent reason (a mix of
 * routes can fall short for a different reason on each route; naming only the first hid the rest).
 */
function shortfall(p: CurvePoint): Said {
  const all = ['a', 'b', 'c']
    .map((route) => p.unavailable.filter((u) => u.route === route).sort((x, y) => y.share - x.share)[0])
    .filter((u) => u !== undefined);
  // The routes that fell short in most runs; the single most frequent one when none did.
  const most = all.filter((u) => u.share >= 0.5);
  const tops = most.length ? most : [...all].sort((x, y) => y.share - x.share).slice(0, 1);
  if (tops.length) return say('experiments.criticalMassReason.shortfall', { routes: tops.map((u) => ({ route: u.route, why: routeShortfall(u.reason) })) });
  return say('experiments.criticalMassReason.fewIndications');
}

/** R in words: the measured value, its interval, and what the density table adds. */
function rSentence(r: REstimate, density: readonly DensityRow[], cStar: number | null): Said {
  if (r.R === null) return say('experiments.criticalMassReason.rNone');
  if (r.children === 0) return say('experiments.criticalMassReason.rZero');
  const interval = r.lo !== null && r.hi !== null ? { lo: r.lo, hi: r.hi } : null;
  const censored = r.censored !== null && r.censored > 0.05 ? r.censored : null;
  const never = cStar === null && density.some((d) => d.R !== null && d.circleYears >= 20);
  return say('experiments.criticalMassReason.r', { R: r.R, interval, censored, cStar, never });
}

/** Measured depletion at a point, in words, and whether it is depleted. */
function depletion(p: CurvePoint, rule: TakeoffRule): { said: Said; depleted: boolean } {
  const d = p.depletion,
    freeShare = d.connectors > 0 ? d.freeConnectors / d.connectors : 0;
  const depleted = d.willingInCircle >= Math.max(0.4, 0.8 * rule.saturation) || (d.connectors > 0 && freeShare <= 0.25);
  return {
    depleted,
    said: say('experiments.criticalMassReason.depletion', {
      k: p.k,
      willingInCircle: d.willingInCircle,
      freeConnectors: d.freeConnectors,
      connectors: d.connectors,
    }),
  };
}

/** "The area fills up", with the measured share of the willing already in a circle. */
const fillsUp = (p: CurvePoint): Said => say('experiments.criticalMassReason.fillsUp', { willingInCircle: p.depletion.willingInCircle });

export function explain(args: {
  target: number;
  maxK: number;
  route: string;
  curve: readonly CurvePoint[];
  answers: readonly LevelAnswer[];
  /** The point with the highest P (the smallest k among equals). */
  best: CurvePoint;
  r: REstimate;
  density: readonly DensityRow[];
  cStar: number | null;
  /** Share of 65+ who would ever join (parameter `willing`). */
  willing: number;
  rule: TakeoffRule;
}): Reason {
  const { target, maxK, curve, best, answers, r, density, cStar, rule } = args;
  const at = answers.find((a) => a.level === target)!;
  const R = rSentence(r, density, cStar);
  // The reason is the measured sentence followed by R in words; `short` the cause for a table cell.
  const join = (code: ReasonCode, text: Said, short?: Said): Reason => ({
    code,
    ...plain(say('experiments.criticalMassReason.withR', { text, R })),
    ...(short ? { short: plain(short) } : {}),
  });
  const rBelow = r.hi !== null && r.hi < 1;
  // The fitted (monotone) curve: where it levels off.
  const fittedTop = Math.max(...curve.map((p) => p.fitted ?? p.p));
  const flatFrom = curve.find((p) => (p.fitted ?? p.p) >= fittedTop - 1e-9) ?? best;
  if (at.k !== null && at.settled) {
    const point = curve.find((p) => p.k === at.k)!;
    // The answer itself in the app's words (src/i18n, critical.answer), shared with the results tab.
    const answer = (lang: 'nl' | 'en') =>
      messages(lang).critical.answer(at.k!, pct(target), at.lower === at.upper ? '' : messages(lang).critical.answerRange(at.lower, at.upper));
    const note =
      point.k > 0 && point.seeded < 0.75 * point.k
        ? say('experiments.criticalMassReason.fewStarted', { seeded: point.seeded, k: point.k, why: shortfall(point) })
        : null;
    const head = say('experiments.criticalMassReason.reached', { answer: { nl: answer('nl'), en: answer('en') }, note });
    if (point.saturatedShare > 0.5) {
      return join('saturated', say('experiments.criticalMassReason.reachedSaturated', { head, depletion: depletion(point, rule).said }), fillsUp(point));
    }
    // At k = 0 no seed is needed (the circles that exist, or PR, carry it): the seeds' R says nothing then.
    if (rBelow && at.k > 0) {
      return join(
        'undecided',
        say('experiments.criticalMassReason.contradiction', { target, k: at.k }),
        say('experiments.criticalMassReason.contradictionShort', { target, k: at.k }),
      );
    }
    return join('reached', head);
  }
  if (at.k !== null) {
    return join(
      'undecided',
      say('experiments.criticalMassReason.notDecided', { k: at.k, target, lower: at.lower, upper: at.upper, triedUpTo: curve[curve.length - 1].k }),
      say('experiments.criticalMassReason.notDecidedShort', { k: at.k }),
    );
  }
  const seededOnly = curve.filter((p) => p.k > 0);
  const last = curve[curve.length - 1];
  const head = say('experiments.criticalMassReason.noMass', { maxK, target });
  const maxSeeded = Math.max(0, ...seededOnly.map((p) => p.seeded));
  if (seededOnly.length && maxSeeded < 0.5) {
    const why = shortfall(seededOnly[seededOnly.length - 1]);
    return join(
      'no-seeds',
      say('experiments.criticalMassReason.noSeeds', { head, route: args.route, why }),
      say('experiments.criticalMassReason.noSeedsShort', { why }),
    );
  }
  if (seededOnly.length && last.seeded < 0.75 * last.k) {
    const why = shortfall(last);
    return join(
      'route-capacity',
      say('experiments.criticalMassReason.routeCapacity', { head, route: args.route, seeded: last.seeded, k: last.k, why, best: best.p }),
      say('experiments.criticalMassReason.routeCapacityShort', { seeded: last.seeded, k: last.k, why }),
    );
  }
  if (rBelow && best.hi < target) {
    return join(
      'r-below-one',
      say('experiments.criticalMassReason.rBelowOne', { head, best: best.p }),
      say('experiments.criticalMassReason.rBelowOneShort', { best: best.p }),
    );
  }
  const half = [...curve].filter((p) => p.k <= maxK / 2).pop();
  if (last.p >= best.p && half && last.lo > half.p && last.k > half.k) {
    return join(
      'still-rising',
      say('experiments.criticalMassReason.stillRising', { head, maxK, halfP: half.p, halfK: half.k, lastP: last.p }),
      say('experiments.criticalMassReason.stillRisingShort', { maxK, lastP: last.p }),
    );
  }
  const flat = say('experiments.criticalMassReason.flat', { top: fittedTop, fromK: flatFrom.k });
  if (best.hi >= target) {
    return join(
      'undecided',
      say('experiments.criticalMassReason.flatUndecided', { flat, reps: best.reps, target, k: best.k, lo: best.lo, hi: best.hi }),
      say('experiments.criticalMassReason.flatUndecidedShort', { top: fittedTop }),
    );
  }
  const d = depletion(last, rule);
  if (d.depleted) return join('saturated', say('experiments.criticalMassReason.saturates', { head, flat, depletion: d.said }), fillsUp(last));
  return join(
    'plateau',
    say('experiments.criticalMassReason.plateau', { head, flat, depletion: d.said }),
    say('experiments.criticalMassReason.plateauShort', { top: fittedTop }),
  );
}

/**
 * A level the curve reaches around k for which the answer names no number (criticalMass k50, k90
 * or atTarget is null): where it is reached and, when the search measured one, from which k it is
 * surely reached. `withheld`: the replications decided k, but the reason withdrew it (R below 1),
 * so no sure bound is given. Null when the answer names the number or the level is not reached.
 * The app's headline, chart and details and the CLI's answer line all say it from here.
 */
export function unnamedLevel(
  r: { levels: readonly LevelAnswer[]; criticalMass: { k50: number | null; k90: number | null; atTarget: number | null } },
  level: number,
): (Unsure & { withheld: boolean }) | null {
  const a = r.levels.find((l) => l.level === level);
  const named = level === 0.5 ? r.criticalMass.k50 : level === 0.9 ? r.criticalMass.k90 : r.criticalMass.atTarget;
  if (!a || a.k === null || named !== null) return null;
  return { around: a.k, sureFrom: a.settled ? null : a.upper, withheld: a.settled };
}
