import { BOUNDS } from '../../experiments/scenarioLimits.ts';
import { START_MONTH } from '../../experiments/scenarioSchema.ts';
import { ROUTES, type PlacementMode, type Route } from '../../core/plan.ts';
import type { BuurtGroup } from '../../experiments/area.ts';
import { validateScenario, type RouteSpec, type Scenario } from '../../experiments/scenario.ts';
import { defaultTakeoff, type TakeoffRule } from '../../experiments/takeoff.ts';

/**
 * What the user is planning: 1–4 scenarios for one area, compared on common random numbers. The
 * shared settings (seed, replications, horizon, takeoff rule) live on the workspace, not on each
 * scenario, because a comparison is only fair when every scenario draws the same random futures.
 * A draft turns into the engine's Scenario JSON (toScenario), which is exactly what the app
 * exports and `sneeuwbal simulate --scenario` reads.
 */
export interface Draft {
  name: string;
  plan: Record<Route, RouteSpec>;
  /** PR intensity (0–1) while professionals seed, and afterwards. */
  pr: { during: number; after: number };
  /** Buurten for routes with placement 'chosen' (a code twice asks for two seeds there). */
  chosen: string[];
  /** Registry parameters that differ from their defaults. */
  params: Record<string, number>;
}

/**
 * A change to the workspace, applied to the workspace as it is when the change happens (not as it
 * was drawn): a field committed just before a click and the click both count.
 */
export type WorkspaceEdit = (ws: Workspace) => Workspace;

export interface Workspace {
  groups: BuurtGroup[];
  scenarios: Draft[];
  /** The scenario being edited and shown on the map. */
  active: number;
  seed: number;
  reps: number;
  months: number;
  /** Calendar month of month 0 ("YYYY-MM"), or null for "year 1, 2, …". */
  start: string | null;
  takeoff: TakeoffRule;
  /** The analyses the user asked for (null: not asked), so a copied link shows them too. */
  critical: CriticalSettings | null;
  rank: RankSettings | null;
  /** The scenario marked as the proposal for the council (the report shows it); null: none marked. */
  proposal: number | null;
}

/** Critical-mass search for the planning area, based on the active scenario. */
export interface CriticalSettings {
  route: 'mix' | Route;
  target: number;
  /** Largest k to try; null lets the engine choose from the area's size. */
  maxK: number | null;
  /** Most replications at one k. */
  reps: number;
}

/** "Where to start": the places of the gemeente ranked by the seeds and euros they need. */
export interface RankSettings {
  level: 'wijk' | 'buurt' | 'group';
  budget: number;
  reps: number;
}

/** The critical-mass search's choices of route: all routes mixed, or one. */
export const CRITICAL_ROUTES: readonly CriticalSettings['route'][] = ['mix', ...ROUTES];

/** Replications as the CLI uses them (DEFAULT_REPS, src/experiments/criticalMass.ts): the same answer in the app, the CLI and the ranking. */
export const defaultCritical: CriticalSettings = { route: 'mix', target: 0.9, maxK: null, reps: 400 };
export const defaultRank: RankSettings = { level: 'wijk', budget: 5, reps: 400 };

export const MAX_SCENARIOS = 4;
/** Replications the app allows: enough for bands, small enough to stay interactive in a browser. */
export const APP_MAX_REPS = BOUNDS.appReps.max;
export const PLACEMENTS: readonly PlacementMode[] = ['auto', 'clustered', 'spread', 'chosen'];

/**
 * The start month when none is chosen: January of next year (issue #12: charts, map and report
 * speak in calendar years by default). Taken from the clock, which is why it lives in the app and
 * not in the engine; a link keeps the month it was made with.
 */
export function defaultStartMonth(now: Date = new Date()): string {
  return `${now.getFullYear() + 1}-01`;
}

/** A calendar month "YYYY-MM", as the workspace's start month. */
export const isStartMonth = (v: unknown): v is string => typeof v === 'string' && START_MONTH.test(v);

const route = (count: number, placement: PlacementMode = 'auto', from = 0, to = 24): RouteSpec => ({ count, from, to, placement });

/** The founder's focus strategy (plan §6): all three routes at once, with PR alongside. */
export function defaultDraft(name = 'Scenario 1'): Draft {
  return { name, plan: { a: route(1), b: route(2), c: route(1) }, pr: { during: 0.5, after: 0 }, chosen: [], params: {} };
}

export function defaultWorkspace(): Workspace {
  return {
    groups: [],
    scenarios: [defaultDraft()],
    active: 0,
    seed: 1,
    reps: 40,
    months: 120,
    start: defaultStartMonth(),
    takeoff: { ...defaultTakeoff },
    critical: null,
    rank: null,
    proposal: null,
  };
}

export type PresetId = 'routeA' | 'routeB' | 'routeC' | 'focus' | 'seedingOnly';
export const PRESETS: readonly PresetId[] = ['focus', 'routeA', 'routeB', 'routeC', 'seedingOnly'];

/**
 * Presets keep the draft's name, window and chosen buurten and change the levers a preset is
 * about. 'seedingOnly' keeps the plan and switches the snowball off: the counterfactual planners
 * compare against ("what would the professionals achieve alone?").
 */
