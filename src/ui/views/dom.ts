/**
 * Tiny element builders. Text always goes in as text nodes and attributes through setAttribute,
 * never innerHTML, so names from data files can never become markup.
 */
export type Child = Node | string | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

const svgNs = 'http://www.w3.org/2000/svg';

function fill<E extends Element>(el: E, attrs: Attrs, children: Child[]): E {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/** An HTML element: `h('p', { class: 'x' }, 'text', other)`. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  return fill(document.createElement(tag), attrs, children);
}

/** An SVG element. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  return fill(document.createElementNS(svgNs, tag) as SVGElementTagNameMap[K], attrs, children);
}

let counter = 0;
/** A document-unique id for aria-labelledby / aria-controls pairs. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/**
 * Replaces the children of `container` and keeps keyboard focus on the "same" control: the
 * element with the same data-focus-key. Views re-render wholesale, and without this a keyboard
 * user would be thrown back to the top of the page after every choice.
 */
export function replaceKeepingFocus(container: Element, ...children: Child[]): void {
  const active = document.activeElement;
  const key = active instanceof Element && container.contains(active) ? active.getAttribute('data-focus-key') : null;
  container.replaceChildren();
  fill(container, {}, children);
  if (key) {
    const next = container.querySelector<HTMLElement | SVGElement>(`[data-focus-key="${CSS.escape(key)}"]`);
    // A field being typed in stays the same element: a redraw (a computation ending, a change
    // committed elsewhere) must not take the half-typed text, the caret or the selection away.
    // Its handlers apply edits to the state as it is then, so the older element is still right.
    if (next && typing(active)) {
      // It takes the new element's attributes (id for its label, aria-describedby, bounds), not its value.
      for (const name of active.getAttributeNames()) if (name !== 'value' && !next.hasAttribute(name)) active.removeAttribute(name);
      for (const name of next.getAttributeNames()) if (name !== 'value') active.setAttribute(name, next.getAttribute(name)!);
      next.replaceWith(active);
    }
    (typing(active) && next ? active : next)?.focus({ preventScroll: true });
  }
}

function typing(el: Element | null): el is HTMLInputElement | HTMLTextAreaElement {
  return (
    el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && ['text', 'number', 'search', 'month', 'email', 'tel', 'url'].includes(el.type))
  );
}
