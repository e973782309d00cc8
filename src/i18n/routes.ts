/** The routes' and placements' words, for the app, the CLI and the data checks: they live with the engine's words (src/i18n/engine/routes.ts). */
export { PLACEMENT_WORDS, ROUTE_WORDS, routeDescribed, routeLabel, routeList } from './engine/routes.ts';
