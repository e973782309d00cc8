import type { Geometry } from 'geojson';
import type { AreaInput } from '../core/area.ts';
import { formatWhere, isInputError } from '../core/errors.ts';
import { readCbsTable } from '../data/cbs/index.ts';
import { parseGemeenteExtras, withEstimates, type GemeenteExtras } from '../data/estimates.ts';
import { readFieldData, type FieldData } from '../data/field.ts';
import { gemeenteOf, regionsWithin, searchRegions } from '../data/regions.ts';
import type { Level, Missing, RegionRecord, RegionTable, TableForm, Variable } from '../data/types.ts';
import type { BuurtGroup } from '../experiments/area.ts';
import { areaWithGeometry, shapesOfTopology } from '../experiments/areaGeometry.ts';
import { rankUnits, type RankLevel, type RankUnit } from '../experiments/rankUnits.ts';

/**
 * What the data worker offers. The national table (18,310 rows) stays inside the worker; the page
 * only receives the few rows it shows, so neither parsing nor cloning the table blocks the page.
 * The worker also builds the model's area (CBS table with labelled estimates + buurt boundaries)
 * and reads uploaded files, so every parse of user data happens off the main thread.
 * Kept free of Worker globals so the same object can be tested in Node.
 */

/** A number, why CBS gives none, or 'absent' when the file has no column for it. */
export type Figure = number | Missing | 'absent';

type FigureName = 'inhabitants' | 'age65plus' | 'households';
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

/** A message in both languages (InputErrors carry their file, line and column in the text). */
export type Message = { nl: string; en: string };

export type LoadResult =
  | { ok: true; file: string; form: TableForm; regions: number; fetchMs: number; parseMs: number; warnings: Message[] }
  | { ok: false; file: string; error: Message };

export type AreaResult = { ok: true; area: AreaInput } | { ok: false; error: Message };
export type UnitsResult = { ok: true; units: RankUnit[] } | { ok: false; error: Message };

/** Field data with the summary the page shows; the rows stay for the calibration screen. */
type FieldResult = { ok: true; data: FieldData } | { ok: false; error: Message };

export interface DataApi {
  loadTable(source: TableSource): Promise<LoadResult>;
  /** The gemeente extras (one-person households, age mix) that estimates for buurten use. */
  loadExtras(source: TableSource): Promise<{ ok: boolean }>;
  /** Where each gemeente's TopoJSON lives (absolute URLs), for the areas built here. */
  setGeometryUrls(urls: Record<string, string>): void;
  search(query: string, limit?: number): SearchHit[];
  area(gemeenteCode: string): AreaView | null;
  /** The model's input for codes or group names, as `sneeuwbal simulate` builds it. */
  buildArea(codes: string[], groups: BuurtGroup[]): Promise<AreaResult>;
  /** The places of a gemeente or wijk to rank (wijken, buurten or groups), each as a model area. */
  rankUnits(within: string, level: RankLevel, groups: BuurtGroup[]): Promise<UnitsResult>;
  readField(source: TableSource, groups: string[]): Promise<FieldResult>;
}

