import { BOUNDS } from '../../../experiments/scenarioLimits.ts';
import type { Locale } from '../../i18n/index.ts';
import { addScenario, removeScenario, setHorizon } from '../../state/edits.ts';
import { APP_MAX_REPS, defaultStartMonth, isStartMonth, MAX_SCENARIOS, type Workspace, type WorkspaceEdit } from '../../state/workspace.ts';
import { scenarioStyle } from '../../charts/chart.ts';
import { h } from '../dom.ts';
import { swatch } from '../swatch.ts';
import { button, numberField, section, textField } from '../fields.ts';

/**
 * What all scenarios of a comparison share — seed, number of simulated futures, horizon, start
 * month — and the row of scenarios with add, copy and remove. Sharing the seed is what makes a
 * comparison fair (common random numbers); the text says so in plain words.
 */
export interface ComparisonProps {
  locale: Locale;
  workspace: Workspace;
  onWorkspace(edit: WorkspaceEdit): void;
}

export function comparisonSettings(p: ComparisonProps): HTMLElement {
  const { t } = p.locale;
  const ws = p.workspace;
  const set = p.onWorkspace;
  return section(
    t.plan.shared.title,
    3,
    'sb-shared',
    h('p', { class: 'utrecht-paragraph' }, t.plan.shared.help),
    h(
      'div',
      { class: 'sb-shared__fields' },
      numberField({
        label: t.plan.shared.seed,
        value: ws.seed,
        min: BOUNDS.seed.min,
        max: BOUNDS.seed.max,
        step: 1,
        description: t.plan.shared.seedHelp,
        focusKey: 'shared-seed',
        onChange: (v) => set((w) => ({ ...w, seed: Math.round(v) })),
      }),
      numberField({
        label: t.plan.shared.reps,
        value: ws.reps,
        min: 1,
        max: APP_MAX_REPS,
        step: 1,
        description: t.plan.shared.repsHelp,
        focusKey: 'shared-reps',
        onChange: (v) => set((w) => ({ ...w, reps: Math.round(v) })),
      }),
      numberField({
        label: t.plan.shared.years,
        value: ws.months / 12,
        min: 1,
        max: 30,
        step: 1,
        unit: t.plan.shared.yearsUnit,
        focusKey: 'shared-years',
        onChange: (v) => set((w) => setHorizon(w, Math.round(v) * 12)),
      }),
      textField({
        label: t.plan.shared.start,
        value: ws.start ?? '',
        type: 'month',
        description: t.plan.shared.startHelp,
        focusKey: 'shared-start',
        onChange: (v) => set((w) => ({ ...w, start: isStartMonth(v) ? v : defaultStartMonth() })),
      }),
    ),
  );
}

export function scenarioSwitcher(p: ComparisonProps): HTMLElement {
  const { t } = p.locale;
  const ws = p.workspace;
  const items = ws.scenarios.map((d, i) => {
    const { colour, dash } = scenarioStyle(i);
    const b = button(d.name, `scenario-${i}`, () => p.onWorkspace((w) => ({ ...w, active: i })), i === ws.active ? 'primary' : 'secondary', {
      'aria-pressed': String(i === ws.active),
      'data-index': String(i),
    });
    b.prepend(swatch(colour, dash));
    return h('li', {}, b);
  });
  return h(
    'div',
    { class: 'sb-switcher' },
    h(
      'h3',
      { class: 'utrecht-heading-3', id: 'switcher-heading' },
      t.plan.scenariosTitle(p.locale.fmt.count(ws.scenarios.length), p.locale.fmt.count(MAX_SCENARIOS)),
    ),
    h('ul', { class: 'sb-switcher__list', 'aria-labelledby': 'switcher-heading' }, ...items),
    h(
      'div',
      { class: 'sb-actions' },
      button(t.plan.add, 'scenario-add', () => p.onWorkspace((w) => addScenario(w, false)), 'secondary', { disabled: ws.scenarios.length >= MAX_SCENARIOS }),
      button(t.plan.copy, 'scenario-copy', () => p.onWorkspace((w) => addScenario(w, true)), 'secondary', { disabled: ws.scenarios.length >= MAX_SCENARIOS }),
      button(
        t.plan.remove(ws.scenarios[ws.active].name),
        'scenario-remove',
        () => p.onWorkspace((w) => (w.active === ws.active ? removeScenario(w, w.active) : w)),
        'subtle',
        { disabled: ws.scenarios.length <= 1 },
      ),
    ),
  );
}
