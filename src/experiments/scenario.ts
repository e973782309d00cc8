/**
 * A scenario as plain JSON — exactly what the app saves, exports and puts in the URL, and what
 * `--scenario FILE` reads. validateScenario checks every field and fills defaults; bad input gives
 * an InputError naming the field and what is allowed.
 */
import { InputError } from '../core/errors.ts';
import { excerpt } from '../core/json.ts';
import { checkKeys } from '../core/suggest.ts';
import { checkParam } from '../core/params/index.ts';
import { ROUTES, type PlacementMode, type PrSegment, type Route, type RunPlan } from '../core/plan.ts';
import { checkGroupNames, type BuurtGroup } from './area.ts';
import { parseSeries } from './series.ts';
import { defaultTakeoff, type TakeoffRule } from './takeoff.ts';
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

export const LIMITS = { months: 360, reps: 10_000, count: 500 } as const;
/** National media at most this many times its usual level (model-science.md §0: the 2025 media year). */
const MAX_MEDIA = 50;
const PLACEMENTS: readonly PlacementMode[] = ['clustered', 'spread', 'auto', 'chosen'];
/** The fields a scenario may have (a typo such as 'sed' is named, never ignored); $schema and description for hand-written files. */
const FIELDS = ['version', 'name', 'area', 'groups', 'plan', 'spillover', 'pr', 'media', 'months', 'params', 'reps', 'seed', 'start', 'takeoff', 'circles', '$schema', 'description'] as const;
const ROUTE_FIELDS = ['count', 'from', 'to', 'placement', 'buurten'] as const;
const TAKEOFF_FIELDS = ['years', 'minSelfStarted', 'trendYears', 'growth', 'ratio', 'minRecent', 'saturation'] as const;

const bad = (field: string, nl: string, en: string) => new InputError('scenario.invalid', { nl, en }, { field });

function int(v: unknown, field: string, min: number, max: number, fallback?: number): number {
  if (v === undefined && fallback !== undefined) return fallback;
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
    throw bad(field, `${field} moet een heel getal van ${min} tot en met ${max} zijn; gekregen: ${excerpt(v)}`, `${field} must be a whole number from ${min} to ${max}; got: ${excerpt(v)}`);
  }
  return n;
}

function num(v: unknown, field: string, min: number, max: number, fallback?: number): number {
  if (v === undefined && fallback !== undefined) return fallback;
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v.replace(',', '.')) : v;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < min || n > max) {
    throw bad(field, `${field} moet een getal van ${min} tot en met ${max} zijn; gekregen: ${excerpt(v)}`, `${field} must be a number from ${min} to ${max}; got: ${excerpt(v)}`);
  }
  return n;
}

function strings(v: unknown, field: string): string[] {
  if (typeof v === 'string') return v.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(v) && v.every((s) => typeof s === 'string')) return v.map((s) => s.trim()).filter(Boolean);
  throw bad(field, `${field} moet een lijst van CBS-codes zijn`, `${field} must be a list of CBS codes`);
}

function obj(v: unknown, field: string): Record<string, unknown> {
  if (v === undefined) return {};
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw bad(field, `${field} moet een object zijn`, `${field} must be an object`);
  return v as Record<string, unknown>;
}

function route(v: unknown, r: Route, months: number): RouteSpec {
  const o = obj(v, `plan.${r}`);
  checkKeys(o, ROUTE_FIELDS, `plan.${r}`);
  const from = int(o.from, `plan.${r}.from`, 0, months - 1, 0);
  const to = int(o.to, `plan.${r}.to`, from + 1, months, Math.min(months, Math.max(from + 1, 24)));
  const placement = (o.placement ?? 'auto') as PlacementMode;
  if (!PLACEMENTS.includes(placement)) {
    throw bad(`plan.${r}.placement`, `plan.${r}.placement moet een van ${PLACEMENTS.join(', ')} zijn; gekregen: ${excerpt(o.placement)}`, `plan.${r}.placement must be one of ${PLACEMENTS.join(', ')}; got: ${excerpt(o.placement)}`);
  }
  const spec: RouteSpec = { count: int(o.count, `plan.${r}.count`, 0, LIMITS.count, 0), from, to, placement };
  if (o.buurten !== undefined) spec.buurten = strings(o.buurten, `plan.${r}.buurten`);
  if (placement === 'chosen' && !spec.buurten?.length) {
    throw bad(`plan.${r}.buurten`, `plaatsing 'chosen' vraagt om een lijst buurtcodes in plan.${r}.buurten`, `placement 'chosen' needs a list of buurt codes in plan.${r}.buurten`);
  }
  return spec;
}

