import type { Scenario } from '../../experiments/scenario.ts';
import { checkArea } from '../register/check.ts';
import { scenarioWithRegister } from '../register/scenario.ts';
import { inputKey, type Simulator } from '../simulation/simulator.ts';
import type { Tab } from '../state/state.ts';
import { defaultCritical, type CriticalSettings } from '../state/workspace.ts';
import type { AreaData } from './areaData.ts';
import type { PageInput } from './pageInput.ts';

/**
 * Where computations start. Every button that asks for results calls one of these directly
 * ("Bereken en vergelijk" → scenarios, "Zoek de kritische massa" → critical, …); rendering never
 * starts one. They read the state at call time, so a field changed just before the click counts.
 * Results are kept by key (see simulator.ts), so asking again for what is there costs nothing.
 */
export const RESULT_TABS: readonly Tab[] = ['results', 'map', 'report'];

/** The key of the critical-mass answer for a scenario (the active one unless given) with the workspace's settings, or null when none is asked for. */
export function criticalKey(tableId: string, p: PageInput, index = p.state.workspace.active): string | null {
  const active = p.planned[index];
  const settings = p.state.workspace.critical;
  if (!active?.scenario || !settings) return null;
  return p.posterior
    ? inputKey(tableId, 'critical', active.scenario, settings, { posterior: p.posterior.id })
    : inputKey(tableId, 'critical', active.scenario, settings);
}

/** The key of the "where to start" ranking the page shows, or null when none is asked for. */
export function rankKey(tableId: string, p: PageInput): string | null {
  const active = p.planned[p.state.workspace.active];
  const settings = p.state.workspace.rank;
  const scenario = active?.scenario ? rankScenario(p, active.scenario) : null;
  // The ranking answers with the critical-mass settings (route, target, largest k): one answer everywhere.
  if (!scenario || !settings) return null;
  const inputs = [
    p.view.gemeente.code,
    scenario,
    settings,
    p.state.workspace.critical ?? defaultCritical,
    ...(p.posterior ? [{ posterior: p.posterior.id }] : []),
  ];
  return inputKey(tableId, 'rank', ...inputs);
}

/**
 * The ranking's scenario: the active one with the register of the whole gemeente (as `rank --within
 * GM… --circles FILE` checks it), so each place starts from the circles inside it.
 */
function rankScenario(p: PageInput, active: Scenario): Scenario {
  if (!p.register.circles.length) return active;
  try {
    return scenarioWithRegister(
      { ...active },
      p.register.circles,
      checkArea({ code: p.view.gemeente.code, name: p.view.gemeente.name, buurten: p.view.buurten }),
      p.register.start,
    );
  } catch {
    return active;
  }
}

/** The critical-mass settings as search options, shared by the critical-mass box and the ranking (the CLI's search). */
const searchOf = (c: CriticalSettings) => ({ route: c.route, target: c.target, ...(c.maxK ? { maxK: c.maxK } : {}), reps: c.reps });

export function createCompute(sim: Simulator, data: AreaData, input: () => PageInput | null) {
  const keys = { criticalKey: (p: PageInput, index?: number) => criticalKey(data.tableId, p, index), rankKey: (p: PageInput) => rankKey(data.tableId, p) };

  /** Every valid scenario of the workspace that has no result yet. */
  function scenarios(): Promise<void> {
    const p = input();
    if (!p) return Promise.resolve();
    const jobs = p.planned
      .filter((s) => s.scenario && s.key && !sim.result(s.key))
      .map((s) => ({ key: s.key!, scenario: s.scenario!, ...(p.posterior ? { paramSet: p.posterior.set } : {}) }));
    return jobs.length ? sim.run(data.tableId, jobs) : Promise.resolve();
  }

  /** The critical mass of a scenario (the active one unless given) with the workspace's settings (when the user set them). */
  function critical(index?: number): Promise<void> {
    const p = input();
    const c = p?.state.workspace.critical;
    const active = p ? p.planned[index ?? p.state.workspace.active]?.scenario : null;
    const key = p ? keys.criticalKey(p, index) : null;
    if (!p || !c || !active || !key || sim.critical(key)) return Promise.resolve();
    // The same search as the CLI's critical-mass and the ranking (few replications at a newly tried k, hundreds only where the answer needs them).
    return sim.runCritical(data.tableId, { key, scenario: active, options: { ...searchOf(c), ...(p.posterior ? { paramSet: p.posterior.set } : {}) } });
  }

  /** What the critical-mass answer of the active scenario rests on ("Waar hangt dit van af?"), once the answer is there. */
  function drivers(): Promise<void> {
    const p = input();
    const c = p?.state.workspace.critical;
    const active = p ? p.planned[p.state.workspace.active]?.scenario : null;
    const key = p ? keys.criticalKey(p) : null;
    const base = key ? sim.critical(key) : null;
    if (!p || !c || !active || !key || !base || sim.drivers(key)) return Promise.resolve();
    return sim.runDrivers(data.tableId, { key, scenario: active, base, options: { ...searchOf(c), ...(p.posterior ? { paramSet: p.posterior.set } : {}) } });
  }

  /** Where to start: the ranking of the gemeente's wijken or buurten (when the user asked for it). */
  function rank(): Promise<void> {
    const p = input();
    const r = p?.state.workspace.rank;
    const active = p ? p.planned[p.state.workspace.active]?.scenario : null;
    const key = p ? keys.rankKey(p) : null;
    if (!p || !r || !active || !key || sim.ranking(key)) return Promise.resolve();
    return sim.runRank({
      key,
      scenario: rankScenario(p, active),
      within: p.view.gemeente.code,
      level: r.level,
      options: {
        ...searchOf(p.state.workspace.critical ?? defaultCritical),
        budget: r.budget,
        reps: r.reps,
        ...(p.posterior ? { paramSet: p.posterior.set } : {}),
      },
    });
  }

  /**
   * What a results tab shows: its scenarios, and on the results tab the analyses the user asked for
   * before. Called by the actions that open such a tab (a tab click, a copied link once the data is
   * there, a change of language or scenario there), never by drawing it.
   */
  function forTab(tab: Tab): void {
    // The atlas computes nothing on its own: it shows the bundled atlas, and the user's own wijken only once he asked for them (then again for changed settings).
    if (tab === 'atlas' && input()?.state.workspace.rank?.level === 'wijk') void rank();
    if (!RESULT_TABS.includes(tab)) return;
    sim.acknowledge();
    void scenarios();
    if (tab === 'results') {
      void critical();
      void rank();
    }
    // The report's critical-mass sentence is about the proposal.
    const ws = input()?.state.workspace;
    if (tab === 'report' && ws?.proposal != null) void critical(ws.proposal);
  }

  return { scenarios, critical, drivers, rank, forTab };
}

export type Compute = ReturnType<typeof createCompute>;
