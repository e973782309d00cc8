import type { Figure } from '../../workers/dataApi.ts';
import { LOCALES, type Lang, type Messages } from '../../i18n/index.ts';

export interface Format {
  count(n: number): string;
  /** `p` in percent (0–100). */
  percent(p: number, digits?: number): string;
  /** A figure as text; missing values get words ("onbekend", "geheim"), never 0. */
  figure(f: Figure, kind?: 'count' | 'percent'): string;
  /** A plain number with at most `max` (and at least `min`) decimals. */
  decimal(n: number, max: number, min?: number): string;
  /** A plain number to at most `digits` significant digits. */
  significant(n: number, digits: number): string;
}

/**
 * Number formatting per language with Intl. Dutch uses '.' for thousands and ',' for decimals.
 * Formatters are created once per language and options because Intl constructors are slow.
 */
export function createFormat(lang: Lang, t: Messages): Format {
  const locale = LOCALES[lang];
  const counts = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const formatters = new Map<string, Intl.NumberFormat>();
  const formatter = (key: string, options: Intl.NumberFormatOptions) => {
    let f = formatters.get(key);
    if (!f) {
      f = new Intl.NumberFormat(locale, options);
      formatters.set(key, f);
    }
    return f;
  };
  const format: Format = {
    count: (n) => counts.format(n),
    percent: (p, digits = 1) =>
      formatter(`percent ${digits}`, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(p / 100),
    decimal: (n, max, min = 0) => formatter(`decimal ${min} ${max}`, { minimumFractionDigits: min, maximumFractionDigits: max }).format(n),
    significant: (n, digits) => formatter(`significant ${digits}`, { maximumSignificantDigits: digits }).format(n),
    figure: (f, kind = 'count') => {
      if (typeof f === 'number') return kind === 'percent' ? format.percent(f) : format.count(f);
      return t.missing[f];
    },
  };
  return format;
}
