import tableUrl from '../../../data/kwb-2024.csv?url';
import extrasUrl from '../../../data/gemeenten-2024-extra.csv?url';
import { BUNDLED_EXTRAS_FILE, BUNDLED_TABLE_FILE } from '../../data/bundled.ts';
import type { TableSource } from '../../workers/dataApi.ts';

/**
 * The bundled data, as URLs Vite emits next to the app (hashed names, same origin). Nothing is
 * inlined into the JavaScript: the 2.3 MB national table goes to the worker, and each gemeente's
 * geometry is fetched only when opened.
 */
const absolute = (url: string) => new URL(url, document.baseURI).href;

export const nationalTable = (): TableSource => ({
  // Absolute, because the worker resolves relative URLs against its own script location.
  url: absolute(tableUrl),
  file: BUNDLED_TABLE_FILE,
});

/** Gemeente figures the 2024 buurt table lacks (one-person households, age mix), for estimates. */
export const gemeenteExtras = (): TableSource => ({ url: absolute(extrasUrl), file: BUNDLED_EXTRAS_FILE });

// eager + ?url gives only the URL strings (a few bytes each); no geometry is loaded here.
const geometryUrls = import.meta.glob<string>('../../../data/geo/GM*.topo.json', { query: '?url', import: 'default', eager: true });

const byCode = new Map<string, string>(
  Object.entries(geometryUrls).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1, -'.topo.json'.length), url]),
);

/** URL of a gemeente's TopoJSON (objects gemeente, wijken, buurten), or null when none is bundled. */
export function geometryUrl(gemeenteCode: string): string | null {
  return byCode.get(gemeenteCode) ?? null;
}

/** Every gemeente's geometry URL, absolute, for the data worker. */
export function allGeometryUrls(): Record<string, string> {
  return Object.fromEntries([...byCode].map(([code, url]) => [code, absolute(url)]));
}