/** Check a scenario (parsed JSON, or built from CLI flags) and fill in defaults. */
export function validateScenario(input: unknown, opts: { allowEmptyPlan?: boolean } = {}): Scenario {
  const o = obj(input, 'scenario');
  checkKeys(o, FIELDS, '');
  if (o.version !== undefined && o.version !== 1) throw bad('version', `onbekende scenarioversie ${excerpt(o.version)} (verwacht 1)`, `unknown scenario version ${excerpt(o.version)} (expected 1)`);
  const months = int(o.months, 'months', 12, LIMITS.months, 120);
  const area = strings(o.area ?? [], 'area');
  if (!area.length) throw bad('area', 'kies minstens één gebied (CBS-code of groepsnaam)', 'choose at least one area (CBS code or group name)');
  const groups = (Array.isArray(o.groups) ? o.groups : o.groups === undefined ? [] : (() => { throw bad('groups', 'groups moet een lijst zijn', 'groups must be a list'); })()).map((g, i) => {
    const go = obj(g, `groups[${i}]`);
    checkKeys(go, ['name', 'buurten'], `groups[${i}]`);
    if (typeof go.name !== 'string' || !go.name.trim()) throw bad(`groups[${i}].name`, 'een groep heeft een naam nodig', 'a group needs a name');
    return { name: go.name.trim(), buurten: strings(go.buurten, `groups[${i}].buurten`) };
  });
  checkGroupNames(groups);
  const planIn = obj(o.plan, 'plan');
  for (const key of Object.keys(planIn)) if (!ROUTES.includes(key as Route)) throw bad(`plan.${excerpt(key).slice(1, -1)}`, `onbekende route ${excerpt(key)} (toegestaan: a, b, c)`, `unknown route ${excerpt(key)} (allowed: a, b, c)`);
  const plan = Object.fromEntries(ROUTES.map((r) => [r, route(planIn[r], r, months)])) as Record<Route, RouteSpec>;
  if (!opts.allowEmptyPlan && ROUTES.every((r) => plan[r].count === 0)) {
    throw bad('plan', 'het plan start geen enkele cirkel; geef bijvoorbeeld --plan a=1,b=2 (of gebruik critical-mass om k = 0 te vergelijken)', 'the plan seeds no circle; give for instance --plan a=1,b=2 (or use critical-mass to compare with k = 0)');
  }
  const seedFrom = Math.min(...ROUTES.map((r) => plan[r].from)), seedTo = Math.max(...ROUTES.map((r) => plan[r].to));
  const pr = o.pr === undefined ? [{ from: seedFrom, to: seedTo, intensity: 0.5 }] : parseSeries(o.pr, 'pr', months, 1, (x) => [{ from: seedFrom, to: seedTo, intensity: x }]);
  // National media (a multiplier on mediaAwareness; 1 = usual): change points or segments.
  const media = o.media === undefined ? [] : parseSeries(o.media, 'media', months, MAX_MEDIA, null);
  const params = Object.fromEntries(Object.entries(obj(o.params, 'params')).map(([k, v]) => [k, checkParam(k, v, { field: `params.${k}` })]));
  const t = obj(o.takeoff, 'takeoff');
  checkKeys(t, TAKEOFF_FIELDS, 'takeoff');
  const takeoff: TakeoffRule = {
    years: num(t.years, 'takeoff.years', 1, 20, defaultTakeoff.years),
    minSelfStarted: int(t.minSelfStarted, 'takeoff.minSelfStarted', 1, 100, defaultTakeoff.minSelfStarted),
    trendYears: num(t.trendYears, 'takeoff.trendYears', 0, 20, defaultTakeoff.trendYears),
    minRecent: int(t.minRecent, 'takeoff.minRecent', 0, 100, defaultTakeoff.minRecent),
    saturation: num(t.saturation, 'takeoff.saturation', 0, 1, defaultTakeoff.saturation),
    growth: num(t.growth, 'takeoff.growth', 0, 10, defaultTakeoff.growth),
    ratio: num(t.ratio, 'takeoff.ratio', 0, 10, defaultTakeoff.ratio),
  };
  if (takeoff.trendYears > takeoff.years) throw bad('takeoff.trendYears', 'takeoff.trendYears mag niet groter zijn dan takeoff.years', 'takeoff.trendYears cannot exceed takeoff.years');
  let start: string | undefined;
  if (o.start !== undefined) {
    if (typeof o.start !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(o.start)) throw bad('start', `start moet JJJJ-MM zijn, bijvoorbeeld 2026-01; gekregen: ${excerpt(o.start)}`, `start must be YYYY-MM, e.g. 2026-01; got: ${excerpt(o.start)}`);
    start = o.start;
  }
  const circles = o.circles === undefined ? undefined : validateCircles(o.circles, start);
  const name = typeof o.name === 'string' ? o.name.slice(0, 200) : undefined;
  if (o.spillover !== undefined && typeof o.spillover !== 'boolean') throw bad('spillover', 'spillover moet true of false zijn', 'spillover must be true or false');
  return {
    version: 1, ...(name ? { name } : {}), area, groups, plan, spillover: o.spillover === true, pr, ...(media.length ? { media } : {}), months, params,
    reps: int(o.reps, 'reps', 1, LIMITS.reps, 100), seed: int(o.seed, 'seed', 0, 2 ** 31 - 1, 1), ...(start ? { start } : {}), takeoff,
    ...(circles?.length ? { circles } : {}),
  };
}

export function toRunPlan(s: Scenario): RunPlan {
  const routes = Object.fromEntries(ROUTES.map((r) => [r, { ...s.plan[r] }])) as RunPlan['routes'];
  const existing = s.circles?.length && s.start ? existingAt(s.circles, s.start) : [];
  return { months: s.months, routes, pr: s.pr.map((p) => ({ ...p })), ...(s.media ? { media: s.media.map((p) => ({ ...p })) } : {}), spillover: s.spillover, ...(existing.length ? { existing } : {}) };
}
