import { tooDeep } from '../../core/json.ts';
import { messages } from '../../i18n/index.ts';
import { ROUTES, type PlacementMode, type Route } from '../../core/plan.ts';
import { isRegionCode } from '../../data/regions.ts';
import type { BuurtGroup } from '../../experiments/area.ts';
import type { RouteSpec } from '../../experiments/scenario.ts';
import { lenient, TAKEOFF_KEYS, type Dropped } from '../../experiments/scenarioSchema.ts';
import { defaultTakeoff, type TakeoffRule } from '../../experiments/takeoff.ts';
import { deflateToBase64url, inflateFromBase64url } from './compress.ts';
import { cleanParams } from './params.ts';
import {
  APP_MAX_REPS,
  CRITICAL_ROUTES,
  defaultCritical,
  defaultRank,
  defaultWorkspace,
  isStartMonth,
  MAX_SCENARIOS,
  PLACEMENTS,
  type CriticalSettings,
  type Draft,
  type RankSettings,
  type Workspace,
} from './workspace.ts';

/**
 * Workspace ⇄ the `sc` URL parameter: JSON, deflated, base64url, behind a version prefix ("1.").
 * Reading is lenient in the way links need: every field is checked and a bad one falls back to
 * its default (parameters through the registry), so an old or hand-edited link still opens.
 * The default workspace writes nothing, so `/?area=GM1982` stays a plain link.
 */
const PREFIX = '1.';
/**
 * The longest workspace text a link may inflate to. Four scenarios with every buurt of a large
 * gemeente chosen come to some 40 kB; 1 MB leaves room and stops a link that inflates to gigabytes.
 */
const MAX_WORKSPACE_CHARS = 1_000_000;

export async function encodeWorkspace(ws: Workspace): Promise<string | null> {
  const json = JSON.stringify(compact(ws));
  if (json === DEFAULT_JSON) return null;
  return PREFIX + (await deflateToBase64url(json));
}

export interface Decoded {
  workspace: Workspace;
  /** True when the parameter was there but could not be read at all. */
  broken: boolean;
  /** Fields that were read but did not fit their bounds, back at their defaults. */
  dropped: Dropped[];
}

export async function decodeWorkspace(param: string | null): Promise<Decoded> {
  if (!param) return { workspace: defaultWorkspace(), broken: false, dropped: [] };
  try {
    if (!param.startsWith(PREFIX)) throw new Error('unknown version');
    const text = await inflateFromBase64url(param.slice(PREFIX.length), MAX_WORKSPACE_CHARS);
    if (tooDeep(text)) throw new Error('nested too deeply');
    const dropped: Dropped[] = [];
    return { workspace: sanitiseWorkspace(JSON.parse(text), dropped), broken: false, dropped };
  } catch {
    return { workspace: defaultWorkspace(), broken: true, dropped: [] };
  }
}

/** The stored form: the workspace itself, with each draft's parameters already minimal. */
function compact(ws: Workspace): Workspace {
  const { proposal, ...rest } = ws;
  // No proposal marked writes nothing, so links made before the mark existed stay the same.
  const kept = (proposal === null ? rest : ws) as Workspace;
  return { ...kept, scenarios: ws.scenarios.map((d) => ({ ...d, params: cleanParams(d.params).params })) };
}

const DEFAULT_JSON = JSON.stringify(compact(defaultWorkspace()));

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const codes = (v: unknown): string[] => (Array.isArray(v) ? v.filter((c): c is string => typeof c === 'string' && isRegionCode(c)) : []);
const text = (v: unknown, fallback: string, max = 80) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : fallback);

/**
 * The workspace from a link, every number checked against the scenario's one set of limits
 * (scenarioLimits.ts). What does not fit falls back to its default and is listed in `dropped`,
 * with the field and the reason, so the app can say what it left out.
 */
