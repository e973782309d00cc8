import { describe, expect, test } from 'vitest';
import type { SeriesPoint } from '../../src/experiments/summarise.ts';
import { momentLabel, scenarioStyle, SCENARIO_COLOURS, timeAxis, yearNumber, yearTicks } from '../../src/ui/charts/chart.ts';
import { defaultStartMonth } from '../../src/ui/state/workspace.ts';
import { differenceSpec } from '../../src/ui/charts/differenceSpec.ts';
import { coverageScale, mapSpec, scaleFill, scaleLegend, type AreaFeature } from '../../src/ui/charts/mapSpec.ts';
import { seriesSpec } from '../../src/ui/charts/seriesSpec.ts';
import { takeoffSpec } from '../../src/ui/charts/takeoffSpec.ts';
import { localeFor } from '../../src/ui/i18n/index.ts';

/** Chart specs are data: checked here without a DOM (Plot renders them in the browser). */
const nl = localeFor('nl');
const en = localeFor('en');
const band = (p50: number, spread = 1) => ({ p10: p50 - spread, p50, p90: p50 + spread });
function series(months: number, f: (m: number) => number): SeriesPoint[] {
  return Array.from({ length: months + 1 }, (_, m) => {
    const b = band(f(m));
    return {
      month: m,
      circles: b,
      active: b,
      members: b,
      coverage: { p10: f(m) / 1000, p50: f(m) / 500, p90: f(m) / 250 },
      spontaneous: b,
      seeded: b,
      foundings: b,
      failedFoundings: b,
      offspringRate: b,
      cost: b,
    };
  });
}
const marks = (spec: { plot: { marks?: unknown } }) => (spec.plot.marks as { constructor: { name: string } }[]).map((m) => m.constructor.name);

describe('circles and coverage over time', () => {
  const spec = seriesSpec({
    locale: nl,
    metric: 'circles',
    areaName: 'Mill',
    scenarios: [
      { name: 'A', series: series(24, (m) => m), seedingEnd: 12 },
      { name: 'B', series: series(24, (m) => 2 * m), seedingEnd: 12 },
    ],
    months: 24,
    start: null,
    reps: 40,
  });

  test('a band and a median line per scenario, the end of seeding marked, a tip for the mouse', () => {
    expect(marks(spec).filter((n) => n === 'Area')).toHaveLength(2);
    expect(marks(spec).filter((n) => n === 'Line')).toHaveLength(2);
    expect(marks(spec)).toContain('RuleX');
    expect(marks(spec)).toContain('Tip');
  });

  test('title, a description in numbers, a legend with colour and dash, and one table row per scenario-year', () => {
    expect(spec.title).toBe('Aantal voorzorgcirkels in Mill');
    expect(spec.description).toContain('A: 24 (23 – 25)');
    expect(spec.description).toContain('B: 48 (47 – 49)');
    expect(spec.legend.slice(0, 2)).toEqual([
      { label: 'A', ...scenarioStyle(0) },
      { label: 'B', ...scenarioStyle(1) },
    ]);
    expect(spec.legend[0].dash).toBeNull();
    expect(spec.legend[1].dash).not.toBeNull();
    expect(spec.table.rows).toHaveLength(2 * 3);
    expect(spec.table.rows[5]).toEqual(['B', 'na 2 jaar', 48, 47, 49]);
    expect(spec.table.rows[0][1]).toBe('start');
  });

  test('coverage is shown in percent', () => {
    const cov = seriesSpec({
      locale: nl,
      metric: 'coverage',
      areaName: 'Mill',
      scenarios: [{ name: 'A', series: series(12, () => 10), seedingEnd: 6 }],
      months: 12,
      start: '2026-01',
      reps: 8,
    });
    // A moment is the state after 12·y months: row 0 is the start (January 2026), row 1 the end of 2026.
    expect(cov.table.rows[0][1]).toBe('start (januari 2026)');
    expect(cov.table.rows[1]).toEqual(['A', 'eind 2026', 2, 1, 4]);
    expect(cov.description).toMatch(/A: 2,0\s?%/);
    expect(cov.table.columns.map((c) => c.digits)).toEqual([undefined, undefined, 1, 1, 1]);
  });

  test('the scenario palette is the colour-blind safe Okabe–Ito set, each with its own dash', () => {
    expect(SCENARIO_COLOURS).toEqual(['#0072b2', '#d55e00', '#009e73', '#cc79a7']);
    expect(new Set([0, 1, 2, 3].map((i) => scenarioStyle(i).dash)).size).toBe(4);
  });
});

