import { p, t } from './spec.ts';


/** Circle life: size, attrition, succession, dormancy, dissolution, splitting (MODEL.md process 6). */
export const circleParams = [
  p({
    name: 'circleMax', group: 'circles', default: 15, min: 8, max: 25, unit: 'persons', integer: true,
    label: t('Maximale cirkelgrootte', 'Maximum circle size'),
    help: t('Een volle cirkel neemt geen leden meer aan; wie dan wil aansluiten kan een splitsing uitlokken.', 'A full circle takes no more members; a would-be joiner may trigger a split.'),
    source: 'design/MODEL.md (8–15 neighbours); model-science.md §0 (usually 10–15)', calibrate: false,
  }),
  p({
    name: 'split', group: 'circles', default: 0.1, min: 0, max: 1, unit: 'share',
    label: t('Splitsen als de cirkel vol is', 'Splitting when full'),
    help: t('Kans dat een volle cirkel zich splitst als er weer iemand wil aansluiten.', 'Probability that a full circle splits when someone else wants to join.'),
    source: 'model-science.md §6.5 (circles above ~15 or with waiting lists split) [assumption]', calibrate: false,
  }),
  p({
    name: 'dropout', group: 'circles', default: 0.03, min: 0, max: 0.3, unit: 'per year',
    label: t('Uitval van leden', 'Members dropping out'),
    help: t('Kans per jaar dat een lid stopt om andere redenen dan overlijden, opname of verhuizen.', 'Annual probability that a member quits for reasons other than death, nursing home or moving.'),
    source: 'model-science.md §2.9 (drop-out 2–5%/yr; total attrition 8–12%/yr)', calibrate: false,
  }),
  p({
    name: 'succession', group: 'circles', default: 0.7, min: 0, max: 1, unit: 'share',
    label: t('Opvolging van de verbinder', 'Succession of the connector'),
    help: t('Kans dat een lid de rol van verbinder overneemt als de verbinder wegvalt; anders wordt de cirkel passief.', 'Probability that a member takes over when the connector leaves; otherwise the circle turns passive.'),
    source: 'model-science.md §6.8 (p_replace) [assumption]', calibrate: false,
  }),
  p({
    name: 'passiveRate', group: 'circles', default: 0.2, min: 0, max: 1, unit: 'per year',
    label: t('Actief wordt passief', 'Active turns passive'),
    help: t('Kans per jaar dat een actieve cirkel passief wordt (alleen contact bij hulpvragen, en die zijn zeldzaam).', 'Annual probability that an active circle turns passive (contact only for help requests, which are rare).'),
    source: 'model-science.md §0 (active vs passive circles; few help requests, NOS 2026) [assumption; with reactivateRate and passiveDissolve tuned so a circle lasts ≈ 7 years on average (§1.9: L ≈ 5–10 years) with about a third passive, measured on Mill]', calibrate: true,
  }),
  p({
    name: 'reactivateRate', group: 'circles', default: 0.05, min: 0, max: 1, unit: 'per year',
    label: t('Passief wordt weer actief', 'Passive becomes active again'),
    help: t('Kans per jaar dat een passieve cirkel weer actief wordt.', 'Annual probability that a passive circle becomes active again.'),
    source: '[assumption] roughly equal active and passive shares (model-science.md §4.2 P7)', calibrate: false,
  }),
  p({
    name: 'passiveDissolve', group: 'circles', default: 0.3, min: 0, max: 1, unit: 'per year',
    label: t('Opheffen van passieve cirkels', 'Passive circles dissolving'),
    help: t('Kans per jaar dat een passieve cirkel ophoudt te bestaan.', 'Annual probability that a passive circle stops existing.'),
    source: 'model-science.md §6.8 (passive circles dissolve more) [assumption; see passiveRate]', calibrate: false,
  }),
  p({
    name: 'recruitBelow', group: 'circles', default: 10, min: 1, max: 15, unit: 'persons', integer: true,
    label: t('Nieuwe leden zoeken onder', 'Looking for members below'),
    help: t('Een actieve cirkel met een verbinder die kleiner is geworden dan dit, zoekt nieuwe leden bij de buren.', 'An active circle with a connector that has shrunk below this size looks for new members among its neighbours.'),
    source: "founder's plan (circles of 8/9 to 12/13); model-science.md §0 (usually 10–15); MODEL.md process 6 (recruitment of replacements) [assumption]", calibrate: false,
  }),
  p({
    name: 'recruitRate', group: 'circles', default: 0.9, min: 0, max: 0.99, unit: 'per year',
    label: t('Tempo van nieuwe leden zoeken', 'Rate of looking for members'),
    help: t('Kans per jaar dat zo’n cirkel de buren benadert; wie bereid is, zegt toe zoals bij een oprichting.', 'Annual probability that such a circle asks its neighbours; the willing commit as at a founding.'),
    source: '[assumption, set against the circle-size pattern of `sneeuwbal patterns`: at 0.5 a year 13% of the circles in the Land van Cuijk runs had fewer than 8 members (10th percentile 7), at 0.9 7% (10th percentile 8); field 8–15, model-science.md §0, §2.9]', calibrate: false,
  }),
  p({
    name: 'dissolveBelow', group: 'circles', default: 5, min: 2, max: 8, unit: 'persons', integer: true,
    label: t('Opheffen onder', 'Dissolving below'),
    help: t('Een cirkel die langer dan een half jaar minder leden heeft dan dit, houdt op.', 'A circle with fewer members than this for more than six months stops.'),
    source: 'model-science.md §6.9 (dissolves below ~4–5 members for more than 6 months)', calibrate: false,
  }),
];
