import { BOUNDS } from '../../../experiments/scenarioLimits.ts';
import type { Locale } from '../../i18n/index.ts';
import { resetParams, setParam } from '../../state/edits.ts';
import { paramGroups } from '../../state/params.ts';
import type { Workspace, WorkspaceEdit } from '../../state/workspace.ts';
import { describeTakeoff, type TakeoffRule } from '../../../experiments/takeoff.ts';
import { h } from '../dom.ts';
import { button, numberField, section } from '../fields.ts';
import { paramField } from '../paramField.ts';
import { scenarioSwitcher } from '../plan/comparison.ts';

/**
 * The researcher's page: every registry parameter with its source, bounds, default and whether
 * calibration fits it, editable for the active scenario (or copied to all); the takeoff rule; and
 * the calibration screen with the field data kept in this browser.
 */
/** The takeoff rule's fields as the research form shows them, with the bounds of the one set of limits (scenarioLimits.ts). */
const TAKEOFF_FIELDS: { name: keyof TakeoffRule; min: number; max: number; step: number; unit?: 'years' | 'circles' }[] = (
  [
    ['years', 1, 'years'],
    ['minSelfStarted', 1, 'circles'],
    ['trendYears', 1, 'years'],
    ['minRecent', 1, 'circles'],
    ['saturation', 0.05],
    ['growth', 0.05],
    ['ratio', 0.1],
  ] as const
).map(([name, step, unit]) => ({ name, min: BOUNDS[`takeoff.${name}`].min, max: BOUNDS[`takeoff.${name}`].max, step, ...(unit ? { unit } : {}) }));

export interface ResearchProps {
  locale: Locale;
  workspace: Workspace;
  calibration: HTMLElement;
  onWorkspace(edit: WorkspaceEdit): void;
}

export function researchPage(p: ResearchProps): HTMLElement[] {
  const { t } = p.locale;
  const ws = p.workspace;
  const d = ws.scenarios[ws.active];
  const changed = Object.keys(d.params).length;
  // "All" means the same set: overrides the active scenario does not have are removed elsewhere too.
  const copyAll = () => p.onWorkspace((w) => ({ ...w, scenarios: w.scenarios.map((x) => ({ ...x, params: { ...w.scenarios[w.active].params } })) }));
  const rule = ws.takeoff;
  const setRule = (change: Partial<TakeoffRule>) => p.onWorkspace((w) => ({ ...w, takeoff: { ...w.takeoff, ...change } }));
  return [
    h('h2', { class: 'utrecht-heading-2' }, t.research.title),
    h('p', { class: 'utrecht-paragraph sb-lead' }, t.research.intro),
    scenarioSwitcher({ locale: p.locale, workspace: ws, onWorkspace: p.onWorkspace }),
    h(
      'div',
      { class: 'sb-actions' },
      button(t.research.copyAll, 'research-copy-all', copyAll, 'secondary', { disabled: ws.scenarios.length < 2 }),
      button(t.research.resetAll(p.locale.fmt.count(changed)), 'research-reset', () => p.onWorkspace(resetParams), 'subtle', { disabled: changed === 0 }),
    ),
    ...paramGroups().map((g) =>
      section(
        t.paramGroups[g.group],
        3,
        'sb-param-group sb-research-group',
        ...g.specs.map((spec) =>
          paramField({
            locale: p.locale,
            name: spec.name,
            value: d.params[spec.name] ?? spec.default,
            focusPrefix: 'research-param',
            technical: true,
            onChange: (v) => p.onWorkspace((w) => setParam(w, spec.name, v)),
          }),
        ),
      ),
    ),
    section(
      t.research.takeoffTitle,
      3,
      'sb-param-group sb-takeoff',
      h('p', { class: 'utrecht-paragraph' }, describeTakeoff(rule)[p.locale.lang]),
      ...TAKEOFF_FIELDS.map((f) =>
        numberField({
          label: t.research.takeoff[f.name],
          value: rule[f.name],
          min: f.min,
          max: f.name === 'trendYears' ? rule.years : f.max,
          step: f.step,
          unit: f.unit === 'years' ? t.plan.shared.yearsUnit : f.unit === 'circles' ? t.plan.circlesUnit : undefined,
          description: t.research.takeoffHelp[f.name],
          focusKey: `takeoff-${f.name}`,
          onChange: (v) => setRule({ [f.name]: f.step === 1 ? Math.round(v) : v }),
        }),
      ),
    ),
    section(t.research.calibrationTitle, 2, 'sb-calibration', p.calibration),
  ];
}
