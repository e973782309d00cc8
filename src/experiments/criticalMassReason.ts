/**
 * Why a critical-mass search came out as it did, in plain Dutch and English (MODEL.md "Critical
 * mass"; model-science.md §5): never a number read off the curve where the curve does not reach
 * the target. The causes, checked in this order when the target is not reached:
 *   no-seeds        the route cannot start a single circle here (no complex, no meeting place);
 *   route-capacity  the route places far fewer circles than asked (complexes or nurse moments run out);
 *   subcritical     P stays low and circles inspire fewer than one new circle each (R < 1);
 *   still-rising    P is still climbing at the largest k tried: K is too small;
 *   saturation      P rises and then levels off below the target: seeds use up the willing
 *                   neighbours and potential connectors (measured on Mill: from 0.02 at k = 0 to
 *                   about 0.85, and no higher).
 */
import type { CurvePoint } from './criticalMassOutcome.ts';
import type { LevelAnswer } from './criticalMassSearch.ts';
import type { DensityRow, REstimate } from './criticalMassTree.ts';
import { routeShortfall } from './routeShortfall.ts';

export type ReasonCode = 'reached' | 'no-seeds' | 'subcritical' | 'route-capacity' | 'still-rising' | 'saturation';

export interface Reason {
  code: ReasonCode;
  nl: string;
  en: string;
}

/** Singular for one: "1 cirkel", "2 cirkels". */
const nlC = (k: number | string) => (String(k) === '1' ? 'cirkel' : 'cirkels');
const enC = (k: number | string) => (String(k) === '1' ? 'circle' : 'circles');
const pct = (x: number) => `${Math.round(x * 100)}%`;
const num = (x: number, lang: 'nl' | 'en', d = 2) => x.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: d });

/** The most frequent reason a route fell short at this point, in words. */
function shortfall(p: CurvePoint): { nl: string; en: string } {
  const top = [...p.unavailable].sort((a, b) => b.share - a.share)[0];
  if (top) {
    const w = routeShortfall(top.reason);
    return { nl: `route ${top.route}: ${w.nl}`, en: `route ${top.route}: ${w.en}` };
  }
  return { nl: 'er zijn in de startperiode te weinig indicatiemomenten of geslaagde voorstellen (route c)', en: 'there are too few indication moments or successful proposals in the seeding period (route c)' };
}

function rSentence(r: REstimate, density: readonly DensityRow[], cStar: number | null): { nl: string; en: string } {
  if (r.children === 0) return { nl: 'Geen enkele cirkel inspireerde een nieuwe (R = 0).', en: 'No circle inspired a new one (R = 0).' };
  const perYear = { nl: num(r.perCircleYear, 'nl'), en: num(r.perCircleYear, 'en') };
  let nl: string, en: string;
  if (r.R === null) {
    nl = `Een cirkel inspireert gemiddeld ${perYear.nl} nieuwe cirkels per jaar; te weinig cirkels hielden op binnen de horizon om hun levensduur, en dus R, te schatten.`;
    en = `A circle inspires ${perYear.en} new circles a year on average; too few circles ended within the horizon to estimate their lifetime, and so R.`;
  } else {
    const range = r.lo !== null && r.hi !== null ? ` (${num(r.lo, 'nl')}–${num(r.hi, 'nl')})` : '';
    const rangeEn = r.lo !== null && r.hi !== null ? ` (${num(r.lo, 'en')}–${num(r.hi, 'en')})` : '';
    nl = `Elke cirkel inspireert gemiddeld R ≈ ${num(r.R, 'nl')}${range} nieuwe cirkels in zijn bestaan (${perYear.nl} per jaar × geschat ${num(r.lifetimeYears ?? 0, 'nl', 1)} jaar).`;
    en = `Each circle inspires on average R ≈ ${num(r.R, 'en')}${rangeEn} new circles over its life (${perYear.en} a year × an estimated ${num(r.lifetimeYears ?? 0, 'en', 1)} years).`;
  }
  if (r.early.perCircle !== null) {
    nl += ` Gezien: ${num(r.early.perCircle, 'nl')} nieuwe cirkels per cirkel in de eerste ${num(r.early.years, 'nl', 1)} jaar.`;
    en += ` Observed: ${num(r.early.perCircle, 'en')} new circles per circle in its first ${num(r.early.years, 'en', 1)} years.`;
  }
  if (cStar === 0) {
    nl += ' Ook een cirkel zonder andere cirkels in de buurt vervangt zichzelf (R ≥ 1): er is geen drempel van dichtheid, en meer starten is vooral een verzekering tegen pech in het begin (een eerste cirkel die uitdooft).';
    en += ' Even a circle without other circles nearby replaces itself (R ≥ 1): there is no density threshold, and more seeds mainly insure against early bad luck (a first circle that dies out).';
  } else if (cStar !== null) {
    nl += ` Een cirkel met minstens ${cStar} ${cStar === 1 ? 'andere cirkel' : 'andere cirkels'} op loop- of fietsafstand vervangt zichzelf (R ≥ 1): daar ontstaat de kritische massa.`;
    en += ` A circle with at least ${cStar} other circles within walking or cycling distance replaces itself (R ≥ 1): that is where the critical mass comes from.`;
  } else if (density.some((d) => d.R !== null)) {
    nl += ' Bij geen enkele dichtheid van cirkels in de buurt vervangt een cirkel zichzelf (R < 1).';
    en += ' At no local density of circles does a circle replace itself (R < 1).';
  }
  return { nl, en };
}

