import { ROUTES } from '../../../core/plan.ts';
import type { CriticalMassResult } from '../../../experiments/criticalMass.ts';
import type { SeriesPoint } from '../../../experiments/summarise.ts';
import { momentLabel } from '../../charts/chart.ts';
import { LOCALES, type Locale } from '../../i18n/index.ts';
import type { Outcome } from '../../simulation/simulator.ts';
import { bandWords } from '../../simulation/words.ts';
import { h } from '../dom.ts';
import { button, selectField } from '../fields.ts';
import { criticalHeadline, registerLine } from '../results/criticalMass.ts';
import type { Today } from '../../../experiments/scenarioCircles.ts';
import { todayLine } from '../register/registerCard.ts';

/**
 * The council report (raadsinformatiebrief) on one A4 page, for the scenario marked as the
 * proposal: where, the plan per route and when, the cost in total and per year, the circles and
 * coverage after 5 and 10 years with their range, the critical-mass answer in one sentence, the
 * map and the source. The link and the seed that reproduce it go to a small footer. Everything
 * else (other scenarios, charts, parameters) lives on the results and research tabs.
 */
export interface ReportProps {
  locale: Locale;
  areaName: string;
  /** 'gemeente', 'wijk', 'buurt' or the word for an own group, in the reader's language. */
  levelWord: string;
  /** People 65+ as the area page counts them (one count per area), or null when unknown. */
  age65plus: number | null;
  /** The circles that exist today (the register) in the area; the report opens with them. */
  today: Today | null;
  /** The scenarios that can be the proposal (computed ones), by index. */
  choices: readonly { index: number; name: string }[];
  /** The scenario marked as proposal, or null (the report then shows `outcome`, the active one). */
  proposal: number | null;
  outcome: Outcome | null;
  missing: boolean;
  running: boolean;
  map: HTMLElement | null;
  critical: CriticalMassResult | null;
  link: string;
  source: string;
  onPropose(index: number): void;
  onCritical(): void;
  onRun(): void;
  onPrint(): void;
  onExport(): void;
}

/** The series point at `month`, or the last one before it. */
const at = (series: readonly SeriesPoint[], month: number) => series.filter((p) => p.month <= month).at(-1) ?? series[0];

