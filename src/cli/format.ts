/** Number formatting shared by the CLI's text reports. */
import type { Lang } from '../core/errors.ts';
import { formatNumber } from '../i18n/index.ts';

/** `x` with exactly `digits` decimals in the language's number format (1.590,5 or 1,590.5). */
export const fmt = (lang: Lang, x: number, digits = 0) => formatNumber(lang, x, digits, digits);
