/**
 * Small planar ring tools for the geometry preparation (lon/lat treated as x/y, which is fine for
 * orientation; areas are only compared with each other, never reported).
 */
export type Position = number[];
export type Ring = Position[];
export type PolygonRings = Ring[];

/** Σ (x2 − x1)(y2 + y1): positive for a clockwise ring with y pointing north. */
export function ringOrientation(ring: Ring): number {
  let s = 0;
  for (let i = 1; i < ring.length; i++) s += (ring[i][0] - ring[i - 1][0]) * (ring[i][1] + ring[i - 1][1]);
  return s;
}

/**
 * The d3 / TopoJSON convention: exterior rings clockwise, holes counter-clockwise. The buurt source
 * mixes both (80 clockwise and 23 counter-clockwise exteriors in Land van Cuijk alone); d3-geo
 * fills a wrongly wound ring as the whole globe minus the polygon, and topojson-client's merge
 * takes it for a hole. RFC 7946 prefers the opposite winding; Turf accepts either.
 */
export function rewindPolygon(rings: PolygonRings): PolygonRings {
  return rings.map((ring, i) => {
    const clockwise = ringOrientation(ring) > 0;
    return (i === 0) === clockwise ? ring : [...ring].reverse();
  });
}

/** Planar ring area in squared degrees (for comparisons only). */
export function ringArea(ring: Ring): number {
  return Math.abs(ringOrientation(ring)) / 2;
}

/** Polygons of a Polygon or MultiPolygon geometry. */
export function polygonsOf(geometry: { type: string; coordinates?: unknown }): PolygonRings[] {
  if (geometry.type === 'Polygon') return [geometry.coordinates as PolygonRings];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as PolygonRings[];
  return [];
}
