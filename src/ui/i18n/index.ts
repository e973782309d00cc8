import { isLang, LOCALES, messages, routeLabel, type Lang, type Messages } from '../../i18n/index.ts';
import { createFormat, type Format } from './format.ts';

export type { Lang };
export { isLang, LOCALES, routeLabel };

/** What every view needs to speak the user's language: the shared catalogue (src/i18n) and number formats. */
export interface Locale {
  lang: Lang;
  t: Messages;
  fmt: Format;
}

const cache = new Map<Lang, Locale>();

export function localeFor(lang: Lang): Locale {
  let locale = cache.get(lang);
  if (!locale) {
    const t = messages(lang);
    locale = { lang, t, fmt: createFormat(lang, t) };
    cache.set(lang, locale);
  }
  return locale;
}

/** A text in both languages, so a message already shown switches along when the language does. */
export function inBoth(f: (l: Locale) => string): Record<Lang, string> {
  return { nl: f(localeFor('nl')), en: f(localeFor('en')) };
}

/** The calibration screen's part of the catalogue (its charts and form take only this). */
export type CalibrationText = Messages['calibration'];
