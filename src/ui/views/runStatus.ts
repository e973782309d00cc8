import type { Locale } from '../i18n/index.ts';
import type { SimStatus } from '../simulation/simulator.ts';
import { h } from './dom.ts';
import { button } from './fields.ts';

/**
 * Progress of a running calculation: a native <progress>, a polite live text ("12 van 80
 * gesimuleerde toekomsten") and a cancel button. It is updated in place by update() while the
 * workers run, so the rest of the page is not re-rendered for every replication.
 */
export interface RunStatusView {
  element: HTMLElement;
  update(status: SimStatus, locale: Locale): void;
}

export function createRunStatus(onCancel: () => void): RunStatusView {
  const bar = h('progress', { class: 'sb-progress__bar', max: 1, value: 0 });
  const label = h('p', { class: 'sb-progress__label', id: 'run-progress-label' });
  bar.setAttribute('aria-labelledby', 'run-progress-label');
  const live = h('p', { class: 'sb-visually-hidden', role: 'status', 'aria-live': 'polite' });
  const cancel = button('', 'run-cancel', onCancel, 'secondary', { class: 'utrecht-button utrecht-button--secondary-action sb-button sb-progress__cancel' });
  const box = h('div', { class: 'sb-progress', hidden: true }, label, bar, cancel);
  const element = h('div', { class: 'sb-run-status' }, box, live);
  let announced = '';
  return {
    element,
    update(status, { t, fmt }) {
      box.hidden = !status.running;
      cancel.textContent = t.run.cancel;
      if (status.running) {
        bar.max = Math.max(1, status.total);
        bar.value = status.done;
        const kind = status.kind ?? 'scenarios';
        label.textContent = t.run.progress[kind](status.current ?? '', fmt.count(status.done), fmt.count(status.total));
      }
      // Screen readers hear the start and the end, not every replication.
      const message = status.running ? t.run.started : status.cancelled ? t.run.cancelled : status.error ? '' : status.total > 0 ? t.run.finished : '';
      if (message !== announced) {
        live.textContent = message;
        announced = message;
      }
    },
  };
}
