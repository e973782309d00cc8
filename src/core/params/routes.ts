import { p, t } from './spec.ts';


/** The three entry routes by which professionals seed circles (design/MODEL.md process 5). */
export const routeParams = [
  p({
    name: 'aAttend', group: 'routes', default: 0.5, min: 0.05, max: 1, unit: 'share',
    label: t('Route a: opkomst bewonersbijeenkomst', 'Route a: turnout at residents’ meeting'),
    help: t('Deel van de uitgenodigde 65-plussers van een corporatiecomplex dat komt.', 'Share of invited residents 65+ of a corporation complex who come.'),
    source: 'context seed 001 (Emmeloord: 40 invited, over half came)', calibrate: false,
  }),
  p({
    name: 'aJoin', group: 'routes', default: 0.4, min: 0.05, max: 1, unit: 'share',
    label: t('Route a: meteen lid na de bijeenkomst', 'Route a: joining at the meeting'),
    help: t('Deel van de aanwezigen dat meteen lid wordt (bereidheid meegeteld).', 'Share of attendees who join at once (willingness included).'),
    source: 'context seed 001 (≈20 came, 8 joined at once, 1 later)', calibrate: false,
  }),
  p({
    name: 'bAttend', group: 'routes', default: 0.1, min: 0.01, max: 0.5, unit: 'share',
    label: t('Route b: opkomst informatiebijeenkomst', 'Route b: turnout at information meeting'),
    help: t('Deel van de 65-plussers binnen loopafstand van de ontmoetingsplek dat op de koffieochtend komt (hooguit 80).', 'Share of people 65+ within walking distance of the venue who come to the coffee morning (at most 80).'),
    source: 'context seed 002 (≈70 at a coffee morning in Almere Muziekwijk) [derived]', calibrate: false,
  }),
  p({
    name: 'bInterest', group: 'routes', default: 0.43, min: 0.05, max: 1, unit: 'share',
    label: t('Route b: geïnteresseerd na de bijeenkomst', 'Route b: interested after the meeting'),
    help: t('Deel van de aanwezigen dat mee wil doen; zij worden naar woonplek in cirkels van 8–15 ingedeeld.', 'Share of attendees who want to take part; they are grouped by where they live into circles of 8–15.'),
    source: 'model-science.md §6.7 (≈30 of ≈70 wanted to join → 2 circles)', calibrate: false,
  }),
  p({
    name: 'cCoverage', group: 'routes', default: 0.5, min: 0, max: 1, unit: 'share',
    label: t('Route c: wijkverpleegkundige brengt het ter sprake', 'Route c: nurse raises it'),
    help: t('Deel van de indicatiegesprekken in de startperiode waarin de wijkverpleegkundige een netwerk rond de cliënt voorstelt.', 'Share of indication talks in the seeding period in which the district nurse proposes a network around the client.'),
    source: "founder's plan §5c [assumption]", calibrate: false,
  }),
  p({
    name: 'cSuccess', group: 'routes', default: 0.3, min: 0, max: 1, unit: 'share',
    label: t('Route c: cliënt en familie gaan aan de slag', 'Route c: client and family take it up'),
    help: t('Kans dat cliënt en familie na het voorstel echt buren en bekenden gaan vragen.', 'Probability that client and family actually start asking neighbours and acquaintances after the proposal.'),
    source: "founder's plan §5c; model-science.md §6.7 ([to calibrate])", calibrate: true,
  }),
];
