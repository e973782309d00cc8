/**
 * Plurals and numbers per language with Intl, for the message catalogue and whatever speaks to
 * people (CLI and app). A message that says "1 cirkel" / "3 cirkels" takes the number itself and
 * asks Intl.PluralRules, never compares an already formatted string with '1'.
 * Formatters are made once per language and options: Intl constructors are slow.
 */
import type { Lang } from '../core/errors.ts';

/** The locale behind each language: Dutch writes 1.234,5; English (British) 1,234.5. */
export const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

export interface Forms {
  one: string;
  other: string;
}

const rules = new Map<string, Intl.PluralRules>();

/**
 * `forms.one` when `n`, as shown with at most `digits` decimals, takes the singular in `lang`, else
 * `forms.other`. Rounded like the number beside it, so 0.6 shown as "1" gets "1 cirkel".
 */
export function plural(lang: Lang, n: number, forms: Forms, digits = 0): string {
  const key = `${lang} ${digits}`;
  let r = rules.get(key);
  if (!r) {
    r = new Intl.PluralRules(LOCALES[lang], { maximumFractionDigits: digits });
    rules.set(key, r);
  }
  return r.select(n) === 'one' ? forms.one : forms.other;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** `n` with the language's separators and at most `max` (at least `min`) decimals. */
export function formatNumber(lang: Lang, n: number, max = 0, min = 0): string {
  const key = `${lang} ${min} ${max}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: min, maximumFractionDigits: max });
    formatters.set(key, f);
  }
  return f.format(n);
}

/** A whole count with thousands separators (as the app's fmt.count and the CLI's tables). */
export const count = (lang: Lang, n: number): string => formatNumber(lang, n);

/** "3 cirkels", "1 cirkel": a count followed by the noun in the right number. */
export const counted = (lang: Lang, n: number, forms: Forms): string => `${count(lang, n)} ${plural(lang, n, forms)}`;

/** Nouns counted in more than one message (app, CLI, experiments), so "1 cirkel" / "2 cirkels" reads the same everywhere. */
export const CIRCLES: Record<Lang, Forms> = { nl: { one: 'cirkel', other: 'cirkels' }, en: { one: 'circle', other: 'circles' } };
export const MONTHS: Record<Lang, Forms> = { nl: { one: 'maand', other: 'maanden' }, en: { one: 'month', other: 'months' } };
const YEARS: Record<Lang, Forms> = { nl: { one: 'jaar', other: 'jaar' }, en: { one: 'year', other: 'years' } };
export const VOORZORGCIRKELS: Record<Lang, Forms> = { nl: { one: 'voorzorgcirkel', other: 'voorzorgcirkels' }, en: { one: 'circle', other: 'circles' } };

/** A horizon in years, to one decimal (18 months: "1,5 jaar", not "2 jaar"): "1 year", "10 years". */
export const countedYears = (lang: Lang, years: number): string => `${formatNumber(lang, years, 1)} ${plural(lang, years, YEARS[lang], 1)}`;
