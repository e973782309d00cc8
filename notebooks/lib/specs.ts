/**
 * The notebooks' own charts, as the app's ChartSpec (Plot options, title, description, legend and
 * the numbers as a table) so that render.ts draws them like every other chart: the Morris
 * screening (μ* against σ per parameter) and the field patterns against the model's band.
 */
import * as Plot from '@observablehq/plot';
import type { PatternRow } from '../../src/experiments/patterns.ts';
import { plotBase, type ChartSpec } from '../../src/ui/charts/chart.ts';
import type { Effect } from './morris.ts';

const BLUE = '#0072b2',
  ORANGE = '#d55e00',
  GREY = '#444444';
const sig = (x: number) => String(Number(x.toPrecision(3)));

/** μ* (importance) against σ (interaction or non-linearity), each parameter named beside its dot. */
export function morrisSpec(id: string, title: string, names: readonly string[], effects: readonly Effect[]): ChartSpec {
  const rows = effects.map((e) => ({ name: names[e.index], muStar: e.muStar, sigma: e.sigma, mu: e.mu }));
  const top = [...rows].sort((a, b) => b.muStar - a.muStar)[0];
  return {
    id,
    title,
    description: top ? `The largest effect is ${top.name} (μ* ${sig(top.muStar)}, σ ${sig(top.sigma)}), of ${rows.length} parameters.` : title,
    plot: {
      ...plotBase,
      width: 640,
      height: 380,
      marginRight: 120,
      x: { label: 'μ* (mean |elementary effect|, per whole prior range)', zero: true },
      y: { label: 'σ of the elementary effects', zero: true, grid: true },
      marks: [
        Plot.dot(rows, { x: 'muStar', y: 'sigma', fill: BLUE, r: 3.5 }),
        Plot.text(rows, { x: 'muStar', y: 'sigma', text: 'name', dx: 6, dy: -5, textAnchor: 'start', fontSize: 11 }),
      ],
    },
    legend: [],
    table: {
      columns: [
        { label: 'parameter', numeric: false },
        { label: 'μ*', numeric: true, digits: 3 },
        { label: 'μ', numeric: true, digits: 3 },
        { label: 'σ', numeric: true, digits: 3 },
      ],
      rows: rows.map((r) => [r.name, r.muStar, r.mu, r.sigma]),
    },
  };
}

/** Each pattern's model median and 10–90% band divided by its field value, so all share one axis (1 = field). */
export function patternsSpec(rows: readonly PatternRow[]): ChartSpec {
  const scaled = rows
    .filter((r) => r.field > 0)
    .map((r) => ({
      label: `${r.name}${r.inside ? '' : ' (not reproduced)'}`,
      p10: r.model.p10 / r.field,
      p50: r.model.p50 / r.field,
      p90: r.model.p90 / r.field,
      inside: r.inside,
    }));
  const inside = scaled.filter((r) => r.inside).length;
  return {
    id: 'patterns',
    title: 'Model band (10–90%) and median relative to the field value (1 = field)',
    description: `${inside} of ${scaled.length} field values lie inside the model's 10–90% band.`,
    plot: {
      ...plotBase,
      width: 640,
      height: 70 + 28 * Math.max(1, scaled.length),
      marginLeft: 200,
      x: { label: 'model ÷ field value', zero: true, grid: true },
      y: { label: null, domain: scaled.map((r) => r.label) },
      marks: [
        Plot.ruleX([1], { stroke: GREY, strokeDasharray: '4 3' }),
        Plot.ruleY(scaled, { y: 'label', x1: 'p10', x2: 'p90', stroke: ORANGE, strokeWidth: 3 }),
        Plot.dot(scaled, { y: 'label', x: 'p50', fill: BLUE, r: 4 }),
      ],
    },
    legend: [
      { label: 'model 10–90%', colour: ORANGE, dash: null },
      { label: 'model median', colour: BLUE, dash: null },
      { label: 'field value', colour: GREY, dash: '4 3' },
    ],
    table: {
      columns: [
        { label: 'pattern', numeric: false },
        { label: 'p10 ÷ field', numeric: true, digits: 2 },
        { label: 'median ÷ field', numeric: true, digits: 2 },
        { label: 'p90 ÷ field', numeric: true, digits: 2 },
      ],
      rows: scaled.map((r) => [r.label, r.p10, r.p50, r.p90]),
    },
  };
}
