/**
 * "How many more": a critical-mass answer read against the circles that already exist. Every k of
 * the search already starts from the register's circles (they are in the plan's `existing`), so k
 * is the number of circles to add; this only says so in words, and says when k = 0 suffices —
 * the register alone makes the snowball roll.
 */
import type { Today } from './scenarioCircles.ts';

export interface RegisterAnswer {
  /** The register alone (no new circles) reaches the target. */
  alone: boolean;
  /** Circles to add for the target (null: not reached within the k tried). */
  more: number | null;
  text: { nl: string; en: string };
}

export function registerAnswer(atTarget: number | null, target: number, pAtZero: number | null, today: Today): RegisterAnswer {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const one = today.circles === 1;
  const have = one
    ? { nl: `de ene cirkel die er nu is (${today.start})`, en: `the one circle that exists now (${today.start})` }
    : { nl: `de ${today.circles} cirkels die er nu zijn (${today.start})`, en: `the ${today.circles} circles that exist now (${today.start})` };
  if (atTarget === 0) {
    return {
      alone: true, more: 0,
      text: {
        nl: `Met ${have.nl} rolt de sneeuwbal al zonder nieuwe starts: k = 0 volstaat (kans ${pct(pAtZero ?? 0)}, doel ${pct(target)}).`,
        en: `With ${have.en} the snowball already rolls without new seeds: k = 0 suffices (chance ${pct(pAtZero ?? 0)}, target ${pct(target)}).`,
      },
    };
  }
  if (atTarget === null) {
    return { alone: false, more: null, text: { nl: `Ook bovenop ${have.nl} is het doel van ${pct(target)} binnen het geprobeerde aantal niet gehaald.`, en: `Even on top of ${have.en} the target of ${pct(target)} is not reached within the numbers tried.` } };
  }
  return {
    alone: false, more: atTarget,
    text: {
      nl: `Bovenop ${have.nl} zijn nog ${atTarget} nieuwe cirkels nodig (zonder nieuwe starts: kans ${pct(pAtZero ?? 0)}).`,
      en: `On top of ${have.en}, ${atTarget} more circles are needed (without new seeds: chance ${pct(pAtZero ?? 0)}).`,
    },
  };
}
