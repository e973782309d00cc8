/**
 * Calibration figures for the notebooks: the app's own calibration charts
 * (src/ui/calibration/charts.ts, in English), drawn by Observable Plot through render.ts. The
 * notebooks fit synthetic data with a known truth, so the posterior and the pairwise sample also
 * mark the true value: one more Plot mark and legend entry on the app's spec, nothing redrawn.
 */
import * as Plot from '@observablehq/plot';
import type { PredictiveSeries } from '../../src/calibration/predictive.ts';
import type { ParameterSummary } from '../../src/calibration/results.ts';
import type { Generation } from '../../src/calibration/smc.ts';
import { bandSpec, epsilonSpec, histogramSpec, pairsSpec } from '../../src/ui/calibration/charts.ts';
import type { ChartSpec } from '../../src/ui/charts/chart.ts';
import { localeFor } from '../../src/ui/i18n/index.ts';
import { renderSvg } from './render.ts';

const locale = localeFor('en'),
  text = locale.t.calibration;
const TRUTH = { colour: '#000000', dash: '1 3', label: 'true value' } as const;

/** The spec with `marks` added after the app's own, and a legend entry for them. */
function withMarks(spec: ChartSpec, marks: Plot.Markish[], entry: ChartSpec['legend'][number]): ChartSpec {
  return { ...spec, plot: { ...spec.plot, marks: [...(spec.plot.marks ?? []), ...marks] }, legend: [...spec.legend, entry] };
}

function histogramFigure(p: ParameterSummary, truth?: number): ChartSpec {
  const spec = histogramSpec(locale, text, p, p.name, 480);
  if (truth === undefined) return spec;
  return withMarks(spec, [Plot.ruleX([truth], { stroke: TRUTH.colour, strokeWidth: 1.5, strokeDasharray: TRUTH.dash })], {
    label: TRUTH.label,
    colour: TRUTH.colour,
    dash: TRUTH.dash,
  });
}

function pairsFigure(points: number[][], a: ParameterSummary, b: ParameterSummary, truth?: [number, number]): ChartSpec {
  const spec = pairsSpec(locale, text, points, 0, 1, a, b, [a.name, b.name], 480);
  if (!truth) return spec;
  const at = [{ x: truth[0], y: truth[1] }];
  return withMarks(
    spec,
    [
      Plot.dot(at, { x: 'x', y: 'y', r: 6, stroke: TRUTH.colour, strokeWidth: 2, fill: 'none' }),
      Plot.text(at, { x: 'x', y: 'y', text: () => 'true', dx: 8, dy: -8, textAnchor: 'start' }),
    ],
    { label: TRUTH.label, colour: TRUTH.colour, dash: null },
  );
}

const bandFigure = (s: PredictiveSeries): ChartSpec => bandSpec(locale, text, s, s.kind, 640);
const epsilonFigure = (generations: readonly Generation[]): ChartSpec => epsilonSpec(locale, text, generations, 480);

export const histogramSvg = (p: ParameterSummary, truth?: number) => renderSvg(histogramFigure(p, truth));
export const pairsSvg = (points: number[][], a: ParameterSummary, b: ParameterSummary, truth?: [number, number]) => renderSvg(pairsFigure(points, a, b, truth));
export const bandSvg = (s: PredictiveSeries) => renderSvg(bandFigure(s));
export const epsilonSvg = (generations: readonly Generation[]) => renderSvg(epsilonFigure(generations));