export function createDataApi(fetchBytes: (url: string) => Promise<ArrayBuffer> = defaultFetch): DataApi {
  let table: RegionTable | null = null;
  let estimated: RegionTable | null = null;
  let extras: GemeenteExtras | undefined;
  let geometryUrls: Record<string, string> = {};
  const geometry = new Map<string, Promise<Map<string, Geometry> | null>>();

  /** The file's bytes: as uploaded, or fetched from its URL. */
  const bytesOf = async (source: TableSource): Promise<Uint8Array> => new Uint8Array('bytes' in source ? source.bytes : await fetchBytes(source.url));

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

  /** Boundaries by code of one gemeente (buurten, wijken and the gemeente), as the CLI reads them. */
  const shapesOf = (gm: string): Promise<Map<string, Geometry> | null> => {
    let pending = geometry.get(gm);
    if (!pending) {
      const url = geometryUrls[gm];
      pending = url ? fetchBytes(url).then((bytes) => shapesOfTopology(JSON.parse(new TextDecoder().decode(bytes)), gm)) : Promise.resolve(null);
      // A failed fetch must not stick: the next area build tries again.
      pending.catch(() => geometry.delete(gm));
      geometry.set(gm, pending);
    }
    return pending;
  };

  /**
   * The table the model reads (with labelled estimates; made on first use because it costs
   * ~100 ms over the national table) and the boundaries of the gemeenten of `codes`, fetched
   * first, so that the area is then built by the same pure function as in Node.
   */
  const modelTable = async (codes: readonly string[]) => {
    estimated ??= withEstimates(requireTable(), extras);
    const gemeenten = [...new Set(codes.map(gemeenteOf).filter((g): g is string => g !== null))];
    const shapes = new Map(await Promise.all(gemeenten.map(async (gm) => [gm, await shapesOf(gm)] as const)));
    return { table: estimated, shapes: (gm: string) => shapes.get(gm) };
  };

  return {
    async loadTable(source) {
      const started = performance.now();
      try {
        const bytes = await bytesOf(source);
        const fetched = performance.now();
        const next = readCbsTable(bytes, source.file);
        // Only a table that read without error replaces the one in use: a bad upload loses nothing.
        table = next;
        estimated = null;
        return {
          ok: true,
          file: source.file,
          form: next.form,
          regions: next.regions.length,
          fetchMs: fetched - started,
          parseMs: performance.now() - fetched,
          warnings: next.warnings.map((w) => withLine(w.messages, w.line, w.column)),
        };
      } catch (e) {
        return { ok: false, file: source.file, error: messageOf(e, source.file) };
      }
    },

    async loadExtras(source) {
      try {
        extras = parseGemeenteExtras(await bytesOf(source), source.file);
        estimated = null;
        return { ok: true };
      } catch {
        // Without extras, estimates fall back to national shares (and say so in their labels).
        return { ok: false };
      }
    },

    setGeometryUrls(urls) {
      geometryUrls = { ...urls };
      geometry.clear();
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

    async buildArea(codes, groups) {
      try {
        const { table: t, shapes } = await modelTable([...codes, ...groups.filter((g) => codes.includes(g.name)).flatMap((g) => g.buurten)]);
        return { ok: true, area: areaWithGeometry(t, codes, shapes, groups) };
      } catch (e) {
        return { ok: false, error: messageOf(e, 'area') };
      }
    },

    async rankUnits(within, level, groups) {
      try {
        const { table: t, shapes } = await modelTable([within, ...groups.flatMap((g) => g.buurten)]);
        return { ok: true, units: rankUnits(t, within, level, (codes, gs) => areaWithGeometry(t, codes, shapes, gs), groups) };
      } catch (e) {
        return { ok: false, error: messageOf(e, 'rank') };
      }
    },

    async readField(source, groups) {
      try {
        return { ok: true, data: readFieldData(await bytesOf(source), source.file, { regions: table?.byCode, groups }) };
      } catch (e) {
        return { ok: false, error: messageOf(e, source.file) };
      }
    },
  };
}

/**
 * Comlink would pass on only name and message; InputError's two languages and location would be
 * lost, so errors are turned into plain data here.
 */
function messageOf(e: unknown, file: string): Message {
  if (isInputError(e)) return { nl: e.format('nl'), en: e.format('en') };
  const message = e instanceof Error ? e.message : String(e);
  return { nl: `${file}: ${message}`, en: `${file}: ${message}` };
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

/** A reader's warning with its line (and column) in front, as the CLI shows it: "regel 137: …". */
function withLine(m: Message, line?: number, column?: number | string): Message {
  if (line === undefined) return m;
  return { nl: `${formatWhere({ line, column }, 'nl')}: ${m.nl}`, en: `${formatWhere({ line, column }, 'en')}: ${m.en}` };
}
