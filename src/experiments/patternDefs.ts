/**
 * What the field has seen (the patterns of model-science.md §0 and §4.2 P2–P7), with the field
 * documents they come from (../shared/context/seeds: 001 Emmeloord and Almere, 002 Almere
 * Muziekwijk and Land van Cuijk, 004 NOS 2026 on Brandevoort) and the area the situation is run in.
 * The plans for Land van Cuijk and Brandevoort are assumptions — the field documents do not say how
 * many circles professionals started there — and are shown with the result.
 */
import { plain, say, type WordKey } from '../i18n/engine/index.ts';

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

/** A label or situation from the catalogue (src/i18n/engine), as the {nl, en} the patterns table prints. */
const w = (key: Extract<WordKey, `experiments.patternDefs.${string}`>) => plain(say(key));
const EMMELOORD = 'WK017101',
  MUZIEKWIJK = 'WK003428';

export const FIELD: Record<PatternName, FieldPattern> = {
  aCame: {
    label: w('experiments.patternDefs.label.aCame'),
    source: "context seed 001 (Emmeloord: 40 invited, over half came); founder's plan",
    value: 20,
    approx: [20, 24],
    fieldText: '≈ 20 of 40 ("over half")',
    area: EMMELOORD,
    situation: w('experiments.patternDefs.situation.oneMeeting'),
  },
  aJoined: {
    label: w('experiments.patternDefs.label.aJoined'),
    source: 'context seed 001 (Emmeloord: 8 joined at once)',
    value: 8,
    fieldText: '8',
    area: EMMELOORD,
    situation: w('experiments.patternDefs.situation.oneMeeting'),
  },
  aLater: {
    label: w('experiments.patternDefs.label.aLater'),
    source: 'context seed 001 (Emmeloord: +1 later)',
    value: 1,
    fieldText: '+1',
    area: EMMELOORD,
    situation: w('experiments.patternDefs.situation.oneMeeting'),
  },
  aNoCircle: {
    label: w('experiments.patternDefs.label.aNoCircle'),
    source: "context seed 001; founder's plan (no failed meeting reported)",
    value: 0,
    fieldText: '0 reported',
    area: EMMELOORD,
    situation: w('experiments.patternDefs.situation.meetingsUntilCircle'),
  },
  bCame: {
    label: w('experiments.patternDefs.label.bCame'),
    source: 'context seed 002 (Almere Muziekwijk); model-science.md §6.7',
    value: 70,
    approx: [63, 77],
    fieldText: '≈ 70',
    area: MUZIEKWIJK,
    situation: w('experiments.patternDefs.situation.oneCoffeeMorning'),
  },
  bInterested: {
    label: w('experiments.patternDefs.label.bInterested'),
    source: 'context seed 002; model-science.md §6.7',
    value: 30,
    approx: [27, 33],
    fieldText: '≈ 30',
    area: MUZIEKWIJK,
    situation: w('experiments.patternDefs.situation.oneCoffeeMorning'),
  },
  bCircles: {
    label: w('experiments.patternDefs.label.bCircles'),
    source: 'context seed 002; model-science.md §6.7',
    value: 2,
    fieldText: '2',
    area: MUZIEKWIJK,
    situation: w('experiments.patternDefs.situation.oneCoffeeMorning'),
  },
  size: {
    label: w('experiments.patternDefs.label.size'),
    source: "founder's plan (8/9 to 12/13); model-science.md §0 (usually 10–15, NLZVE; 10–12 Enka)",
    value: 11.5,
    range: [8, 15],
    fieldText: '8–15',
    area: 'GM1982',
    situation: w('experiments.patternDefs.situation.cuijkAfter6Years'),
  },
  cuijk: {
    label: w('experiments.patternDefs.label.cuijk'),
    source: 'context seeds 002, 004 (≈ 60 circles, idea ≈ 7 years old in 2026); model-science.md §0, §2.8',
    value: 60,
    approx: [54, 66],
    fieldText: '≈ 60',
    area: 'GM1982',
    plan: { c: { count: 6, from: 0, to: 24 }, b: { count: 4, from: 0, to: 24 } },
    months: 72,
    situation: w('experiments.patternDefs.situation.cuijk'),
  },
  brandevoort: {
    label: w('experiments.patternDefs.label.brandevoort'),
    source: 'context seed 004 (NOS 2026: 13 circles)',
    value: 13,
    fieldText: '13',
    area: 'WK079421',
    plan: { b: { count: 2, from: 0, to: 24 } },
    months: 60,
    situation: w('experiments.patternDefs.situation.brandevoort'),
  },
  passive: {
    label: w('experiments.patternDefs.label.passive'),
    source: 'context seed 004 (NOS 2026: some very active, others only when help is needed); model-science.md §4.2 P7 (roughly equal [to elicit])',
    value: 0.5,
    fieldText: '≈ ½ (to elicit)',
    area: 'GM1982',
    situation: w('experiments.patternDefs.situation.cuijkAfter6Years'),
  },
};
