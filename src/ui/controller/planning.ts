import { ROUTES } from '../../core/plan.ts';
import type { Scenario } from '../../experiments/scenario.ts';
import type { AreaView, RegionRow } from '../../workers/dataApi.ts';
import type { Locale } from '../i18n/index.ts';
import { inputKey } from '../simulation/simulator.ts';
import type { AppState } from '../state/state.ts';
import type { RegisterCircle } from '../../data/register.ts';
import type { Today } from '../../experiments/scenarioCircles.ts';
import { checkArea } from '../register/check.ts';
import { registerStart, scenarioWithRegister, todayInArea } from '../register/scenario.ts';
import { planningArea, scenarioJson, usesChosen } from '../state/workspace.ts';

/**
 * What the current state plans for: the planning area (the chosen gemeente, wijk or buurt, or a
 * group of buurten) with its buurten, and every draft as a validated engine scenario with its
 * result key — or the plain-words reason it cannot run.
 */
export interface PlanningArea {
  codes: string[];
  name: string;
  /** 'gemeente' | 'wijk' | 'buurt' in the user's words, or the word for an own group. */
  levelWord: string;
  buurten: RegionRow[];
  age65plus: number | null;
}

export interface PlannedScenario {
  index: number;
  name: string;
  scenario: Scenario | null;
  key: string | null;
  invalid: string | null;
}

export function planningAreaOf(state: AppState, view: AreaView, locale: Locale): PlanningArea | null {
  const codes = planningArea(state.area, state.group, state.workspace);
  if (!codes.length) return null;
  const { t } = locale;
  const group = state.workspace.groups.find((g) => g.name === codes[0]);
  let buurten: RegionRow[];
  let name: string;
  let levelWord: string;
  if (group) {
    const members = new Set(group.buurten);
    buurten = view.buurten.filter((b) => members.has(b.code));
    name = group.name;
    levelWord = t.planning.groupLevel;
  } else {
    const code = codes[0];
    const row = code === view.gemeente.code ? view.gemeente : [...view.wijken, ...view.buurten].find((r) => r.code === code);
    if (!row) return null;
    buurten = row.level === 'gemeente' ? view.buurten : row.level === 'wijk' ? view.buurten.filter((b) => b.parent === row.code) : [row];
    name = row.name;
    levelWord = t.level[row.level].toLowerCase();
  }
  const counts = buurten.map((b) => b.figures.age65plus);
  // One count per area: a gemeente, wijk or buurt has its own CBS figure, the one the area page
  // shows; only a group (or a row whose figure is secret) is counted from its buurten.
  const own = group ? null : codes[0] === view.gemeente.code ? view.gemeente : [...view.wijken, ...view.buurten].find((r) => r.code === codes[0]);
  const ownFigure = own ? own.figures.age65plus : null;
  const age65plus =
    typeof ownFigure === 'number' ? ownFigure : counts.every((c) => typeof c === 'number') ? (counts as number[]).reduce((s, c) => s + c, 0) : null;
  return { codes, name, levelWord, buurten, age65plus };
}

/** The register of the gemeente as the page plans with it: its circles, the start month, and today in the planning area. */
export interface RegisterInPlan {
  circles: readonly RegisterCircle[];
  start: string;
  today: Today | null;
}

export function registerInPlan(circles: readonly RegisterCircle[], wsStart: string | null, thisMonth: string, area: PlanningArea | null): RegisterInPlan {
  const start = registerStart(wsStart, thisMonth);
  return { circles, start, today: area && circles.length ? todayInArea(circles, start, area) : null };
}

/** `posteriorId`: the calibrated posterior the runs average over (PosteriorInUse.id), part of every key so fixed-value results are not shown for it. */
export function plannedScenarios(
  state: AppState,
  area: PlanningArea,
  tableId: string,
  locale: Locale,
  register?: RegisterInPlan,
  posteriorId?: string,
): PlannedScenario[] {
  const ws = state.workspace;
  const checked = checkArea({ code: '', name: area.name, buurten: area.buurten });
  const inArea = new Set(area.buurten.map((b) => b.code));
  return ws.scenarios.map((d, index) => {
    const outside = d.chosen.filter((c) => !inArea.has(c));
    if (usesChosen(d) && outside.length)
      return { index, name: d.name, scenario: null, key: null, invalid: locale.t.plan.outside(outside.join(', '), area.name) };
    // In plain words, not the engine's "plan.b.buurten" (that stays in the error for the command line).
    if (usesChosen(d) && d.chosen.length === 0) return { index, name: d.name, scenario: null, key: null, invalid: locale.t.plan.chooseSome };
    if (ROUTES.every((r) => d.plan[r].count === 0)) return { index, name: d.name, scenario: null, key: null, invalid: locale.t.plan.nothingSeeded };
    try {
      // With a register, every scenario starts from its circles (the CLI's --circles, same core function).
      const scenario = scenarioWithRegister(scenarioJson(ws, index, area.codes), register?.circles ?? [], checked, register?.start ?? '');
      return {
        index,
        name: d.name,
        scenario,
        key: posteriorId ? inputKey(tableId, scenario, { posterior: posteriorId }) : inputKey(tableId, scenario),
        invalid: null,
      };
    } catch {
      // The engine's message names fields (plan.b.to) and command-line flags: it is for the command
      // line and the research tab. People planning read what to check, in plain words.
      return { index, name: d.name, scenario: null, key: null, invalid: locale.t.plan.cannotRun };
    }
  });
}
