import * as Plot from '@observablehq/plot';
import type { Locale } from '../i18n/index.ts';
import type { DifferencePoint } from '../simulation/traces.ts';
import { momentLabel, plotBase, scenarioStyle, timeAxis, yearTicks, type ChartSpec } from './chart.ts';
import type { SeriesMetric } from './seriesSpec.ts';

/**
 * The effect of each plan against the chosen baseline, replication by replication: with common
 * random numbers B_r − A_r is what the plan changes in that simulated future. Drawn as the median
 * difference and its 10–90% band around a zero line; a band that stays above zero means "better
 * in at least 9 of 10 futures".
 */
export interface DifferenceInput {
  locale: Locale;
  metric: SeriesMetric;
  baseName: string;
  /** Scenario index (for its colour) and name, with its paired differences against the base. */
  others: { index: number; name: string; points: readonly DifferencePoint[] }[];
  months: number;
  start: string | null;
  reps: number;
  width?: number;
}

export function differenceSpec(input: DifferenceInput): ChartSpec {
  const { locale, metric } = input;
  const { t, fmt } = locale;
  const axis = timeAxis(locale, input.months, input.start);
  const k = metric === 'coverage' ? 100 : 1;
  const digits = metric === 'coverage' ? 1 : 0;
  const number = (v: number) => {
    const text = metric === 'coverage' ? fmt.percent(Math.abs(v) * k, 1) : fmt.count(Math.abs(v));
    return v > 0 ? `+${text}` : v < 0 ? `−${text}` : text;
  };
  const marks: Plot.Markish[] = [Plot.ruleY([0], { stroke: '#0b0c0c' })];
  for (const o of input.others) {
    const { colour, dash } = scenarioStyle(o.index);
    const rows = o.points.map((p) => ({ x: axis.x(p.month), p10: p.p10 * k, p50: p.p50 * k, p90: p.p90 * k }));
    marks.push(Plot.areaY(rows, { x: 'x', y1: 'p10', y2: 'p90', fill: colour, fillOpacity: 0.16, curve: 'step-after', ariaHidden: 'true' }));
    marks.push(Plot.lineY(rows, { x: 'x', y: 'p50', stroke: colour, strokeWidth: 2.25, strokeDasharray: dash ?? undefined, curve: 'step-after' }));
  }
  const years = Array.from({ length: Math.floor(input.months / 12) + 1 }, (_, y) => y * 12);
  const end = (o: DifferenceInput['others'][number]) => o.points[o.points.length - 1];
  const metricWords = t.charts[metric];

  return {
    id: `${metric}-difference`,
    title: t.charts.difference.title(metricWords.noun, input.baseName),
    description: t.charts.difference.describe(
      fmt.count(input.reps),
      input.months / 12,
      input.others.map((o) => `${o.name}: ${number(end(o).p50)} (${number(end(o).p10)} … ${number(end(o).p90)})`).join('; '),
    ),
    plot: {
      ...plotBase,
      width: input.width ?? 720,
      height: 260,
      x: { label: axis.label, domain: axis.domain, ticks: yearTicks(axis.domain, input.width ?? 720), tickFormat: axis.tickFormat, labelAnchor: 'right' },
      y: {
        label: t.charts.difference.axis(metricWords.axis),
        grid: true,
        tickFormat: (v: number) => (metric === 'coverage' ? fmt.percent(v, 1) : fmt.count(v)),
      },
      marks,
    },
    legend: [
      ...input.others.map((o) => ({ label: t.charts.difference.legend(o.name, input.baseName), ...scenarioStyle(o.index) })),
      { label: t.charts.bandLegend, colour: '#586c88', dash: null, band: true },
    ],
    table: {
      columns: [
        { label: t.charts.columns.scenario, numeric: false },
        { label: t.charts.columns.moment, numeric: false },
        { label: `${t.charts.columns.difference} – ${t.charts.columns.median}`, numeric: true, digits },
        { label: t.charts.columns.p10, numeric: true, digits },
        { label: t.charts.columns.p90, numeric: true, digits },
      ],
      rows: input.others.flatMap((o) =>
        years.map((m) => [o.name, momentLabel(locale, input.start, m), o.points[m].p50 * k, o.points[m].p10 * k, o.points[m].p90 * k]),
      ),
    },
  };
}
