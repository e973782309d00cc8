/**
 * The names of the three seeding routes (plan §5; src/core/plan.ts ROUTES), said once for the app,
 * the CLI and the data checks. Keyed by the core's Route, so a new route fails to compile until it
 * has words. `name` is the short name in lists and labels ("a (corporatiecomplex)"); `description`
 * says how the route reaches people, for reports (the CLI's critical-mass heading).
 * Kept apart from nl.ts so data checks can name routes without loading the whole catalogue.
 */
import type { Lang } from '../core/errors.ts';
import { ROUTES, type Route } from '../core/plan.ts';

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

/** "a (corporatiecomplex)": a route's letter with its name; "b (informatiebijeenkomst in de buurt)" with its description. */
export const routeLabel = (lang: Lang, r: Route): string => `${r} (${ROUTE_WORDS[lang].name[r]})`;
export const routeDescribed = (lang: Lang, r: Route | 'mix'): string => `${r} (${ROUTE_WORDS[lang].description[r]})`;

/** "a corporatiecomplex, b buurt, c indicatie": every route with its name, for help lines. */
export const routeList = (lang: Lang): string => ROUTES.map((r) => `${r} ${ROUTE_WORDS[lang].name[r]}`).join(', ');
