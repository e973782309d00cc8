import { readCbsTable } from '../data/cbs/index.ts';
import { regionsWithin, searchRegions } from '../data/regions.ts';
import type { Level, Missing, RegionRecord, RegionTable, Variable } from '../data/types.ts';
import { isInputError } from '../core/errors.ts';

/**
 * What the data worker offers. The national table (18,310 rows) stays inside the worker; the page
 * only receives the few rows it shows, so neither parsing nor cloning the table blocks the page.
 * Kept free of Worker globals so the same object can be tested in Node.
 */

/** A number, why CBS gives none, or 'absent' when the file has no column for it. */
export type Figure = number | Missing | 'absent';

export type FigureName = 'inhabitants' | 'age65plus' | 'households';
const figureNames: readonly FigureName[] = ['inhabitants', 'age65plus', 'households'];

export interface RegionRow {
  code: string;
  name: string;
  level: Level;
  parent: string | null;
  gemeente: string | null;
  figures: Record<FigureName, Figure>;
}

export interface AreaView {
  gemeente: RegionRow;
  wijken: RegionRow[];
  buurten: RegionRow[];
}

export interface SearchHit {
  code: string;
  name: string;
  level: Level;
  /** Name of the gemeente a wijk or buurt lies in (null for a gemeente). */
  gemeenteName: string | null;
}

export type TableSource = { url: string; file: string } | { bytes: ArrayBuffer; file: string };

export type LoadResult =
  | { ok: true; file: string; regions: number; fetchMs: number; parseMs: number; warnings: { nl: string; en: string }[] }
  | { ok: false; file: string; error: { nl: string; en: string } };

export interface DataApi {
  loadTable(source: TableSource): Promise<LoadResult>;
  search(query: string, limit?: number): SearchHit[];
  area(gemeenteCode: string): AreaView | null;
}

export function createDataApi(fetchBytes: (url: string) => Promise<ArrayBuffer> = defaultFetch): DataApi {
  let table: RegionTable | null = null;

  const requireTable = (): RegionTable => {
    if (!table) throw new Error('The CBS table is not loaded yet.');
    return table;
  };

  const rowOf = (r: RegionRecord): RegionRow => ({
    code: r.code,
    name: r.name,
    level: r.level,
    parent: r.parent,
    gemeente: r.gemeente,
    figures: Object.fromEntries(figureNames.map((v) => [v, figureOf(requireTable(), r, v)])) as Record<FigureName, Figure>,
  });

  return {
    async loadTable(source) {
      const started = performance.now();
      try {
        const bytes = 'bytes' in source ? source.bytes : await fetchBytes(source.url);
        const fetched = performance.now();
        const next = readCbsTable(new Uint8Array(bytes), source.file);
        table = next;
        return {
          ok: true,
          file: source.file,
          regions: next.regions.length,
          fetchMs: fetched - started,
          parseMs: performance.now() - fetched,
          warnings: next.warnings.map((w) => w.messages),
        };
      } catch (e) {
        // Comlink would pass on only name and message; InputError's two languages and location
        // would be lost, so the error is turned into plain data here.
        if (isInputError(e)) return { ok: false, file: source.file, error: { nl: e.format('nl'), en: e.format('en') } };
        const message = e instanceof Error ? e.message : String(e);
        return { ok: false, file: source.file, error: { nl: `${source.file}: ${message}`, en: `${source.file}: ${message}` } };
      }
    },

    search(query, limit = 30) {
      const t = requireTable();
      const found = query.trim()
        ? searchRegions(t, query.trim())
        : t.regions.filter((r) => r.level === 'gemeente').sort((a, b) => a.name.localeCompare(b.name, 'nl'));
      return found
        .filter((r) => r.level !== 'land')
        .slice(0, query.trim() ? limit : undefined)
        .map((r) => ({
          code: r.code,
          name: r.name,
          level: r.level,
          gemeenteName: r.level === 'gemeente' || !r.gemeente ? null : (t.byCode.get(r.gemeente)?.name ?? r.gemeente),
        }));
    },

    area(gemeenteCode) {
      const t = requireTable();
      const gemeente = t.byCode.get(gemeenteCode);
      if (!gemeente || gemeente.level !== 'gemeente') return null;
      return {
        gemeente: rowOf(gemeente),
        wijken: regionsWithin(t, gemeenteCode, 'wijk').map(rowOf),
        buurten: regionsWithin(t, gemeenteCode, 'buurt').map(rowOf),
      };
    },
  };
}

function figureOf(table: RegionTable, r: RegionRecord, v: Variable): Figure {
  const value = r.values[v];
  if (value !== undefined) return value;
  return r.missing[v] ?? (table.columns.includes(v) ? 'blank' : 'absent');
}

async function defaultFetch(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
  return response.arrayBuffer();
}
