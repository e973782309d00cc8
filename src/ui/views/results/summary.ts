import { ROUTES } from '../../../core/plan.ts';
import type { Cell } from '../../export/csv.ts';
import type { TableColumn } from '../../charts/chart.ts';
import { scenarioStyle } from '../../charts/chart.ts';
import type { Locale } from '../../i18n/index.ts';
import type { Outcome } from '../../simulation/simulator.ts';
import { headlineSentences, planSummary, unavailableWords } from '../../simulation/words.ts';
import { h } from '../dom.ts';
import { button } from '../fields.ts';
import { swatch } from '../swatch.ts';

/**
 * The compact first view (what a bestuurder reads first): per scenario a card of plain
 * sentences, and one table with the same numbers side by side for all scenarios.
 */
export function headlineCard(locale: Locale, index: number, outcome: Outcome, onDownload?: () => void): HTMLElement {
  const { colour, dash } = scenarioStyle(index);
  const r = outcome.result;
  return h(
    'article',
    { class: 'sb-headline', 'data-scenario': index },
    h('h3', { class: 'utrecht-heading-3 sb-headline__title' }, swatch(colour, dash), r.scenario.name ?? ''),
    h('p', { class: 'sb-headline__plan' }, planSummary(locale, r.scenario)),
    h('ul', { class: 'sb-headline__list' }, ...headlineSentences(locale, r).map((s) => h('li', { 'data-headline': s.id }, s.text))),
    ...r.summary.unavailable.map((u) => h('p', { class: 'sb-headline__note' }, unavailableWords(locale, u.route, u.reason, u.share))),
    onDownload
      ? button(locale.t.results.downloadJson, `result-json-${index}`, onDownload, 'subtle', {
          'data-export': 'result-json',
          'aria-label': locale.t.results.downloadJsonLabel(r.scenario.name ?? ''),
        })
      : null,
  );
}

/**
 * Cost per started circle: taken per simulated future (its cost over the circles it formed), over
 * the futures that formed one; the band's bounds are amounts some future had. Says so when futures
 * without a circle were left out, and says "none" rather than a number when all were.
 */
function costPerCircle(locale: Locale, o: Outcome): string {
  const { t, fmt } = locale;
  const s = o.result.summary;
  const b = s.costPerCircle;
  if (!b) return t.results.costPerCircleNone;
  const euro = (v: number) => `€ ${fmt.count(v)}`;
  const text = `${euro(b.p50)} (${euro(b.p10)} – ${euro(b.p90)})`;
  const runs = s.costPerCircleRuns ?? s.reps;
  return runs < s.reps ? `${text}, ${t.results.costPerCircleSome(fmt.count(runs), fmt.count(s.reps))}` : text;
}

/** Rows: what is compared; columns: the scenarios. Median with its 10–90% band in brackets. */
export function comparisonRows(locale: Locale, outcomes: readonly Outcome[]): { columns: TableColumn[]; rows: Cell[][] } {
  const { t, fmt } = locale;
  const band = (b: { p10: number; p50: number; p90: number }, f: (v: number) => string) => `${f(b.p50)} (${f(b.p10)} – ${f(b.p90)})`;
  const count = (v: number) => fmt.count(v);
  const pct = (v: number) => fmt.percent(v * 100, 1);
  const euro = (v: number) => `€ ${fmt.count(v)}`;
  const metrics: [string, (o: Outcome) => string][] = [
    [t.results.rows.seeded, (o) => ROUTES.map((r) => `${r}: ${fmt.count(o.result.summary.seeded[r].p50)}`).join(', ')],
    [t.results.rows.circles, (o) => band(o.result.summary.circles, count)],
    [t.results.rows.spontaneous, (o) => band(o.result.summary.spontaneous, count)],
    [t.results.rows.members, (o) => band(o.result.summary.members, count)],
    [t.results.rows.coverage, (o) => band(o.result.summary.coverage, pct)],
    [
      t.results.rows.takeoff,
      (o) =>
        `${fmt.percent(o.result.summary.takeoff.p * 100, 0)} (${fmt.percent(o.result.summary.takeoff.lo * 100, 0)} – ${fmt.percent(o.result.summary.takeoff.hi * 100, 0)})`,
    ],
    [
      t.results.rows.timeToTakeoff,
      (o) => (o.result.summary.takeoff.monthsToTakeoff ? band(o.result.summary.takeoff.monthsToTakeoff, (v) => fmt.count(Math.round(v))) : t.results.never),
    ],
    [t.results.rows.offspring, (o) => band(o.result.summary.offspringPerSeed, (v) => fmt.decimal(v, 1))],
    [t.results.rows.failed, (o) => band(o.result.summary.failedFoundings, count)],
    [t.results.rows.cost, (o) => band(o.result.summary.cost, euro)],
    [t.results.rows.costPerCircle, (o) => costPerCircle(locale, o)],
  ];
  return {
    columns: [{ label: t.results.rows.what, numeric: false }, ...outcomes.map((o) => ({ label: o.result.scenario.name ?? '', numeric: true }))],
    rows: metrics.map(([label, value]) => [label, ...outcomes.map(value)]),
  };
}

/**
 * The same comparison for a spreadsheet: one number per cell, long form (a row per scenario and
 * measure), median, 10% and 90% in their own columns, in the measure's unit (percent as 0–100,
 * euros as whole euros). Routes' seeds are one row per route. Empty cells where there is no value.
 */
export function comparisonCsv(locale: Locale, outcomes: readonly Outcome[]): { columns: TableColumn[]; rows: Cell[][] } {
  const { t } = locale;
  const c = t.results.csv;
  type B = { p10: number; p50: number; p90: number } | null;
  const rows: Cell[][] = [];
  for (const o of outcomes) {
    const s = o.result.summary;
    const name = o.result.scenario.name ?? '';
    const add = (what: string, unit: string, b: B, scale = 1) =>
      rows.push([name, what, unit, b ? b.p50 * scale : null, b ? b.p10 * scale : null, b ? b.p90 * scale : null]);
    for (const r of ROUTES) add(`${t.results.rows.seeded}: ${t.words.routeShort[r]}`, c.circles, s.seeded[r]);
    add(t.results.rows.circles, c.circles, s.circles);
    add(t.results.rows.spontaneous, c.circles, s.spontaneous);
    add(t.results.rows.members, c.people, s.members);
    add(t.results.rows.coverage, c.percent, s.coverage, 100);
    // The takeoff chance is one estimate with its 95% interval, not a 10–90% band: said in the unit column.
    rows.push([name, t.results.rows.takeoff, c.percentInterval, s.takeoff.p * 100, s.takeoff.lo * 100, s.takeoff.hi * 100]);
    add(t.results.rows.timeToTakeoff, c.months, s.takeoff.monthsToTakeoff ?? null);
    add(t.results.rows.offspring, c.circles, s.offspringPerSeed);
    add(t.results.rows.failed, c.attempts, s.failedFoundings);
    add(t.results.rows.cost, c.euro, s.cost);
    add(t.results.rows.costPerCircle, c.euro, s.costPerCircle);
  }
  const col = (label: string, numeric: boolean): TableColumn => ({ label, numeric });
  return { columns: [col(c.scenario, false), col(c.what, false), col(c.unit, false), col(c.median, true), col(c.p10, true), col(c.p90, true)], rows };
}
