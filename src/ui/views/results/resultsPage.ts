import { seedingEnd } from '../../../core/plan.ts';
import { toRunPlan } from '../../../experiments/scenario.ts';
import { differenceSpec } from '../../charts/differenceSpec.ts';
import { seriesSpec } from '../../charts/seriesSpec.ts';
import { downloadJson, downloadTable } from '../../export/download.ts';
import { fileName } from '../../export/csv.ts';
import type { Locale } from '../../i18n/index.ts';
import type { Outcome } from '../../simulation/simulator.ts';
import { pairedCount, pairedDifference } from '../../simulation/traces.ts';
import { comparisonSentence } from '../../simulation/words.ts';
import { h } from '../dom.ts';
import { button, section, selectField } from '../fields.ts';
import { chartFigure, type FigureContext } from './chartFigure.ts';
import { dataTable } from './dataTable.ts';
import { comparisonRows, headlineCard, comparisonCsv } from './summary.ts';

/**
 * The results page: plain-words cards per scenario, the side-by-side table, circles and coverage
 * over time with their bands, and — with two or more scenarios — the paired difference against a
 * chosen baseline (common random numbers). The critical-mass and ranking sections come from
 * their own modules and are passed in ready-made.
 */
interface ScenarioSlot {
  index: number;
  name: string;
  outcome: Outcome | null;
  invalid: string | null;
}

export interface ResultsProps {
  locale: Locale;
  areaName: string;
  slots: readonly ScenarioSlot[];
  base: number;
  months: number;
  start: string | null;
  reps: number;
  figure: Omit<FigureContext, 'locale' | 'pictureKey'>;
  width: number;
  running: boolean;
  takeoffRule: string;
  extra: HTMLElement[];
  onRun(): void;
  onBase(index: number): void;
}

export function resultsPage(p: ResultsProps): HTMLElement[] {
  const { t } = p.locale;
  const done = p.slots.filter((s): s is ScenarioSlot & { outcome: Outcome } => s.outcome !== null);
  const missing = p.slots.filter((s) => !s.outcome);
  const ctx = (key: string): FigureContext => ({ ...p.figure, locale: p.locale, pictureKey: `${key}|${p.locale.lang}|${p.width}` });
  const keys = done.map((s) => s.outcome.key).join('&');
  const out: HTMLElement[] = [
    h('h2', { class: 'utrecht-heading-2' }, t.results.title(p.areaName)),
    h('div', { class: 'utrecht-alert utrecht-alert--info sb-disclaimer' }, h('div', { class: 'utrecht-alert__message' }, t.results.disclaimer)),
  ];
  if (missing.length) {
    out.push(
      h(
        'div',
        { class: 'sb-missing-results' },
        ...missing.map((s) => h('p', { class: 'utrecht-paragraph' }, s.invalid ? t.results.invalid(s.name, s.invalid) : t.results.notYet(s.name))),
        button(t.results.run, 'results-run', p.onRun, 'primary', { disabled: p.running || missing.every((s) => s.invalid) }),
      ),
    );
  }
  if (!done.length) return out;

  const series = (metric: 'circles' | 'coverage') =>
    chartFigure(
      seriesSpec({
        locale: p.locale,
        metric,
        areaName: p.areaName,
        scenarios: done.map((s) => ({ name: s.name, series: s.outcome.result.series, seedingEnd: seedingEnd(toRunPlan(s.outcome.scenario)) })),
        months: p.months,
        start: p.start,
        reps: p.reps,
        width: p.width,
      }),
      ctx(keys),
    );

  const table = comparisonRows(
    p.locale,
    done.map((s) => s.outcome),
  );
  out.push(
    section(
      t.results.inShort,
      2,
      'sb-headlines',
      h(
        'div',
        { class: 'sb-headlines__grid' },
        ...done.map((s) => headlineCard(p.locale, s.index, s.outcome, () => downloadResult(s.outcome, p.figure.csvMeta.values[1]))),
      ),
      h('p', { class: 'sb-takeoff-rule' }, h('strong', {}, `${t.results.takeoffRuleLabel} `), p.takeoffRule),
    ),
    section(
      t.results.sideBySide,
      2,
      'sb-comparison',
      dataTable(p.locale, t.results.sideBySideCaption(p.months / 12), table.columns, table.rows),
      h('p', { class: 'sb-note' }, t.results.bandNote),
      button(
        t.charts.downloadCsv,
        'comparison-csv',
        () => {
          const csv = comparisonCsv(
            p.locale,
            done.map((s) => s.outcome),
          );
          downloadTable(p.locale.lang, csv.columns, csv.rows, p.figure.csvMeta, fileName(t.results.sideBySide, 'csv'));
        },
        'subtle',
        { 'data-export': 'comparison-csv' },
      ),
    ),
    section(t.results.overTime, 2, 'sb-charts', series('circles'), series('coverage')),
  );
  if (done.length >= 2) out.push(differences(p, done, ctx));
  out.push(...p.extra);
  const notes = done[0].outcome.result.area.notes;
  if (notes.length)
    out.push(
      h('details', { class: 'sb-details sb-notes' }, h('summary', {}, t.results.notes), h('ul', {}, ...notes.map((n) => h('li', {}, n[p.locale.lang])))),
    );
  return out;
}

/** The full result as `sneeuwbal simulate --json` prints it (scenario, summary, series, buurten, cost). */
function downloadResult(outcome: Outcome, source: string): void {
  downloadJson({ ...outcome.result, source }, fileName(`${outcome.result.scenario.name ?? 'scenario'}-resultaat`, 'json'));
}

function differences(p: ResultsProps, done: (ScenarioSlot & { outcome: Outcome })[], ctx: (key: string) => FigureContext): HTMLElement {
  const { t } = p.locale;
  const base = done.find((s) => s.index === p.base) ?? done[0];
  const others = done.filter((s) => s !== base);
  const horizon = p.months;
  const sentences = others.flatMap((o) => [
    comparisonSentence(p.locale, base.name, o.name, horizon / 12, pairedCount(base.outcome.traces, o.outcome.traces, 'circles', horizon)),
  ]);
  const spec = differenceSpec({
    locale: p.locale,
    metric: 'circles',
    baseName: base.name,
    others: others.map((o) => ({ index: o.index, name: o.name, points: pairedDifference(base.outcome.traces, o.outcome.traces, 'circles') })),
    months: p.months,
    start: p.start,
    reps: p.reps,
    width: p.width,
  });
  return section(
    t.results.compareTitle,
    2,
    'sb-differences',
    h('p', { class: 'utrecht-paragraph' }, t.results.compareHelp),
    selectField({
      label: t.results.baseLabel,
      value: String(base.index),
      options: done.map((s) => ({ value: String(s.index), label: s.name })),
      focusKey: 'results-base',
      onChange: (v) => p.onBase(Number(v)),
    }),
    h('ul', { class: 'sb-compare-sentences' }, ...sentences.map((s) => h('li', {}, s))),
    chartFigure(spec, ctx(`${base.outcome.key}&${others.map((o) => o.outcome.key).join('&')}`)),
  );
}
