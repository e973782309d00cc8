/**
 * A scenario as plain JSON — exactly what the app saves, exports and puts in the URL, and what
 * `--scenario FILE` reads. validateScenario checks every field and fills defaults; bad input gives
 * an InputError naming the field and what is allowed.
 */
import { InputError } from '../core/errors.ts';
import { say, type Said } from '../i18n/engine/index.ts';
import { checkParam } from '../core/params/index.ts';
import { ROUTES, type PlacementMode, type PrSegment, type Route, type RunPlan } from '../core/plan.ts';
import { checkGroupNames, type BuurtGroup } from './area.ts';
import { parseSeries } from './series.ts';
import type { TakeoffRule } from './takeoff.ts';
import { BOUNDS, bounded } from './scenarioLimits.ts';
import { strictParse, type ScenarioInput } from './scenarioSchema.ts';
import type { RegisterCircle } from '../data/register.ts';
import { existingAt, validateCircles } from './scenarioCircles.ts';

export interface RouteSpec {
  count: number;
  from: number;
  to: number;
  placement: PlacementMode;
  buurten?: string[];
}

export interface Scenario {
  version: 1;
  name?: string;
  area: string[];
  groups: BuurtGroup[];
  plan: Record<Route, RouteSpec>;
  /** A meeting route that runs out of sites hands its remaining circles to the other one. */
  spillover: boolean;
  /** Local PR intensity over months (0 … 1). */
  pr: PrSegment[];
  /** National media over months: a multiplier on mediaAwareness (absent: 1 throughout). */
  media?: PrSegment[];
  months: number;
  params: Record<string, number>;
  reps: number;
  seed: number;
  /** Calendar month of scenario month 0, "YYYY-MM". */
  start?: string;
  takeoff: TakeoffRule;
  /** Circles that already exist (the circle register); placed as they are at `start`. */
  circles?: RegisterCircle[];
}

/** The largest horizon, replications and circles per route (derived from BOUNDS, scenarioLimits.ts: one set of limits). */
export const LIMITS = { months: BOUNDS.months.max, reps: BOUNDS.reps.max, count: BOUNDS.count.max } as const;

const bad = (field: string, said: Said) => new InputError('scenario.invalid', said, { field });
/** A list of codes as the schema let it through: one text with commas (a flag) or a list. */
const list = (v: string | string[]) => (typeof v === 'string' ? v.split(',') : v).map((s) => s.trim()).filter(Boolean);

function route(o: NonNullable<ScenarioInput['plan']>[Route], r: Route, months: number): RouteSpec {
  const f = `plan.${r}`;
  // The window's bounds depend on the horizon and on each other: the same bounds, narrowed.
  const from = bounded('from', o?.from, `${f}.from`, 0, months - 1);
  const to = o?.to === undefined ? Math.min(months, Math.max(from + 1, 24)) : bounded('to', o.to, `${f}.to`, from + 1, months);
  const placement = o?.placement ?? 'auto';
  const spec: RouteSpec = { count: (o?.count as number | undefined) ?? BOUNDS.count.fallback, from, to, placement };
  if (o?.buurten !== undefined) spec.buurten = list(o.buurten);
  if (placement === 'chosen' && !spec.buurten?.length) {
    throw bad(`${f}.buurten`, say('experiments.scenario.chosenNeedsBuurten', { field: `${f}.buurten` }));
  }
  return spec;
}

/** Where a scenario came from: a file, with the fields that flags beside it set (an error there is the flag's, not the file's). */
export interface ScenarioSource {
  file?: string;
  fromFlags?: readonly string[];
}

/** An error about a field the file gave names the file too. */
function inFile(e: unknown, source: ScenarioSource): unknown {
  const { file, fromFlags = [] } = source;
  if (!file || !(e instanceof InputError) || e.where.file) return e;
  const field = e.where.field ?? '';
  if (fromFlags.some((p) => field === p || field.startsWith(`${p}.`) || field.startsWith(`${p}[`))) return e;
  // The same message (its catalogue key and values kept), now naming the file.
  return new InputError(e.code, { ...e.messages, ...(e.key ? { key: e.key } : {}), ...(e.values ? { values: e.values } : {}) }, { file, ...e.where });
}

