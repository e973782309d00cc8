/**
 * The views that draw with Observable Plot, loaded on first need (results, report) so the first
 * paint of a gemeente does not wait for the chart library.
 */
export { resultsPage } from './results/resultsPage.ts';
export { criticalMassSection } from './results/criticalMass.ts';
export { rankingSection } from './results/ranking.ts';
export { reportPage } from './report/reportPage.ts';
