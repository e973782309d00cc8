/**
 * The calibration screen's charts as data (the app's ChartSpec: Plot options, legend, the same
 * numbers as a table), built without a DOM so they are tested in Node: the posterior of each
 * parameter on its prior range, observations against posterior predictive bands, the tolerance
 * per generation, and a pairwise sample.
 */
import * as Plot from '@observablehq/plot';
import type { Generation } from '../../calibration/smc.ts';
import type { PredictiveSeries } from '../../calibration/predictive.ts';
import type { ParameterSummary } from '../../calibration/results.ts';
import { plotBase, type ChartSpec } from '../charts/chart.ts';
import type { Locale } from '../i18n/index.ts';
import type { CalibrationText } from '../i18n/index.ts';

const BLUE = '#0072b2',
  ORANGE = '#d55e00',
  GREY = '#586c88';

/** Numbers with four significant digits in the user's language (parameters span 0.001 … 80). */
export const num = (locale: Locale, x: number) => locale.fmt.significant(x, 4);

/** "YYYY-MM" as a decimal year at the end of that month (where an observation is compared). */
export const yearOf = (date: string) => Number(date.slice(0, 4)) + Number(date.slice(5, 7)) / 12;

export function histogramSpec(locale: Locale, text: CalibrationText, p: ParameterSummary, label: string, width = 720): ChartSpec {
  const c = text.charts;
  const bins = p.histogram.mass.map((m, i) => ({ x1: p.histogram.edges[i], x2: p.histogram.edges[i + 1], share: m * 100 }));
  return {
    id: `posterior-${p.name}`,
    title: c.histTitle(label),
    description: c.histDescribe(label, num(locale, p.median), num(locale, p.lo90), num(locale, p.hi90)),
    plot: {
      ...plotBase,
      width,
      height: 240,
      x: { label: `${label} (${c.histX})`, domain: [p.prior.min, p.prior.max], tickFormat: (v: number) => num(locale, v) },
      y: { label: c.histY, grid: true, tickFormat: (v: number) => num(locale, v) },
      marks: [
        Plot.rectY(bins, { x1: 'x1', x2: 'x2', y: 'share', fill: BLUE, fillOpacity: 0.7, inset: 0.5, ariaHidden: 'true' }),
        Plot.ruleX([p.median], { stroke: ORANGE, strokeWidth: 2, ariaHidden: 'true' }),
        Plot.ruleX([p.lo90, p.hi90], { stroke: ORANGE, strokeDasharray: '4 3', ariaHidden: 'true' }),
        Plot.ruleY([0]),
      ],
    },
    legend: [
      { label: c.histY, colour: BLUE, dash: null, band: true },
      { label: c.median, colour: ORANGE, dash: null },
      { label: '90%', colour: ORANGE, dash: '4 3' },
    ],
    table: {
      columns: [
        { label: `${c.columns.value} ≥`, numeric: true, digits: 4 },
        { label: `${c.columns.value} <`, numeric: true, digits: 4 },
        { label: c.columns.share, numeric: true, digits: 1 },
      ],
      rows: bins.map((b) => [b.x1, b.x2, b.share]),
    },
  };
}

