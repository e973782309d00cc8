/**
 * What the calibration screen shows while and after it runs: the generations converging (table
 * and tolerance chart), then the posterior per parameter, observations against the posterior
 * predictive bands, pairwise samples, the model comparison, and the buttons to save the posterior
 * or use its medians in the active scenario.
 */
import type { CalibrationReport } from '../../calibration/calibrate.ts';
import { posteriorJson } from '../../calibration/results.ts';
import type { Generation } from '../../calibration/smc.ts';
import { downloadText } from '../export/download.ts';
import type { Locale } from '../i18n/index.ts';
import { h } from '../views/dom.ts';
import { button, section } from '../views/fields.ts';
import { chartFigure, type FigureContext } from '../views/results/chartFigure.ts';
import { dataTable } from '../views/results/dataTable.ts';
import { bandSpec, epsilonSpec, histogramSpec, num, pairsSpec } from './charts.ts';
import { paramLabel } from './form.ts';
import type { CalibrationText } from '../i18n/index.ts';

export interface ReportProps {
  locale: Locale;
  text: CalibrationText;
  figures: Omit<FigureContext, 'locale' | 'caption' | 'csvMeta'>;
  onUse(params: Record<string, number>): void;
  /** Shown after the medians were put in the scenario. */
  used: boolean;
}

const pct = (locale: Locale, x: number) => locale.fmt.percent(x * 100, 1);

function figureContext(p: ReportProps, caption: string): FigureContext {
  return { ...p.figures, locale: p.locale, caption, csvMeta: { header: [], values: [] } };
}

export function generationsView(p: ReportProps, generations: readonly Generation[], caption: string): HTMLElement | null {
  const later = generations.filter((g) => g.epsilon !== null);
  if (!later.length) return null;
  const { text, locale } = p;
  const columns = text.genColumns.map((label, i) => ({ label, numeric: i > 0, digits: i === 2 ? 1 : i === 1 ? 4 : 0 }));
  return section(
    text.generationsTitle,
    3,
    'sb-cal-generations',
    dataTable(
      locale,
      text.genCaption(caption),
      columns,
      later.map((g) => [g.t, g.epsilon!, g.acceptance * 100, g.ess, g.simulations]),
    ),
    chartFigure(epsilonSpec(locale, text, generations), figureContext(p, caption)),
  );
}

export function reportView(p: ReportProps, r: CalibrationReport): HTMLElement[] {
  const { text, locale } = p;
  const caption = `${r.area.name} · seed ${r.posteriorFile.sneeuwbal.seed} · ${locale.fmt.count(r.simulations)} sim.`;
  const ctx = figureContext(p, caption);
  const label = (name: string) => paramLabel(locale, name);
  const rows = r.parameters.map((q) => [
    label(q.name),
    num(locale, q.median),
    `${num(locale, q.lo90)} – ${num(locale, q.hi90)}`,
    `${num(locale, q.prior.min)} – ${num(locale, q.prior.max)}`,
    pct(locale, q.narrowing),
  ]);
  const table = dataTable(
    locale,
    text.paramCaption(r.area.name),
    text.paramColumns.map((c, i) => ({ label: c, numeric: i > 0 && i !== 2 && i !== 3 })),
    rows,
  );
  const medians = Object.fromEntries(r.parameters.map((q) => [q.name, q.median]));
  const area = r.area.codes.join('-');
  const out: HTMLElement[] = [
    section(
      text.resultTitle,
      3,
      'sb-cal-result',
      h('p', { class: 'utrecht-paragraph', role: 'status' }, text.done(locale.fmt.count(r.simulations), text.stop[r.stop])),
      table,
      r.predictive ? h('p', { class: 'utrecht-paragraph' }, text.coverage(pct(locale, r.predictive.coverage90))) : null,
      r.comparison ? h('p', { class: 'utrecht-paragraph' }, comparisonText(p, r)) : null,
      ...r.notes.map((n) => h('p', { class: 'utrecht-paragraph' }, h('strong', {}, `${text.notes}: `), n[locale.lang])),
      h(
        'div',
        { class: 'sb-actions' },
        button(text.save, 'cal-save', () => downloadText(posteriorJson(r.posteriorFile), `posterior-${area}.json`, 'application/json'), 'primary', {
          'aria-describedby': 'cal-save-help',
        }),
        button(text.use, 'cal-use', () => p.onUse(medians), 'secondary', { 'aria-describedby': 'cal-use-help' }),
      ),
      h('p', { class: 'utrecht-form-field-description', id: 'cal-save-help' }, text.saveHelp),
      h('p', { class: 'utrecht-form-field-description', id: 'cal-use-help' }, p.used ? text.used : text.useHelp),
    ),
    ...r.parameters.map((q) => chartFigure(histogramSpec(locale, text, q, label(q.name)), ctx)),
    ...(r.predictive?.series ?? []).map((s) => {
      const what = [text.series[s.kind], s.route ? `${text.series.route} ${s.route}` : null, s.origin ? text.series[s.origin] : null]
        .filter(Boolean)
        .join(', ');
      return chartFigure(bandSpec(locale, text, s, `${s.area} – ${what}`), ctx);
    }),
  ];
  // Pairs of the first four parameters at most: beyond that the page becomes a wall of dots.
  const shown = r.parameters.slice(0, 4);
  for (let i = 0; i < shown.length; i++) {
    for (let j = i + 1; j < shown.length; j++) {
      out.push(chartFigure(pairsSpec(locale, text, r.pairs.points, i, j, shown[i], shown[j], [label(shown[i].name), label(shown[j].name)]), ctx));
    }
  }
  return out;
}

function comparisonText(p: ReportProps, r: CalibrationReport): string {
  const c = r.comparison!;
  const m = Object.fromEntries(c.models.map((x) => [x.model, x]));
  return p.text.comparison(
    num(p.locale, c.epsilon),
    pct(p.locale, m.simple.probability),
    pct(p.locale, m.complex.probability),
    c.bayesFactor === null ? '∞' : num(p.locale, c.bayesFactor),
  );
}
