import { h, uid, type Child } from './dom.ts';

/**
 * Labelled form controls in NL Design System (Utrecht) markup. Every control has a visible label
 * and, where given, a description tied with aria-describedby. Numbers commit on `change` (blur or
 * Enter), not on every keystroke, so a re-render never interrupts typing.
 */
export interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  /** Shown after the input ("maanden", "€"). */
  unit?: string;
  description?: Child;
  focusKey: string;
  invalid?: string | null;
  onChange(value: number): void;
  /** Called with the raw text when it is not a number in range (the field shows the problem). */
  onInvalid?(text: string): void;
  inputClass?: string;
}

/** The wrapper every labelled control shares: its label, the control, and the description the control points to (when there is one). */
function formField(id: string, label: string, control: Child, descId: string | null, description: Child[], invalid = false): HTMLElement {
  return h(
    'div',
    { class: `utrecht-form-field sb-field${invalid ? ' utrecht-form-field--invalid' : ''}` },
    h('label', { class: 'utrecht-form-label', for: id }, label),
    control,
    descId ? h('div', { class: 'utrecht-form-field-description sb-field__description', id: descId }, ...description) : null,
  );
}

export function numberField(p: NumberFieldProps): HTMLElement {
  const id = uid('field');
  const descId = p.description || p.invalid ? uid('desc') : null;
  const input = h('input', {
    id,
    type: 'number',
    inputmode: 'decimal',
    class: `utrecht-textbox utrecht-textbox--html-input sb-number ${p.inputClass ?? ''}`,
    value: String(p.value),
    min: p.min,
    max: p.max,
    step: p.step ?? 'any',
    'aria-describedby': descId,
    'aria-invalid': p.invalid ? 'true' : null,
    'data-focus-key': p.focusKey,
  });
  input.addEventListener('change', () => {
    const v = Number(input.value.replace(',', '.'));
    if (input.value.trim() !== '' && Number.isFinite(v) && v >= p.min && v <= p.max) p.onChange(v);
    else {
      input.setAttribute('aria-invalid', 'true');
      p.onInvalid?.(input.value);
    }
  });
  const control = h('div', { class: 'sb-field__control' }, input, p.unit ? h('span', { class: 'sb-field__unit' }, p.unit) : null);
  return formField(
    id,
    p.label,
    control,
    descId,
    [p.invalid ? h('strong', { class: 'sb-field__error' }, p.invalid, ' ') : null, p.description ?? null],
    !!p.invalid,
  );
}

export interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: { value: V; label: string }[];
  description?: string;
  focusKey: string;
  onChange(value: V): void;
}

export function selectField<V extends string>(p: SelectFieldProps<V>): HTMLElement {
  const id = uid('field');
  const descId = p.description ? uid('desc') : null;
  const select = h(
    'select',
    { id, class: 'utrecht-select utrecht-select--html-select sb-select', 'aria-describedby': descId, 'data-focus-key': p.focusKey },
    ...p.options.map((o) => h('option', { value: o.value, selected: o.value === p.value }, o.label)),
  );
  select.addEventListener('change', () => p.onChange(select.value as V));
  return formField(id, p.label, select, descId, [p.description]);
}

export interface TextFieldProps {
  label: string;
  value: string;
  description?: string;
  focusKey: string;
  type?: 'text' | 'month';
  maxLength?: number;
  onChange(value: string): void;
}

export function textField(p: TextFieldProps): HTMLElement {
  const id = uid('field');
  const descId = p.description ? uid('desc') : null;
  const input = h('input', {
    id,
    type: p.type ?? 'text',
    class: 'utrecht-textbox utrecht-textbox--html-input sb-text',
    value: p.value,
    maxlength: p.maxLength ?? 80,
    'aria-describedby': descId,
    'data-focus-key': p.focusKey,
  });
  input.addEventListener('change', () => p.onChange(input.value));
  return formField(id, p.label, input, descId, [p.description]);
}

export function checkbox(
  label: Child,
  checked: boolean,
  focusKey: string,
  onChange: (checked: boolean) => void,
  attrs: Record<string, string> = {},
): HTMLElement {
  const id = uid('check');
  const input = h('input', { id, type: 'checkbox', class: 'utrecht-checkbox utrecht-checkbox--html-input', checked, 'data-focus-key': focusKey, ...attrs });
  input.addEventListener('change', () => onChange(input.checked));
  return h(
    'div',
    { class: 'utrecht-form-field utrecht-form-field--checkbox sb-check' },
    input,
    h('label', { class: 'utrecht-form-label utrecht-form-label--checkbox', for: id }, label),
  );
}

export function button(
  label: Child,
  focusKey: string,
  onClick: () => void,
  kind: 'primary' | 'secondary' | 'subtle' = 'secondary',
  attrs: Record<string, string | boolean | null> = {},
): HTMLButtonElement {
  const b = h(
    'button',
    {
      type: 'button',
      class: `utrecht-button utrecht-button--${kind === 'primary' ? 'primary' : kind === 'secondary' ? 'secondary' : 'subtle'}-action sb-button`,
      'data-focus-key': focusKey,
      ...attrs,
    },
    label,
  );
  b.addEventListener('click', onClick);
  return b;
}

/** A section with an h2 (or h3) and its id, for aria-labelledby. */
export function section(title: string, level: 2 | 3, className: string, ...children: Child[]): HTMLElement {
  const id = uid('section');
  const heading = level === 2 ? h('h2', { class: 'utrecht-heading-2', id }, title) : h('h3', { class: 'utrecht-heading-3', id }, title);
  return h('section', { class: className, 'aria-labelledby': id }, heading, ...children);
}