/** Calendar month `m` months after `start` ("2026-03"), as "maart 2026"; null without a start. */
function calendar(locale: Locale, start: string | null, m: number): string | null {
  if (!start) return null;
  const [y, mo] = start.split('-').map(Number);
  const d = new Date(Date.UTC(y, mo - 1 + m, 1));
  return new Intl.DateTimeFormat(LOCALES[locale.lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

export function reportPage(p: ReportProps): HTMLElement[] {
  const { t, fmt, lang } = p.locale;
  const r = t.report;
  const today = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long' }).format(new Date());
  const controls = h(
    'div',
    { class: 'sb-report__controls sb-no-print' },
    p.choices.length
      ? selectField({
          label: r.proposalLabel,
          value: String(p.proposal ?? ''),
          options: [
            ...(p.proposal === null ? [{ value: '', label: r.proposalNone }] : []),
            ...p.choices.map((c) => ({ value: String(c.index), label: c.name })),
          ],
          description: r.proposalHelp,
          focusKey: 'report-proposal',
          onChange: (v) => v !== '' && p.onPropose(Number(v)),
        })
      : null,
    h(
      'div',
      { class: 'sb-actions' },
      button(r.print, 'report-print', p.onPrint, 'primary'),
      button(t.plan.exportJson, 'report-export', p.onExport, 'secondary'),
    ),
  );
  const outcome = p.outcome;
  if (!outcome) {
    const head = h('header', { class: 'sb-report__head' }, h('h2', { class: 'utrecht-heading-2' }, r.title(p.areaName)));
    return [
      head,
      h('p', { class: 'utrecht-paragraph' }, t.coverage.noResults),
      button(t.results.run, 'report-run', p.onRun, 'primary', { disabled: p.running || !p.missing }),
    ];
  }
  const s = outcome.scenario;
  const res = outcome.result;
  const start = s.start ?? null;
  const name = s.name ?? '';
  const years = s.months / 12;

  const head = h(
    'header',
    { class: 'sb-report__head' },
    h('h2', { class: 'utrecht-heading-2', id: 'report-title' }, r.title(p.areaName)),
    h('p', { class: 'sb-report__sub' }, r.subtitle(today), ' · ', p.proposal === null ? r.shownScenario(name) : r.proposalScenario(name)),
  );

  const people = p.age65plus ?? res.area.age65plus;
  // The model adds up its buurten; CBS rounds buurt figures (and hides small ones), so the sum can
  // differ a little from the area's own figure. Said where it does, never silently.
  const where = h(
    'p',
    { 'data-report-where': '' },
    r.where(p.areaName, p.levelWord, fmt.count(people), fmt.count(res.area.buurten)),
    people !== res.area.age65plus ? ` ${r.modelCount(fmt.count(res.area.age65plus))}` : null,
  );

  const when = (from: number, to: number) => {
    const a = calendar(p.locale, start, from);
    const b = calendar(p.locale, start, Math.max(from, to - 1));
    return a && b ? r.between(a, b) : r.betweenMonths(fmt.count(from + 1), fmt.count(to));
  };
  const routes = ROUTES.filter((x) => s.plan[x].count > 0);
  const plan = h(
    'ul',
    { class: 'sb-report__plan', 'data-report-plan': '' },
    ...(routes.length
      ? routes.map((x) => h('li', {}, r.routeLine(s.plan[x].count, t.words.routeShort[x], when(s.plan[x].from, s.plan[x].to))))
      : [h('li', {}, r.noSeeds)]),
  );

  const euro = (v: number) => `€ ${fmt.count(v)}`;
  const total = res.cost.total;
  // Per year: the total spread over the horizon (the founder's fixed costs included), not a yearly budget line.
  const cost = h('p', { 'data-report-cost': '' }, r.cost(fmt.count(years), euro(total.p50), euro(total.p10), euro(total.p90), euro(total.p50 / years)));

  const marks = [5, 10].filter((y) => y <= years);
  if (!marks.includes(years) && years < 10) marks.push(years);
  const row = (y: number) => {
    const point = at(res.series, y * 12);
    const c = bandWords(p.locale, point.circles, 'count');
    const v = bandWords(p.locale, point.coverage, 'percent');
    // The same moment as the map's slider and the chart's table: the state after 12·y months.
    const label = start ? `${r.afterYears(fmt.count(y))} (${momentLabel(p.locale, start, y * 12)})` : r.afterYears(fmt.count(y));
    return h(
      'tr',
      { 'data-year': y },
      h('th', { scope: 'row' }, label),
      h('td', {}, c.median),
      h('td', {}, `${c.low} – ${c.high}`),
      h('td', {}, v.median),
      h('td', {}, `${v.low} – ${v.high}`),
    );
  };
  const expect = h(
    'table',
    { class: 'utrecht-table sb-report__expect', 'data-report-expect': '' },
    h('caption', { class: 'utrecht-table__caption' }, r.expectCaption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, r.when),
        h('th', { scope: 'col' }, r.circles),
        h('th', { scope: 'col' }, r.range),
        h('th', { scope: 'col' }, r.coverage),
        h('th', { scope: 'col' }, r.range),
      ),
    ),
    h('tbody', {}, ...marks.map(row)),
  );

  const critical = p.critical;
  // The same plain headline as the critical-mass box on the results tab (one answer everywhere).
  const criticalLine = critical ? criticalHeadline(p.locale, p.areaName, critical) : r.criticalNotYet;

  return [
    controls,
    h(
      'article',
      { class: 'sb-report', 'aria-labelledby': 'report-title' },
      head,
      // The report opens with today: "Vandaag: N cirkels, X% van de 65-plussers".
      p.today ? h('p', { class: 'sb-report__today', 'data-report-today': '' }, todayLine(p.locale, p.today)) : null,
      h(
        'div',
        { class: 'sb-report__grid' },
        h(
          'div',
          { class: 'sb-report__text' },
          h('h3', { class: 'utrecht-heading-3' }, r.whereTitle),
          where,
          h('h3', { class: 'utrecht-heading-3' }, r.planTitle),
          plan,
          h('h3', { class: 'utrecht-heading-3' }, r.costTitle),
          cost,
          h('h3', { class: 'utrecht-heading-3' }, r.criticalTitle),
          h('p', { 'data-report-critical': '' }, criticalLine),
          critical && p.today ? registerLine(p.locale, critical, p.today) : null,
          critical
            ? null
            : button(r.criticalRun, 'report-critical', p.onCritical, 'secondary', {
                class: 'utrecht-button utrecht-button--secondary-action sb-button sb-no-print',
                disabled: p.running,
              }),
        ),
        h('div', { class: 'sb-report__map' }, p.map ?? h('p', {}, t.map.loading)),
      ),
      expect,
      h('p', { class: 'sb-report__band' }, r.bandNote(fmt.count(res.summary.reps))),
      h('p', { class: 'sb-report__source' }, p.source, ' ', t.results.disclaimer),
      h(
        'footer',
        { class: 'sb-report__footer' },
        h('span', {}, r.seed(fmt.count(s.seed), fmt.count(res.summary.reps))),
        ' · ',
        h('span', { class: 'sb-report__link' }, p.link),
      ),
    ),
  ];
}
