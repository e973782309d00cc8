/** Real areas from the bundled CBS data, built once per test file. */
import { areaFromTable, loadTable } from '../../src/node/data.ts';
import type { AreaInput } from '../../src/core/area.ts';
import type { RegionTable } from '../../src/data/types.ts';

let table: RegionTable | null = null;
const cache = new Map<string, AreaInput>();

export function bundledTable(): RegionTable {
  table ??= loadTable();
  return table;
}

/** Mill (WK198210), a kerkdorp of Land van Cuijk: 6,370 inhabitants, 1,590 aged 65+. */
export function area(...codes: string[]): AreaInput {
  const key = codes.join('+');
  if (!cache.has(key)) cache.set(key, areaFromTable(bundledTable(), codes));
  return cache.get(key)!;
}

export const MILL = 'WK198210';
