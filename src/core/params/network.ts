import { p, t } from './spec.ts';


/** Where people live and whom they know: the synthetic world (src/core/population.ts, network.ts). */
export const networkParams = [
  p({
    name: 'corporationElderlyFactor', group: 'population', default: 1.2, min: 0.5, max: 3, unit: 'multiplier', world: true,
    label: t('Oververtegenwoordiging ouderen bij corporaties', 'Over-representation of elderly in corporation housing'),
    help: t(
      'Hoeveel vaker 65-plussers in een corporatiewoning wonen dan het corporatieaandeel van de woningen zegt.',
      'How much more often people 65+ live in corporation housing than the corporation share of dwellings says.',
    ),
    source: 'model-science.md §2.1 (35% of senior households rent from a corporation, WoON 2018, vs ≈29% of the stock) [derived]', calibrate: false,
  }),
  p({
    name: 'complexSize', group: 'population', default: 40, min: 20, max: 80, unit: 'persons', integer: true, world: true,
    label: t('Gemiddeld aantal 65+ per complex', 'Mean number of 65+ per complex'),
    help: t('Gemiddeld aantal 65-plussers in een corporatiecomplex (20–80).', 'Mean number of people 65+ in one corporation complex (20–80).'),
    source: 'design/MODEL.md (complexes of 20–80); founder: 40 invited in the Emmeloord complex (context seed 001)', calibrate: false,
  }),
  p({
    name: 'neighbourTies', group: 'network', default: 8, min: 1, max: 20, unit: 'ties', world: true,
    label: t('Buurcontacten per persoon', 'Neighbour ties per person'),
    help: t('Gemiddeld aantal bekenden in de buurt met wie iemand weleens praat.', 'Mean number of neighbours a person talks to now and then.'),
    source: 'model-science.md §2.6 (2–4 important and 5–15 weak neighbour ties, LASA) [assumption]', calibrate: false,
  }),
  p({
    name: 'tieDistance', group: 'network', default: 150, min: 30, max: 1000, unit: 'm', world: true,
    label: t('Afstand waarop contacten afnemen', 'Distance scale of ties'),
    help: t('Tot deze afstand is een contact met een buur ongeveer even waarschijnlijk; verder weg wordt het snel zeldzamer.', 'Up to this distance a tie with a neighbour is about equally likely; further away ties quickly get rarer.'),
    source: 'model-science.md §2.6 (d₀ ≈ 100–200 m; d₀ in P(tie) = 1/(1+(d/d₀)^α)) [assumption]', calibrate: false,
  }),
  p({
    name: 'tieDecay', group: 'network', default: 1.8, min: 1, max: 4, unit: 'multiplier', world: true,
    label: t('Afname van contacten met afstand', 'Distance decay of ties'),
    help: t('Hoe snel contacten zeldzamer worden met de afstand: hoger is sneller.', 'How fast ties become rarer with distance: higher is faster.'),
    source: 'model-science.md §2.6 (exponent α in P(tie) = 1/(1+(d/d₀)^α); α ≈ 1.6–2; d^−1.6 in Illenberger et al. 2009)', calibrate: false,
  }),
  p({
    name: 'complexTies', group: 'network', default: 10, min: 0, max: 30, unit: 'ties', integer: true, world: true,
    label: t('Contacten binnen een complex', 'Ties within a complex'),
    help: t('Aantal medebewoners van een complex die iemand kent.', 'Number of fellow residents of a complex a person knows.'),
    source: 'model-science.md §6.2 (dense co-resident ties in complexes) [assumption]', calibrate: false,
  }),
  p({
    name: 'focusShare', group: 'network', default: 0.4, min: 0, max: 1, unit: 'share', world: true,
    label: t('Deelname aan ontmoetingsplekken', 'Taking part in meeting places'),
    help: t(
      'Deel van de 65-plussers dat een vaste ontmoetingsplek heeft (koffieochtend, kerk, buurthuis, club).',
      'Share of people 65+ with a regular meeting place (coffee morning, church, community centre, club).',
    ),
    source: 'model-science.md §2.5 (91% of 60+ socially active, 55% volunteer; Lifelines) [assumption for regular attendance]', calibrate: false,
  }),
  p({
    name: 'focusTies', group: 'network', default: 3, min: 0, max: 10, unit: 'ties', integer: true, world: true,
    label: t('Contacten via een ontmoetingsplek', 'Ties through a meeting place'),
    help: t('Aantal mensen dat iemand via de ontmoetingsplek kent; zij wonen soms verder weg (1–3 km).', 'People known through the meeting place; they may live further away (1–3 km).'),
    source: 'model-science.md §2.6, §6.2 (focus ties bridge 1–3 km) [assumption]', calibrate: false,
  }),
  p({
    name: 'walkRadiusUrban', group: 'network', default: 400, min: 100, max: 2000, unit: 'm',
    label: t('Loopafstand (stedelijk)', 'Walking radius (urban)'),
    help: t('Straal waarbinnen een cirkel leden zoekt in stedelijke buurten (stedelijkheid 1–3).', 'Radius within which a circle finds members in urban buurten (urbanity 1–3).'),
    source: 'model-science.md §2.6 (300–500 m in towns)', calibrate: false,
  }),
  p({
    name: 'walkRadiusRural', group: 'network', default: 1500, min: 300, max: 5000, unit: 'm',
    label: t('Fietsafstand (landelijk)', 'Cycling radius (rural)'),
    help: t('Straal waarbinnen een cirkel leden zoekt in landelijke buurten (stedelijkheid 4–5).', 'Radius within which a circle finds members in rural buurten (urbanity 4–5).'),
    source: 'model-science.md §2.6 (1–3 km in rural areas)', calibrate: false,
  }),
];
