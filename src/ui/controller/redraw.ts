/**
 * When the page is redrawn, and where the focus goes after an action.
 *
 * Redraws are asked for, not done at once: many changes in one event make one redraw. While a
 * mouse button or finger is down nothing is redrawn: a field committed on mousedown (its change
 * event) would otherwise replace the button under the pointer, and the click would be lost. The
 * redraw follows the click (a task after pointerup: click is dispatched in the same task).
 *
 * Focus goes to the result of an action (a selector asked for with the redraw). The target may
 * appear a redraw or two later (a page whose charts still load), and a redraw when a computation
 * ends replaces it: while focus stays on it, it is put back on the new one.
 */
export interface Redraw {
  /** Asks for a redraw (one per event, after the click that caused it). */
  request(): void;
  /** Asks for a redraw and then focuses the first element matching `selector`. */
  focusAfter(selector: string): void;
  /** Draws now; for the first paint. */
  now(): void;
}

/** How many redraws a focus target may take to appear before it is given up. */
const FOCUS_TRIES = 5;

export function createRedraw(doc: Document, draw: () => void, scope: () => ParentNode): Redraw {
  let queued = false;
  let pointerDown = false;
  let target: string | null = null;
  let tries = 0;
  let focused: { selector: string; element: HTMLElement } | null = null;

  function render(): void {
    const kept = focused && doc.activeElement === focused.element ? focused.selector : null;
    draw();
    place(kept);
  }

  function place(kept: string | null): void {
    const selector = target ?? kept;
    if (!selector) return;
    const element = scope().querySelector<HTMLElement>(selector) ?? doc.querySelector<HTMLElement>(selector);
    if (!element) {
      if (target && ++tries > FOCUS_TRIES) target = null;
      return;
    }
    target = null;
    tries = 0;
    if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.focus();
    focused = { selector, element };
  }

  function flush(): void {
    if (!queued || pointerDown) return;
    queued = false;
    render();
  }

  function request(): void {
    if (queued) return;
    queued = true;
    if (!pointerDown) setTimeout(flush, 0);
  }

  doc.addEventListener('pointerdown', () => (pointerDown = true), true);
  const release = () =>
    setTimeout(() => {
      pointerDown = false;
      flush();
    }, 0);
  doc.addEventListener('pointerup', release, true);
  doc.addEventListener('pointercancel', release, true);

  return {
    request,
    focusAfter(selector) {
      target = selector;
      tries = 0;
      request();
    },
    now: render,
  };
}
