import { paramSpec, type ParamSpec } from '../../core/params/index.ts';
import type { Locale } from '../i18n/index.ts';
import { paramStep } from '../state/params.ts';
import { h } from './dom.ts';
import { button, numberField } from './fields.ts';

/**
 * One registry parameter as a form field: label, unit, bounds, help text and source all come
 * from the registry (src/core/params), so the form can never drift from the model. A value that
 * differs from the default says so and offers a reset.
 */
export interface ParamFieldProps {
  locale: Locale;
  name: string;
  value: number;
  focusPrefix: string;
  /** Show the registry name (for `--set NAME=VALUE` on the command line) and the calibration flag. */
  technical?: boolean;
  onChange(value: number | null): void;
}

function unitText(locale: Locale, spec: ParamSpec): string {
  return locale.t.units[spec.unit];
}

/** A registry value in the user's language (shares as plain decimals, as the registry states them). */
function paramValueText(locale: Locale, spec: ParamSpec, value: number): string {
  if (spec.unit === 'euro') return `€ ${locale.fmt.count(value)}`;
  if (spec.unit === 'switch') return value ? locale.t.research.on : locale.t.research.off;
  return locale.fmt.decimal(value, 4);
}

export function paramField(p: ParamFieldProps): HTMLElement {
  const spec = paramSpec(p.name);
  if (!spec) throw new Error(`unknown parameter ${p.name}`);
  const { t } = p.locale;
  const changed = p.value !== spec.default;
  const description = h(
    'span',
    {},
    spec.help[p.locale.lang],
    ' ',
    h(
      'span',
      { class: 'sb-param__meta' },
      t.research.bounds(paramValueText(p.locale, spec, spec.min), paramValueText(p.locale, spec, spec.max), paramValueText(p.locale, spec, spec.default)),
    ),
    // Sources (file names, plan sections) and the registry name are for researchers: only on the
    // research tab, folded away in details; people planning read the help and the bounds.
    p.technical
      ? h(
          'details',
          { class: 'sb-param__details' },
          h('summary', {}, t.research.details),
          h('span', { class: 'sb-param__source' }, `${t.research.source}: ${spec.source}`),
          h('span', { class: 'sb-param__name' }, ' ', h('code', {}, spec.name), spec.calibrate ? ` · ${t.research.calibratable}` : ''),
        )
      : null,
  );
  const field = numberField({
    label: spec.label[p.locale.lang],
    value: p.value,
    min: spec.min,
    max: spec.max,
    step: paramStep(spec),
    unit: unitText(p.locale, spec),
    description,
    focusKey: `${p.focusPrefix}-${spec.name}`,
    onChange: (v) => p.onChange(spec.integer ? Math.round(v) : v),
  });
  field.classList.add('sb-param');
  field.setAttribute('data-param', spec.name);
  if (changed) {
    field.classList.add('sb-param--changed');
    field.append(
      button(t.research.reset(paramValueText(p.locale, spec, spec.default)), `${p.focusPrefix}-${spec.name}-reset`, () => p.onChange(null), 'subtle'),
    );
  }
  return field;
}
