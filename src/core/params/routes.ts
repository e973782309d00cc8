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
    name: 'aJoin', group: 'routes', default: 0.85, min: 0.05, max: 1, unit: 'share',
    label: t('Route a: bereidwilligen die meteen lid worden', 'Route a: willing attendees joining at once'),
    help: t('Deel van de bereidwillige aanwezigen dat meteen lid wordt; wie nooit bereid is, wordt geen lid.', 'Share of the willing attendees who join at once; people never willing do not join.'),
    source: 'context seed 001 (≈20 came, 8 joined at once, 1 later) [derived: 8 of ≈9.4 willing among 20 attendees with willing 0.3 and attendLean 2]', calibrate: false,
  }),
  p({
    name: 'attendLean', group: 'routes', default: 2, min: 1, max: 5, unit: 'multiplier',
    label: t('Bereidwilligen komen vaker naar een bijeenkomst', 'Willing people come to meetings more often'),
    help: t('Hoeveel vaker wie ooit mee zou doen op een bijeenkomst over cirkels afkomt dan een ander; de gemiddelde opkomst blijft gelijk.', 'How much more often people who would ever join come to a meeting about circles than others; the mean turnout stays the same.'),
    source: 'context seeds 001, 002 (8 of ≈20 joined, ≈30 of ≈70 wanted to: 40–45% of attendees, above the ≤30% who would ever join, model-science.md §2.8) [derived: with willing 0.3, a lean of 2 gives ≈46% willing among attendees]', calibrate: false,
  }),
  p({
    name: 'bAttend', group: 'routes', default: 0.1, min: 0.01, max: 0.5, unit: 'share',
    label: t('Route b: opkomst informatiebijeenkomst', 'Route b: turnout at information meeting'),
    help: t('Deel van de 65-plussers binnen loopafstand van de ontmoetingsplek dat op de koffieochtend komt (hooguit 80).', 'Share of people 65+ within walking distance of the venue who come to the coffee morning (at most 80).'),
    source: 'context seed 002 (≈70 at a coffee morning in Almere Muziekwijk) [derived]', calibrate: false,
  }),
  p({
    name: 'bInterest', group: 'routes', default: 0.93, min: 0.05, max: 1, unit: 'share',
    label: t('Route b: bereidwilligen die mee willen doen', 'Route b: willing attendees wanting to join'),
    help: t('Deel van de bereidwillige aanwezigen dat mee wil doen; zij worden naar woonplek in cirkels van 8–15 ingedeeld, zoveel als er passen.', 'Share of the willing attendees who want to take part; they are grouped by where they live into as many circles of 8–15 as they make.'),
    source: 'model-science.md §6.7 (≈30 of ≈70 wanted to join → 2 circles) [derived: ≈30 of ≈32 willing among 70 attendees with willing 0.3 and attendLean 2]', calibrate: false,
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
