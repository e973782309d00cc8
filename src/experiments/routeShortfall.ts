/**
 * Why a seeding route could not place all the circles it was asked for (the `unavailable` codes of
 * src/core/processes/seeding.ts), in words: one table for the CLI, the critical-mass reasons and
 * the app, so the wording cannot drift apart.
 */
const ROUTE_SHORTFALL: Readonly<Record<string, { nl: string; en: string }>> = {
  'no-complex': { nl: 'het gebied heeft geen corporatiecomplex met genoeg 65-plussers', en: 'the area has no corporation complex with enough people 65+' },
  'complexes-exhausted': { nl: 'alle corporatiecomplexen met genoeg 65-plussers zijn al benaderd', en: 'all corporation complexes with enough people 65+ were already used' },
  'no-venue': { nl: 'het gebied heeft geen ontmoetingsplek', en: 'the area has no meeting place' },
  'venues-exhausted': { nl: 'op alle ontmoetingsplekken is al een bijeenkomst geweest', en: 'every meeting place already had a meeting' },
  'meetings-too-small': { nl: 'op geen enkele bijeenkomst wilden genoeg ouderen meedoen om samen één cirkel te beginnen', en: 'at no meeting did enough older people want to join to start one circle together' },
  'too-few-indications': { nl: 'er waren in de startperiode te weinig indicatiegesprekken waarop het lukte', en: 'there were too few indication talks that worked out in the seeding period' },
};

/** The reason in words; an unknown code (from a newer model) reads as "the route got stuck". */
export function routeShortfall(reason: string): { nl: string; en: string } {
  return ROUTE_SHORTFALL[reason] ?? { nl: 'de route liep vast', en: 'the route got stuck' };
}
