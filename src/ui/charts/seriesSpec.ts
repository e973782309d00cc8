import * as Plot from '@observablehq/plot';
import type { SeriesPoint } from '../../experiments/summarise.ts';
import type { Locale } from '../i18n/index.ts';
import { momentLabel, plotBase, scenarioStyle, timeAxis, yearTicks, type ChartSpec } from './chart.ts';

/**
 * Circles or coverage over time for 1–4 scenarios: the median as a line and the band in which 8
 * of 10 simulated futures lie as a shaded area, with a dashed rule where professionals stop
 * seeding. The table holds one row per scenario and whole year (months would be 121 rows each).
 */
export type SeriesMetric = 'circles' | 'coverage';

export interface SeriesInput {
  locale: Locale;
  metric: SeriesMetric;
  areaName: string;
  scenarios: { name: string; series: readonly SeriesPoint[]; seedingEnd: number }[];
  months: number;
  start: string | null;
  reps: number;
  width?: number;
}

/** Coverage is a share 0–1 in the results; charts and tables show percent. */
const scale = (metric: SeriesMetric) => (metric === 'coverage' ? 100 : 1);

export function seriesSpec(input: SeriesInput): ChartSpec {
  const { locale, metric } = input;
  const { t, fmt } = locale;
  const words = t.charts[metric];
  const axis = timeAxis(locale, input.months, input.start);
  const k = scale(metric);
  // Shown values are already scaled (coverage in percent).
  const number = (v: number) => (metric === 'coverage' ? fmt.percent(v, 1) : fmt.count(v));

  const rows = input.scenarios.flatMap((s, i) =>
    s.series.map((p) => ({
      scenario: s.name,
      index: i,
      x: axis.x(p.month),
      month: p.month,
      p10: p[metric].p10 * k,
      p50: p[metric].p50 * k,
      p90: p[metric].p90 * k,
    })),
  );
  const marks: Plot.Markish[] = [Plot.ruleY([0])];
  input.scenarios.forEach((_, i) => {
    const { colour, dash } = scenarioStyle(i);
    const mine = rows.filter((r) => r.index === i);
    marks.push(Plot.areaY(mine, { x: 'x', y1: 'p10', y2: 'p90', fill: colour, fillOpacity: 0.16, curve: 'step-after', ariaHidden: 'true' }));
    marks.push(Plot.lineY(mine, { x: 'x', y: 'p50', stroke: colour, strokeWidth: 2.25, strokeDasharray: dash ?? undefined, curve: 'step-after' }));
  });
  const ends = [...new Set(input.scenarios.map((s) => s.seedingEnd).filter((m) => m > 0 && m < input.months))];
  marks.push(Plot.ruleX(ends.map(axis.x), { stroke: '#586c88', strokeDasharray: '4 4', ariaHidden: 'true' }));
  marks.push(
    Plot.text(ends.map(axis.x), {
      x: (d: number) => d,
      frameAnchor: 'top',
      dy: -4,
      dx: 4,
      textAnchor: 'start',
      text: () => t.charts.seedingEnd,
      fill: '#3d5374',
      ariaHidden: 'true',
    }),
  );
  // Pointer tips for mouse users; keyboard and screen-reader users get the same numbers in the table.
  marks.push(
    Plot.tip(
      rows,
      Plot.pointerX({
        x: 'x',
        y: 'p50',
        title: (d: (typeof rows)[number]) =>
          `${d.scenario}\n${momentLabel(locale, input.start, d.month)}: ${number(d.p50)} (${number(d.p10)} – ${number(d.p90)})`,
      }),
    ),
  );

  const years = Array.from({ length: Math.floor(input.months / 12) + 1 }, (_, y) => y * 12);
  const tableRows = input.scenarios.flatMap((s) =>
    years.map((m) => {
      const p = s.series[m];
      return [s.name, momentLabel(locale, input.start, m), p[metric].p50 * k, p[metric].p10 * k, p[metric].p90 * k];
    }),
  );
  const last = (s: SeriesInput['scenarios'][number]) => s.series[s.series.length - 1][metric];
  const horizon = input.months / 12;
  const digits = metric === 'coverage' ? 1 : 0;

  return {
    id: `${metric}-over-time`,
    title: words.title(input.areaName),
    description: t.charts.describeSeries(
      fmt.count(input.reps),
      horizon,
      input.scenarios.map((s) => `${s.name}: ${number(last(s).p50 * k)} (${number(last(s).p10 * k)} – ${number(last(s).p90 * k)})`).join('; '),
    ),
    plot: {
      ...plotBase,
      width: input.width ?? 720,
      height: 320,
      x: { label: axis.label, domain: axis.domain, ticks: yearTicks(axis.domain, input.width ?? 720), tickFormat: axis.tickFormat, labelAnchor: 'right' },
      y: {
        label: words.axis,
        grid: true,
        zero: true,
        tickFormat: (v: number) => (metric === 'coverage' ? fmt.percent(v, v < 10 && !Number.isInteger(v) ? 1 : 0) : fmt.count(v)),
      },
      marks,
    },
    legend: [
      ...input.scenarios.map((s, i) => ({ label: s.name, ...scenarioStyle(i) })),
      { label: t.charts.bandLegend, colour: '#586c88', dash: null, band: true },
    ],
    table: {
      columns: [
        { label: t.charts.columns.scenario, numeric: false },
        { label: t.charts.columns.moment, numeric: false },
        { label: `${words.axis} – ${t.charts.columns.median}`, numeric: true, digits },
        { label: t.charts.columns.p10, numeric: true, digits },
        { label: t.charts.columns.p90, numeric: true, digits },
      ],
      rows: tableRows,
    },
  };
}
