import { geoArea, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import type { Figure } from '../../workers/dataApi.ts';

/**
 * The choropleth map as data: SVG path strings, fills and legend, computed without a DOM.
 * The view (views/regionMap.ts) only turns this into elements, so the projection, the colour
 * classes and the keyboard order are unit-tested in Node.
 */

export interface AreaFeature extends Feature<Geometry, { code: string; name: string }> {}

export interface MapShape {
  code: string;
  name: string;
  /** SVG path data in the spec's pixel space. */
  d: string;
  value: Figure;
  /** Fill colour, or null when the value is missing (drawn with a hatch pattern, not a colour). */
  fill: string | null;
}

export interface LegendItem {
  /** Lower and upper bound in percent; null for open ends. */
  from: number | null;
  to: number | null;
  fill: string;
}

export interface MapSpec {
  width: number;
  height: number;
  /** In keyboard order (by name), which is also the table's default order. */
  shapes: MapShape[];
  /** Outline of the whole gemeente, drawn on top; null when not given. */
  outline: string | null;
  legend: LegendItem[];
}

export interface MapInput {
  features: readonly AreaFeature[];
  /** Share 65+ in percent per area code. */
  values: ReadonlyMap<string, Figure>;
  outline?: Feature | null;
  width?: number;
  maxHeight?: number;
}

/**
 * Fixed classes (not quantiles of this gemeente), so the same colour means the same share in
 * every gemeente; NL as a whole had 20.5 % aged 65+ on 1 January 2024.
 * Colours: ColorBrewer YlGnBu, sequential and readable for the common colour-vision deficiencies.
 */
export const shareThresholds = [15, 20, 25, 30, 35] as const;
export const shareColours = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'] as const;

export function shareFill(value: Figure): string | null {
  if (typeof value !== 'number') return null;
  const i = shareThresholds.findIndex((t) => value < t);
  return shareColours[i === -1 ? shareColours.length - 1 : i];
}

export function shareLegend(): LegendItem[] {
  return shareColours.map((fill, i) => ({
    from: i === 0 ? null : shareThresholds[i - 1],
    to: i === shareThresholds.length ? null : shareThresholds[i],
    fill,
  }));
}

export function mapSpec(input: MapInput): MapSpec {
  const width = input.width ?? 640;
  const maxHeight = input.maxHeight ?? 640;
  const pad = 4;
  const features = input.features.map(rewind);
  const outline = input.outline ? rewind(input.outline) : null;
  const collection: FeatureCollection = { type: 'FeatureCollection', features: outline ? [...features, outline] : features };

  // Mercator is conformal, so shapes keep their familiar form; at a gemeente's scale the
  // difference from RD New is invisible. Fit the width first, then shrink if too tall.
  const projection = geoMercator().fitWidth(width - 2 * pad, collection as GeoPermissibleObjects);
  const path = geoPath(projection).digits(1);
  let [[x0, y0], [x1, y1]] = path.bounds(collection as GeoPermissibleObjects);
  if (y1 - y0 > maxHeight - 2 * pad) {
    projection.fitHeight(maxHeight - 2 * pad, collection as GeoPermissibleObjects);
    [[x0, y0], [x1, y1]] = path.bounds(collection as GeoPermissibleObjects);
  }
  const [tx, ty] = projection.translate();
  projection.translate([tx - x0 + pad, ty - y0 + pad]);

  const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });
  const shapes = features
    .map((f) => {
      const value = input.values.get(f.properties.code) ?? 'absent';
      return { code: f.properties.code, name: f.properties.name, d: path(f as GeoPermissibleObjects) ?? '', value, fill: shareFill(value) };
    })
    .filter((s) => s.d !== '')
    .sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.code, b.code));

  return {
    width: Math.ceil(x1 - x0 + 2 * pad),
    height: Math.ceil(y1 - y0 + 2 * pad),
    shapes,
    outline: outline ? (path(outline as GeoPermissibleObjects) ?? null) : null,
    legend: shareLegend(),
  };
}

/**
 * d3-geo wants exterior rings clockwise on the sphere, the opposite of RFC 7946 GeoJSON. A ring
 * in the wrong order covers the rest of the globe (area > 2π sr) and fills the whole map, so
 * each polygon is checked and reversed when needed; that works whichever convention a file uses.
 */
export function rewind<F extends Feature>(feature: F): F {
  const g = feature.geometry;
  if (!g) return feature;
  if (g.type === 'Polygon') return { ...feature, geometry: { ...g, coordinates: rewindPolygon(g.coordinates) } };
  if (g.type === 'MultiPolygon') return { ...feature, geometry: { ...g, coordinates: g.coordinates.map(rewindPolygon) } };
  return feature;
}

function rewindPolygon(rings: Position[][]): Position[][] {
  const polygon: Polygon = { type: 'Polygon', coordinates: rings };
  if (geoArea(polygon) <= 2 * Math.PI) return rings;
  return rings.map((ring) => [...ring].reverse());
}
