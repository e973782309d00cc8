import { nl, type Messages } from './nl.ts';
import { en } from './en.ts';
import { createFormat, type Format } from './format.ts';

import type { Lang } from './format.ts';
export type { Lang };

const catalogue: Record<Lang, Messages> = { nl, en };

export function isLang(value: unknown): value is Lang {
  return value === 'nl' || value === 'en';
}

/** What every view needs to speak the user's language. */
export interface Locale {
  lang: Lang;
  t: Messages;
  fmt: Format;
}

const cache = new Map<Lang, Locale>();

export function localeFor(lang: Lang): Locale {
  let locale = cache.get(lang);
  if (!locale) {
    const t = catalogue[lang];
    locale = { lang, t, fmt: createFormat(lang, t) };
    cache.set(lang, locale);
  }
  return locale;
}

/** A text in both languages, so a message already shown switches along when the language does. */
export function inBoth(f: (l: Locale) => string): Record<Lang, string> {
  return { nl: f(localeFor('nl')), en: f(localeFor('en')) };
}

;
