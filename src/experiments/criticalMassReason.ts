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
import { CIRCLES, formatNumber, messages, plural } from '../i18n/index.ts';
import { routeShortfall } from './routeShortfall.ts';
import type { TakeoffRule } from './takeoff.ts';

export type ReasonCode = 'reached' | 'saturated' | 'r-below-one' | 'plateau' | 'undecided' | 'still-rising' | 'no-seeds' | 'route-capacity';
export const REASON_CODES: readonly ReasonCode[] = ['reached', 'saturated', 'r-below-one', 'plateau', 'undecided', 'still-rising', 'no-seeds', 'route-capacity'];

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

type Words = { nl: string; en: string };

/** Singular for one: "1 cirkel", "2 cirkels" (Intl plural rules). */
const nlC = (k: number) => plural('nl', k, CIRCLES.nl);
const enC = (k: number) => plural('en', k, CIRCLES.en);
const pct = (x: number) => `${Math.round(x * 100)}%`;
const num = (x: number, lang: 'nl' | 'en', d = 2) => formatNumber(lang, x, d);

/**
 * Why the routes fell short at this point, in words: per route its most frequent reason (a mix of
 * routes can fall short for a different reason on each route; naming only the first hid the rest).
 */
function shortfall(p: CurvePoint): Words {
  const all = ['a', 'b', 'c'].map((route) => p.unavailable.filter((u) => u.route === route).sort((x, y) => y.share - x.share)[0]).filter((u) => u !== undefined);
  // The routes that fell short in most runs; the single most frequent one when none did.
  const most = all.filter((u) => u.share >= 0.5);
  const tops = most.length ? most : [...all].sort((x, y) => y.share - x.share).slice(0, 1);
  if (tops.length) {
    const words = tops.map((u) => ({ route: u.route, w: routeShortfall(u.reason) }));
    return { nl: words.map((x) => `route ${x.route}: ${x.w.nl}`).join('; '), en: words.map((x) => `route ${x.route}: ${x.w.en}`).join('; ') };
  }
  return { nl: 'er zijn in de startperiode te weinig indicatiemomenten of geslaagde voorstellen (route c)', en: 'there are too few indication moments or successful proposals in the seeding period (route c)' };
}

/** R in words: the measured value, its interval, and what the density table adds. */
function rSentence(r: REstimate, density: readonly DensityRow[], cStar: number | null): Words {
  if (r.R === null) return { nl: 'Er is geen gestarte cirkel om R aan te meten.', en: 'There is no seeded circle to measure R on.' };
  if (r.children === 0) return { nl: 'Geen enkele gestarte cirkel inspireerde een nieuwe (R = 0).', en: 'No seeded circle inspired a new one (R = 0).' };
  const range = (l: 'nl' | 'en') => (r.lo !== null && r.hi !== null ? ` (95%-interval ${num(r.lo, l)}–${num(r.hi, l)})` : '');
  const cens = r.censored !== null && r.censored > 0.05
    ? { nl: `; ${pct(r.censored)} van die cirkels bestond bij het oordeel nog: hun latere kinderen zijn geschat uit de levensloop van alle cirkels`, en: `; ${pct(r.censored)} of those circles still existed at the judgement: their later children are estimated from the life table of all circles` }
    : { nl: '', en: '' };
  let nl = `Elke gestarte cirkel bracht in zijn bestaan gemiddeld R ≈ ${num(r.R, 'nl')}${range('nl')} nieuwe cirkels voort die ouderen zelf begonnen (splitsingen niet meegeteld${cens.nl}).`;
  let en = `Each seeded circle led on average to R ≈ ${num(r.R, 'en')}${range('en')} new circles that older people started over its life (splits not counted${cens.en}).`;
  if (cStar === 0) {
    nl += ' Ook een cirkel zonder andere cirkels in de buurt vervangt zichzelf: er is geen drempel van dichtheid.';
    en += ' Even a circle without other circles nearby replaces itself: there is no density threshold.';
  } else if (cStar !== null) {
    nl += ` Een cirkel met minstens ${cStar} andere ${nlC(cStar)} op loop- of fietsafstand vervangt zichzelf (R ≥ 1): daar ontstaat de kritische massa.`;
    en += ` A circle with at least ${cStar} other circles within walking or cycling distance replaces itself (R ≥ 1): that is where the critical mass comes from.`;
  } else if (density.some((d) => d.R !== null && d.circleYears >= 20)) {
    nl += ' Bij geen enkele dichtheid van cirkels in de buurt vervangt een cirkel zichzelf.';
    en += ' At no local density of circles does a circle replace itself.';
  }
  return { nl, en };
}

