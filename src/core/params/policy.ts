import { p } from './spec.ts';

/** Levers and switches that frame a scenario rather than describe elderly behaviour. */
export const policyParams = [
  p({
    name: 'snowball',
    group: 'policy',
    default: 1,
    min: 0,
    max: 10,
    unit: 'multiplier',
    label: { nl: 'Sneeuwbalsterkte', en: 'Snowball strength' },
    help: {
      nl: 'Vermenigvuldigt alle spontane verspreiding: zelf cirkels starten en aansluiten via bekenden. 0 = alleen wat professionals starten.',
      en: 'Multiplies all spontaneous spread: starting circles and joining through contacts. 0 = only what professionals start.',
    },
    source: 'design/INTERFACES.md (counterfactual "seeding alone" at 0)',
    calibrate: false,
  }),
  p({
    name: 'wellMixed',
    group: 'structure',
    default: 0,
    min: 0,
    max: 1,
    unit: 'switch',
    integer: true,
    label: { nl: 'Volledig gemengd (toets)', en: 'Well-mixed (check)' },
    help: {
      nl: 'Modeltoets: geen ruimte en geen oprichtingsdrempel; iedereen kan iedereen ontmoeten. Dan volgt aansluiten de Bass-vergelijking.',
      en: 'Model check: no space and no founding threshold; anyone may meet anyone. Joining then follows the Bass equation.',
    },
    source: 'design/MODEL.md "Checks that keep the model honest"; model-science.md §1.6',
    calibrate: false,
  }),
  p({
    name: 'independentSpawning',
    group: 'structure',
    default: 0,
    min: 0,
    max: 1,
    unit: 'switch',
    integer: true,
    label: { nl: 'Dichtheidsonafhankelijk starten (toets)', en: 'Density-independent spawning (check)' },
    help: {
      nl: 'Modeltoets: elke actieve cirkel inspireert nieuwe cirkels in een vast tempo, los van andere cirkels in de buurt (vertakkingsproces).',
      en: 'Model check: each active circle inspires new circles at a fixed rate, regardless of other circles nearby (branching process).',
    },
    source: 'model-science.md §1.9',
    calibrate: false,
  }),
  p({
    name: 'initialAwareness',
    group: 'information',
    default: 0.1,
    min: 0,
    max: 1,
    unit: 'share',
    label: { nl: 'Bekendheid bij de start', en: 'Awareness at the start' },
    help: {
      nl: 'Deel van de 65-plussers dat bij de start al van voorzorgcirkels heeft gehoord (landelijke media).',
      en: 'Share of people 65+ who have already heard of circles at the start (national media).',
    },
    source: '[assumption] national media 2025 (model-science.md §0: Volkskrant, EenVandaag, campaign)',
    calibrate: true,
  }),
];
