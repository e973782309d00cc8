import { paramSpec } from '../../../core/params/index.ts';
import type { CriticalMassResult } from '../../../experiments/criticalMass.ts';
import { seedingEnd } from '../../../core/plan.ts';
import { toRunPlan } from '../../../experiments/scenario.ts';
import { seriesSpec } from '../../charts/seriesSpec.ts';
import type { Locale } from '../../i18n/index.ts';
import type { Outcome } from '../../simulation/simulator.ts';
import { h } from '../dom.ts';
import { button } from '../fields.ts';
import { paramValueText } from '../paramField.ts';
import { criticalHeadline } from '../results/criticalMass.ts';
import { chartFigure, type FigureContext } from '../results/chartFigure.ts';
import { dataTable } from '../results/dataTable.ts';
import { comparisonRows, headlineCard } from '../results/summary.ts';

/**
 * A one-page report for the council (raadsinformatiebrief): the headline numbers in plain Dutch,
 * the coverage map, the circles chart, what critical mass means, the assumptions, the sources and
 * everything needed to reproduce it (seed, link, the CLI command). Printed with the print
 * stylesheet: controls disappear, tables stay, A4 margins.
 */
export interface ReportProps {
  locale: Locale;
  areaName: string;
  outcomes: readonly { index: number; outcome: Outcome }[];
  missing: boolean;
  running: boolean;
  map: HTMLElement | null;
  figure: FigureContext;
  width: number;
  critical: CriticalMassResult | null;
  link: string;
  source: string;
  onRun(): void;
  onPrint(): void;
  onExport(): void;
}

export function reportPage(p: ReportProps): HTMLElement[] {
  const { t, fmt, lang } = p.locale;
  const today = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(new Date());
  const head = h(
    'header',
    { class: 'sb-report__head' },
    h('h2', { class: 'utrecht-heading-2' }, t.report.title(p.areaName)),
    h('p', { class: 'sb-report__sub' }, t.report.subtitle(today)),
    h('div', { class: 'sb-actions sb-no-print' }, button(t.report.print, 'report-print', p.onPrint, 'primary'), button(t.plan.exportJson, 'report-export', p.onExport, 'secondary')),
  );
  if (!p.outcomes.length) {
    return [head, h('p', { class: 'utrecht-paragraph' }, t.coverage.noResults), button(t.results.run, 'report-run', p.onRun, 'primary', { disabled: p.running || !p.missing })];
  }
  const first = p.outcomes[0].outcome;
  const s = first.scenario;
  const table = comparisonRows(p.locale, p.outcomes.map((o) => o.outcome));
  const chart = seriesSpec({
    locale: p.locale,
    metric: 'circles',
    areaName: p.areaName,
    scenarios: p.outcomes.map(({ outcome }) => ({ name: outcome.scenario.name ?? '', series: outcome.result.series, seedingEnd: seedingEnd(toRunPlan(outcome.scenario)) })),
    months: s.months,
    start: s.start ?? null,
    reps: s.reps,
    width: p.width,
  });
  const changed = p.outcomes.flatMap(({ outcome }) =>
    Object.entries(outcome.scenario.params).map(([name, value]) => {
      const spec = paramSpec(name)!;
      return t.report.changedParam(outcome.scenario.name ?? '', spec.label[lang], paramValueText(p.locale, spec, value), paramValueText(p.locale, spec, spec.default));
    }),
  );
  const critical = p.critical;
  return [
    head,
    h('section', { class: 'sb-report__section', 'aria-labelledby': 'report-short' }, h('h3', { class: 'utrecht-heading-3', id: 'report-short' }, t.results.inShort), h('div', { class: 'sb-headlines__grid' }, ...p.outcomes.map(({ index, outcome }) => headlineCard(p.locale, index, outcome)))),
    dataTable(p.locale, t.results.sideBySideCaption(fmt.count(s.months / 12)), table.columns, table.rows),
    p.map ?? h('p', {}, t.map.loading),
    chartFigure(chart, p.figure),
    h(
      'section',
      { class: 'sb-report__section', 'aria-labelledby': 'report-critical' },
      h('h3', { class: 'utrecht-heading-3', id: 'report-critical' }, t.report.criticalTitle),
      h('p', {}, t.critical.explain),
      h('p', {}, first.result.takeoffRule.text[lang]),
      critical ? h('p', { 'data-report-critical': '' }, criticalHeadline(p.locale, p.areaName, critical), ' ', critical.reason[lang]) : null,
    ),
    h(
      'section',
      { class: 'sb-report__section', 'aria-labelledby': 'report-assumptions' },
      h('h3', { class: 'utrecht-heading-3', id: 'report-assumptions' }, t.report.assumptions),
      h(
        'ul',
        {},
        h('li', {}, t.report.futures(fmt.count(s.reps), fmt.count(s.seed))),
        h('li', {}, changed.length ? t.report.paramsChanged : t.report.paramsDefault),
        ...changed.map((c) => h('li', { class: 'sb-report__param' }, c)),
        ...first.result.area.notes.map((n) => h('li', { class: 'sb-report__note' }, n[lang])),
      ),
    ),
    h(
      'section',
      { class: 'sb-report__section', 'aria-labelledby': 'report-sources' },
      h('h3', { class: 'utrecht-heading-3', id: 'report-sources' }, t.report.sources),
      h('p', {}, p.source),
      h('p', {}, t.report.model),
      h('p', { class: 'sb-report__disclaimer' }, t.results.disclaimer),
    ),
    h(
      'section',
      { class: 'sb-report__section', 'aria-labelledby': 'report-reproduce' },
      h('h3', { class: 'utrecht-heading-3', id: 'report-reproduce' }, t.report.reproduce),
      h('p', {}, t.report.reproduceHelp(fmt.count(s.seed))),
      h('p', { class: 'sb-report__link' }, p.link),
      h('p', {}, h('code', {}, 'npx sneeuwbal simulate --scenario scenario.json')),
    ),
  ];
}