export function sanitiseWorkspace(raw: unknown, dropped: Dropped[] = []): Workspace {
  const base = defaultWorkspace();
  if (!isObj(raw)) return base;
  const months = lenient('months', raw.months, 'months', base.months, dropped);
  const scenarios = (Array.isArray(raw.scenarios) ? raw.scenarios : []).slice(0, MAX_SCENARIOS).map((d, i) => draft(d, i, months, dropped));
  const groups: BuurtGroup[] = [];
  for (const g of Array.isArray(raw.groups) ? raw.groups : []) {
    if (!isObj(g)) continue;
    const name = text(g.name, '');
    const buurten = codes(g.buurten).filter((c) => c.startsWith('BU'));
    if (name && buurten.length && !groups.some((x) => x.name === name)) groups.push({ name, buurten });
  }
  // Which scenario is open or marked are positions in the list, not limits of the model.
  const position = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < Math.max(1, scenarios.length) ? v : null);
  return {
    groups,
    scenarios: scenarios.length ? scenarios : base.scenarios,
    active: position(raw.active) ?? 0,
    seed: lenient('seed', raw.seed, 'seed', base.seed, dropped),
    reps: lenient('appReps', raw.reps, 'reps', base.reps, dropped),
    months,
    start: isStartMonth(raw.start) ? raw.start : base.start,
    takeoff: takeoff(raw.takeoff, dropped),
    critical: isObj(raw.critical) ? criticalSettings(raw.critical, dropped) : null,
    rank: isObj(raw.rank) ? rankSettings(raw.rank, dropped) : null,
    proposal: position(raw.proposal),
  };
}

function criticalSettings(c: Record<string, unknown>, dropped: Dropped[]): CriticalSettings {
  const route = CRITICAL_ROUTES.includes(c.route as CriticalSettings['route']) ? (c.route as CriticalSettings['route']) : defaultCritical.route;
  return {
    route,
    target: lenient('target', c.target, 'critical.target', defaultCritical.target, dropped),
    maxK: c.maxK === null || c.maxK === undefined ? null : lenient('maxK', c.maxK, 'critical.maxK', 8, dropped),
    reps: lenient('searchReps', c.reps, 'critical.reps', defaultCritical.reps, dropped, undefined, APP_MAX_REPS),
  };
}

function rankSettings(r: Record<string, unknown>, dropped: Dropped[]): RankSettings {
  const level = ['wijk', 'buurt', 'group'].includes(r.level as string) ? (r.level as RankSettings['level']) : defaultRank.level;
  return {
    level,
    budget: lenient('budget', r.budget, 'rank.budget', defaultRank.budget, dropped),
    reps: lenient('searchReps', r.reps, 'rank.reps', defaultRank.reps, dropped, undefined, APP_MAX_REPS),
  };
}

function draft(raw: unknown, i: number, months: number, dropped: Dropped[]): Draft {
  const d = isObj(raw) ? raw : {};
  const plan = isObj(d.plan) ? d.plan : {};
  const pr = isObj(d.pr) ? d.pr : {};
  const f = `scenarios[${i}]`;
  const params = cleanParams(d.params);
  for (const x of params.dropped) dropped.push({ field: `${f}.params.${x.name}`, message: x.message });
  return {
    name: text(d.name, `Scenario ${i + 1}`),
    plan: Object.fromEntries(ROUTES.map((r) => [r, routeSpec(plan[r], months, `${f}.plan.${r}`, dropped)])) as Record<Route, RouteSpec>,
    pr: { during: lenient('prIntensity', pr.during, `${f}.pr.during`, 0.5, dropped), after: lenient('prIntensity', pr.after, `${f}.pr.after`, 0, dropped) },
    chosen: codes(d.chosen).filter((c) => c.startsWith('BU')),
    params: params.params,
  };
}

function routeSpec(raw: unknown, months: number, f: string, dropped: Dropped[]): RouteSpec {
  const r = isObj(raw) ? raw : {};
  // The window as validateScenario bounds it: inside the horizon, its end after its start.
  const from = lenient('from', r.from, `${f}.from`, 0, dropped, 0, months - 1);
  const to = lenient('to', r.to, `${f}.to`, Math.min(months, Math.max(from + 1, 24)), dropped, from + 1, months);
  const placement = PLACEMENTS.includes(r.placement as PlacementMode) ? (r.placement as PlacementMode) : 'auto';
  return { count: lenient('count', r.count, `${f}.count`, 0, dropped), from, to, placement };
}

/** The takeoff rule field by field within its bounds; a rule whose trend is longer than its years falls back whole. */
function takeoff(raw: unknown, dropped: Dropped[]): TakeoffRule {
  if (!isObj(raw)) return { ...defaultTakeoff };
  const rule = Object.fromEntries(
    TAKEOFF_KEYS.map((k) => [k, lenient(`takeoff.${k}`, raw[k], `takeoff.${k}`, defaultTakeoff[k], dropped)]),
  ) as unknown as TakeoffRule;
  if (rule.trendYears <= rule.years) return { ...defaultTakeoff, ...rule };
  dropped.push({ field: 'takeoff.trendYears', message: { nl: messages('nl').plan.trendTooLong, en: messages('en').plan.trendTooLong } });
  return { ...defaultTakeoff };
}
