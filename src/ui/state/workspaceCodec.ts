import { tooDeep } from '../../core/json.ts';
import { ROUTES, type PlacementMode, type Route } from '../../core/plan.ts';
import { isRegionCode } from '../../data/regions.ts';
import type { BuurtGroup } from '../../experiments/area.ts';
import { LIMITS, validateScenario, type RouteSpec } from '../../experiments/scenario.ts';
import { defaultTakeoff, type TakeoffRule } from '../../experiments/takeoff.ts';
import { deflateToBase64url, inflateFromBase64url } from './compress.ts';
import { cleanParams } from './params.ts';
import { APP_MAX_REPS, CRITICAL_ROUTES, defaultCritical, defaultRank, defaultWorkspace, isStartMonth, MAX_SCENARIOS, PLACEMENTS, type CriticalSettings, type Draft, type RankSettings, type Workspace } from './workspace.ts';

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
}

export async function decodeWorkspace(param: string | null): Promise<Decoded> {
  if (!param) return { workspace: defaultWorkspace(), broken: false };
  try {
    if (!param.startsWith(PREFIX)) throw new Error('unknown version');
    const text = await inflateFromBase64url(param.slice(PREFIX.length), MAX_WORKSPACE_CHARS);
    if (tooDeep(text)) throw new Error('nested too deeply');
    return { workspace: sanitiseWorkspace(JSON.parse(text)), broken: false };
  } catch {
    return { workspace: defaultWorkspace(), broken: true };
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
const int = (v: unknown, min: number, max: number, fallback: number) => (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fallback);
const num = (v: unknown, min: number, max: number, fallback: number) => (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : fallback);
const codes = (v: unknown): string[] => (Array.isArray(v) ? v.filter((c): c is string => typeof c === 'string' && isRegionCode(c)) : []);
const text = (v: unknown, fallback: string, max = 80) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : fallback);

export function sanitiseWorkspace(raw: unknown): Workspace {
  const base = defaultWorkspace();
  if (!isObj(raw)) return base;
  const months = int(raw.months, 12, LIMITS.months, base.months);
  const scenarios = (Array.isArray(raw.scenarios) ? raw.scenarios : []).slice(0, MAX_SCENARIOS).map((d, i) => draft(d, i, months));
  const groups: BuurtGroup[] = [];
  for (const g of Array.isArray(raw.groups) ? raw.groups : []) {
    if (!isObj(g)) continue;
    const name = text(g.name, '');
    const buurten = codes(g.buurten).filter((c) => c.startsWith('BU'));
    if (name && buurten.length && !groups.some((x) => x.name === name)) groups.push({ name, buurten });
  }
  return {
    groups,
    scenarios: scenarios.length ? scenarios : base.scenarios,
    active: int(raw.active, 0, Math.max(0, scenarios.length - 1), 0),
    seed: int(raw.seed, 0, 2 ** 31 - 1, base.seed),
    reps: int(raw.reps, 1, APP_MAX_REPS, base.reps),
    months,
    start: isStartMonth(raw.start) ? raw.start : base.start,
    takeoff: takeoff(raw.takeoff),
    critical: isObj(raw.critical) ? criticalSettings(raw.critical) : null,
    rank: isObj(raw.rank) ? rankSettings(raw.rank) : null,
    proposal: typeof raw.proposal === 'number' && Number.isInteger(raw.proposal) && raw.proposal >= 0 && raw.proposal < Math.max(1, scenarios.length) ? raw.proposal : null,
  };
}

function criticalSettings(c: Record<string, unknown>): CriticalSettings {
  const route = CRITICAL_ROUTES.includes(c.route as CriticalSettings['route']) ? (c.route as CriticalSettings['route']) : defaultCritical.route;
  return {
    route,
    target: num(c.target, 0.05, 0.99, defaultCritical.target),
    maxK: c.maxK === null || c.maxK === undefined ? null : int(c.maxK, 1, 200, 8),
    reps: int(c.reps, 2, APP_MAX_REPS, defaultCritical.reps),
  };
}

function rankSettings(r: Record<string, unknown>): RankSettings {
  const level = ['wijk', 'buurt', 'group'].includes(r.level as string) ? (r.level as RankSettings['level']) : defaultRank.level;
  return { level, budget: int(r.budget, 1, 100, defaultRank.budget), reps: int(r.reps, 2, APP_MAX_REPS, defaultRank.reps) };
}

function draft(raw: unknown, i: number, months: number): Draft {
  const d = isObj(raw) ? raw : {};
  const plan = isObj(d.plan) ? d.plan : {};
  const pr = isObj(d.pr) ? d.pr : {};
  return {
    name: text(d.name, `Scenario ${i + 1}`),
    plan: Object.fromEntries(ROUTES.map((r) => [r, routeSpec(plan[r], months)])) as Record<Route, RouteSpec>,
    pr: { during: num(pr.during, 0, 1, 0.5), after: num(pr.after, 0, 1, 0) },
    chosen: codes(d.chosen).filter((c) => c.startsWith('BU')),
    params: cleanParams(d.params).params,
  };
}

function routeSpec(raw: unknown, months: number): RouteSpec {
  const r = isObj(raw) ? raw : {};
  const from = int(r.from, 0, months - 1, 0);
  const to = int(r.to, from + 1, months, Math.min(months, Math.max(from + 1, 24)));
  const placement = PLACEMENTS.includes(r.placement as PlacementMode) ? (r.placement as PlacementMode) : 'auto';
  return { count: int(r.count, 0, LIMITS.count, 0), from, to, placement };
}

/**
 * The takeoff rule is checked by the engine's own scenario validation (field names, bounds), so
 * this codec never drifts from it; a rule that does not pass falls back to the default.
 */
function takeoff(raw: unknown): TakeoffRule {
  if (!isObj(raw)) return { ...defaultTakeoff };
  try {
    const known = Object.fromEntries(Object.keys(defaultTakeoff).filter((k) => raw[k] !== undefined).map((k) => [k, raw[k]]));
    return validateScenario({ area: ['GM0000'], plan: { a: { count: 1 } }, takeoff: known }).takeoff;
  } catch {
    return { ...defaultTakeoff };
  }
}
