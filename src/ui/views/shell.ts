import type { Locale } from '../i18n/index.ts';
import { h } from './dom.ts';

/**
 * The page frame that index.html already contains (header, main, footer), so the first paint
 * needs no JavaScript. This module finds its parts and keeps their text in the chosen language.
 */
export interface Shell {
  searchSlot: HTMLElement;
  areaSlot: HTMLElement;
  langSwitch: HTMLButtonElement;
  setLocale(locale: Locale): void;
  /** The page's h1: the gemeente's name, or the app's purpose on the start page. */
  setHeading(gemeenteName: string | null): void;
  /** A polite progress message; unchanged text is not announced again. */
  status(text: string): void;
  /** An error for the user (role=alert), or null to clear it. */
  alert(text: string | null): void;
}

function find<E extends HTMLElement>(doc: Document, id: string): E {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`index.html lacks #${id}`);
  return el as E;
}

export function shellOf(doc: Document): Shell {
  const heading = find(doc, 'page-heading');
  const intro = find(doc, 'intro');
  const statusEl = find(doc, 'status');
  const alertEl = find(doc, 'alert');
  const langSwitch = find<HTMLButtonElement>(doc, 'lang-switch');
  let locale: Locale | null = null;
  let gemeente: string | null = null;

  const text = (id: string, value: string) => {
    const el = find(doc, id);
    if (el.textContent !== value) el.textContent = value;
  };

  const shell: Shell = {
    searchSlot: find(doc, 'search-slot'),
    areaSlot: find(doc, 'area'),
    langSwitch,
    setLocale(next) {
      if (locale === next) return;
      locale = next;
      const { t } = next;
      doc.documentElement.lang = next.lang;
      text('skip-link', t.app.skipLink);
      text('brand-name', t.app.name);
      text('brand-tagline', t.app.tagline);
      text('intro', t.app.intro);
      text('footer-text', t.app.footer);
      text('footer-attribution', t.attribution);
      langSwitch.textContent = t.app.switchLang;
      // The button is written in the other language, so screen readers pronounce it correctly.
      langSwitch.lang = t.app.otherLang;
      langSwitch.setAttribute('aria-label', t.app.switchLangLabel);
      shell.setHeading(gemeente);
    },
    setHeading(name) {
      gemeente = name;
      const value = name ?? locale?.t.app.tagline ?? heading.textContent ?? '';
      if (heading.textContent !== value) heading.textContent = value;
      intro.hidden = name !== null;
    },
    status(value) {
      if (statusEl.textContent !== value) statusEl.textContent = value;
    },
    alert(value) {
      if (value === null) {
        alertEl.replaceChildren();
        alertEl.hidden = true;
        return;
      }
      if (alertEl.textContent === value) return;
      alertEl.hidden = false;
      alertEl.replaceChildren(h('div', { class: 'utrecht-alert__message' }, value));
    },
  };
  return shell;
}
