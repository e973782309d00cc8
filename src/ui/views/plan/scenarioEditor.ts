import { ROUTES, type PlacementMode, type Route } from '../../../core/plan.ts';
import { LIMITS } from '../../../experiments/scenario.ts';
import type { Locale } from '../../i18n/index.ts';
import { editActive, preset, renameActive, setParam, setRoute, toggleChosen } from '../../state/edits.ts';
import { paramGroups, PLANNER_GROUPS } from '../../state/params.ts';
import { PLACEMENTS, PRESETS, usesChosen, type Workspace, type WorkspaceEdit } from '../../state/workspace.ts';
import { paramSpec } from '../../../core/params/index.ts';
import { h } from '../dom.ts';
import { button, checkbox, numberField, section, selectField, textField } from '../fields.ts';
import { paramField } from '../paramField.ts';

/**
 * The editor of the active scenario: name, a preset to start from, per route how many circles,
 * when and where, PR intensity, chosen buurten (map or list), and the planner's parameters from
 * the registry. Every field writes straight into the workspace (and so into the URL).
 */
export interface BuurtOption {
  code: string;
  name: string;
  wijk: string | null;
}

export interface ScenarioEditorProps {
  locale: Locale;
  workspace: Workspace;
  buurten: readonly BuurtOption[];
  /** The map of the planning area for choosing buurten (already drawn with the chosen ones marked). */
  chooserMap: HTMLElement | null;
  /** "Let the model choose": a greedy placement of the chosen routes' circles. */
  smart: SmartChoice | null;
  onWorkspace(edit: WorkspaceEdit): void;
}

export interface SmartChoice {
  /** False when no route with placement 'chosen' has circles to place. */
  possible: boolean;
  slow: boolean;
  running: boolean;
  /** The proposal in words, once computed. */
  proposal: { list: string; value: string } | null;
  applied: boolean;
  onRun(): void;
  onApply(): void;
}

