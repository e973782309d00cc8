/**
 * What the field has seen (the patterns of model-science.md §0 and §4.2 P2–P7), with the field
 * documents they come from (../shared/context/seeds: 001 Emmeloord and Almere, 002 Almere
 * Muziekwijk and Land van Cuijk, 004 NOS 2026 on Brandevoort) and the area the situation is run in.
 * The plans for Land van Cuijk and Brandevoort are assumptions — the field documents do not say how
 * many circles professionals started there — and are shown with the result.
 */
export type PatternName = 'aCame' | 'aJoined' | 'aLater' | 'aNoCircle' | 'bCame' | 'bInterested' | 'bCircles' | 'size' | 'cuijk' | 'brandevoort' | 'passive';

export interface FieldPattern {
  label: { nl: string; en: string };
  source: string;
  /** The field value; for a range, its middle. */
  value: number;
  /** A range: the pattern holds when the model's 10–90% band lies inside it. */
  range?: [number, number];
  /**
   * An approximate field value (≈, "over half"): the interval the document's words allow (±10% for
   * ≈); the pattern holds when it overlaps the model's 10–90% band.
   */
  approx?: [number, number];
  fieldText: string;
  /** CBS code of the field's own area. */
  area: string;
  plan?: object;
  months?: number;
  situation: { nl: string; en: string };
}

const t = (nl: string, en: string) => ({ nl, en });
const EMMELOORD = 'WK017101', MUZIEKWIJK = 'WK003428';

export const FIELD: Record<PatternName, FieldPattern> = {
  aCame: {
    label: t('Route a: opkomst in een complex (van 40 uitgenodigd)', 'Route a: turnout in a complex (of 40 invited)'),
    source: 'context seed 001 (Emmeloord: 40 invited, over half came); founder\'s plan', value: 20, approx: [20, 24], fieldText: '≈ 20 of 40 ("over half")', area: EMMELOORD,
    situation: t('één bewonersbijeenkomst', 'one residents’ meeting'),
  },
  aJoined: {
    label: t('Route a: meteen lid (van 40 uitgenodigd)', 'Route a: joined at once (of 40 invited)'),
    source: 'context seed 001 (Emmeloord: 8 joined at once)', value: 8, fieldText: '8', area: EMMELOORD, situation: t('één bewonersbijeenkomst', 'one residents’ meeting'),
  },
  aLater: {
    label: t('Route a: later nog lid (eerste jaar)', 'Route a: joined later (first year)'),
    source: 'context seed 001 (Emmeloord: +1 later)', value: 1, fieldText: '+1', area: EMMELOORD, situation: t('één bewonersbijeenkomst', 'one residents’ meeting'),
  },
  aNoCircle: {
    label: t('Route a: bijeenkomsten zonder cirkel (aandeel)', 'Route a: meetings forming no circle (share)'),
    source: 'context seed 001; founder\'s plan (no failed meeting reported)', value: 0, fieldText: '0 reported', area: EMMELOORD,
    situation: t('bijeenkomsten tot er een cirkel is', 'meetings until a circle forms'),
  },
  bCame: {
    label: t('Route b: op de koffieochtend', 'Route b: at the coffee morning'),
    source: 'context seed 002 (Almere Muziekwijk); model-science.md §6.7', value: 70, approx: [63, 77], fieldText: '≈ 70', area: MUZIEKWIJK, situation: t('één koffieochtend', 'one coffee morning'),
  },
  bInterested: {
    label: t('Route b: wilden meedoen', 'Route b: wanted to join'),
    source: 'context seed 002; model-science.md §6.7', value: 30, approx: [27, 33], fieldText: '≈ 30', area: MUZIEKWIJK, situation: t('één koffieochtend', 'one coffee morning'),
  },
  bCircles: {
    label: t('Route b: cirkels uit één koffieochtend', 'Route b: circles from one coffee morning'),
    source: 'context seed 002; model-science.md §6.7', value: 2, fieldText: '2', area: MUZIEKWIJK, situation: t('één koffieochtend', 'one coffee morning'),
  },
  size: {
    label: t('Leden per cirkel', 'Members per circle'),
    source: 'founder\'s plan (8/9 to 12/13); model-science.md §0 (usually 10–15, NLZVE; 10–12 Enka)', value: 11.5, range: [8, 15], fieldText: '8–15', area: 'GM1982',
    situation: t('alle cirkels in Land van Cuijk na 6 jaar', 'all circles in Land van Cuijk after 6 years'),
  },
  cuijk: {
    label: t('Land van Cuijk: cirkels zo’n 6 jaar na de eerste', 'Land van Cuijk: circles some 6 years after the first'),
    source: 'context seeds 002, 004 (≈ 60 circles, idea ≈ 7 years old in 2026); model-science.md §0, §2.8', value: 60, approx: [54, 66], fieldText: '≈ 60', area: 'GM1982',
    plan: { c: { count: 6, from: 0, to: 24 }, b: { count: 4, from: 0, to: 24 } }, months: 72,
    situation: t('aanname: 6 cirkels via de wijkverpleging (Pantein) en 4 via buurtbijeenkomsten in de eerste 2 jaar', 'assumption: 6 circles through district nursing (Pantein) and 4 through neighbourhood meetings in the first 2 years'),
  },
  brandevoort: {
    label: t('Brandevoort (Helmond): cirkels', 'Brandevoort (Helmond): circles'),
    source: 'context seed 004 (NOS 2026: 13 circles)', value: 13, fieldText: '13', area: 'WK079421',
    plan: { b: { count: 2, from: 0, to: 24 } }, months: 60,
    situation: t('aanname: 2 cirkels via buurtbijeenkomsten in de eerste 2 jaar, 5 jaar', 'assumption: 2 circles through neighbourhood meetings in the first 2 years, 5 years'),
  },
  passive: {
    label: t('Aandeel passieve cirkels', 'Share of passive circles'),
    source: 'context seed 004 (NOS 2026: some very active, others only when help is needed); model-science.md §4.2 P7 (roughly equal [to elicit])', value: 0.5, fieldText: '≈ ½ (to elicit)', area: 'GM1982',
    situation: t('alle cirkels in Land van Cuijk na 6 jaar', 'all circles in Land van Cuijk after 6 years'),
  },
};
