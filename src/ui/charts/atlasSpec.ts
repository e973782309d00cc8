import type { BundledRow } from '../../experiments/atlasBundle.ts';

/**
 * The atlas map as data (no DOM): the class of each place, its colour, the gemeente's summary for
 * the national map, and the counts the sentences are made of. Every number here is counted from
 * atlas rows (bundled or computed in this browser); nothing is estimated for places not computed.
 */

/** What a place's answer is, for the colour: a class of k90, or why there is no number. */
export type AtlasClass = 'k1' | 'k3' | 'k6' | 'k11' | 'k26' | 'undecided' | 'none' | 'skipped' | 'missing';

/**
 * k90 classes, lower edges inclusive. 1–2 and 3–5 circles are what one gemeente can seed in a year
 * or two (the "5" is the atlas's default budget); above 25 a start is a programme, not a project.
 */
const K_CLASSES: readonly { cls: AtlasClass; from: number; to: number | null }[] = [
  { cls: 'k1', from: 1, to: 2 },
  { cls: 'k3', from: 3, to: 5 },
  { cls: 'k6', from: 6, to: 10 },
  { cls: 'k11', from: 11, to: 25 },
  { cls: 'k26', from: 26, to: null },
];

/**
 * ColorBrewer YlGn (sequential, colour-blind safe), darkest for the fewest circles; no number is
 * grey (not found) or lilac (undecided), a place without people 65+ is white, and a place not
 * computed is hatched (the view's pattern), so a gap never looks like an answer.
 */
export const ATLAS_FILLS: Record<Exclude<AtlasClass, 'missing'>, string> = {
  k1: '#006837',
  k3: '#31a354',
  k6: '#78c679',
  k11: '#c2e699',
  k26: '#ffffcc',
  undecided: '#bcbddc',
  none: '#969696',
  skipped: '#ffffff',
};
export const ATLAS_CLASSES: readonly AtlasClass[] = ['k1', 'k3', 'k6', 'k11', 'k26', 'undecided', 'none', 'skipped', 'missing'];

export function classOf(row: BundledRow | undefined): AtlasClass {
  if (!row) return 'missing';
  if (row.reasonCode === 'skipped') return 'skipped';
  if (row.k90 !== null) return [...K_CLASSES].reverse().find((c) => row.k90! >= c.from)!.cls;
  return row.reasonCode === 'undecided' ? 'undecided' : 'none';
}

export const fillOf = (cls: AtlasClass): string | null => (cls === 'missing' ? null : ATLAS_FILLS[cls]);

/** A gemeente on the national map: its best computed wijk and how many of its wijken are computed. */
export interface GemeenteSummary {
  code: string;
  /** Places of the gemeente in the atlas run, and how many have a row. */
  places: number;
  computed: number;
  /** Computed places with a critical mass within `budget` circles. */
  withinBudget: number;
  /** The computed place that needs the fewest circles (null when none reached one). */
  best: BundledRow | null;
  cls: AtlasClass;
}

/**
 * Per gemeente: the class of its best computed place (the fewest circles for 90%), else undecided
 * when any place is, else "not found" when all computed places have no critical mass, else
 * "no people 65+" or not computed.
 */
export function gemeenteSummaries(rows: readonly BundledRow[], counts: Readonly<Record<string, number>>, budget: number): Map<string, GemeenteSummary> {
  const by = new Map<string, BundledRow[]>();
  for (const r of rows) by.set(r.gemeente, [...(by.get(r.gemeente) ?? []), r]);
  const out = new Map<string, GemeenteSummary>();
  for (const [code, places] of Object.entries(counts)) {
    const own = by.get(code) ?? [];
    const reached = own.filter((r) => r.k90 !== null).sort((a, b) => a.k90! - b.k90! || a.name.localeCompare(b.name, 'nl'));
    const best = reached[0] ?? null;
    const classes = new Set(own.map(classOf));
    const cls: AtlasClass = best
      ? classOf(best)
      : classes.has('undecided')
        ? 'undecided'
        : classes.has('none')
          ? 'none'
          : classes.has('skipped')
            ? 'skipped'
            : 'missing';
    out.set(code, { code, places, computed: own.length, withinBudget: reached.filter((r) => r.k90! <= budget).length, best, cls });
  }
  return out;
}

/** Counts behind a sentence: places, computed, computed with people 65+, and those reaching a critical mass within the budget. */
export interface AtlasCounts {
  places: number;
  computed: number;
  answered: number;
  withinBudget: number;
}

export function countsOf(rows: readonly BundledRow[], places: number, budget: number): AtlasCounts {
  const answered = rows.filter((r) => r.reasonCode !== 'skipped');
  return { places, computed: rows.length, answered: answered.length, withinBudget: answered.filter((r) => r.k90 !== null && r.k90 <= budget).length };
}
