/**
 * "How many more": a critical-mass answer read against the circles that already exist. Every k of
 * the search already starts from the register's circles (they are in the plan's `existing`), so k
 * is the number of circles to add; this only says so in words, and says when k = 0 suffices —
 * the register alone makes the snowball roll.
 */
import type { Today } from './scenarioCircles.ts';
import { plain, say } from '../i18n/engine/index.ts';

export interface RegisterAnswer {
  /** The register alone (no new circles) reaches the target. */
  alone: boolean;
  /** Circles to add for the target (null: not reached within the k tried). */
  more: number | null;
  text: { nl: string; en: string };
}

export function registerAnswer(atTarget: number | null, target: number, pAtZero: number | null, today: Today): RegisterAnswer {
  const have = plain(say('experiments.registerAnswer.have', { circles: today.circles, start: today.start }));
  const p0 = pAtZero ?? 0;
  if (atTarget === 0) return { alone: true, more: 0, text: plain(say('experiments.registerAnswer.alone', { have, p0, target })) };
  if (atTarget === null) return { alone: false, more: null, text: plain(say('experiments.registerAnswer.notReached', { have, target })) };
  return { alone: false, more: atTarget, text: plain(say('experiments.registerAnswer.more', { have, more: atTarget, p0 })) };
}
