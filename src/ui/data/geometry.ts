import { featuresOf } from '../../data/geo.ts';
import type { AreaFeature } from '../charts/mapSpec.ts';
import { geometryUrl } from './assets.ts';

/** Boundaries of one gemeente, its wijken and its buurten, as the map views use them. */
export interface GemeenteGeometry {
  gemeente: AreaFeature | null;
  wijken: AreaFeature[];
  buurten: AreaFeature[];
}

const cache = new Map<string, Promise<GemeenteGeometry | null>>();

/**
 * Fetches a gemeente's TopoJSON only when it is opened (one small file per gemeente instead of
 * all of the Netherlands). Null when no geometry is bundled for this code. The file is small
 * (tens of kB), so parsing it on the page costs about a millisecond; the national table is what
 * needs the worker.
 */
export function loadGeometry(gemeenteCode: string): Promise<GemeenteGeometry | null> {
  let pending = cache.get(gemeenteCode);
  if (!pending) {
    pending = fetchGeometry(gemeenteCode);
    // A failed fetch must not stick: the next visit tries again.
    pending.catch(() => cache.delete(gemeenteCode));
    cache.set(gemeenteCode, pending);
  }
  return pending;
}

async function fetchGeometry(gemeenteCode: string): Promise<GemeenteGeometry | null> {
  const url = geometryUrl(gemeenteCode);
  if (!url) return null;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${gemeenteCode}: HTTP ${response.status}`);
  const features = featuresOf(await response.json(), `${gemeenteCode}.topo.json`);
  return { gemeente: features.gemeente, wijken: [...features.wijken.values()], buurten: [...features.buurten.values()] };
}
