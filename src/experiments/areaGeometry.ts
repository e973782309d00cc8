/**
 * "Table + geometry → area", once for every caller: the CLI, the benchmark and the notebooks
 * (through src/node/data.ts, reading the bundled maps from disk) and the app's data worker
 * (fetching them). Each supplies the boundaries of a gemeente its own way; how they are looked up
 * (a user's own boundaries first, then the gemeente's bundled map, else none) is decided here.
 */
import type { Geometry } from 'geojson';
import type { AreaInput } from '../core/area.ts';
import { geometryFileOf } from '../data/bundled.ts';
import { geometryByCode } from '../data/geo.ts';
import { gemeenteOf } from '../data/regions.ts';
import type { RegionTable } from '../data/types.ts';
import { buildArea, type BuurtGroup, type GeometryLookup } from './area.ts';

/** The boundaries by code of one gemeente, or null (undefined) when there is no map for it. */
export type GemeenteShapes = (gemeente: string) => Map<string, Geometry> | null | undefined;

/** A gemeente's TopoJSON as boundaries by code (buurten, wijken and the gemeente itself). */
export const shapesOfTopology = (topology: unknown, gemeente: string): Map<string, Geometry> => geometryByCode(topology, gemeente, geometryFileOf(gemeente));

/**
 * The geometry of a code: the user's own boundaries (--geometry) first, else its gemeente's map;
 * null for codes neither has (the model then places people on a disc of the land area). Each
 * gemeente's map is asked for at most once.
 */
export function geometryLookup(shapesOf: GemeenteShapes, own?: ReadonlyMap<string, Geometry>): GeometryLookup {
  const cache = new Map<string, Map<string, Geometry> | null>();
  return (code) => {
    const mine = own?.get(code);
    if (mine) return mine;
    const gm = gemeenteOf(code);
    if (!gm) return null;
    if (!cache.has(gm)) cache.set(gm, shapesOf(gm) ?? null);
    return cache.get(gm)?.get(code) ?? null;
  };
}

export interface AreaGeometryOptions {
  /** The user's own boundaries by code, used before the gemeente maps. */
  own?: ReadonlyMap<string, Geometry>;
  /** Where the codes came from, named in error messages (the CLI: '--area'). */
  field?: string;
}

/** The model's area for codes or group names, with buurt geometry from `shapesOf`. */
export function areaWithGeometry(
  table: RegionTable,
  codes: readonly string[],
  shapesOf: GemeenteShapes,
  groups: readonly BuurtGroup[] = [],
  options: AreaGeometryOptions = {},
): AreaInput {
  return buildArea(table, codes, geometryLookup(shapesOf, options.own), groups, options.field);
}
