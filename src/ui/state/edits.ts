import { ROUTES, type Route } from '../../core/plan.ts';
import type { BuurtGroup } from '../../experiments/area.ts';
import type { RouteSpec, Scenario } from '../../experiments/scenario.ts';
import { sortedByRegistry, withParam } from './params.ts';
import { applyPreset, defaultDraft, freshName, fromScenario, MAX_SCENARIOS, type Draft, type PresetId, type Workspace } from './workspace.ts';

/**
 * Every change a user can make to the workspace, as pure functions old → new. The views call
 * these through the app; keeping them pure means every button's effect is unit-tested.
 */
const at = (ws: Workspace, i: number, draft: Draft): Workspace => ({ ...ws, scenarios: ws.scenarios.map((d, j) => (j === i ? draft : d)) });
const activeDraft = (ws: Workspace) => ws.scenarios[ws.active];

export function editActive(ws: Workspace, change: (d: Draft) => Draft): Workspace {
  return at(ws, ws.active, change(activeDraft(ws)));
}

/** A seeding window kept valid: "to" always after "from", both inside the horizon. */
function withinHorizon(spec: RouteSpec, months: number): RouteSpec {
  const from = Math.max(0, Math.min(months - 1, spec.from));
  return { ...spec, from, to: Math.max(from + 1, Math.min(months, spec.to)) };
}

export function setRoute(ws: Workspace, route: Route, change: Partial<RouteSpec>): Workspace {
  // The window stays valid while the user types.
  return editActive(ws, (d) => ({ ...d, plan: { ...d.plan, [route]: withinHorizon({ ...d.plan[route], ...change }, ws.months) } }));
}

/** A shorter horizon pulls every seeding window inside it. */
export function setHorizon(ws: Workspace, months: number): Workspace {
  return {
    ...ws,
    months,
    scenarios: ws.scenarios.map((d) => ({
      ...d,
      plan: Object.fromEntries(Object.entries(d.plan).map(([r, spec]) => [r, withinHorizon(spec, months)])) as Draft['plan'],
    })),
  };
}

/** One window for all three routes (the common case: "we seed in the first two years"). */
export function setWindow(ws: Workspace, from: number, to: number): Workspace {
  let next = ws;
  for (const r of ROUTES) next = setRoute(next, r, { from, to });
  return next;
}

export function setParam(ws: Workspace, name: string, value: number | null, all = false): Workspace {
  const change = (d: Draft) => ({ ...d, params: withParam(d.params, name, value) });
  return all ? { ...ws, scenarios: ws.scenarios.map(change) } : editActive(ws, change);
}

export function resetParams(ws: Workspace): Workspace {
  return editActive(ws, (d) => ({ ...d, params: {} }));
}

export function preset(ws: Workspace, id: PresetId): Workspace {
  return editActive(ws, (d) => applyPreset(d, id));
}

/** Toggle a buurt in the chosen list (for placement 'chosen'); a second click removes every copy. */
export function toggleChosen(ws: Workspace, code: string): Workspace {
  return editActive(ws, (d) => ({ ...d, chosen: d.chosen.includes(code) ? d.chosen.filter((c) => c !== code) : [...d.chosen, code] }));
}

export function addScenario(ws: Workspace, copyActive: boolean): Workspace {
  if (ws.scenarios.length >= MAX_SCENARIOS) return ws;
  const name = freshName(ws);
  const draft = copyActive ? { ...structuredClone(activeDraft(ws)), name } : defaultDraft(name);
  return { ...ws, scenarios: [...ws.scenarios, draft], active: ws.scenarios.length };
}

export function removeScenario(ws: Workspace, i: number): Workspace {
  if (ws.scenarios.length <= 1) return ws;
  const scenarios = ws.scenarios.filter((_, j) => j !== i);
  const proposal = ws.proposal === null || ws.proposal === i ? null : ws.proposal > i ? ws.proposal - 1 : ws.proposal;
  return { ...ws, scenarios, active: Math.min(scenarios.length - 1, ws.active > i ? ws.active - 1 : ws.active), proposal };
}

export function renameActive(ws: Workspace, name: string): Workspace {
  const clean = name.trim().slice(0, 80);
  return clean ? editActive(ws, (d) => ({ ...d, name: clean })) : ws;
}

export function saveGroup(ws: Workspace, group: BuurtGroup, replacing: string | null): Workspace {
  const others = ws.groups.filter((g) => g.name !== replacing && g.name !== group.name);
  return { ...ws, groups: [...others, { name: group.name, buurten: [...new Set(group.buurten)] }].sort((a, b) => a.name.localeCompare(b.name, 'nl')) };
}

export function deleteGroup(ws: Workspace, name: string): Workspace {
  return { ...ws, groups: ws.groups.filter((g) => g.name !== name) };
}

/**
 * A scenario from a file or the saved list joins the comparison. When it belongs to another area
 * (or there is no room), it starts a fresh workspace instead, because a comparison only makes
 * sense for one area on one seed; `replaced` says that happened.
 */
export function importScenario(ws: Workspace, scenario: Scenario, currentArea: readonly string[]): { workspace: Workspace; area: string[]; replaced: boolean } {
  const { draft, shared, groups, area } = fromScenario(scenario);
  const sameArea = area.join('|') === currentArea.join('|');
  const mergedGroups = [...ws.groups.filter((g) => !groups.some((x) => x.name === g.name)), ...groups];
  if (sameArea && ws.scenarios.length < MAX_SCENARIOS) {
    const name = ws.scenarios.some((d) => d.name === draft.name) ? freshName(ws, draft.name) : draft.name;
    return {
      workspace: {
        ...ws,
        ...shared,
        groups: mergedGroups,
        scenarios: [...ws.scenarios, { ...draft, name, params: sortedByRegistry(draft.params) }],
        active: ws.scenarios.length,
      },
      area,
      replaced: false,
    };
  }
  return {
    workspace: { ...ws, ...shared, groups: mergedGroups, scenarios: [{ ...draft, params: sortedByRegistry(draft.params) }], active: 0 },
    area,
    replaced: true,
  };
}
