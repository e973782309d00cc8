/**
 * Per gemeente one TopoJSON with three objects, each from the cleanest source for its level:
 * - buurten: buurten-2024-approx.geojson (the only buurt geometry there is; see data/SOURCES.md);
 * - wijken: wijken-2024.geojson, the gemeente's wijken that the table has (not "Groot water");
 * - gemeente: its polygon from gemeenten-2024.geojson.
 * Merging the rebuilt buurten into wijken (topojson-client mergeArcs) was tried and rejected: the
 * buurten were simplified one by one upstream, so neighbours do not share boundaries exactly and
 * merged wijken showed white slits along the gaps (Amsterdam's merged outline fell apart into 47
 * pieces). The independent wijk polygons match the merged ones to within tens of metres and have
 * no slits. All three are WGS84, rewound to the d3 convention, quantized and lightly simplified.
 * Also data/geo/gemeenten.topo.json: all gemeenten, simplified further, for the overview map.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { Topology as AnyTopology } from 'topojson-specification';
import { polygonsOf, rewindPolygon, ringArea } from './rings.ts';

/** 10⁴ steps across a gemeente's bounding box: 1–6 m, below the buurt source's 6–50 m SVG unit. */
const QUANTIZATION = 1e4;

/** The topology type topojson-simplify's declarations expect (properties typed as {}). */
type Topology = Parameters<typeof presimplify>[0] & AnyTopology;
/**
 * Visvalingam threshold in steradians: 1.2e-11 sr × R² (6371 km)² ≈ 500 m² of triangle area, so
 * only near-collinear vertices go (a vertex 10 m off a 100 m line). The buurt source is already
 * Douglas–Peucker simplified at 60 m (median triangle ≈ 6 ha), so this removes little; anything
 * stronger eats shape that the placement of people inside buurten relies on.
 */
const MIN_WEIGHT = 1.2e-11;
/**
 * Wijk and gemeente outlines are only drawn, never used to place people: at gemeente scale
 * (≈ 30 m per pixel) triangles under ≈ 4,000 m² (1e-10 sr) are invisible.
 */
const OUTLINE_MIN_WEIGHT = 1e-10;
/** The overview map of all NL (≈ 500 m per pixel) does not see triangles under ≈ 4 ha (1e-9 sr). */
const OVERVIEW_MIN_WEIGHT = 1e-9;

export interface NameBook {
  name(code: string): string | undefined;
}

export interface GemeenteGeo {
  code: string;
  topology: Topology;
  buurten: number;
  wijken: number;
  /** False when simplifying would have shrunk an area, so the geometry was only quantized. */
  simplified: boolean;
}

export interface Sources {
  buurten: FeatureCollection;
  wijken: FeatureCollection;
  gemeenten: FeatureCollection;
}

type Props = { code: string; name: string; wijk?: string };

