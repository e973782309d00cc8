import type { PlotOptions } from '@observablehq/plot';
import type { Cell } from '../export/csv.ts';
import { LOCALES, type Locale } from '../i18n/index.ts';

/**
 * A chart as data: Plot options for the picture, plus everything around it that people and
 * screen readers need — title, a plain-words description, the legend (colour and dash, so colour
 * is never the only cue) and the same numbers as a table (shown on request, exported as CSV).
 * Builders are pure; views/chartFigure.ts turns a spec into a figure.
 */
export interface ChartSpec {
  /** Stable name for files and focus keys. */
  id: string;
  title: string;
  /** One or two sentences that say what the chart shows in numbers (aria-description). */
  description: string;
  plot: PlotOptions;
  legend: LegendEntry[];
  table: { columns: TableColumn[]; rows: Cell[][] };
}

export interface TableColumn {
  label: string;
  numeric: boolean;
  /** Decimals shown in the table view (CSV keeps full precision). */
  digits?: number;
  /** A year: shown without a thousands separator. */
  year?: boolean;
}

export interface LegendEntry {
  label: string;
  colour: string;
  /** SVG stroke-dasharray, or null for a solid line. */
  dash: string | null;
  /** A band (filled area) instead of a line. */
  band?: boolean;
}

/**
 * Okabe & Ito's palette, distinguishable with every common colour-vision deficiency, each paired
 * with its own dash pattern so scenarios also differ in black and white print.
 */
export const SCENARIO_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7'] as const;
const SCENARIO_DASHES = [null, '7 3', '2 3', '10 3 2 3'] as const;

export function scenarioStyle(i: number): { colour: string; dash: string | null } {
  return { colour: SCENARIO_COLOURS[i % SCENARIO_COLOURS.length], dash: SCENARIO_DASHES[i % SCENARIO_DASHES.length] };
}

/** Months as x: years since the start, or calendar years when the scenario has a start month. */
export interface TimeAxis {
  x(month: number): number;
  label: string;
  tickFormat(value: number): string;
  domain: [number, number];
}

export function timeAxis(locale: Locale, months: number, start: string | null): TimeAxis {
  if (start) {
    const [year, month] = start.split('-').map(Number);
    const origin = year + (month - 1) / 12;
    return {
      x: (m) => origin + m / 12,
      label: locale.t.charts.calendarAxis,
      tickFormat: (v) => (Number.isInteger(v) ? String(v) : ''),
      domain: [origin, origin + months / 12],
    };
  }
  return { x: (m) => m / 12, label: locale.t.charts.yearsAxis, tickFormat: (v) => (Number.isInteger(v) ? locale.fmt.count(v) : ''), domain: [0, months / 12] };
}

/**
 * A moment of the run in words (issue #12: one meaning of "start" on map, chart and report).
 * Month index m is the state after m months: m = 0 is the start, before any seeding (so 0 circles
 * unless circles already exist), m = 12 the end of the first year. With a start month: "start
 * (januari 2027)", "eind 2027" (a December end says only the year), "eind maart 2028"; without
 * one: "start", "na 3 jaar".
 */
export function momentLabel(locale: Locale, start: string | null, m: number): string {
  const { t, fmt } = locale;
  if (!start) return m === 0 ? t.coverage.momentPlainStart : t.coverage.year(m % 12 === 0 ? fmt.count(m / 12) : fmt.decimal(m / 12, 1));
  const [y, mo] = start.split('-').map(Number);
  const month = (d: Date) => new Intl.DateTimeFormat(LOCALES[locale.lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
  if (m === 0) return t.coverage.momentStart(month(new Date(Date.UTC(y, mo - 1, 1))));
  const last = new Date(Date.UTC(y, mo - 1 + m - 1, 1));
  return t.coverage.momentEnd(last.getUTCMonth() === 11 ? String(last.getUTCFullYear()) : month(last));
}

/** Whole years after the start, or calendar years when a start month is set. */
export function yearNumber(start: string | null, month: number): number {
  return (start ? Number(start.slice(0, 4)) : 0) + Math.floor(month / 12);
}

/**
 * Whole-number ticks for a year axis (Plot would otherwise pick 0.5 steps on short horizons), and
 * no more than fit the chart's width: a year label takes about 48 px at the charts' 13 px text, so
 * a phone-wide chart labels every other year where a wide one labels each.
 */
export function yearTicks(domain: [number, number], width = 720): number[] {
  const [a, b] = domain;
  const span = b - a;
  const fit = Math.max(2, Math.floor(width / 48));
  const step = Math.max(span > 24 ? 5 : span > 12 ? 2 : 1, [1, 2, 5, 10, 20].find((s) => span / s + 1 <= fit) ?? 50);
  const out: number[] = [];
  for (let v = Math.ceil(a / step) * step; v <= b + 1e-9; v += step) out.push(v);
  return out;
}

/** Plot's font and background follow the page, so the charts look like the rest of the app. */
export const plotBase = {
  style: { fontSize: '13px', background: 'transparent', overflow: 'visible' },
  marginLeft: 56,
  marginRight: 16,
  marginBottom: 40,
} as const;
