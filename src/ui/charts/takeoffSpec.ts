import * as Plot from '@observablehq/plot';
import type { CurvePoint as EngineCurvePoint } from '../../experiments/criticalMassOutcome.ts';
import type { Unsure } from '../../i18n/nl-results.ts';
import type { Locale } from '../i18n/index.ts';
import { plotBase, type ChartSpec } from './chart.ts';

/**
 * The critical-mass curve: P(takeoff | k seeded circles) with its 95% Wilson interval per k, and
 * the critical mass k50 / k90 where the curve first reaches 50% / 90% (INTERFACES.md
 * `critical-mass`: curve [{k, p, lo, hi, reps}], criticalMass {k50, k90}, null when not reached).
 * Points carry their interval as a vertical line, so a k measured with few replications shows it.
 */
/** The contract part of a curve point (the engine's points carry more). */
type CurvePoint = Pick<EngineCurvePoint, 'k' | 'p' | 'lo' | 'hi' | 'reps'> & { fitted?: number };

export interface TakeoffInput {
  locale: Locale;
  areaName: string;
  curve: readonly CurvePoint[];
  k50: number | null;
  k90: number | null;
  target: number;
  /** Levels reached around a k the replications do not decide to ±1 (50% and the target), so the description says what is known. */
  unsure50?: Unsure | null;
  unsureTarget?: Unsure | null;
  width?: number;
}

export function takeoffSpec(input: TakeoffInput): ChartSpec {
  const { locale } = input;
  const { t, fmt } = locale;
  const pct = (p: number) => fmt.percent(p * 100, 0);
  const points = [...input.curve].sort((a, b) => a.k - b.k);
  const rows = points.map((p) => ({ ...p, p100: p.p * 100, lo100: p.lo * 100, hi100: p.hi * 100, fit100: (p.fitted ?? p.p) * 100 }));
  const marks: Plot.Markish[] = [
    Plot.ruleY([0, 100], { stroke: '#c0c7d2' }),
    Plot.ruleY([50, input.target * 100], { stroke: '#586c88', strokeDasharray: '4 4', ariaHidden: 'true' }),
    Plot.link(rows, { x1: 'k', x2: 'k', y1: 'lo100', y2: 'hi100', stroke: '#0072b2', strokeWidth: 1.5, ariaHidden: 'true' }),
    // The line is the monotone fit (P does not fall with k); the dots are the raw shares, beside it.
    Plot.lineY(rows, { x: 'k', y: 'fit100', stroke: '#0072b2', strokeWidth: 2, curve: 'step-after', ariaHidden: 'true' }),
    Plot.dot(rows, { x: 'k', y: 'p100', fill: '#0072b2', r: 3.5 }),
    Plot.tip(
      rows,
      Plot.pointerX({
        x: 'k',
        y: 'p100',
        title: (d: (typeof rows)[number]) => t.charts.takeoff.tip(d.k, pct(d.p), pct(d.lo), pct(d.hi), fmt.count(d.reps)),
      }),
    ),
  ];
  const marked = [
    ...(input.k50 !== null ? [{ k: input.k50, label: 'k50' }] : []),
    ...(input.k90 !== null ? [{ k: input.k90, label: input.target === 0.9 ? 'k90' : `k${Math.round(input.target * 100)}` }] : []),
  ];
  marks.push(Plot.ruleX(marked, { x: 'k', stroke: '#d55e00', strokeWidth: 1.5, ariaHidden: 'true' }));
  marks.push(
    Plot.text(marked, { x: 'k', frameAnchor: 'top', dy: -4, dx: 4, textAnchor: 'start', text: 'label', fill: '#a23c00', fontWeight: 700, ariaHidden: 'true' }),
  );
  const maxK = points.length ? points[points.length - 1].k : 1;

  return {
    id: 'critical-mass',
    title: t.charts.takeoff.title(input.areaName),
    description: t.charts.takeoff.describe(input.k50, input.k90, fmt.count(maxK), pct(input.target), input.unsure50 ?? null, input.unsureTarget ?? null),
    plot: {
      ...plotBase,
      width: input.width ?? 720,
      height: 300,
      x: {
        label: t.charts.takeoff.xAxis,
        domain: [0, Math.max(1, maxK)],
        ticks: maxK <= 20 ? Array.from({ length: maxK + 1 }, (_, i) => i) : undefined,
        tickFormat: (v: number) => fmt.count(v),
      },
      y: { label: t.charts.takeoff.yAxis, domain: [0, 100], grid: true, tickFormat: (v: number) => fmt.percent(v, 0) },
      marks,
    },
    legend: [
      { label: t.charts.takeoff.legendCurve, colour: '#0072b2', dash: null },
      { label: t.charts.takeoff.legendMarks, colour: '#d55e00', dash: null },
    ],
    table: {
      columns: [
        { label: t.charts.columns.k, numeric: true, digits: 0 },
        { label: t.charts.columns.p, numeric: true, digits: 0 },
        { label: t.charts.columns.lo, numeric: true, digits: 0 },
        { label: t.charts.columns.hi, numeric: true, digits: 0 },
        { label: t.charts.columns.reps, numeric: true, digits: 0 },
      ],
      rows: points.map((p) => [p.k, p.p * 100, p.lo * 100, p.hi * 100, p.reps]),
    },
  };
}
