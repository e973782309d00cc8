import type { Locale } from '../i18n/index.ts';
import type { ComputationKind, SimStatus } from '../simulation/simulator.ts';
import { h } from './dom.ts';
import { button } from './fields.ts';

/**
 * Progress of a running calculation: a native <progress>, a polite live text ("12 van 80
 * gesimuleerde toekomsten") and a cancel button that stops only that calculation. Calculations
 * asked for meanwhile are listed below it, each with its own button, so stopping one never stops
 * another. It is updated in place by update() while the workers run, so the rest of the page is
 * not re-rendered for every replication.
 */
export interface RunStatusView {
  element: HTMLElement;
  update(status: SimStatus, locale: Locale): void;
}

export function createRunStatus(onCancel: (kind: ComputationKind | null) => void): RunStatusView {
  const bar = h('progress', { class: 'sb-progress__bar', max: 1, value: 0 });
  const label = h('p', { class: 'sb-progress__label', id: 'run-progress-label' });
  bar.setAttribute('aria-labelledby', 'run-progress-label');
  const live = h('p', { class: 'sb-visually-hidden', role: 'status', 'aria-live': 'polite' });
  let runningKind: ComputationKind | null = null;
  const cancel = button('', 'run-cancel', () => onCancel(runningKind), 'secondary', {
    class: 'utrecht-button utrecht-button--secondary-action sb-button sb-progress__cancel',
  });
  const waiting = h('div', { class: 'sb-progress__waiting' });
  const box = h('div', { class: 'sb-progress', hidden: true }, label, bar, cancel, waiting);
  const element = h('div', { class: 'sb-run-status' }, box, live);
  let announced = '';
  let waitingShown = '';
  return {
    element,
    update(status, { t, fmt, lang }) {
      const busy = status.running && status.kind !== null;
      box.hidden = !busy;
      cancel.textContent = t.run.cancel;
      if (busy) {
        runningKind = status.kind;
        bar.max = Math.max(1, status.total);
        bar.value = status.done;
        label.textContent = t.run.progress[status.kind!](status.current ?? '', fmt.count(status.done), fmt.count(status.total));
      }
      // The waiting list changes rarely: rebuilt only when it does (its buttons keep focus otherwise).
      const shown = `${lang}|${status.waiting.join()}`;
      if (shown !== waitingShown) {
        waitingShown = shown;
        waiting.replaceChildren(
          ...(status.waiting.length
            ? [
                h('p', { class: 'sb-progress__label' }, t.run.waiting),
                ...status.waiting.map((k) =>
                  button(t.run.cancelWaiting(t.run.kinds[k]), `run-cancel-${k}`, () => onCancel(k), 'subtle', { 'data-waiting': k }),
                ),
              ]
            : []),
        );
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
