import { describe, expect, test } from 'vitest';
import { validateScenario } from '../../src/experiments/scenario.ts';
import {
  addScenario,
  deleteGroup,
  importScenario,
  preset,
  removeScenario,
  renameActive,
  saveGroup,
  setHorizon,
  setParam,
  setRoute,
  setWindow,
  toggleChosen,
} from '../../src/ui/state/edits.ts';
import { defaultWorkspace, fromScenario, MAX_SCENARIOS, planningArea, scenarioJson, toScenario } from '../../src/ui/state/workspace.ts';

/** Drafts become the engine's Scenario JSON — what the app exports and `simulate --scenario` reads. */
describe('drafts → scenario JSON', () => {
  test("the default draft is the founder's focus strategy and a valid scenario", () => {
    const s = toScenario(defaultWorkspace(), 0, ['GM1982']);
    expect(s.plan.a.count + s.plan.b.count + s.plan.c.count).toBeGreaterThan(0);
    expect(s.area).toEqual(['GM1982']);
    expect(s.seed).toBe(1);
    expect(s.pr).toEqual([{ from: 0, to: 24, intensity: 0.5 }]);
    // What the app exports is a fixed point of the CLI's validation: reading it back changes nothing.
    expect(validateScenario(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  test('PR during and after seeding become two segments; chosen buurten go to the routes that use them', () => {
    let ws = preset(defaultWorkspace(), 'focus');
    ws = setRoute(ws, 'c', { placement: 'chosen' });
    ws = toggleChosen(ws, 'BU19821001');
    ws = toggleChosen(ws, 'BU19821002');
    const s = toScenario(ws, 0, ['GM1982']);
    expect(s.pr).toEqual([
      { from: 0, to: 24, intensity: 0.8 },
      { from: 24, to: 120, intensity: 0.3 },
    ]);
    expect(s.plan.c.buurten).toEqual(['BU19821001', 'BU19821002']);
    expect(s.plan.a.buurten).toBeUndefined();
  });

  test('a group of buurten travels with the scenario that plans for it', () => {
    const ws = saveGroup(defaultWorkspace(), { name: 'Sint Agatha', buurten: ['BU19821201', 'BU19821201', 'BU19821202'] }, null);
    expect(ws.groups[0].buurten).toEqual(['BU19821201', 'BU19821202']);
    const area = planningArea('GM1982', 'Sint Agatha', ws);
    expect(area).toEqual(['Sint Agatha']);
    expect(toScenario(ws, 0, area).groups).toEqual(ws.groups);
    expect(toScenario(ws, 0, ['GM1982']).groups).toEqual([]);
    expect(planningArea('GM1982', 'gone', ws)).toEqual(['GM1982']);
    expect(deleteGroup(ws, 'Sint Agatha').groups).toEqual([]);
  });

  test('a plan that starts nothing, or chosen without buurten, is refused with the field named', () => {
    let ws = setRoute(setRoute(setRoute(defaultWorkspace(), 'a', { count: 0 }), 'b', { count: 0 }), 'c', { count: 0 });
    expect(() => toScenario(ws, 0, ['GM1982'])).toThrow(/plan/);
    ws = setRoute(defaultWorkspace(), 'b', { placement: 'chosen' });
    expect(() => toScenario(ws, 0, ['GM1982'])).toThrow(/buurten/);
  });

  test('seeding windows stay valid while typing: "to" after "from", inside the horizon', () => {
    const ws = setRoute(defaultWorkspace(), 'a', { from: 30, to: 10 });
    expect(ws.scenarios[0].plan.a).toMatchObject({ from: 30, to: 31 });
    const w = setWindow(defaultWorkspace(), 6, 500);
    for (const r of ['a', 'b', 'c'] as const) expect(w.scenarios[0].plan[r]).toMatchObject({ from: 6, to: 120 });
  });

  test('a shorter horizon pulls every seeding window of every scenario inside it', () => {
    const ws = setHorizon(addScenario(setWindow(defaultWorkspace(), 30, 60), true), 24);
    expect(ws.months).toBe(24);
    for (const d of ws.scenarios) for (const r of ['a', 'b', 'c'] as const) expect(d.plan[r]).toMatchObject({ from: 23, to: 24 });
  });

  test('presets: routes alone, and the snowball switched off as the counterfactual', () => {
    const a = preset(defaultWorkspace(), 'routeA').scenarios[0];
    expect([a.plan.a.count, a.plan.b.count, a.plan.c.count]).toEqual([3, 0, 0]);
    const off = preset(defaultWorkspace(), 'seedingOnly').scenarios[0];
    expect(off.params).toEqual({ snowball: 0 });
    expect(preset(preset(defaultWorkspace(), 'seedingOnly'), 'routeB').scenarios[0].params).toEqual({});
  });
});

describe('editing the comparison', () => {
  test('add, copy, rename and remove scenarios, at most four', () => {
    let ws = defaultWorkspace();
    ws = addScenario(ws, true);
    expect(ws.scenarios.map((d) => d.name)).toEqual(['Scenario 1', 'Scenario 2']);
    expect(ws.active).toBe(1);
    expect(ws.scenarios[1].plan).toEqual(ws.scenarios[0].plan);
    ws = renameActive(ws, '  Alleen buurten  ');
    expect(ws.scenarios[1].name).toBe('Alleen buurten');
    expect(renameActive(ws, '   ').scenarios[1].name).toBe('Alleen buurten');
    for (let i = 0; i < 5; i++) ws = addScenario(ws, false);
    expect(ws.scenarios).toHaveLength(MAX_SCENARIOS);
    ws = removeScenario(ws, 0);
    expect(ws.scenarios).toHaveLength(3);
    expect(ws.scenarios[0].name).toBe('Alleen buurten');
    let one = defaultWorkspace();
    one = removeScenario(one, 0);
    expect(one.scenarios).toHaveLength(1);
  });

  test('a parameter can be set for one scenario or all; the default removes the override', () => {
    let ws = addScenario(defaultWorkspace(), true);
    ws = setParam(ws, 'snowball', 0.5, true);
    expect(ws.scenarios.map((d) => d.params)).toEqual([{ snowball: 0.5 }, { snowball: 0.5 }]);
    ws = setParam(ws, 'snowball', null);
    expect(ws.scenarios.map((d) => d.params)).toEqual([{ snowball: 0.5 }, {}]);
  });

  test("importing: same area joins the comparison, another area starts a new one with the file's seed", () => {
    const other = { ...toScenario(defaultWorkspace(), 0, ['GM1982']), name: 'Van collega', seed: 9, reps: 20 };
    const same = importScenario(defaultWorkspace(), validateScenario(other), ['GM1982']);
    expect(same.replaced).toBe(false);
    expect(same.workspace.scenarios.map((d) => d.name)).toEqual(['Scenario 1', 'Van collega']);
    expect(same.workspace.seed).toBe(9);
    const elsewhere = importScenario(defaultWorkspace(), validateScenario({ ...other, area: ['WK198210'] }), ['GM1982']);
    expect(elsewhere.replaced).toBe(true);
    expect(elsewhere.area).toEqual(['WK198210']);
    expect(elsewhere.workspace.scenarios).toHaveLength(1);
  });

  test('export → import → export gives the same scenario', () => {
    let ws = preset(defaultWorkspace(), 'focus');
    ws = setRoute(ws, 'b', { placement: 'chosen' });
    ws = toggleChosen(ws, 'BU19821001');
    ws = setParam(ws, 'costPrMonth', 400);
    const first = toScenario(ws, 0, ['GM1982']);
    const { draft, shared } = fromScenario(first);
    const again = toScenario({ ...defaultWorkspace(), ...shared, scenarios: [draft] }, 0, ['GM1982']);
    expect(again).toEqual(first);
    expect(scenarioJson(ws, 0, ['GM1982'])).toMatchObject({ version: 1, name: 'Scenario 1' });
  });
});
