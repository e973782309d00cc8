/**
 * The names of the three seeding routes (plan §5; src/core/plan.ts ROUTES), said once for the app,
 * the CLI and the data checks. `name` is the short name in lists and labels ("a (corporatiecomplex)"); `description`
 * says how the route reaches people, for reports (the CLI's critical-mass heading).
 * Kept apart from nl.ts so data checks can name routes without loading the whole catalogue, and in
 * the engine's folder so the engine's own sentences (the ranking's scenario line) use the same words.
 * A route that core/plan.ts adds and this file lacks fails to compile where its words are looked up.
 */

/** The languages and route letters, spelled here because this folder imports nothing (core's Lang and Route are the same unions). */
type Lang = 'nl' | 'en';
type Route = 'a' | 'b' | 'c';
const ROUTES: readonly Route[] = ['a', 'b', 'c'];

interface RouteWords {
  name: Record<Route, string>;
  description: Record<Route | 'mix', string>;
}

export const ROUTE_WORDS: Record<Lang, RouteWords> = {
  nl: {
    name: { a: 'corporatiecomplex', b: 'buurt', c: 'indicatie' },
    description: { a: 'corporatiecomplex', b: 'informatiebijeenkomst in de buurt', c: 'bij een indicatie wijkverpleging', mix: 'a, b en c tegelijk' },
  },
  en: {
    name: { a: 'corporation complex', b: 'neighbourhood', c: 'indication' },
    description: { a: 'corporation complex', b: 'information meeting in the neighbourhood', c: 'at a home-nursing indication', mix: 'a, b and c at once' },
  },
};

type Placement = 'auto' | 'clustered' | 'spread' | 'chosen';

/**
 * Where a route's seeds go (core/plan.ts PlacementMode), as the planner's form labels them; the
 * ranking's scenario line says the same words (placementWords, lower case inside a sentence).
 */
export const PLACEMENT_WORDS: Record<Lang, Record<Placement, string>> = {
  nl: { auto: 'Waar de meeste ouderen wonen', clustered: 'Bij elkaar', spread: 'Verspreid', chosen: 'In gekozen buurten' },
  en: { auto: 'Where most older people live', clustered: 'Close together', spread: 'Spread out', chosen: 'In chosen buurten' },
};

/** A placement inside a sentence: "waar de meeste ouderen wonen"; an unknown mode as given. */
export const placementWords = (lang: Lang, mode: string): string => {
  const w = PLACEMENT_WORDS[lang][mode as Placement];
  return w ? w[0].toLowerCase() + w.slice(1) : mode;
};

/** "a (corporatiecomplex)": a route's letter with its name; "b (informatiebijeenkomst in de buurt)" with its description. */
export const routeLabel = (lang: Lang, r: Route): string => `${r} (${ROUTE_WORDS[lang].name[r]})`;
export const routeDescribed = (lang: Lang, r: Route | 'mix'): string => `${r} (${ROUTE_WORDS[lang].description[r]})`;

/** "a corporatiecomplex, b buurt, c indicatie": every route with its name, for help lines. */
export const routeList = (lang: Lang): string => ROUTES.map((r) => `${r} ${ROUTE_WORDS[lang].name[r]}`).join(', ');
