import type { BuurtGroup } from '../../../experiments/area.ts';
import type { RegionRow } from '../../../workers/dataApi.ts';
import type { Locale } from '../../i18n/index.ts';
import { h } from '../dom.ts';
import { button, checkbox, section } from '../fields.ts';

/**
 * User-defined groups of buurten: a kerkdorp, a parish, "the three villages north of the
 * river". The founder plans per kerkdorp (plan §7), and CBS has no such level, so people make
 * their own. A group can be the planning area of every scenario; it travels in the URL and in
 * every exported scenario (`groups`), and is kept in this browser on its own (IndexedDB), so it is
 * there again after the browser was closed. Buurten are chosen by clicking them on the map or
 * ticking them in the list; both show the number of people 65+ per buurt.
 */
export interface GroupDraft {
  name: string;
  buurten: Set<string>;
  /** The name of the group being edited, or null for a new one. */
  replacing: string | null;
}

export interface GroupEditorProps {
  locale: Locale;
  groups: readonly BuurtGroup[];
  buurten: readonly RegionRow[];
  wijkNames: ReadonlyMap<string, string>;
  planningGroup: string | null;
  draft: GroupDraft | null;
  /** Why the last save was refused (empty name, no buurten), or null. */
  problem: string | null;
  /** The buurten of the gemeente on a map, the draft's marked; clicking one toggles it (built by the controller). */
  map: HTMLElement | null;
  onDraft(draft: GroupDraft | null): void;
  onSave(draft: GroupDraft): void;
  onDelete(name: string): void;
  onPlan(name: string | null): void;
}

export function groupEditor(p: GroupEditorProps): HTMLElement {
  const { t, fmt } = p.locale;
  const inGemeente = new Set(p.buurten.map((b) => b.code));
  const groups = p.groups.filter((g) => g.buurten.some((b) => inGemeente.has(b)));
  const list = groups.length
    ? h(
        'ul',
        { class: 'sb-groups' },
        ...groups.map((g) =>
          h(
            'li',
            { class: `sb-group${g.name === p.planningGroup ? ' sb-group--planning' : ''}`, 'data-group': g.name },
            h('span', { class: 'sb-group__name' }, g.name),
            h('span', { class: 'sb-group__meta' }, t.groups.count(fmt.count(g.buurten.length))),
            g.name === p.planningGroup
              ? button(t.groups.stopPlanning, `group-unplan-${g.name}`, () => p.onPlan(null), 'secondary')
              : button(t.groups.plan, `group-plan-${g.name}`, () => p.onPlan(g.name), 'primary', { 'aria-label': t.groups.planLabel(g.name) }),
            button(t.groups.edit, `group-edit-${g.name}`, () => p.onDraft({ name: g.name, buurten: new Set(g.buurten), replacing: g.name }), 'subtle', {
              'aria-label': t.groups.editLabel(g.name),
            }),
            button(t.groups.remove, `group-delete-${g.name}`, () => p.onDelete(g.name), 'subtle', { 'aria-label': t.groups.removeLabel(g.name) }),
          ),
        ),
      )
    : h('p', { class: 'utrecht-paragraph' }, t.groups.none);

  return section(
    t.groups.title,
    2,
    'sb-card sb-groups-card',
    h('p', { class: 'utrecht-paragraph' }, t.groups.help),
    list,
    p.draft ? form(p, p.draft) : button(t.groups.new, 'group-new', () => p.onDraft({ name: '', buurten: new Set(), replacing: null })),
  );
}

function form(p: GroupEditorProps, draft: GroupDraft): HTMLElement {
  const { t, fmt } = p.locale;
  const nameInput = h('input', {
    id: 'group-name',
    type: 'text',
    class: 'utrecht-textbox utrecht-textbox--html-input',
    value: draft.name,
    maxlength: 80,
    'data-focus-key': 'group-name',
    'aria-describedby': 'group-name-help',
  });
  // The draft is edited in place: typing and ticking do not re-render the page.
  nameInput.addEventListener('input', () => (draft.name = nameInput.value));
  const counter = h('p', { class: 'sb-group__counter', 'aria-live': 'polite' }, t.groups.chosen(fmt.count(draft.buurten.size)));
  const byWijk = new Map<string, RegionRow[]>();
  for (const b of p.buurten) byWijk.set(b.parent ?? '', [...(byWijk.get(b.parent ?? '') ?? []), b]);
  const boxes = [...byWijk].map(([wijk, rows]) =>
    h(
      'fieldset',
      { class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset sb-group__wijk' },
      h('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend' }, p.wijkNames.get(wijk) ?? wijk),
      ...rows.map((b) =>
        checkbox(
          t.groups.buurtLabel(b.name, fmt.figure(b.figures.age65plus)),
          draft.buurten.has(b.code),
          `group-buurt-${b.code}`,
          (on) => {
            if (on) draft.buurten.add(b.code);
            else draft.buurten.delete(b.code);
            counter.textContent = t.groups.chosen(fmt.count(draft.buurten.size));
          },
          { 'data-code': b.code },
        ),
      ),
    ),
  );
  return h(
    'div',
    { class: 'sb-group-form' },
    h('h3', { class: 'utrecht-heading-3' }, draft.replacing ? t.groups.editing(draft.replacing) : t.groups.new),
    h(
      'div',
      { class: 'utrecht-form-field sb-field' },
      h('label', { class: 'utrecht-form-label', for: 'group-name' }, t.groups.name),
      nameInput,
      h('p', { class: 'utrecht-form-field-description', id: 'group-name-help' }, t.groups.nameHelp),
    ),
    counter,
    h('div', { class: 'sb-group__layout' }, p.map, h('div', { class: 'sb-group__boxes' }, ...boxes)),
    p.problem ? h('div', { class: 'utrecht-alert utrecht-alert--warning', role: 'alert' }, h('div', { class: 'utrecht-alert__message' }, p.problem)) : null,
    h(
      'div',
      { class: 'sb-actions' },
      button(t.groups.save, 'group-save', () => p.onSave(draft), 'primary'),
      button(t.groups.cancel, 'group-cancel', () => p.onDraft(null), 'secondary'),
    ),
  );
}
