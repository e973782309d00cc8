/**
 * The one set of limits for a scenario and the analyses around it: scenario files, CLI flags, the
 * app's form and links all take their bounds from here (issue #13: max k was 200 in the app and
 * 500 in the engine). Each bound carries the field's name in plain words, so a message can say
 * "horizon in maanden (months) moet …" instead of only the JSON path.
 * Model parameters are not here: their bounds live in the parameter registry (src/core/params/).
 */
import { InputError } from '../core/errors.ts';
import { excerpt } from '../core/json.ts';
import { plain, say, type Said, type WordKey } from '../i18n/engine/index.ts';
import { defaultTakeoff } from './takeoff.ts';

export interface Bound {
  min: number;
  max: number;
  /** Whole numbers only. */
  whole: boolean;
  /** min and max themselves not allowed (a probability strictly between 0 and 1). */
  open?: boolean;
  /** The value when the field is absent. */
  fallback?: number;
  label: { nl: string; en: string };
}

type WithFallback = Bound & { fallback: number };
type LabelKey = Extract<WordKey, `experiments.scenarioLimits.label.${string}`>;
function whole(min: number, max: number, label: LabelKey): Bound;
function whole(min: number, max: number, label: LabelKey, fallback: number): WithFallback;
function whole(min: number, max: number, label: LabelKey, fallback?: number): Bound {
  return { min, max, whole: true, label: plain(say(label)), ...(fallback !== undefined ? { fallback } : {}) };
}
function real(min: number, max: number, label: LabelKey): Bound;
function real(min: number, max: number, label: LabelKey, fallback: number): WithFallback;
function real(min: number, max: number, label: LabelKey, fallback?: number): Bound {
  return { min, max, whole: false, label: plain(say(label)), ...(fallback !== undefined ? { fallback } : {}) };
}

export const BOUNDS = {
  // 30 years: the longest horizon the model's demography (lifecourse.ts) is meant for; 12: one year at least.
  months: whole(12, 360, 'experiments.scenarioLimits.label.months', 120),
  reps: whole(1, 10_000, 'experiments.scenarioLimits.label.reps', 100),
  seed: whole(0, 2 ** 31 - 1, 'experiments.scenarioLimits.label.seed', 1),
  /** Circles one route seeds; 500 is more than the largest gemeente has complexes for. */
  count: whole(0, 500, 'experiments.scenarioLimits.label.count', 0),
  from: whole(0, 359, 'experiments.scenarioLimits.label.from', 0),
  to: whole(1, 360, 'experiments.scenarioLimits.label.to'),
  /** Local PR intensity, 0 (none) … 1 (the most a municipality does). */
  prIntensity: real(0, 1, 'experiments.scenarioLimits.label.prIntensity'),
  /** National media at most this many times its usual level (model-science.md §0: the 2025 media year). */
  mediaIntensity: real(0, 50, 'experiments.scenarioLimits.label.mediaIntensity'),
  seriesMonth: whole(0, 359, 'experiments.scenarioLimits.label.seriesMonth'),
  // The takeoff rule (src/experiments/takeoff.ts); defaults from defaultTakeoff.
  'takeoff.years': real(1, 20, 'experiments.scenarioLimits.label.takeoffYears', defaultTakeoff.years),
  'takeoff.minSelfStarted': whole(1, 100, 'experiments.scenarioLimits.label.takeoffMinSelfStarted', defaultTakeoff.minSelfStarted),
  'takeoff.trendYears': real(0, 20, 'experiments.scenarioLimits.label.takeoffTrendYears', defaultTakeoff.trendYears),
  'takeoff.minRecent': whole(0, 100, 'experiments.scenarioLimits.label.takeoffMinRecent', defaultTakeoff.minRecent),
  'takeoff.saturation': real(0, 1, 'experiments.scenarioLimits.label.takeoffSaturation', defaultTakeoff.saturation),
  'takeoff.growth': real(0, 10, 'experiments.scenarioLimits.label.takeoffGrowth', defaultTakeoff.growth),
  'takeoff.ratio': real(0, 10, 'experiments.scenarioLimits.label.takeoffRatio', defaultTakeoff.ratio),
  // The critical-mass search and the ranking (CLI flags and the app's settings alike).
  maxK: whole(1, 500, 'experiments.scenarioLimits.label.maxK'),
  searchReps: whole(2, 10_000, 'experiments.scenarioLimits.label.searchReps'),
  target: { ...real(0, 1, 'experiments.scenarioLimits.label.target', 0.9), open: true },
  budget: whole(1, 500, 'experiments.scenarioLimits.label.budget', 5),
  /** Replications the app allows: enough for bands, small enough to stay interactive in a browser. */
  appReps: whole(1, 1000, 'experiments.scenarioLimits.label.appReps'),
} as const satisfies Record<string, Bound>;

export type BoundName = keyof typeof BOUNDS;

/** A flag's or a file's text as a number ("0,5" as well as "0.5"); anything else stays as it was. */
export function numeric(v: unknown): unknown {
  if (typeof v !== 'string' || v.trim() === '') return v;
  const n = Number(v.trim().replace(',', '.'));
  return Number.isNaN(n) ? v : n;
}

/** Whether `n` is allowed by bound `b`, with `lo`/`hi` narrowing it where a neighbouring field does (a window's end after its start). */
export function fits(b: Bound, n: unknown, lo = b.min, hi = b.max): n is number {
  if (typeof n !== 'number' || !Number.isFinite(n) || (b.whole && !Number.isInteger(n))) return false;
  return b.open ? n > lo && n < hi : n >= lo && n <= hi;
}

/** The message for a value outside its bound, naming the field in plain words and by its path. */
export function boundMessage(b: Bound, field: string, got: unknown, lo = b.min, hi = b.max): Said {
  return say('experiments.scenarioLimits.outOfBounds', { field, whole: b.whole, open: b.open === true, lo, hi, label: b.label, got: excerpt(got) });
}

/** The value of `field` checked against bound `name` (strict: an InputError naming the field); absent: the bound's fallback. */
export function bounded(name: BoundName, v: unknown, field: string, lo?: number, hi?: number): number {
  const b: Bound = BOUNDS[name];
  if (v === undefined && b.fallback !== undefined) return b.fallback;
  const n = numeric(v);
  if (!fits(b, n, lo, hi)) throw new InputError('scenario.invalid', boundMessage(b, field, v, lo ?? b.min, hi ?? b.max), { field });
  return n;
}
