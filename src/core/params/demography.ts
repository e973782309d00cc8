import { p, t } from './spec.ts';


/**
 * Demography: fixed from CBS/Vektis figures, never calibrated (model-science.md §4.2 step 2).
 * Rates are annual hazards; the life course is scheduled in continuous time (src/core/lifecourse.ts).
 */
export const demographyParams = [
  p({
    name: 'mortality65', group: 'demography', default: 0.015, min: 0, max: 0.1, unit: 'per year',
    label: t('Sterfte 65–74 jaar', 'Mortality 65–74'),
    help: t('Kans per jaar om te overlijden, 65–74 jaar.', 'Annual probability of dying, ages 65–74.'),
    source: 'model-science.md §2.2 (CBS deaths 2018 / population 2020: 1.4–1.6%)', calibrate: false,
  }),
  p({
    name: 'mortality75', group: 'demography', default: 0.042, min: 0, max: 0.2, unit: 'per year',
    label: t('Sterfte 75–84 jaar', 'Mortality 75–84'),
    help: t('Kans per jaar om te overlijden, 75–84 jaar.', 'Annual probability of dying, ages 75–84.'),
    source: 'model-science.md §2.2 (4.0–4.5%)', calibrate: false,
  }),
  p({
    name: 'mortality85', group: 'demography', default: 0.16, min: 0, max: 0.4, unit: 'per year',
    label: t('Sterfte 85+', 'Mortality 85+'),
    help: t('Kans per jaar om te overlijden, 85 jaar en ouder.', 'Annual probability of dying, 85 and over.'),
    source: 'model-science.md §2.2 (15–17%)', calibrate: false,
  }),
  p({
    name: 'nursingHome65', group: 'demography', default: 0.003, min: 0, max: 0.05, unit: 'per year',
    label: t('Verpleeghuisopname 65–74', 'Nursing-home entry 65–74'),
    help: t('Kans per jaar op opname in een verpleeghuis, 65–74 jaar.', 'Annual probability of entering a nursing home, 65–74.'),
    source: 'model-science.md §2.3 (≈1.2–1.3% over all 65+, concentrated at 80+) [derived split]', calibrate: false,
  }),
  p({
    name: 'nursingHome75', group: 'demography', default: 0.012, min: 0, max: 0.1, unit: 'per year',
    label: t('Verpleeghuisopname 75–84', 'Nursing-home entry 75–84'),
    help: t('Kans per jaar op opname in een verpleeghuis, 75–84 jaar.', 'Annual probability of entering a nursing home, 75–84.'),
    source: 'model-science.md §2.3 [derived split of 1.2–1.3% overall]', calibrate: false,
  }),
  p({
    name: 'nursingHome85', group: 'demography', default: 0.05, min: 0, max: 0.2, unit: 'per year',
    label: t('Verpleeghuisopname 85+', 'Nursing-home entry 85+'),
    help: t('Kans per jaar op opname in een verpleeghuis, 85 jaar en ouder.', 'Annual probability of entering a nursing home, 85+.'),
    source: 'model-science.md §2.3 (≈4–5% a year at 80+)', calibrate: false,
  }),
  p({
    name: 'moving', group: 'demography', default: 0.015, min: 0, max: 0.1, unit: 'per year',
    label: t('Verhuizen uit het gebied', 'Moving away'),
    help: t('Kans per jaar dat iemand uit het gebied verhuist.', 'Annual probability of moving out of the area.'),
    source: 'model-science.md §2.9 (moving ≈1–2%/yr) [assumption]', calibrate: false,
  }),
  p({
    name: 'indication', group: 'demography', default: 0.032, min: 0, max: 0.1, unit: 'per year',
    label: t('Indicatie wijkverpleging', 'Home-nursing indication'),
    help: t(
      'Nieuwe langdurige indicaties voor wijkverpleging per 65-plusser per jaar (hoger bij hogere leeftijd). Dit zijn de momenten voor route c.',
      'New long-term home-nursing indications per person 65+ per year (higher with age). These are the moments of route c.',
    ),
    source: 'model-science.md §2.4 (25–40 per 1,000 65+ per year)', calibrate: false,
  }),
  p({
    name: 'growth65', group: 'demography', default: 0.016, min: 0, max: 0.05, unit: 'per year',
    label: t('Groei aantal 65-plussers', 'Growth of the 65+ population'),
    help: t('Jaarlijkse groei van het aantal 65-plussers in het gebied (vergrijzing).', 'Annual growth of the number of people 65+ in the area (ageing).'),
    source: 'CBS: 3.68 million 65+ on 1 Jan 2024 (kwb-2024 NL00) to ≈4.8 million around 2040 (CBS prognosis, model-science.md §2.1 "25% by 2040") ≈ 1.6%/yr [derived]', calibrate: false,
  }),
  p({
    name: 'livingAlone', group: 'population', default: 0.32, min: 0.05, max: 0.8, unit: 'share', world: true,
    label: t('Alleenwonend (landelijk)', 'Living alone (national)'),
    help: t(
      'Deel van de 65-plussers dat alleen woont, landelijk; per buurt geschaald met het aandeel eenpersoonshuishoudens.',
      'Share of people 65+ living alone nationally; scaled per buurt by the share of one-person households.',
    ),
    source: 'model-science.md §2.1 (≈30–33% of 65+ live alone, CBS)', calibrate: false,
  }),
  p({
    name: 'vitalShare', group: 'population', default: 0.75, min: 0.3, max: 1, unit: 'share', world: true,
    label: t('Vitaal bij de start', 'Vital at the start'),
    help: t('Deel van de 65-plussers zonder zorgbehoefte (niet kwetsbaar).', 'Share of people 65+ without care needs (not frail).'),
    source: 'model-science.md §2.5 (about a quarter of 65+ are frail, SCP)', calibrate: false,
  }),
  p({
    name: 'needOnset', group: 'demography', default: 0.05, min: 0, max: 0.3, unit: 'per year',
    label: t('Begin zorgbehoefte', 'Onset of care needs'),
    help: t('Kans per jaar dat een vitale 65-plusser kwetsbaar wordt (hoger bij hogere leeftijd).', 'Annual probability that a vital person 65+ becomes frail (higher with age).'),
    source: '[assumption] keeps the frail share near a quarter (model-science.md §2.5) given the mortality above', calibrate: false,
  }),
];