/** Measured depletion at a point, in words, and whether it is depleted. */
function depletion(p: CurvePoint, rule: TakeoffRule): Words & { depleted: boolean } {
  const d = p.depletion, freeShare = d.connectors > 0 ? d.freeConnectors / d.connectors : 0;
  const depleted = d.willingInCircle >= Math.max(0.4, 0.8 * rule.saturation) || (d.connectors > 0 && freeShare <= 0.25);
  return {
    depleted,
    nl: `bij ${p.k} ${nlC(p.k)} zit ${pct(d.willingInCircle)} van wie ooit mee wil doen in een cirkel, en zijn ${num(d.freeConnectors, 'nl', 0)} van de ${num(d.connectors, 'nl', 0)} mogelijke verbinders nog vrij`,
    en: `with ${p.k} ${enC(p.k)} ${pct(d.willingInCircle)} of those who would ever join are in a circle, and ${num(d.freeConnectors, 'en', 0)} of ${num(d.connectors, 'en', 0)} potential connectors are still free`,
  };
}

/** "The area fills up", with the measured share of the willing already in a circle. */
const fillsUp = (p: CurvePoint): Words => ({
  nl: `het gebied raakt vol: ${pct(p.depletion.willingInCircle)} van wie mee wil doen zit al in een cirkel`,
  en: `the area fills up: ${pct(p.depletion.willingInCircle)} of those willing are already in a circle`,
});