export function explain(args: {
  target: number; maxK: number; route: string; curve: readonly CurvePoint[]; answers: readonly LevelAnswer[];
  /** The point with the highest P (the smallest k among equals). */
  best: CurvePoint;
  r: REstimate; density: readonly DensityRow[]; cStar: number | null;
  /** Share of 65+ who would ever join (parameter `willing`), to put coverage in proportion. */
  willing: number;
}): Reason {
  const { target, maxK, curve, best, answers, r, density, cStar } = args;
  const at = answers.find((a) => a.level === target)!;
  const R = rSentence(r, density, cStar);
  const join = (code: ReasonCode, nl: string, en: string): Reason => ({ code, nl: `${nl} ${R.nl}`, en: `${en} ${R.en}` });
  if (at.k !== null) {
    const range = at.upper === null
      ? { nl: ` (onzeker: vanaf ${at.lower} niet uit te sluiten, en tot ${maxK} is geen aantal zeker genoeg)`, en: ` (uncertain: not excluded from ${at.lower} on, and up to ${maxK} no number is certain enough)` }
      : at.lower === at.upper ? { nl: '', en: '' } : { nl: ` (met de onzekerheid: tussen ${at.lower} en ${at.upper})`, en: ` (given the uncertainty: between ${at.lower} and ${at.upper})` };
    const point = curve.find((p) => p.k === at.k);
    const short = point && point.k > 0 && point.seeded < 0.75 * point.k
      ? { nl: ` Let op: gemiddeld komen er maar ${num(point.seeded, 'nl', 1)} van de ${point.k} gevraagde cirkels echt van de grond (${shortfall(point).nl}).`, en: ` Note: only ${num(point.seeded, 'en', 1)} of the ${point.k} circles asked for are actually started on average (${shortfall(point).en}).` }
      : { nl: '', en: '' };
    return join('reached', `Met ${at.k} gestarte ${nlC(at.k)} rolt de sneeuwbal in minstens ${pct(target)} van de gesimuleerde toekomsten${range.nl}.${short.nl}`, `With ${at.k} seeded ${enC(at.k)} the snowball rolls in at least ${pct(target)} of the simulated futures${range.en}.${short.en}`);
  }
  const seededOnly = curve.filter((p) => p.k > 0);
  const last = curve[curve.length - 1];
  const notExcluded = best.hi >= target
    ? { nl: ` Met ${best.reps} herhalingen is ${pct(target)} bij ${best.k} ${nlC(best.k)} nog niet helemaal uit te sluiten (95%-interval ${pct(best.lo)}–${pct(best.hi)}).`, en: ` With ${best.reps} replications ${pct(target)} at ${best.k} ${enC(best.k)} cannot be fully excluded (95% interval ${pct(best.lo)}–${pct(best.hi)}).` }
    : { nl: '', en: '' };
  const head = { nl: `Geen kritische massa binnen ${maxK} gestarte ${nlC(maxK)}: P(sneeuwbal rolt) haalt ${pct(target)} niet.`, en: `No critical mass within ${maxK} seeded ${enC(maxK)}: P(the snowball rolls) does not reach ${pct(target)}.` };
  const maxSeeded = Math.max(0, ...seededOnly.map((p) => p.seeded));
  if (seededOnly.length && maxSeeded < 0.5) {
    const why = shortfall(seededOnly[seededOnly.length - 1]);
    return join('no-seeds', `${head.nl} Route ${args.route} kan hier geen enkele cirkel starten: ${why.nl}.`, `${head.en} Route ${args.route} cannot start a single circle here: ${why.en}.`);
  }
  if (seededOnly.length && last.seeded < 0.75 * last.k) {
    const why = shortfall(last);
    return join('route-capacity', `${head.nl} Route ${args.route} start hier gemiddeld maar ${num(last.seeded, 'nl', 1)} van de ${last.k} gevraagde cirkels (${why.nl}); de kans komt niet boven ${pct(best.p)}.${notExcluded.nl}`,
      `${head.en} Route ${args.route} starts only ${num(last.seeded, 'en', 1)} of the ${last.k} circles asked for here on average (${why.en}); the chance gets no higher than ${pct(best.p)}.${notExcluded.en}`);
  }
  const low = best.p < 0.5;
  if (low && (r.children === 0 || (r.hi !== null && r.hi < 1))) {
    return join('subcritical', `${head.nl} De kans blijft laag (hoogstens ${pct(best.p)}): cirkels inspireren gemiddeld minder dan één nieuwe cirkel, dus ook meer starten maakt de sneeuwbal niet zelfstandig.${notExcluded.nl}`,
      `${head.en} The chance stays low (at most ${pct(best.p)}): circles inspire fewer than one new circle on average, so more seeds do not make the snowball self-sustaining.${notExcluded.en}`);
  }
  const half = [...curve].filter((p) => p.k <= maxK / 2).pop();
  if (last.p >= best.p && half && last.lo > half.p) {
    return join('still-rising', `${head.nl} De kans stijgt bij ${maxK} nog (van ${pct(half.p)} bij ${half.k} naar ${pct(last.p)}): probeer een grotere --max-k.${notExcluded.nl}`,
      `${head.en} The chance is still rising at ${maxK} (from ${pct(half.p)} at ${half.k} to ${pct(last.p)}): try a larger --max-k.${notExcluded.en}`);
  }
  if (low) {
    return join('subcritical', `${head.nl} De kans blijft laag (hoogstens ${pct(best.p)}).${notExcluded.nl}`, `${head.en} The chance stays low (at most ${pct(best.p)}).${notExcluded.en}`);
  }
  const cover = last.coverage5
    ? { nl: ` Bij ${last.k} gestarte ${nlC(last.k)} zit na 5 jaar al ${pct(last.coverage5.p50)} van de 65-plussers in een cirkel, van de ongeveer ${pct(args.willing)} die ooit mee zou doen.`, en: ` With ${last.k} seeded ${enC(last.k)} ${pct(last.coverage5.p50)} of people 65+ are in a circle after 5 years, of the about ${pct(args.willing)} who would ever join.` }
    : { nl: '', en: '' };
  return join('saturation', `${head.nl} De kans stijgt tot ongeveer ${pct(best.p)} bij ${best.k} ${nlC(best.k)} en daarna niet verder: het gebied raakt verzadigd, want elke gestarte cirkel gebruikt bereidwillige buren en mogelijke verbinders die dan niet meer zelf een cirkel kunnen beginnen.${cover.nl}${notExcluded.nl}`,
    `${head.en} The chance rises to about ${pct(best.p)} at ${best.k} circles and no further: the area saturates, because every seeded circle uses up willing neighbours and potential connectors who can then no longer start a circle themselves.${cover.en}${notExcluded.en}`);
}
