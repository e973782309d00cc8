import type { BuurtCoverage } from '../../experiments/summarise.ts';
import type { AreaView } from '../../workers/dataApi.ts';
import { share65 } from '../areas/figures.ts';
import { coverageScale, mapSpec, type MapSpec } from '../charts/mapSpec.ts';
import type { GemeenteGeometry } from '../data/geometry.ts';
import type { ViewLevel } from '../state/state.ts';
import type { MapState } from '../views/areaPage.ts';
import type { Loading } from './areaData.ts';
import { trim } from './context.ts';

/**
 * Map specs for the three maps (share 65+ per wijk or buurt, the buurten to choose seeds in, and
 * coverage per buurt in a year), cached by what they depend on: projecting a gemeente costs a few
 * milliseconds, and re-renders happen on every choice.
 */
export function createMaps(cache: Map<string, MapSpec | null>) {
  /** The map's state: waiting for or lacking shapes, else the spec made once per key. */
  const cached = (geometry: Loading<GemeenteGeometry | null> | null, key: string, make: (shapes: GemeenteGeometry) => MapSpec | null): MapState => {
    if (!geometry || geometry.status === 'loading') return { status: 'loading' };
    if (geometry.status === 'failed') return { status: 'failed' };
    const shapes = geometry.value;
    if (!shapes) return { status: 'none' };
    if (!cache.has(key)) {
      cache.set(key, make(shapes));
      trim(cache, 40);
    }
    const spec = cache.get(key);
    return spec ? { status: 'ready', spec } : { status: 'none' };
  };

  return {
    /** Share of 65+ per wijk or buurt of the gemeente (the area page). */
    share(view: AreaView, level: ViewLevel, geometry: Loading<GemeenteGeometry | null> | null, tableId: string): MapState {
      return cached(geometry, `share|${tableId}|${view.gemeente.code}|${level}`, (shapes) => {
        const rows = level === 'wijk' ? view.wijken : view.buurten;
        const features = level === 'wijk' ? shapes.wijken : shapes.buurten;
        return features.length ? mapSpec({ features, values: new Map(rows.map((r) => [r.code, share65(r)])), outline: shapes.gemeente }) : null;
      });
    },

    /** The buurten of the planning area, coloured by share 65+, for choosing where to seed. */
    chooser(view: AreaView, codes: readonly string[], geometry: Loading<GemeenteGeometry | null> | null, tableId: string): MapState {
      return cached(geometry, `choose|${tableId}|${[...codes].sort().join(',')}`, (shapes) => {
        const inArea = new Set(codes);
        const features = shapes.buurten.filter((f) => inArea.has(f.properties.code));
        return features.length ? mapSpec({ features, values: new Map(view.buurten.map((r) => [r.code, share65(r)])), width: 480, maxHeight: 480 }) : null;
      });
    },

    /** Coverage (median, percent) per buurt in a year of one result. */
    coverage(resultKey: string, buurten: readonly BuurtCoverage[], year: number, geometry: Loading<GemeenteGeometry | null> | null): MapState {
      return cached(geometry, `coverage|${resultKey}|${year}`, (shapes) => {
        // A buurt without people 65+ has no coverage at all, which is not the same as 0 %.
        const values = new Map<string, number | 'unknown'>(
          buurten.map((b) => [b.code, b.age65plus > 0 ? b.coverage[Math.min(year, b.coverage.length - 1)].p50 * 100 : 'unknown']),
        );
        const features = shapes.buurten.filter((f) => values.has(f.properties.code));
        return features.length ? mapSpec({ features, values, scale: coverageScale }) : null;
      });
    },
  };
}

export type Maps = ReturnType<typeof createMaps>;
