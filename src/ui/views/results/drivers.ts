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

const words = {
  nl: {
    ask: 'Waar hangt dit van af?',
    help: 'Rekent na welke drie aannames het antwoord het meest veranderen, en wat het antwoord is als ze aan de lage of hoge kant liggen. Dat kost een paar extra zoektochten.',
    busy: 'Bezig met nagaan waar het antwoord van afhangt…',
    title: 'Waar het antwoord van afhangt',
    none: 'Geen van de onderzochte aannames verandert het antwoord merkbaar.',
  },
  en: {
    ask: 'What does this depend on?',
    help: 'Works out which three assumptions change the answer most, and what the answer is when they lie at the low or the high side. This costs a few extra searches.',
    busy: 'Working out what the answer depends on…',
    title: 'What the answer depends on',
    none: 'None of the assumptions examined changes the answer noticeably.',
  },
};

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
  const w = words[p.locale.lang];
  if (p.drivers) {
    return h(
      'div',
      { class: 'sb-drivers', 'data-drivers': 'done' },
      h('h4', { class: 'utrecht-heading-4' }, w.title),
      p.drivers.length ? h('ul', { class: 'utrecht-unordered-list' }, ...p.drivers.map((d) => h('li', { class: 'utrecht-unordered-list__item' }, driverLine(p.locale, d)))) : h('p', { class: 'utrecht-paragraph' }, w.none),
    );
  }
  return h(
    'div',
    { class: 'sb-drivers', 'data-drivers': p.running ? 'busy' : 'ask' },
    button(w.ask, 'critical-drivers', p.onAsk, 'secondary', { 'aria-describedby': 'critical-drivers-help', disabled: p.running }),
    h('p', { class: 'utrecht-form-field-description', id: 'critical-drivers-help' }, p.running ? w.busy : w.help),
  );
}
