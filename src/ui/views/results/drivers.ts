/**
 * "Waar hangt dit van af?" beside the critical-mass answer (issue #9 point 7): a button that asks
 * for drivers (src/experiments/drivers.ts, what `critical-mass` prints by default), and then the
 * three parameters that move the answer most, each with the answer at its plausible bounds. The
 * parameter is named in plain words; its internal name stays in brackets for researchers.
 */
import { paramSpec } from '../../../core/params/index.ts';
import type { Driver } from '../../../experiments/drivers.ts';
import type { Locale } from '../../i18n/index.ts';
import { h } from '../dom.ts';
import { button } from '../fields.ts';

export interface DriversProps {
  locale: Locale;
  /** null: not asked yet (or not computed). */
  drivers: readonly Driver[] | null;
  running: boolean;
  onAsk(): void;
}

/** One driver in words: the plain label, then the engine's sentence without its internal name ("willing: met …"). */
export function driverLine(locale: Locale, d: Driver): string {
  const label = paramSpec(d.name)?.label[locale.lang] ?? d.name;
  const text = d.text[locale.lang];
  const rest = text.startsWith(`${d.name}: `) ? text.slice(d.name.length + 2) : text;
  return `${label} (${d.name}): ${rest}`;
}

export function driversBlock(p: DriversProps): HTMLElement {
  const w = p.locale.t.drivers;
  if (p.drivers) {
    return h(
      'div',
      { class: 'sb-drivers', 'data-drivers': 'done' },
      h('h4', { class: 'utrecht-heading-4' }, w.title),
      p.drivers.length
        ? h('ul', { class: 'utrecht-unordered-list' }, ...p.drivers.map((d) => h('li', { class: 'utrecht-unordered-list__item' }, driverLine(p.locale, d))))
        : h('p', { class: 'utrecht-paragraph' }, w.none),
    );
  }
  return h(
    'div',
    { class: 'sb-drivers', 'data-drivers': p.running ? 'busy' : 'ask' },
    button(w.ask, 'critical-drivers', p.onAsk, 'secondary', { 'aria-describedby': 'critical-drivers-help', disabled: p.running }),
    h('p', { class: 'utrecht-form-field-description', id: 'critical-drivers-help' }, p.running ? w.busy : w.help),
  );
}
