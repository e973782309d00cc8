/**
 * Where the numbers come from, said once for the app and the CLI. CBS's CC BY 4.0 licence asks
 * every output built on the bundled data to name CBS; the CLI prints the Dutch line in both
 * languages (its --json `source` field is part of the interface), the app the line of its language.
 */
import type { Lang } from '../core/errors.ts';

export const CBS_ATTRIBUTION: Record<Lang, string> = {
  nl: 'Bron: CBS, Kerncijfers wijken en buurten 2024; geometrie CBS/Kadaster (bewerkt)',
  en: 'Source: CBS, Kerncijfers wijken en buurten 2024; geometry CBS/Kadaster (edited)',
};

const SOURCE: Record<Lang, string> = { nl: 'Bron', en: 'Source' };

/** The source line for a table the user gave instead of the bundled one. */
export const fileSource = (lang: Lang, file: string): string => `${SOURCE[lang]}: ${file}`;