export function applyPreset(draft: Draft, preset: PresetId): Draft {
  const window = (r: Route) => ({ from: draft.plan[r].from, to: draft.plan[r].to });
  const only = (r: Route, n: number): Draft['plan'] =>
    Object.fromEntries(ROUTES.map((k) => [k, { ...route(k === r ? n : 0, draft.plan[k].placement), ...window(k) }])) as Draft['plan'];
  const { snowball: _ignored, ...rest } = draft.params;
  switch (preset) {
    case 'routeA':
      return { ...draft, plan: only('a', 3), params: rest };
    case 'routeB':
      return { ...draft, plan: only('b', 3), params: rest };
    case 'routeC':
      return { ...draft, plan: only('c', 3), params: rest };
    case 'focus':
      return {
        ...draft,
        plan: {
          a: { ...route(2, 'clustered'), ...window('a') },
          b: { ...route(2, 'clustered'), ...window('b') },
          c: { ...route(2, 'clustered'), ...window('c') },
        },
        pr: { during: 0.8, after: 0.3 },
        params: rest,
      };
    case 'seedingOnly':
      return { ...draft, params: { ...draft.params, snowball: 0 } };
  }
}

/** The routes that seed in the draft's chosen buurten; with `seeded`, only those with circles to place. */
export function chosenRoutes(d: Draft, seeded = false): Route[] {
  return ROUTES.filter((r) => d.plan[r].placement === 'chosen' && (!seeded || d.plan[r].count > 0));
}

/** Whether the draft's chosen buurten matter: some route seeds there. */
export function usesChosen(d: Draft): boolean {
  return chosenRoutes(d).length > 0;
}

/** The area a scenario runs on: a group name when one is chosen, else the chosen CBS code. */
export function planningArea(area: string | null, group: string | null, ws: Workspace): string[] {
  if (group && ws.groups.some((g) => g.name === group)) return [group];
  return area ? [area] : [];
}

/** The engine's scenario for draft i (unvalidated JSON). */
export function scenarioJson(ws: Workspace, i: number, area: readonly string[]): Record<string, unknown> {
  const d = ws.scenarios[i];
  const plan = Object.fromEntries(
    ROUTES.map((r) => {
      const { buurten: _drop, ...spec } = d.plan[r];
      return [r, spec.placement === 'chosen' ? { ...spec, buurten: [...d.chosen] } : spec];
    }),
  );
  const counted = ROUTES.filter((r) => d.plan[r].count > 0);
  const from = counted.length ? Math.min(...counted.map((r) => d.plan[r].from)) : 0;
  const to = counted.length ? Math.max(...counted.map((r) => d.plan[r].to)) : Math.min(24, ws.months);
  const pr = [
    ...(d.pr.during > 0 ? [{ from, to, intensity: d.pr.during }] : []),
    ...(d.pr.after > 0 && to < ws.months ? [{ from: to, to: ws.months, intensity: d.pr.after }] : []),
  ];
  return {
    version: 1,
    name: d.name,
    area: [...area],
    groups: ws.groups.filter((g) => area.includes(g.name)),
    plan,
    pr,
    months: ws.months,
    params: { ...d.params },
    reps: ws.reps,
    seed: ws.seed,
    ...(ws.start ? { start: ws.start } : {}),
    takeoff: { ...ws.takeoff },
  };
}

/** The validated scenario for draft i; throws InputError naming the field when it is not valid. */
export function toScenario(ws: Workspace, i: number, area: readonly string[]): Scenario {
  return validateScenario(scenarioJson(ws, i, area));
}

/** A draft from a scenario file (what the app exported, or what a colleague wrote by hand). */
export function fromScenario(s: Scenario): {
  draft: Draft;
  shared: Pick<Workspace, 'seed' | 'reps' | 'months' | 'start' | 'takeoff'>;
  groups: BuurtGroup[];
  area: string[];
} {
  const chosen = ROUTES.map((r) => (s.plan[r].placement === 'chosen' ? (s.plan[r].buurten ?? []) : [])).find((b) => b.length) ?? [];
  const plan = Object.fromEntries(ROUTES.map((r) => [r, route(s.plan[r].count, s.plan[r].placement, s.plan[r].from, s.plan[r].to)])) as Draft['plan'];
  const end = Math.max(...ROUTES.map((r) => (s.plan[r].count > 0 ? s.plan[r].to : 0)));
  const during = Math.max(0, ...s.pr.filter((p) => p.from < end).map((p) => p.intensity));
  const after = Math.max(0, ...s.pr.filter((p) => p.to > end && p.from >= end).map((p) => p.intensity));
  return {
    draft: { name: s.name ?? 'Scenario', plan, pr: { during, after }, chosen, params: { ...s.params } },
    shared: { seed: s.seed, reps: Math.min(s.reps, APP_MAX_REPS), months: s.months, start: s.start ?? defaultStartMonth(), takeoff: { ...s.takeoff } },
    groups: s.groups,
    area: s.area,
  };
}

/** A name not yet used in the workspace ("Scenario 2", "Scenario 3", …). */
export function freshName(ws: Workspace, base = 'Scenario'): string {
  const used = new Set(ws.scenarios.map((d) => d.name));
  for (let i = ws.scenarios.length + 1; ; i++) if (!used.has(`${base} ${i}`)) return `${base} ${i}`;
}