/**
 * Check a scenario (parsed JSON, or built from CLI flags) and fill in defaults: the schema
 * (scenarioSchema.ts) for every field's type and bounds, then what depends on several fields.
 * `file`: where the scenario came from, named in messages (not for the fields in `fromFlags`).
 */
export function validateScenario(input: unknown, opts: { allowEmptyPlan?: boolean } & ScenarioSource = {}): Scenario {
  try {
    return complete(strictParse(input), opts.allowEmptyPlan === true);
  } catch (e) {
    throw inFile(e, opts);
  }
}

function complete(o: ScenarioInput, allowEmptyPlan: boolean): Scenario {
  const months = (o.months as number | undefined) ?? BOUNDS.months.fallback;
  const area = list(o.area ?? []);
  if (!area.length) throw bad('area', say('experiments.scenario.noArea'));
  const groups = (o.groups ?? []).map((g) => ({ name: g.name, buurten: list(g.buurten) }));
  checkGroupNames(groups);
  const plan = Object.fromEntries(ROUTES.map((r) => [r, route(o.plan?.[r], r, months)])) as Record<Route, RouteSpec>;
  if (!allowEmptyPlan && ROUTES.every((r) => plan[r].count === 0)) {
    throw bad('plan', say('experiments.scenario.emptyPlan'));
  }
  const seedFrom = Math.min(...ROUTES.map((r) => plan[r].from)),
    seedTo = Math.max(...ROUTES.map((r) => plan[r].to));
  const pr =
    o.pr === undefined
      ? [{ from: seedFrom, to: seedTo, intensity: 0.5 }]
      : parseSeries(o.pr, 'pr', months, 'prIntensity', (x) => [{ from: seedFrom, to: seedTo, intensity: x }]);
  // National media (a multiplier on mediaAwareness; 1 = usual): change points or segments.
  const media = o.media === undefined ? [] : parseSeries(o.media, 'media', months, 'mediaIntensity', null);
  const params = Object.fromEntries(Object.entries(o.params ?? {}).map(([k, v]) => [k, checkParam(k, v, { field: `params.${k}` })]));
  const takeoff = takeoffRule(o.takeoff ?? {});
  if (takeoff.trendYears > takeoff.years) {
    throw bad(
      'takeoff.trendYears',
      say('experiments.scenario.trendAfterJudgement', { trend: BOUNDS['takeoff.trendYears'].label, years: BOUNDS['takeoff.years'].label }),
    );
  }
  const start = o.start;
  const circles = o.circles === undefined ? undefined : validateCircles(o.circles, start);
  const name = typeof o.name === 'string' ? o.name.slice(0, 200) : undefined;
  const reps = (o.reps as number | undefined) ?? BOUNDS.reps.fallback,
    seed = (o.seed as number | undefined) ?? BOUNDS.seed.fallback;
  return {
    version: 1,
    ...(name ? { name } : {}),
    area,
    groups,
    plan,
    spillover: o.spillover === true,
    pr,
    ...(media.length ? { media } : {}),
    months,
    params,
    reps,
    seed,
    ...(start ? { start } : {}),
    takeoff,
    ...(circles?.length ? { circles } : {}),
  };
}

/** The takeoff rule from the schema's checked fields, in the order the JSON output has always had. */
function takeoffRule(t: NonNullable<ScenarioInput['takeoff']>): TakeoffRule {
  const get = (k: keyof TakeoffRule) => (t[k] as number | undefined) ?? BOUNDS[`takeoff.${k}`].fallback;
  return {
    years: get('years'),
    minSelfStarted: get('minSelfStarted'),
    trendYears: get('trendYears'),
    minRecent: get('minRecent'),
    saturation: get('saturation'),
    growth: get('growth'),
    ratio: get('ratio'),
  };
}

export function toRunPlan(s: Scenario): RunPlan {
  const routes = Object.fromEntries(ROUTES.map((r) => [r, { ...s.plan[r] }])) as RunPlan['routes'];
  const existing = s.circles?.length && s.start ? existingAt(s.circles, s.start) : [];
  return {
    months: s.months,
    routes,
    pr: s.pr.map((p) => ({ ...p })),
    ...(s.media ? { media: s.media.map((p) => ({ ...p })) } : {}),
    spillover: s.spillover,
    ...(existing.length ? { existing } : {}),
  };
}
