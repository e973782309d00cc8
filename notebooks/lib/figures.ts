/**
 * Calibration figures for the notebooks, drawn from the same report structures the CLI prints
 * and the app shows (src/calibration): posterior histograms on the prior's range with the true
 * value, observations against posterior predictive bands, a pairwise sample, ε per generation.
 */
import type { PredictiveSeries } from '../../src/calibration/predictive.ts';
import type { ParameterSummary } from '../../src/calibration/results.ts';
import type { Generation } from '../../src/calibration/smc.ts';
import { chart, COLOURS } from './svg.ts';

const year = (date: string) => Number(date.slice(0, 4)) + Number(date.slice(5, 7)) / 12;

export function histogramSvg(p: ParameterSummary, truth?: number): string {
  return chart({
    title: `Posterior of ${p.name}`,
    x: { label: `${p.name} (prior range)`, domain: [p.prior.min, p.prior.max] },
    y: { label: 'share of the posterior (%)' },
    marks: [
      { type: 'bars', bars: p.histogram.mass.map((m, i) => ({ x1: p.histogram.edges[i], x2: p.histogram.edges[i + 1], y: 100 * m })), colour: COLOURS[0] },
      { type: 'ruleX', x: p.median, colour: COLOURS[1] },
      { type: 'ruleX', x: p.lo90, colour: COLOURS[1], dash: '4 3' },
      { type: 'ruleX', x: p.hi90, colour: COLOURS[1], dash: '4 3' },
      ...(truth === undefined ? [] : [{ type: 'ruleX' as const, x: truth, colour: COLOURS[6], dash: '1 3' }]),
    ],
    legend: [{ label: 'median', colour: COLOURS[1] }, { label: '90% interval', colour: COLOURS[1], dash: '4 3' }, ...(truth === undefined ? [] : [{ label: 'true value', colour: COLOURS[6], dash: '1 3' }])],
    width: 480, height: 260,
  });
}

export function bandSvg(s: PredictiveSeries, title: string): string {
  const pts = s.bands.map((b) => ({ x: year(b.date), ...b }));
  return chart({
    title,
    x: { label: 'year (end of month)' },
    y: { label: s.kind },
    marks: [
      { type: 'band', points: pts.map((p) => ({ x: p.x, lo: p.p05, hi: p.p95 })), colour: COLOURS[0], opacity: 0.15 },
      { type: 'band', points: pts.map((p) => ({ x: p.x, lo: p.p25, hi: p.p75 })), colour: COLOURS[0], opacity: 0.25 },
      { type: 'line', points: pts.map((p) => ({ x: p.x, y: p.p50 })), colour: COLOURS[0] },
      { type: 'dots', points: s.observed.filter((o) => o.inside90).map((o) => ({ x: year(o.date), y: o.value })), colour: COLOURS[6] },
      { type: 'dots', points: s.observed.filter((o) => !o.inside90).map((o) => ({ x: year(o.date), y: o.value })), colour: COLOURS[1], hollow: true },
    ],
    legend: [{ label: '90% / 50% of predictions', colour: COLOURS[0] }, { label: 'observed', colour: COLOURS[6] }, { label: 'observed, outside 90%', colour: COLOURS[1] }],
  });
}

export function pairsSvg(points: number[][], a: ParameterSummary, b: ParameterSummary, truth?: [number, number]): string {
  return chart({
    title: `Posterior sample: ${a.name} against ${b.name}`,
    x: { label: a.name, domain: [a.prior.min, a.prior.max] },
    y: { label: b.name, domain: [b.prior.min, b.prior.max] },
    marks: [
      { type: 'dots', points: points.map((p) => ({ x: p[0], y: p[1] })), colour: COLOURS[0], r: 2.5 },
      ...(truth ? [{ type: 'dots' as const, points: [{ x: truth[0], y: truth[1] }], colour: COLOURS[1], r: 6, hollow: true }, { type: 'labels' as const, points: [{ x: truth[0], y: truth[1], text: 'true' }] }] : []),
    ],
    width: 480, height: 360,
  });
}

export function epsilonSvg(generations: readonly Generation[]): string {
  const g = generations.filter((x) => x.epsilon !== null);
  return chart({
    title: 'Tolerance ε and acceptance per generation',
    x: { label: 'generation', ticks: g.map((x) => x.t) },
    y: { label: 'ε  /  acceptance rate' },
    marks: [
      { type: 'line', points: g.map((x) => ({ x: x.t, y: x.epsilon! })), colour: COLOURS[0] },
      { type: 'dots', points: g.map((x) => ({ x: x.t, y: x.epsilon! })), colour: COLOURS[0] },
      { type: 'line', points: g.map((x) => ({ x: x.t, y: x.acceptance })), colour: COLOURS[2], dash: '5 3' },
    ],
    legend: [{ label: 'tolerance ε', colour: COLOURS[0] }, { label: 'acceptance rate', colour: COLOURS[2], dash: '5 3' }],
    width: 480, height: 260,
  });
}