describe('time axis', () => {
  test('a moment in words: start, end of a calendar year or month, or years after the start', () => {
    expect(momentLabel(nl, '2027-01', 0)).toBe('start (januari 2027)');
    expect(momentLabel(nl, '2027-01', 12)).toBe('eind 2027');
    expect(momentLabel(nl, '2027-01', 120)).toBe('eind 2036');
    expect(momentLabel(nl, '2027-04', 12)).toBe('eind maart 2028');
    expect(momentLabel(en, '2027-01', 60)).toBe('end of 2031');
    expect(momentLabel(nl, null, 36)).toBe('na 3 jaar');
    expect(defaultStartMonth(new Date(Date.UTC(2026, 11, 4)))).toBe('2027-01');
  });

  test('years since the start, or calendar years with a start month', () => {
    const years = timeAxis(nl, 120, null);
    expect(years.x(18)).toBe(1.5);
    expect(years.domain).toEqual([0, 10]);
    expect(years.tickFormat(2)).toBe('2');
    expect(years.tickFormat(2.5)).toBe('');
    const cal = timeAxis(nl, 120, '2026-07');
    expect(cal.x(6)).toBe(2027);
    expect(cal.tickFormat(2027)).toBe('2027');
    expect(yearNumber('2026-07', 13)).toBe(2027);
    expect(yearNumber(null, 35)).toBe(2);
    expect(yearTicks([0, 10])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(yearTicks([0, 30])).toEqual([0, 5, 10, 15, 20, 25, 30]);
    // A phone-wide chart (358 px) labels every other year; a wide one is unchanged by its width.
    expect(yearTicks([2027, 2037], 358)).toEqual([2028, 2030, 2032, 2034, 2036]);
    expect(yearTicks([0, 10], 760)).toEqual(yearTicks([0, 10]));
  });
});

describe('paired difference chart', () => {
  test('a zero line, a band and line per compared scenario, named against the baseline', () => {
    const points = Array.from({ length: 13 }, (_, m) => ({ month: m, p10: -1, p50: m / 2, p90: m }));
    const spec = differenceSpec({
      locale: nl,
      metric: 'circles',
      baseName: 'Basis',
      others: [{ index: 1, name: 'Meer PR', points }],
      months: 12,
      start: null,
      reps: 40,
    });
    expect(spec.title).toBe('Verschil in cirkels met Basis');
    expect(spec.description).toContain('Meer PR: +6 (−1 … +12)');
    expect(marks(spec)).toEqual(['RuleY', 'Area', 'Line']);
    expect(spec.legend[0].label).toBe('Meer PR min Basis');
    expect(spec.legend[0].colour).toBe(scenarioStyle(1).colour);
    expect(spec.table.rows).toEqual([
      ['Meer PR', 'start', 0, -1, 0],
      ['Meer PR', 'na 1 jaar', 6, -1, 12],
    ]);
  });
});

describe('critical-mass curve', () => {
  const curve = [
    { k: 0, p: 0, lo: 0, hi: 0.3, reps: 8 },
    { k: 2, p: 0.5, lo: 0.2, hi: 0.8, reps: 8 },
    { k: 1, p: 0.25, lo: 0.07, hi: 0.59, reps: 8 },
    { k: 4, p: 1, lo: 0.68, hi: 1, reps: 8 },
  ];
  test('points with their Wilson intervals, in k order, k50 and k90 marked', () => {
    const spec = takeoffSpec({ locale: nl, areaName: 'Mill', curve, k50: 2, k90: 4, target: 0.9 });
    expect(marks(spec)).toEqual(['RuleY', 'RuleY', 'Link', 'Line', 'Dot', 'Tip', 'RuleX', 'Text']);
    expect(spec.table.rows.map((r) => r[0])).toEqual([0, 1, 2, 4]);
    expect(spec.table.rows[3]).toEqual([4, 100, 68, 100, 8]);
    expect(spec.description).toBe(
      'Vanaf 2 gestarte cirkels is de kans minstens 50%. Vanaf 4 is de kans minstens 90%.'.replace(/(\d+)%/g, (_, n) => nl.fmt.percent(Number(n), 0)),
    );
  });
  test('no critical mass is said plainly, never a made-up number', () => {
    const spec = takeoffSpec({ locale: nl, areaName: 'Mill', curve: curve.map((c) => ({ ...c, p: 0.1 })), k50: null, k90: null, target: 0.9 });
    expect(spec.description).toContain('Ook met 4 gestarte cirkels is de kans nooit 50');
    expect(spec.description).toContain('wordt niet gehaald');
  });
});

describe('coverage map', () => {
  const square = (code: string, x: number): AreaFeature => ({
    type: 'Feature',
    properties: { code, name: code },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, 51.7],
          [x, 51.72],
          [x + 0.02, 51.72],
          [x + 0.02, 51.7],
          [x, 51.7],
        ],
      ],
    },
  });
  test('coverage classes are finer at the bottom; missing stays hatched; each shape has a marker point', () => {
    expect(scaleFill(coverageScale, 0)).toBe(coverageScale.colours[0]);
    expect(scaleFill(coverageScale, 0.5)).toBe(coverageScale.colours[1]);
    expect(scaleFill(coverageScale, 25)).toBe(coverageScale.colours[6]);
    expect(scaleFill(coverageScale, 'unknown')).toBeNull();
    expect(scaleLegend(coverageScale)).toHaveLength(7);
    const spec = mapSpec({
      features: [square('BU1', 5.8), square('BU2', 5.84)],
      values: new Map<string, number | 'unknown'>([
        ['BU1', 3],
        ['BU2', 'unknown'],
      ]),
      scale: coverageScale,
      width: 400,
    });
    expect(spec.shapes[0].fill).toBe(coverageScale.colours[3]);
    expect(spec.shapes[1].fill).toBeNull();
    const [cx, cy] = spec.shapes[0].centroid;
    expect(cx).toBeGreaterThan(0);
    expect(cx).toBeLessThan(spec.width / 2);
    expect(cy).toBeGreaterThan(0);
    expect(cy).toBeLessThan(spec.height);
  });
});