export function bandSpec(locale: Locale, text: CalibrationText, s: PredictiveSeries, label: string, width = 720): ChartSpec {
  const c = text.charts;
  const rows = s.bands.map((b) => ({ ...b, x: yearOf(b.date) }));
  const obs = s.observed.map((o) => ({ ...o, x: yearOf(o.date) }));
  const inside = obs.filter((o) => o.inside90).length;
  return {
    id: `predictive-${s.key.replace(/\W+/g, '-')}`,
    title: c.bandTitle(label),
    description: c.bandDescribe(locale.fmt.count(inside), locale.fmt.count(obs.length)),
    plot: {
      ...plotBase,
      width,
      height: 280,
      x: { label: locale.t.charts.calendarAxis, tickFormat: (v: number) => (Number.isInteger(v) ? String(v) : '') },
      y: { label: c.bandY, grid: true, tickFormat: (v: number) => locale.fmt.count(v) },
      marks: [
        Plot.ruleY([0]),
        Plot.areaY(rows, { x: 'x', y1: 'p05', y2: 'p95', fill: BLUE, fillOpacity: 0.15, curve: 'step-after', ariaHidden: 'true' }),
        Plot.areaY(rows, { x: 'x', y1: 'p25', y2: 'p75', fill: BLUE, fillOpacity: 0.25, curve: 'step-after', ariaHidden: 'true' }),
        Plot.lineY(rows, { x: 'x', y: 'p50', stroke: BLUE, strokeWidth: 2, curve: 'step-after', ariaHidden: 'true' }),
        // Observations outside the band are hollow, so the cue is not colour alone.
        Plot.dot(obs, {
          x: 'x',
          y: 'value',
          r: 4,
          stroke: '#1a1a1a',
          strokeWidth: 1.5,
          fill: (d: (typeof obs)[number]) => (d.inside90 ? '#1a1a1a' : 'white'),
          ariaLabel: c.observed,
        }),
      ],
    },
    legend: [
      { label: c.band90, colour: BLUE, dash: null, band: true },
      { label: c.median, colour: BLUE, dash: null },
      { label: c.observed, colour: '#1a1a1a', dash: null },
    ],
    table: {
      columns: [
        { label: c.columns.date, numeric: false },
        { label: c.columns.observed, numeric: true, digits: 0 },
        { label: c.columns.p05, numeric: true, digits: 1 },
        { label: c.columns.p50, numeric: true, digits: 1 },
        { label: c.columns.p95, numeric: true, digits: 1 },
      ],
      rows: obs.map((o) => {
        const b = s.bands[o.month - 1];
        return [o.date, o.value, b.p05, b.p50, b.p95];
      }),
    },
  };
}

export function epsilonSpec(locale: Locale, text: CalibrationText, generations: readonly Generation[], width = 720): ChartSpec {
  const c = text.charts;
  const rows = generations.filter((g) => g.epsilon !== null).map((g) => ({ t: g.t, epsilon: g.epsilon!, acceptance: g.acceptance * 100 }));
  return {
    id: 'calibration-epsilon',
    title: c.epsTitle,
    description: rows.length
      ? c.epsDescribe(num(locale, rows[0].epsilon), num(locale, rows[rows.length - 1].epsilon), locale.fmt.count(rows.length))
      : c.epsTitle,
    plot: {
      ...plotBase,
      width,
      height: 200,
      x: { label: c.epsX, ticks: rows.map((r) => r.t), tickFormat: (v: number) => locale.fmt.count(v) },
      y: { label: c.epsY, grid: true, zero: true, tickFormat: (v: number) => num(locale, v) },
      marks: [
        Plot.lineY(rows, { x: 't', y: 'epsilon', stroke: GREY, strokeWidth: 2, ariaHidden: 'true' }),
        Plot.dot(rows, { x: 't', y: 'epsilon', fill: GREY, r: 3.5, ariaLabel: c.epsY }),
      ],
    },
    legend: [{ label: c.epsY, colour: GREY, dash: null }],
    table: {
      columns: [
        { label: c.columns.generation, numeric: true, digits: 0 },
        { label: c.columns.epsilon, numeric: true, digits: 4 },
        { label: c.columns.acceptance, numeric: true, digits: 1 },
      ],
      rows: rows.map((r) => [r.t, r.epsilon, r.acceptance]),
    },
  };
}

export function pairsSpec(
  locale: Locale,
  text: CalibrationText,
  points: readonly number[][],
  i: number,
  j: number,
  a: ParameterSummary,
  b: ParameterSummary,
  labels: [string, string],
  width = 720,
): ChartSpec {
  const c = text.charts;
  const rows = points.map((p) => ({ x: p[i], y: p[j] }));
  return {
    id: `pairs-${a.name}-${b.name}`,
    title: c.pairsTitle(labels[0], labels[1]),
    description: c.pairsDescribe(locale.fmt.count(rows.length)),
    plot: {
      ...plotBase,
      width,
      height: 360,
      x: { label: labels[0], domain: [a.prior.min, a.prior.max], tickFormat: (v: number) => num(locale, v) },
      y: { label: labels[1], domain: [b.prior.min, b.prior.max], grid: true, tickFormat: (v: number) => num(locale, v) },
      marks: [Plot.dot(rows, { x: 'x', y: 'y', r: 2.5, fill: BLUE, fillOpacity: 0.5, ariaHidden: 'true' })],
    },
    legend: [{ label: c.pairsTitle(labels[0], labels[1]), colour: BLUE, dash: null }],
    table: {
      columns: [
        { label: labels[0], numeric: true, digits: 4 },
        { label: labels[1], numeric: true, digits: 4 },
      ],
      rows: rows.map((r) => [r.x, r.y]),
    },
  };
}
