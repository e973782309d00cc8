import { REGISTER_ROUTES, type RegisterCircle, type RegisterRoute, type RegisterStatus } from '../../../data/register.ts';
import type { Locale } from '../../i18n/index.ts';
import { h, uid } from '../dom.ts';
import { button } from '../fields.ts';

/**
 * The register as a table, one circle a row, every cell a control (founded, buurt, route, members,
 * active or passive, ended; never a person's name), and below it the form for a new circle. Rows
 * are committed on change (the controller checks the whole register with the file reader and keeps
 * it only when it passes); the new circle's fields are read when "Voeg cirkel toe" is pressed, so
 * typing and clicking at once counts what was typed.
 */
export interface RegisterDraft {
  founded: string;
  buurt: string;
  route: RegisterRoute;
  members: string;
  status: RegisterStatus;
  ended: string;
}

export interface RegisterTableProps {
  locale: Locale;
  gemeenteName: string;
  buurten: readonly { code: string; name: string }[];
  circles: readonly RegisterCircle[];
  draft: RegisterDraft;
  disabled: boolean;
  /** A row changed: all its cells as they stand now. */
  onEdit(index: number, row: RegisterDraft): void;
  onRemove(index: number): void;
  onAdd(draft: RegisterDraft): void;
  /** Keeps what is typed in the new circle's fields across redraws (no redraw of its own). */
  onDraft(draft: RegisterDraft): void;
}

const STATUSES: readonly RegisterStatus[] = ['active', 'passive'];

type Control = HTMLInputElement | HTMLSelectElement;

function input(value: string, label: string, attrs: Record<string, string | number>): HTMLInputElement {
  return h('input', { type: 'text', class: 'utrecht-textbox utrecht-textbox--html-input sb-text sb-register__cell', value, 'aria-label': label, ...attrs });
}

function select(value: string, label: string, options: readonly { value: string; label: string }[], attrs: Record<string, string>): HTMLSelectElement {
  const el = h(
    'select',
    { class: 'utrecht-select utrecht-select--html-select sb-select sb-register__cell', 'aria-label': label, ...attrs },
    ...options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)),
  );
  el.value = value;
  return el;
}

export function registerTable(p: RegisterTableProps): HTMLElement[] {
  const { t, fmt } = p.locale;
  const r = t.register;
  const buurtOptions = p.buurten.map((b) => ({ value: b.code, label: `${b.name} (${b.code})` }));
  const routeOptions = REGISTER_ROUTES.map((x) => ({ value: x, label: r.route[x] }));
  const statusOptions = STATUSES.map((x) => ({ value: x, label: r.status[x] }));

  const controls = (c: RegisterDraft, label: (field: string) => string, key: string): Record<keyof RegisterDraft, Control> => ({
    founded: input(c.founded, label(r.col.founded), {
      placeholder: 'JJJJ-MM',
      maxlength: 10,
      inputmode: 'numeric',
      'data-focus-key': `${key}-founded`,
      'data-col': 'founded',
    }),
    buurt: select(c.buurt, label(r.col.buurt), c.buurt ? buurtOptions : [{ value: '', label: r.chooseBuurt }, ...buurtOptions], {
      'data-focus-key': `${key}-buurt`,
      'data-col': 'buurt',
    }),
    route: select(c.route, label(r.col.route), routeOptions, { 'data-focus-key': `${key}-route`, 'data-col': 'route' }),
    members: input(c.members, label(r.col.members), { type: 'number', min: 1, max: 40, step: 1, 'data-focus-key': `${key}-members`, 'data-col': 'members' }),
    status: select(c.status, label(r.col.status), statusOptions, { 'data-focus-key': `${key}-status`, 'data-col': 'status' }),
    ended: input(c.ended, label(r.col.ended), { placeholder: r.endedHint, maxlength: 10, 'data-focus-key': `${key}-ended`, 'data-col': 'ended' }),
  });
  const read = (cells: Record<keyof RegisterDraft, Control>): RegisterDraft => ({
    founded: cells.founded.value.trim(),
    buurt: cells.buurt.value,
    route: cells.route.value as RegisterRoute,
    members: cells.members.value.trim(),
    status: cells.status.value as RegisterStatus,
    ended: cells.ended.value.trim(),
  });
  const order: (keyof RegisterDraft)[] = ['founded', 'buurt', 'route', 'members', 'status', 'ended'];

  const rows = p.circles.map((c, i) => {
    const n = fmt.count(i + 1);
    const cells = controls(
      { founded: c.founded, buurt: c.buurt, route: c.route, members: String(c.members), status: c.status, ended: c.ended ?? '' },
      (f) => r.rowField(f, n),
      `register-${i}`,
    );
    for (const k of order) {
      cells[k].disabled = p.disabled;
      cells[k].addEventListener('change', () => {
        // As typed: the register's checks say what is wrong with "0" or "abc", not the browser.
        p.onEdit(i, read(cells));
      });
    }
    return h(
      'tr',
      { 'data-register-row': i },
      h('th', { scope: 'row' }, n),
      ...order.map((k) => h('td', {}, cells[k])),
      h(
        'td',
        {},
        button(r.remove, `register-remove-${i}`, () => p.onRemove(i), 'subtle', { 'aria-label': r.removeLabel(n), disabled: p.disabled }),
      ),
    );
  });
  const captionId = uid('register-caption');
  const table = h(
    'table',
    { class: 'utrecht-table sb-register__table', 'aria-labelledby': captionId, 'data-register-table': '' },
    h('caption', { class: 'utrecht-table__caption', id: captionId }, r.caption(p.gemeenteName)),
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col' }, '#'), ...order.map((k) => h('th', { scope: 'col' }, r.col[k])), h('th', { scope: 'col' }, r.col.action)),
    ),
    h('tbody', {}, ...rows),
  );

  // The new circle: labelled fields in a form; Enter in any of them adds too.
  const fresh = controls(p.draft, (f) => f, 'register-new');
  const fields = order.map((k) => {
    const id = `register-new-${k}`;
    fresh[k].id = id;
    fresh[k].removeAttribute('aria-label');
    fresh[k].disabled = p.disabled;
    fresh[k].addEventListener(k === 'buurt' || k === 'route' || k === 'status' ? 'change' : 'input', () => p.onDraft(read(fresh)));
    const hint = k === 'founded' ? r.monthHint : k === 'ended' ? r.endedHint : null;
    const hintId = hint ? `${id}-hint` : null;
    if (hintId) fresh[k].setAttribute('aria-describedby', hintId);
    return h(
      'div',
      { class: 'utrecht-form-field sb-register__field' },
      h('label', { class: 'utrecht-form-label', for: id }, r.col[k]),
      fresh[k],
      hint ? h('p', { class: 'utrecht-form-field-description', id: hintId }, hint) : null,
    );
  });
  const submit = h(
    'button',
    { type: 'submit', class: 'utrecht-button utrecht-button--primary-action sb-button', 'data-focus-key': 'register-add', disabled: p.disabled },
    r.add,
  );
  const form = h(
    'form',
    { class: 'sb-register__form', 'data-register-form': '', novalidate: true },
    h('fieldset', { class: 'sb-register__fieldset' }, h('legend', {}, r.addTitle), ...fields, submit),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    p.onAdd(read(fresh));
  });
  return [p.circles.length ? table : h('p', { class: 'utrecht-paragraph', 'data-register-empty': '' }, r.empty), form];
}
