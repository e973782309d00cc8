/**
 * The calibration screen's charts as data (no DOM): each carries its numbers as a table, says in
 * words what it shows, in Dutch and English, and spans the prior's range.
 */
import { describe, expect, it } from 'vitest';
import type { PredictiveSeries } from '../../src/calibration/predictive.ts';
import type { ParameterSummary } from '../../src/calibration/results.ts';
import { bandSpec, epsilonSpec, histogramSpec, pairsSpec, yearOf } from '../../src/ui/calibration/charts.ts';
import { localeFor } from '../../src/ui/i18n/index.ts';

const summary: ParameterSummary = {
  name: 'willing',
  median: 0.3,
  lo90: 0.2,
  hi90: 0.42,
  mean: 0.31,
  sd: 0.06,
  prior: { min: 0.02, max: 0.9 },
  narrowing: 0.25,
  histogram: { edges: [0.02, 0.24, 0.46, 0.68, 0.9], mass: [0.3, 0.65, 0.05, 0] },
};

describe('calibration chart specs', () => {
  it('posterior histogram: the prior range as domain, shares in percent, median in the description', () => {
    const nl = histogramSpec(localeFor('nl'), localeFor('nl').t.calibration, summary, 'Bereid om ooit mee te doen');
    expect(nl.plot.x).toMatchObject({ domain: [0.02, 0.9] });
    expect(nl.table.rows.map((r) => r[2])).toEqual([30, 65, 5, 0]);
    expect(nl.description).toContain('mediaan 0,3');
    const en = histogramSpec(localeFor('en'), localeFor('en').t.calibration, summary, 'Ever willing to join');
    expect(en.description).toContain('median 0.3');
    expect(en.id).toBe(nl.id);
  });

  it('predictive bands: observations with their band in the table, counted inside the 90% band', () => {
    const bands = Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      date: `2018-${String(i + 1).padStart(2, '0')}`,
      p05: 1,
      p25: 2,
      p50: 3,
      p75: 4,
      p95: 5,
    }));
    const s: PredictiveSeries = {
      key: 'WK198210 circles',
      area: 'WK198210',
      kind: 'circles',
      route: null,
      origin: null,
      bands,
      observed: [
        { month: 6, date: '2018-06', value: 3, inside90: true },
        { month: 12, date: '2018-12', value: 9, inside90: false },
      ],
    };
    const spec = bandSpec(localeFor('en'), localeFor('en').t.calibration, s, 'Mill circles');
    expect(spec.table.rows).toEqual([
      ['2018-06', 3, 1, 3, 5],
      ['2018-12', 9, 1, 3, 5],
    ]);
    expect(spec.description).toBe('1 of the 2 observations lie within the 90% band of futures simulated with parameters from the posterior.');
    expect(spec.id).toBe('predictive-WK198210-circles');
    expect(yearOf('2018-12')).toBe(2019);
  });

  it('tolerance per generation and a pairwise sample', () => {
    const gens = [
      { t: 0, epsilon: null, simulations: 100, accepted: 100, acceptance: 1, ess: 100, evidence: 1 },
      { t: 1, epsilon: 1.2, simulations: 200, accepted: 100, acceptance: 0.5, ess: 90, evidence: 0.4 },
      { t: 2, epsilon: 0.6, simulations: 400, accepted: 100, acceptance: 0.25, ess: 80, evidence: 0.2 },
    ];
    const eps = epsilonSpec(localeFor('nl'), localeFor('nl').t.calibration, gens);
    expect(eps.table.rows).toEqual([
      [1, 1.2, 50],
      [2, 0.6, 25],
    ]);
    expect(eps.description).toBe('De tolerantie ε daalde van 1,2 naar 0,6 in 2 generaties.');
    const other = { ...summary, name: 'joinOne', prior: { min: 0, max: 0.5 } };
    const pairs = pairsSpec(
      localeFor('en'),
      localeFor('en').t.calibration,
      [
        [0.3, 0.01, 7],
        [0.25, 0.02, 6],
      ],
      0,
      1,
      summary,
      other,
      ['willing', 'joinOne'],
    );
    expect(pairs.table.rows).toEqual([
      [0.3, 0.01],
      [0.25, 0.02],
    ]);
    expect(pairs.plot.y).toMatchObject({ domain: [0, 0.5] });
  });
});
