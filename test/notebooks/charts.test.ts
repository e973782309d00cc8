/**
 * Rendered-SVG snapshots of the notebooks' charts, as Observable Plot tests itself: a fixed input,
 * the app's chart spec, Plot through linkedom (notebooks/lib/render.ts), and the SVG text compared
 * with a committed file under snapshots/. A change to a spec or to Plot shows as a diff there
 * (update on purpose with `npx vitest run --project unit test/notebooks/charts.test.ts -u`).
 */
import { describe, expect, it } from 'vitest';
import type { PredictiveSeries } from '../../src/calibration/predictive.ts';
import type { ParameterSummary } from '../../src/calibration/results.ts';
import type { Generation } from '../../src/calibration/smc.ts';
import type { PatternRow } from '../../src/experiments/patterns.ts';
import { takeoffSpec } from '../../src/ui/charts/takeoffSpec.ts';
import { localeFor } from '../../src/ui/i18n/index.ts';
import { bandSvg, epsilonSvg, histogramSvg, pairsSvg } from '../../notebooks/lib/figures.ts';
import { renderSvg } from '../../notebooks/lib/render.ts';
import { morrisSpec, patternsSpec } from '../../notebooks/lib/specs.ts';

const snapshot = (name: string) => `./snapshots/${name}.svg`;

// Fixed inputs: a posterior of `willing` on its prior 0.05–0.6, and one of `joinOne` on 0.1–0.9.
const willing: ParameterSummary = {
  name: 'willing',
  median: 0.31,
  lo90: 0.22,
  hi90: 0.41,
  mean: 0.315,
  sd: 0.06,
  prior: { min: 0.05, max: 0.6 },
  narrowing: 0.35,
  histogram: { edges: [0.05, 0.16, 0.27, 0.38, 0.49, 0.6], mass: [0.05, 0.3, 0.45, 0.15, 0.05] },
};
const joinOne: ParameterSummary = {
  name: 'joinOne',
  median: 0.5,
  lo90: 0.3,
  hi90: 0.7,
  mean: 0.5,
  sd: 0.1,
  prior: { min: 0.1, max: 0.9 },
  narrowing: 0.5,
  histogram: { edges: [0.1, 0.5, 0.9], mass: [0.5, 0.5] },
};
const generations: Generation[] = [0, 1, 2, 3].map((t) => ({
  t,
  epsilon: t === 0 ? null : 8 / t,
  simulations: 200,
  accepted: 100,
  acceptance: 0.5 / (t + 1),
  ess: 90,
  evidence: 0.1,
}));
const months = Array.from({ length: 24 }, (_, i) => i + 1);
const series: PredictiveSeries = {
  key: 'WK198210 circles',
  area: 'WK198210',
  kind: 'circles',
  route: null,
  origin: null,
  bands: months.map((m) => ({
    month: m,
    date: `${2023 + Math.floor((m - 1) / 12)}-${String(((m - 1) % 12) + 1).padStart(2, '0')}`,
    p05: m / 8,
    p25: m / 6,
    p50: m / 5,
    p75: m / 4,
    p95: m / 3,
  })),
  observed: [
    { month: 6, date: '2023-06', value: 1, inside90: true },
    { month: 12, date: '2023-12', value: 3, inside90: true },
    { month: 24, date: '2024-12', value: 12, inside90: false },
  ],
};

describe('notebook charts render to the same SVG (Plot through linkedom)', () => {
  it('calibration: posterior histogram with the true value', async () => {
    await expect(histogramSvg(willing, 0.3)).toMatchFileSnapshot(snapshot('histogram'));
  });

  it('calibration: observations against the posterior predictive bands', async () => {
    await expect(bandSvg(series)).toMatchFileSnapshot(snapshot('predictive'));
  });

  it('calibration: tolerance per generation', async () => {
    await expect(epsilonSvg(generations)).toMatchFileSnapshot(snapshot('epsilon'));
  });

  it('calibration: pairwise posterior sample with the true value', async () => {
    const points = [
      [0.2, 0.7],
      [0.25, 0.6],
      [0.3, 0.5],
      [0.35, 0.45],
      [0.4, 0.35],
    ];
    await expect(pairsSvg(points, willing, joinOne, [0.3, 0.5])).toMatchFileSnapshot(snapshot('pairs'));
  });

  it('takeoff: the app’s critical-mass chart', async () => {
    const curve = [0, 1, 2, 3, 4].map((k) => ({
      k,
      p: [0, 0.2, 0.55, 0.8, 0.95][k],
      lo: [0, 0.08, 0.38, 0.63, 0.83][k],
      hi: [0.1, 0.4, 0.71, 0.91, 0.99][k],
      reps: 32,
    }));
    const svg = renderSvg(takeoffSpec({ locale: localeFor('en'), areaName: 'Mill (Land van Cuijk)', curve, k50: 2, k90: 4, target: 0.9, width: 640 }));
    await expect(svg).toMatchFileSnapshot(snapshot('takeoff'));
  });

  it('sensitivity: Morris μ* against σ', async () => {
    const effects = [
      { index: 0, mu: 2, muStar: 2.5, sigma: 1 },
      { index: 1, mu: -0.5, muStar: 0.8, sigma: 0.9 },
      { index: 2, mu: 0, muStar: 0.1, sigma: 0.05 },
    ].map((e) => ({ ...e, effects: [] }));
    await expect(renderSvg(morrisSpec('morris-k50', 'Morris: critical mass k50', ['willing', 'joinOne', 'reinforcement'], effects))).toMatchFileSnapshot(
      snapshot('morris'),
    );
  });

  it('patterns: model band against the field value', async () => {
    const row = (name: PatternRow['name'], field: number, p10: number, p50: number, p90: number): PatternRow => ({
      name,
      label: { nl: name, en: name },
      source: 'test',
      field,
      fieldRange: null,
      fieldText: String(field),
      model: { p10, p50, p90 } as PatternRow['model'],
      inside: field >= p10 && field <= p90,
      area: 'WK198210',
      note: { nl: '', en: '' },
    });
    await expect(renderSvg(patternsSpec([row('aCame', 20, 15, 22, 30), row('bCircles', 2, 0, 1, 1.5), row('size', 11, 8, 10, 14)]))).toMatchFileSnapshot(
      snapshot('patterns'),
    );
  });

  it('is the same string when drawn twice (no random ids, no state between charts)', () => {
    const first = histogramSvg(willing, 0.3);
    bandSvg(series);
    expect(histogramSvg(willing, 0.3)).toBe(first);
    expect(first).not.toMatch(/NaN|undefined/);
  });
});
