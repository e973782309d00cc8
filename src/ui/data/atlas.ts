import atlasUrl from '../../../data/atlas-wijk-2024.json?url';
import gemeentenUrl from '../../../data/geo/gemeenten.topo.json?url';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { bundleRows, type AtlasBundle, type BundledRow } from '../../experiments/atlasBundle.ts';
import type { AreaFeature } from '../charts/mapSpec.ts';

/**
 * The bundled atlas (data/atlas-wijk-2024.json, made by `sneeuwbal atlas bundle`) and the outlines
 * of all gemeenten for the national map. Both are files next to the app (same origin, hashed names),
 * fetched once when the atlas tab is first opened: the bundle is about 1.7 MB for all 3,393 wijken
 * (gzip by the server: about a tenth of that) and the outlines 230 kB, so they stay out of the
 * start page.
 */
interface LoadedAtlas {
  bundle: AtlasBundle;
  rows: BundledRow[];
  gemeenten: AreaFeature[];
}

export type AtlasLoad = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; value: LoadedAtlas };

let state: AtlasLoad | null = null;

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(new URL(url, document.baseURI).href);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** The atlas as loaded so far; the first call starts loading and `onChange` is called when it is there. */
export function atlasData(onChange: () => void): AtlasLoad {
  if (state) return state;
  state = { status: 'loading' };
  Promise.all([fetchJson(atlasUrl), fetchJson(gemeentenUrl)]).then(
    ([bundle, topo]) => {
      const t = topo as Topology;
      const gemeenten = (feature(t, t.objects.gemeenten) as unknown as { features: AreaFeature[] }).features;
      state = { status: 'ready', value: { bundle: bundle as AtlasBundle, rows: bundleRows(bundle as AtlasBundle), gemeenten } };
      onChange();
    },
    (error: unknown) => {
      console.error(error);
      // Shown as a failure until the page is reloaded (no retry loop against a missing file).
      state = { status: 'failed' };
      onChange();
    },
  );
  return state;
}
