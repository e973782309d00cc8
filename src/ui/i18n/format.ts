import type { Figure } from '../../workers/dataApi.ts';
import type { Messages } from './nl.ts';
import type { Lang } from './index.ts';

export interface Format {
  count(n: number): string;
  /** `p` in percent (0–100). */
  percent(p: number, digits?: number): string;
  /** A figure as text; missing values get words ("onbekend", "geheim"), never 0. */
  figure(f: Figure, kind?: 'count' | 'percent'): string;
}

const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * Number formatting per language with Intl. Dutch uses '.' for thousands and ',' for decimals.
 * Formatters are created once per language because Intl constructors are slow.
 */
export function createFormat(lang: Lang, t: Messages): Format {
  const locale = locales[lang];
  const counts = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percents = new Map<number, Intl.NumberFormat>();
  const percentFormat = (digits: number) => {
    let f = percents.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
      percents.set(digits, f);
    }
    return f;
  };
  const format: Format = {
    count: (n) => counts.format(n),
    percent: (p, digits = 1) => percentFormat(digits).format(p / 100),
    figure: (f, kind = 'count') => {
      if (typeof f === 'number') return kind === 'percent' ? format.percent(f) : format.count(f);
      return t.missing[f];
    },
  };
  return format;
}