export function scenarioEditor(p: ScenarioEditorProps): HTMLElement {
  const { t } = p.locale;
  const ws = p.workspace;
  const d = ws.scenarios[ws.active];
  const set = p.onWorkspace;

  const presets = h(
    'div',
    { class: 'sb-presets', role: 'group', 'aria-label': t.plan.presetsLabel },
    ...PRESETS.map((id) =>
      h(
        'div',
        { class: 'sb-preset' },
        button(t.plan.presets[id].label, `preset-${id}`, () => set((w) => preset(w, id))),
        h('p', { class: 'sb-preset__help' }, t.plan.presets[id].help),
      ),
    ),
  );

  const routeBlock = (r: Route) =>
    h(
      'fieldset',
      { class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset sb-route', 'data-route': r },
      h('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend' }, t.plan.routes[r].title),
      h('p', { class: 'sb-route__help' }, t.plan.routes[r].help),
      h(
        'div',
        { class: 'sb-route__fields' },
        numberField({
          label: t.plan.count,
          value: d.plan[r].count,
          min: 0,
          max: LIMITS.count,
          step: 1,
          unit: t.plan.circlesUnit,
          focusKey: `route-${r}-count`,
          onChange: (v) => set((w) => setRoute(w, r, { count: Math.round(v) })),
        }),
        numberField({
          label: t.plan.from,
          value: d.plan[r].from,
          min: 0,
          max: ws.months - 1,
          step: 1,
          unit: t.units.months,
          focusKey: `route-${r}-from`,
          onChange: (v) => set((w) => setRoute(w, r, { from: Math.round(v) })),
        }),
        numberField({
          label: t.plan.to,
          value: d.plan[r].to,
          min: 1,
          max: ws.months,
          step: 1,
          unit: t.units.months,
          focusKey: `route-${r}-to`,
          onChange: (v) => set((w) => setRoute(w, r, { to: Math.round(v) })),
        }),
        selectField<PlacementMode>({
          label: t.plan.placement,
          value: d.plan[r].placement,
          options: PLACEMENTS.map((m) => ({ value: m, label: t.plan.placements[m] })),
          focusKey: `route-${r}-placement`,
          onChange: (m) => set((w) => setRoute(w, r, { placement: m })),
        }),
      ),
    );

  const pr = h(
    'fieldset',
    { class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset sb-pr' },
    h('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend' }, t.plan.pr.title),
    h('p', { class: 'sb-route__help' }, t.plan.pr.help),
    h(
      'div',
      { class: 'sb-route__fields' },
      numberField({
        label: t.plan.pr.during,
        value: d.pr.during,
        min: 0,
        max: 1,
        step: 0.1,
        description: t.plan.pr.scale,
        focusKey: 'pr-during',
        onChange: (v) => set((w) => editActive(w, (x) => ({ ...x, pr: { ...x.pr, during: v } }))),
      }),
      numberField({
        label: t.plan.pr.after,
        value: d.pr.after,
        min: 0,
        max: 1,
        step: 0.1,
        description: t.plan.pr.scale,
        focusKey: 'pr-after',
        onChange: (v) => set((w) => editActive(w, (x) => ({ ...x, pr: { ...x.pr, after: v } }))),
      }),
    ),
  );

  const chosen = new Set(d.chosen);
  const chooser = usesChosen(d)
    ? section(
        t.plan.chosen.title,
        3,
        'sb-chosen',
        h('p', { class: 'utrecht-paragraph' }, t.plan.chosen.help),
        p.smart ? smartChoice(p.locale, p.smart) : null,
        h(
          'div',
          { class: 'sb-chosen__layout' },
          p.chooserMap,
          h(
            'fieldset',
            { class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset sb-chosen__list' },
            h(
              'legend',
              { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend' },
              t.plan.chosen.listLegend(p.locale.fmt.count(chosen.size)),
            ),
            h(
              'div',
              { class: 'sb-chosen__scroll' },
              ...p.buurten.map((b) =>
                checkbox(b.wijk ? `${b.name} (${b.wijk})` : b.name, chosen.has(b.code), `chosen-${b.code}`, () => set((w) => toggleChosen(w, b.code)), {
                  'data-code': b.code,
                }),
              ),
            ),
          ),
        ),
      )
    : null;

  const plannerParams = h(
    'details',
    { class: 'sb-details sb-planner-params', 'data-focus-key': 'planner-params' },
    h('summary', {}, t.plan.moreSettings(p.locale.fmt.count(Object.keys(d.params).filter((n) => PLANNER_GROUPS.includes(paramSpec(n)!.group)).length))),
    h('p', { class: 'utrecht-paragraph' }, t.plan.moreSettingsHelp),
    ...paramGroups((s) => PLANNER_GROUPS.includes(s.group) && s.group !== 'structure').map((g) =>
      h(
        'fieldset',
        { class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset sb-param-group' },
        h('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend' }, t.paramGroups[g.group]),
        ...g.specs.map((spec) =>
          paramField({
            locale: p.locale,
            name: spec.name,
            value: d.params[spec.name] ?? spec.default,
            focusPrefix: 'plan-param',
            onChange: (v) => set((w) => setParam(w, spec.name, v)),
          }),
        ),
      ),
    ),
  );

  return h(
    'div',
    { class: 'sb-editor', 'data-scenario': ws.active },
    textField({ label: t.plan.name, value: d.name, focusKey: 'scenario-name', onChange: (v) => set((w) => renameActive(w, v)) }),
    presets,
    ...ROUTES.map(routeBlock),
    pr,
    chooser,
    plannerParams,
  );
}

function smartChoice(locale: Locale, smart: SmartChoice): HTMLElement {
  const { t } = locale;
  const c = t.plan.chosen;
  return h(
    'div',
    { class: 'sb-smart' },
    h('h4', { class: 'utrecht-heading-4' }, c.smartTitle),
    h('p', { class: 'utrecht-paragraph' }, c.smartHelp),
    smart.slow ? h('p', { class: 'utrecht-paragraph sb-note' }, c.smartSlow) : null,
    smart.possible ? button(c.smartRun, 'smart-run', smart.onRun, 'secondary', { disabled: smart.running }) : h('p', { class: 'sb-note' }, c.smartNone),
    smart.proposal
      ? h(
          'div',
          { class: 'sb-smart__proposal', 'data-smart': '' },
          h('p', {}, c.proposal(smart.proposal.list)),
          h('p', {}, smart.proposal.value),
          smart.applied ? h('p', { role: 'status' }, c.applied) : button(c.apply, 'smart-apply', smart.onApply, 'primary'),
        )
      : null,
  );
}