function groupBy(fc: FeatureCollection, key: string): Map<string, Feature[]> {
  const groups = new Map<string, Feature[]>();
  for (const f of fc.features) {
    const k = String(f.properties?.[key]);
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  return groups;
}

/** One topology per gemeente that has buurt geometry, in code order. `has` says which codes the table knows. */
export function gemeenteTopologies(src: Sources, has: (code: string) => boolean, names: NameBook): GemeenteGeo[] {
  const buurten = groupBy(src.buurten, 'gemeentecode');
  const wijken = groupBy(src.wijken, 'gemeentecode');
  const gemeenten = groupBy(src.gemeenten, 'gemeentecode');
  return [...buurten.keys()]
    .filter(has)
    .sort()
    .map((gm) => {
      const named = (f: Feature, code: string, extra: Partial<Props> = {}): Feature<Geometry, Props> => ({
        type: 'Feature',
        properties: { code, name: names.name(code) ?? code, ...extra },
        geometry: rewound(f.geometry),
      });
      const b = buurten.get(gm)!.map((f) => {
        const code = String(f.properties?.buurtcode);
        return named(f, code, { wijk: 'WK' + code.slice(2, 8) });
      });
      const w = (wijken.get(gm) ?? []).filter((f) => has(String(f.properties?.wijkcode))).map((f) => named(f, String(f.properties?.wijkcode)));
      const g = (gemeenten.get(gm) ?? []).map((f) => named(f, gm));
      const topo = topology({ buurten: collection(b), wijken: collection(w), gemeente: collection(g) } as never) as unknown as Topology;
      const light = lighten(topo, MIN_WEIGHT, { buurten: b, wijken: w, gemeente: g });
      return { code: gm, topology: light.topology, simplified: light.simplified, buurten: b.length, wijken: w.length };
    });
}

function collection(features: Feature<Geometry, Props>[]): FeatureCollection<Geometry, Props> {
  return { type: 'FeatureCollection', features: [...features].sort((a, b) => a.properties.code.localeCompare(b.properties.code)) };
}

/**
 * Simplify and quantize, then check that no area lost more than a fifth of its size or its outline
 * altogether; if one did, keep this gemeente unsimplified (people are placed inside buurt
 * polygons, so a collapsed buurt would have nowhere to put its residents).
 */
function lighten(topo: Topology, minWeight: number, original: Record<string, Feature<Geometry, Props>[]>): { topology: Topology; simplified: boolean } {
  const weighted = presimplify(topo, sphericalTriangleArea);
  const buurtArcs = new Set<number>();
  collectArcs((weighted.objects.buurten as unknown as { geometries: { arcs: unknown }[] }).geometries.map((g) => g.arcs), buurtArcs);
  // Arcs shared with a buurt keep the buurt threshold, so a wijk border never cuts a buurt short.
  const arcs = weighted.arcs.map((arc, i) => arc.filter((p) => p[2] >= (buurtArcs.has(i) ? minWeight : OUTLINE_MIN_WEIGHT)).map((p) => [p[0], p[1]]));
  const simplified = quantize({ ...weighted, arcs } as Topology, QUANTIZATION) as Topology;
  const ok = Object.entries(original).every(([key, features]) => {
    const after = new Map<string, number>();
    for (const f of (feature(simplified, simplified.objects[key]) as FeatureCollection<Geometry, Props>).features) after.set(f.properties.code, areaOf(f.geometry));
    return features.every((f) => (after.get(f.properties.code) ?? 0) >= 0.8 * areaOf(f.geometry));
  });
  return ok ? { topology: simplified, simplified: true } : { topology: quantize(topo, QUANTIZATION) as Topology, simplified: false };
}

/** Arc indexes in nested TopoJSON arc arrays (~i means arc i reversed). */
function collectArcs(arcs: unknown, into: Set<number>): void {
  if (typeof arcs === 'number') into.add(arcs < 0 ? ~arcs : arcs);
  else if (Array.isArray(arcs)) for (const a of arcs) collectArcs(a, into);
}

function areaOf(g: Geometry): number {
  return polygonsOf(g).reduce((s, rings) => s + ringArea(rings[0]) - rings.slice(1).reduce((h, r) => h + ringArea(r), 0), 0);
}

function rewound(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: rewindPolygon(g.coordinates) };
  if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.map(rewindPolygon) };
  return g;
}

/** All gemeenten of the table in one light topology, for the national overview map. */
export function overviewTopology(gemeenten: FeatureCollection, keep: (code: string) => boolean, names: NameBook): Topology {
  const features = gemeenten.features
    .filter((f) => keep(String(f.properties?.gemeentecode)))
    .map((f) => {
      const code = String(f.properties?.gemeentecode);
      return { type: 'Feature' as const, properties: { code, name: names.name(code) ?? String(f.properties?.gemeentenaam) }, geometry: rewound(f.geometry) };
    })
    .sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  const topo = topology({ gemeenten: { type: 'FeatureCollection', features } } as never) as unknown as Topology;
  return quantize(simplify(presimplify(topo, sphericalTriangleArea), OVERVIEW_MIN_WEIGHT), QUANTIZATION) as Topology;
}
