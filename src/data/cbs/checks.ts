/**
 * Relations between the counts of one row that real CBS data never breaks.
 * CBS rounds wijk and buurt counts at random to multiples of 5 (toelichting kwb-2024, "Bevolking":
 * "aselect afgerond op veelvouden van 5"), each count on its own, so a part can exceed its whole by
 * up to 5 there: the 2020 table has 15 buurten with 0 inhabitants and 5 aged 65+. Gemeente and
 * land figures are exact.
 */
import type { Level, Variable } from '../types.ts';

export interface Relation {
  part: Variable;
  whole: Variable;
}

const RELATIONS: readonly Relation[] = [
  { part: 'age65plus', whole: 'inhabitants' },
  { part: 'age0to14', whole: 'inhabitants' },
  { part: 'age15to24', whole: 'inhabitants' },
  { part: 'age25to44', whole: 'inhabitants' },
  { part: 'age45to64', whole: 'inhabitants' },
  { part: 'households', whole: 'inhabitants' },
  { part: 'onePersonHouseholds', whole: 'households' },
];

/** How far a rounded part may exceed its rounded whole at this level. */
/** CBS rounds wijk and buurt counts at random to a multiple of 5 (data/SOURCES.md): a count may be off by this much. */
export const CBS_ROUNDING = 5;

function roundingSlack(level: Level): number {
  return level === 'wijk' || level === 'buurt' ? CBS_ROUNDING : 0;
}

/** The five age groups CBS gives, which together are every inhabitant. */
const AGE_GROUPS: readonly Variable[] = ['age0to14', 'age15to24', 'age25to44', 'age45to64', 'age65plus'];

/**
 * The first relation this row breaks, or null. Besides each part against its whole, the age
 * groups together cannot exceed the inhabitants (each group rounded on its own: slack 5 per group).
 */
export function brokenRelation(values: Partial<Record<Variable, number>>, level: Level): (Relation & { sum?: number }) | null {
  const slack = roundingSlack(level);
  for (const r of RELATIONS) {
    const part = values[r.part];
    const whole = values[r.whole];
    if (part !== undefined && whole !== undefined && part > whole + slack) return r;
  }
  const whole = values.inhabitants;
  const known = AGE_GROUPS.filter((v) => values[v] !== undefined);
  const sum = known.reduce((s, v) => s + values[v]!, 0);
  if (whole !== undefined && known.length > 1 && sum > whole + slack * known.length) {
    return { part: known[known.length - 1], whole: 'inhabitants', sum };
  }
  return null;
}
