import { geoArea, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import type { Figure } from '../../workers/dataApi.ts';

/**
 * The choropleth map as data: SVG path strings, fills and legend, computed without a DOM.
 * The view (views/regionMap.ts) only turns this into elements, so the projection, the colour
 * classes and the keyboard order are unit-tested in Node.
 */

export type AreaFeature = Feature<Geometry, { code: string; name: string }>;

export interface MapShape {
  code: string;
  name: string;
  /** SVG path data in the spec's pixel space. */
  d: string;
  value: Figure;
  /** Fill colour, or null when the value is missing (drawn with a hatch pattern, not a colour). */
  fill: string | null;
  /** Where a marker for this area goes (pixel space). */
  centroid: [number, number];
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
  /** A value in percent per area code (share 65+ by default; coverage with coverageScale). */
  values: ReadonlyMap<string, Figure>;
  outline?: Feature | null;
  width?: number;
  maxHeight?: number;
  /** Colour classes; the share-65+ classes when not given. */
  scale?: ColourScale;
}

/** Fixed classes: `colours` has one more entry than `thresholds` (percent, lower edge inclusive). */
export interface ColourScale {
  thresholds: readonly number[];
  colours: readonly string[];
}

/**
 * Fixed classes (not quantiles of this gemeente), so the same colour means the same share in
 * every gemeente; NL as a whole had 20.5 % aged 65+ on 1 January 2024.
 * Colours: ColorBrewer YlGnBu, sequential and readable for the common colour-vision deficiencies.
 */
const shareThresholds = [15, 20, 25, 30, 35] as const;
export const shareColours = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'] as const;

const shareScale: ColourScale = { thresholds: shareThresholds, colours: shareColours };

/**
 * Coverage (share of 65+ in a circle, percent): small numbers matter, so the classes are finer at
 * the bottom. ColorBrewer YlGnBu with 7 classes, sequential and colour-blind safe; a different
 * scale from the share-65+ map would invite confusion, so both are YlGnBu and the legend says which.
 */
export const coverageScale: ColourScale = {
  thresholds: [0.5, 1, 2.5, 5, 10, 20],
  colours: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
};

export function scaleFill(scale: ColourScale, value: Figure): string | null {
  if (typeof value !== 'number') return null;
  const i = scale.thresholds.findIndex((t) => value < t);
  return scale.colours[i === -1 ? scale.colours.length - 1 : i];
}

export function scaleLegend(scale: ColourScale): LegendItem[] {
  return scale.colours.map((fill, i) => ({
    from: i === 0 ? null : scale.thresholds[i - 1],
    to: i === scale.thresholds.length ? null : scale.thresholds[i],
    fill,
  }));
}

export function shareFill(value: Figure): string | null {
  return scaleFill(shareScale, value);
}

export function shareLegend(): LegendItem[] {
  return scaleLegend(shareScale);
}

export function mapSpec(input: MapInput): MapSpec {
  const scale = input.scale ?? shareScale;
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
      return {
        code: f.properties.code,
        name: f.properties.name,
        d: path(f as GeoPermissibleObjects) ?? '',
        value,
        fill: scaleFill(scale, value),
        centroid: path.centroid(f as GeoPermissibleObjects) as [number, number],
      };
    })
    .filter((s) => s.d !== '')
    .sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.code, b.code));

  return {
    width: Math.ceil(x1 - x0 + 2 * pad),
    height: Math.ceil(y1 - y0 + 2 * pad),
    shapes,
    outline: outline ? (path(outline as GeoPermissibleObjects) ?? null) : null,
    legend: scaleLegend(scale),
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
