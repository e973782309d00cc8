import { ROUTES } from '../../core/plan.ts';
import type { ScenarioResult } from '../../experiments/run.ts';
import type { Scenario } from '../../experiments/scenario.ts';
import type { Band } from '../../experiments/summarise.ts';
import { routeShortfall } from '../../experiments/routeShortfall.ts';
import type { Locale } from '../i18n/index.ts';
import { outOfTen, type pairedCount } from './traces.ts';

/**
 * Results in plain words (B1): a median with "in 8 van de 10 gesimuleerde toekomsten tussen … en
 * …", probabilities as "k van de 10", money in euros. Pure, so the sentences the alderman reads
 * are unit-tested like the numbers behind them.
 */
export function bandWords(locale: Locale, b: Band, kind: 'count' | 'percent' | 'euro'): { median: string; low: string; high: string } {
  const { fmt } = locale;
  const one = (v: number) => (kind === 'percent' ? fmt.percent(v * 100, 1) : kind === 'euro' ? `€ ${fmt.count(v)}` : fmt.count(v));
  return { median: one(b.p50), low: one(b.p10), high: one(b.p90) };
}

/** "4 van de 10", and never a misleading "0 van de 10" or "10 van de 10" for a rare or near-certain event. */
export function tenths(locale: Locale, count: number, total: number): string {
  const { t, fmt } = locale;
  const k = outOfTen(count, total);
  if (k === 0 && count > 0) return t.words.fewerThanOne;
  if (k === 10 && count < total) return t.words.moreThanNine;
  return t.words.outOfTen(fmt.count(k));
}

export function planSummary(locale: Locale, s: Scenario): string {
  const { t, fmt } = locale;
  const parts = ROUTES.filter((r) => s.plan[r].count > 0).map((r) =>
    t.words.routePart(
      t.words.routeShort[r],
      s.plan[r].count,
      fmt.count(s.plan[r].from),
      fmt.count(s.plan[r].to),
      t.plan.placements[s.plan[r].placement].toLowerCase(),
    ),
  );
  const pr = s.pr.length ? Math.max(...s.pr.map((p) => p.intensity)) : 0;
  return `${parts.join('; ')}. ${t.words.prPart(fmt.percent(pr * 100, 0))}`;
}

export interface Headline {
  id: 'circles' | 'spontaneous' | 'coverage' | 'takeoff' | 'cost' | 'snowball';
  text: string;
}

export function headlineSentences(locale: Locale, r: ScenarioResult): Headline[] {
  const { t, fmt } = locale;
  const s = r.summary;
  const years = s.months / 12;
  const circles = bandWords(locale, s.circles, 'count');
  const spont = bandWords(locale, s.spontaneous, 'count');
  const coverage = bandWords(locale, s.coverage, 'percent');
  const cost = bandWords(locale, s.cost, 'euro');
  const people = fmt.count(Math.round(s.members.p50));
  const tk = s.takeoff;
  const out: Headline[] = [
    { id: 'circles', text: t.words.circles(years, s.circles.p50, circles.low, circles.high) },
    { id: 'spontaneous', text: t.words.spontaneous(spont.median, spont.low, spont.high) },
    { id: 'coverage', text: t.words.coverage(coverage.median, coverage.low, coverage.high, people) },
    {
      id: 'takeoff',
      text:
        tk.monthsToTakeoff && tk.p > 0
          ? t.words.takeoff(
              tenths(locale, Math.round(tk.p * tk.reps), tk.reps),
              fmt.percent(tk.lo * 100, 0),
              fmt.percent(tk.hi * 100, 0),
              Math.round(tk.monthsToTakeoff.p50),
            )
          : t.words.noTakeoff(fmt.percent(tk.hi * 100, 0)),
    },
    { id: 'cost', text: t.words.cost(years, cost.median, cost.low, cost.high, `€ ${fmt.count(r.cost.fixed)}`) },
  ];
  if (r.parameters.snowball === 0) out.push({ id: 'snowball', text: t.words.snowballOff });
  return out;
}

/** "In 9 van de 10 gesimuleerde toekomsten heeft B na 10 jaar meer cirkels dan A." */
export function comparisonSentence(locale: Locale, baseName: string, otherName: string, years: number, counts: ReturnType<typeof pairedCount>): string {
  const { t } = locale;
  if (counts.same === counts.reps) return t.words.compareSame(otherName, baseName, years);
  return t.words.compare(otherName, baseName, years, tenths(locale, counts.better, counts.reps), tenths(locale, counts.worse, counts.reps));
}

/** Why a route could not be carried out as planned, in the user's language. */
export function unavailableWords(locale: Locale, route: string, reason: string, share: number): string {
  const { t } = locale;
  // A reason the engine adds later reads as a general "got stuck", never as a raw code.
  const why = routeShortfall(reason)[locale.lang];
  return t.words.unavailableRoute(route, tenths(locale, Math.round(share * 1000), 1000), why);
}