export function explain(args: {
  target: number; maxK: number; route: string; curve: readonly CurvePoint[]; answers: readonly LevelAnswer[];
  /** The point with the highest P (the smallest k among equals). */
  best: CurvePoint;
  r: REstimate; density: readonly DensityRow[]; cStar: number | null;
  /** Share of 65+ who would ever join (parameter `willing`). */
  willing: number;
  rule: TakeoffRule;
}): Reason {
  const { target, maxK, curve, best, answers, r, density, cStar, rule } = args;
  const at = answers.find((a) => a.level === target)!;
  const R = rSentence(r, density, cStar);
  const join = (code: ReasonCode, nl: string, en: string, short?: Words): Reason => ({ code, nl: `${nl} ${R.nl}`, en: `${en} ${R.en}`, ...(short ? { short } : {}) });
  const rBelow = r.hi !== null && r.hi < 1;
  // The fitted (monotone) curve: where it levels off.
  const fittedTop = Math.max(...curve.map((p) => p.fitted ?? p.p));
  const flatFrom = curve.find((p) => (p.fitted ?? p.p) >= fittedTop - 1e-9) ?? best;
  if (at.k !== null && at.settled) {
    const point = curve.find((p) => p.k === at.k)!;
    const range = at.lower === at.upper ? { nl: '', en: '' } : { nl: messages('nl').critical.answerRange(at.lower, at.upper), en: messages('en').critical.answerRange(at.lower, at.upper) };
    const short = point.k > 0 && point.seeded < 0.75 * point.k
      ? { nl: ` Let op: gemiddeld komen er maar ${num(point.seeded, 'nl', 1)} van de ${point.k} gevraagde cirkels echt van de grond (${shortfall(point).nl}).`, en: ` Note: only ${num(point.seeded, 'en', 1)} of the ${point.k} circles asked for are actually started on average (${shortfall(point).en}).` }
      : { nl: '', en: '' };
    const head = { nl: `${messages('nl').critical.answer(at.k, pct(target), range.nl)}${short.nl}`, en: `${messages('en').critical.answer(at.k, pct(target), range.en)}${short.en}` };
    if (point.saturatedShare > 0.5) {
      const d = depletion(point, rule);
      return join('saturated', `${head.nl} Dat komt vooral doordat het gebied vol raakt: ${d.nl}.`, `${head.en} That is mostly because the area fills up: ${d.en}.`, fillsUp(point));
    }
    // At k = 0 no seed is needed (the circles that exist, or PR, carry it): the seeds' R says nothing then.
    if (rBelow && at.k > 0) {
      return join('undecided', `De kans haalt ${pct(target)} bij ${at.k} ${nlC(at.k)}, maar de gestarte cirkels brengen elk minder dan één nieuwe voort: de twee metingen spreken elkaar tegen, dus noemen we geen aantal.`,
        `The chance reaches ${pct(target)} at ${at.k} ${enC(at.k)}, but the seeded circles each lead to fewer than one new circle: the two measurements contradict each other, so no number is given.`,
        { nl: `onzeker: de kans haalt ${pct(target)} bij ${at.k}, maar elke cirkel leidt tot minder dan één nieuwe`, en: `uncertain: the chance reaches ${pct(target)} at ${at.k}, but each circle leads to fewer than one new one` });
    }
    return join('reached', head.nl, head.en);
  }
  if (at.k !== null) {
    const upper = at.upper === null ? { nl: `en tot ${maxK} is geen aantal zeker genoeg`, en: `and up to ${maxK} no number is certain enough` } : { nl: `en vanaf ${at.upper} zeker wel`, en: `and surely from ${at.upper} on` };
    return join('undecided', `De kans komt rond ${at.k} gestarte ${nlC(at.k)} op ${pct(target)}, maar de herhalingen beslissen het aantal niet tot op één cirkel: onder ${at.lower} zeker niet, ${upper.nl}. Daarom noemen we geen aantal.`,
      `The chance reaches ${pct(target)} around ${at.k} seeded ${enC(at.k)}, but the replications do not decide the number to within one circle: surely not below ${at.lower}, ${upper.en}. So no number is given.`,
      { nl: `onzeker: ongeveer ${at.k}, niet beslist op één cirkel na`, en: `uncertain: about ${at.k}, not decided to within one circle` });
  }
  const seededOnly = curve.filter((p) => p.k > 0);
  const last = curve[curve.length - 1];
  const head = { nl: `Geen kritische massa binnen ${maxK} gestarte ${nlC(maxK)}: de kans dat de sneeuwbal rolt haalt ${pct(target)} niet.`, en: `No critical mass within ${maxK} seeded ${enC(maxK)}: the chance that the snowball rolls does not reach ${pct(target)}.` };
  const maxSeeded = Math.max(0, ...seededOnly.map((p) => p.seeded));
  if (seededOnly.length && maxSeeded < 0.5) {
    const why = shortfall(seededOnly[seededOnly.length - 1]);
    return join('no-seeds', `${head.nl} Route ${args.route} kan hier geen enkele cirkel starten: ${why.nl}.`, `${head.en} Route ${args.route} cannot start a single circle here: ${why.en}.`,
      { nl: `geen cirkel te starten: ${why.nl}`, en: `no circle can be started: ${why.en}` });
  }
  if (seededOnly.length && last.seeded < 0.75 * last.k) {
    const why = shortfall(last);
    return join('route-capacity', `${head.nl} Route ${args.route} start hier gemiddeld maar ${num(last.seeded, 'nl', 1)} van de ${last.k} gevraagde cirkels (${why.nl}); de kans komt niet boven ${pct(best.p)}.`,
      `${head.en} Route ${args.route} starts only ${num(last.seeded, 'en', 1)} of the ${last.k} circles asked for here on average (${why.en}); the chance gets no higher than ${pct(best.p)}.`,
      { nl: `maar ${num(last.seeded, 'nl', 1)} van ${last.k} cirkels te starten: ${why.nl}`, en: `only ${num(last.seeded, 'en', 1)} of ${last.k} circles can be started: ${why.en}` });
  }
  if (rBelow && best.hi < target) {
    return join('r-below-one', `${head.nl} Gestarte cirkels brengen elk minder dan één nieuwe cirkel voort, dus ook meer starten maakt de sneeuwbal niet zelfstandig (de kans komt niet boven ${pct(best.p)}).`,
      `${head.en} Seeded circles each lead to fewer than one new circle, so more seeds do not make the snowball self-sustaining (the chance gets no higher than ${pct(best.p)}).`,
      { nl: `elke cirkel leidt tot minder dan één nieuwe; kans hoogstens ${pct(best.p)}`, en: `each circle leads to fewer than one new one; chance at most ${pct(best.p)}` });
  }
  const half = [...curve].filter((p) => p.k <= maxK / 2).pop();
  if (last.p >= best.p && half && last.lo > half.p && last.k > half.k) {
    return join('still-rising', `${head.nl} De kans stijgt bij ${maxK} nog (van ${pct(half.p)} bij ${half.k} naar ${pct(last.p)}): probeer meer cirkels.`,
      `${head.en} The chance is still rising at ${maxK} (from ${pct(half.p)} at ${half.k} to ${pct(last.p)}): try more circles.`,
      { nl: `meer dan ${maxK} nodig: de kans stijgt nog (${pct(last.p)} bij ${maxK})`, en: `more than ${maxK} needed: the chance is still rising (${pct(last.p)} at ${maxK})` });
  }
  const flat = { nl: `De kans vlakt af rond ${pct(fittedTop)} vanaf ${flatFrom.k} ${nlC(flatFrom.k)}`, en: `The chance levels off around ${pct(fittedTop)} from ${flatFrom.k} ${enC(flatFrom.k)} on` };
  if (best.hi >= target) {
    return join('undecided', `${flat.nl}; met ${best.reps} herhalingen is ${pct(target)} bij ${best.k} ${nlC(best.k)} niet uit te sluiten en niet aan te tonen (95%-interval ${pct(best.lo)}–${pct(best.hi)}). Daarom noemen we geen aantal.`,
      `${flat.en}; with ${best.reps} replications ${pct(target)} at ${best.k} ${enC(best.k)} can be neither excluded nor shown (95% interval ${pct(best.lo)}–${pct(best.hi)}). So no number is given.`,
      { nl: `onzeker: de kans blijft rond ${pct(fittedTop)}`, en: `uncertain: the chance stays around ${pct(fittedTop)}` });
  }
  const d = depletion(last, rule);
  if (d.depleted) {
    return join('saturated', `${head.nl} ${flat.nl}: het gebied raakt verzadigd — ${d.nl}; wie nog zelf een cirkel zou beginnen, zit er al in.`,
      `${head.en} ${flat.en}: the area saturates — ${d.en}; those who would start a circle themselves are already in one.`, fillsUp(last));
  }
  return join('plateau', `${head.nl} ${flat.nl}, terwijl het gebied niet vol is (${d.nl}). Die grens komt uit het model zelf: de kans dat iemand zelf een cirkel begint groeit niet verder bij meer dan 4 cirkels in de buurt, en elke nieuwe cirkel moet binnen de startperiode genoeg buren vinden.`,
    `${head.en} ${flat.en}, while the area is not full (${d.en}). That ceiling comes from the model itself: the chance that someone starts a circle stops growing beyond 4 circles nearby, and every new circle must find enough neighbours within its founding months.`,
    { nl: `de kans blijft rond ${pct(fittedTop)} steken`, en: `the chance levels off around ${pct(fittedTop)}` });
}
