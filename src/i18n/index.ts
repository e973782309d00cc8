/**
 * The message catalogue of Sneeuwbal: one per language, shared by the app (src/ui), the CLI
 * (src/cli) and whatever else speaks to people. Pure TypeScript, no DOM, no Node: importable from
 * Node, Web Workers and tests alike (.dependency-cruiser.cjs keeps it so).
 * nl.ts is the source of truth; en.ts must have exactly the same shape (the compiler checks it).
 */
import type { Lang } from '../core/errors.ts';
import { en } from './en.ts';
import { nl, type Messages } from './nl.ts';

export type { Lang, Messages };
export { fileSource } from './attribution.ts';
export { routeDescribed, routeLabel, routeList } from './routes.ts';
export { CIRCLES, count, counted, formatNumber, LOCALES, MONTHS, plural } from './plural.ts';

const catalogue: Record<Lang, Messages> = { nl, en };

/** The messages of one language. */
export function messages(lang: Lang): Messages {
  return catalogue[lang];
}

export function isLang(value: unknown): value is Lang {
  return value === 'nl' || value === 'en';
}
