import { defaultCritical, type CriticalSettings } from '../state/workspace.ts';
import type { Tab } from '../state/state.ts';
import type { AppContext } from './context.ts';
import type { PageInput } from './panels.ts';
import type { createResultPanels } from './resultPanels.ts';

/**
 * On a page that shows results, compute what it shows and is not there yet: the scenarios first,
 * then the analyses the user asked for (critical mass, ranking). Everything is deterministic, so
 * this is what makes a copied link show the same numbers. Nothing starts while another computation
 * runs, or after one failed or was cancelled (until the user asks again).
 */
const RESULT_TABS: readonly Tab[] = ['results', 'map', 'report'];

export function autoRun(ctx: AppContext, panels: Pick<ReturnType<typeof createResultPanels>, 'criticalKey' | 'rankKey'>, input: PageInput, tab: Tab): void {
  const { sim, data } = ctx;
  const s = sim.status;
  if (s.running || s.error || s.cancelled || !RESULT_TABS.includes(tab)) return;
  const jobs = input.planned.filter((p) => p.scenario && p.key && !sim.result(p.key)).map((p) => ({ key: p.key!, scenario: p.scenario! }));
  if (jobs.length) return void sim.run(data.tableId, jobs);
  if (tab !== 'results') return;
  const ws = input.state.workspace;
  const active = input.planned[ws.active]?.scenario;
  if (!active) return;
  const cKey = panels.criticalKey(input);
  if (ws.critical && cKey && !sim.critical(cKey)) {
    const c = ws.critical;
    // The same search as the CLI's critical-mass and the ranking (few replications at a newly tried k, hundreds only where the answer needs them).
    return void sim.runCritical(data.tableId, { key: cKey, scenario: active, options: searchOf(c) });
  }
  const rKey = panels.rankKey(input);
  if (ws.rank && rKey && !sim.ranking(rKey)) {
    const r = ws.rank;
    return void sim.runRank({ key: rKey, scenario: active, within: input.view.gemeente.code, level: r.level, options: { ...searchOf(ws.critical ?? defaultCritical), budget: r.budget, reps: r.reps } });
  }
}

/** The critical-mass settings as search options, shared by the critical-mass box and the ranking. */
const searchOf = (c: CriticalSettings) => ({ route: c.route, target: c.target, ...(c.maxK ? { maxK: c.maxK } : {}), reps: c.reps });
