/**
 * Why a seeding route could not place all the circles it was asked for (the `unavailable` codes of
 * src/core/processes/seeding.ts), in words: one table (in src/i18n/engine, nl-experiments.ts and
 * en-experiments.ts) for the CLI, the critical-mass reasons and the app, so the wording cannot drift
 * apart. An unknown code (from a newer model) reads as "the route got stuck".
 */
import { plain, say } from '../i18n/engine/index.ts';

export function routeShortfall(reason: string): { nl: string; en: string } {
  return plain(say('experiments.routeShortfall.reason', { reason }));
}
