/**
 * The atlas as the app loads it (issue "The national atlas", point 4): only what the map and its
 * table need from each atlas row, in columns (one array per place, the names once), with where it
 * comes from: the command, the commit, the seed, the settings and parameters, the CBS source line,
 * the date, and how many of how many places are computed. A partial atlas (a run still going) is a
 * valid bundle: the places it lacks are simply not in `rows`, and `counts` says how many each
 * gemeente has, so the app can show "not computed yet" instead of a gap that looks like an answer.
 *
 * Pure (no file system): src/cli/atlasBundle.ts reads the atlas folder, this module shapes it, and
 * the app reads it back with `bundleRows`.
 */
import type { AtlasRow } from './atlas.ts';

/** The columns of a bundled row, in order. */
const BUNDLE_COLUMNS = [
  'code',
  'name',
  'gemeente',
  'age65plus',
  'k50',
  'k90',
  'k90lo',
  'k90hi',
  'R',
  'Rlo',
  'Rhi',
  'reasonCode',
  'reasonNl',
  'reasonEn',
  'pTakeoffAtBudget',
  'cost',
] as const;
type Cell = string | number | null;

/** One place as the app uses it. `reasonCode` is 'skipped' for a place without people 65+. */
export interface BundledRow {
  code: string;
  name: string;
  gemeente: string;
  age65plus: number | null;
  k50: number | null;
  k90: number | null;
  k90Interval: [number, number] | null;
  R: number | null;
  Rinterval: [number, number] | null;
  reasonCode: string;
  /** The short reason (the ranking's one-line "why"), in both languages. */
  reason: { nl: string; en: string };
  pTakeoffAtBudget: number | null;
  cost: number | null;
}

/** One atlas run whose rows are in the bundle (the first is the run the bundle is of). */
interface BundlePart {
  /** The command that made the rows (from the atlas folder's COMMAND file, else rebuilt from the run's settings). */
  command: string;
  /** True when `command` was rebuilt from the settings (same rows; options such as --workers, which do not change them, unknown). */
  commandRebuilt: boolean;
  /** Git commit the rows were computed with (the folder's COMMIT file or --commit), or null when unknown. */
  commit: string | null;
  /** When its last row was written (ISO). */
  computedUntil: string;
  /** Rows the bundle took from this run. */
  rows: number;
}

export interface BundleProvenance {
  /** The runs the rows come from: the main run, then smaller runs with the same settings that fill in places it has not reached yet. */
  runs: BundlePart[];
  /** The command that made this bundle, and when. */
  bundledWith: string;
  bundled: string;
  scope: string;
  level: string;
  seed: number | null;
  /** CBS source line of the data the rows were computed from. */
  source: string;
  /** Search settings and the full parameter values of the run (as in atlas.json; the same for every part but the area). */
  settings: Record<string, unknown>;
  /** Places in the run, and how many of them have a row in this bundle. */
  places: number;
  computed: number;
}

export interface AtlasBundle {
  kind: 'sneeuwbal-atlas-bundle';
  version: 1;
  provenance: BundleProvenance;
  /** Places of the run per gemeente (computed or not), so the app can count what is missing. */
  counts: Record<string, number>;
  columns: readonly string[];
  rows: Cell[][];
}

const pair = (x: unknown): [number, number] | null => (Array.isArray(x) && typeof x[0] === 'number' && typeof x[1] === 'number' ? [x[0], x[1]] : null);

/** An atlas row as it is bundled: the map's fields only. */
export function bundledRow(r: AtlasRow): BundledRow {
  if (r.status === 'skipped') {
    return {
      code: r.code,
      name: r.name,
      gemeente: r.gemeente,
      age65plus: null,
      k50: null,
      k90: null,
      k90Interval: null,
      R: null,
      Rinterval: null,
      reasonCode: 'skipped',
      reason: { nl: r.reason.nl, en: r.reason.en },
      pTakeoffAtBudget: null,
      cost: null,
    };
  }
  // A place that reached the critical mass has no short reason (its k90 is the answer): empty text, not the long paragraph.
  const short = r.reason.short ?? { nl: '', en: '' };
  return {
    code: r.code,
    name: r.name,
    gemeente: r.gemeente,
    age65plus: r.age65plus,
    k50: r.k50,
    k90: r.k90,
    k90Interval: pair(r.k90Interval),
    R: r.R,
    Rinterval: pair(r.Rinterval),
    reasonCode: r.reasonCode,
    reason: { nl: short.nl, en: short.en },
    pTakeoffAtBudget: r.pTakeoffAtBudget,
    cost: r.cost,
  };
}

const toCells = (b: BundledRow): Cell[] => [
  b.code,
  b.name,
  b.gemeente,
  b.age65plus,
  b.k50,
  b.k90,
  b.k90Interval?.[0] ?? null,
  b.k90Interval?.[1] ?? null,
  b.R,
  b.Rinterval?.[0] ?? null,
  b.Rinterval?.[1] ?? null,
  b.reasonCode,
  b.reason.nl,
  b.reason.en,
  b.pTakeoffAtBudget,
  b.cost,
];

/** The bundle of `rows` (in place order) with its provenance; `computed` is set from the rows. */
export function makeBundle(provenance: Omit<BundleProvenance, 'computed'>, counts: Record<string, number>, rows: readonly AtlasRow[]): AtlasBundle {
  return {
    kind: 'sneeuwbal-atlas-bundle',
    version: 1,
    provenance: { ...provenance, computed: rows.length },
    counts,
    columns: BUNDLE_COLUMNS,
    rows: rows.map((r) => toCells(bundledRow(r))),
  };
}

/** One bundle as text: the head on its own lines and one line per place (readable diffs, small files). */
export const bundleText = (b: AtlasBundle) =>
  `{"kind":${JSON.stringify(b.kind)},"version":${b.version},\n"provenance":${JSON.stringify(b.provenance)},\n"counts":${JSON.stringify(b.counts)},\n"columns":${JSON.stringify(b.columns)},\n"rows":[\n${b.rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;

/** The rows of a bundle as objects; throws a plain message when the file is not a bundle this version reads. */
export function bundleRows(b: AtlasBundle): BundledRow[] {
  if (b?.kind !== 'sneeuwbal-atlas-bundle' || b.version !== 1 || JSON.stringify(b.columns) !== JSON.stringify(BUNDLE_COLUMNS)) {
    throw new Error('not a sneeuwbal atlas bundle (version 1)');
  }
  const num = (v: Cell) => (typeof v === 'number' ? v : null);
  const range = (lo: Cell, hi: Cell): [number, number] | null => (typeof lo === 'number' && typeof hi === 'number' ? [lo, hi] : null);
  return b.rows.map((c) => ({
    code: String(c[0]),
    name: String(c[1]),
    gemeente: String(c[2]),
    age65plus: num(c[3]),
    k50: num(c[4]),
    k90: num(c[5]),
    k90Interval: range(c[6], c[7]),
    R: num(c[8]),
    Rinterval: range(c[9], c[10]),
    reasonCode: String(c[11]),
    reason: { nl: String(c[12]), en: String(c[13]) },
    pTakeoffAtBudget: num(c[14]),
    cost: num(c[15]),
  }));
}
