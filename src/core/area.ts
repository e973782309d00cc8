/**
 * What the model needs to know about an area: plain JSON, so it can be posted to a worker.
 * src/experiments/area.ts builds it from a CBS RegionTable and the bundled geometry.
 */
import type { MultiPolygon, Polygon } from 'geojson';

export interface BuurtInput {
  code: string;
  name: string;
  /** People 65+ to synthesise here (already apportioned so the area adds up to its CBS figure). */
  age65plus: number;
  /** Households (for the inhabited footprint); null when unknown. */
  households: number | null;
  /** Share of households with one person, 0–1 (real or estimated). */
  onePersonShare: number;
  /** Share of dwellings owned by housing corporations, 0–1 (real or estimated). */
  corporationShare: number;
  /** Share of multi-family dwellings, 0–1 (real or estimated). */
  multiFamilyShare: number;
  /** CBS degree of urbanity 1 (very urban) … 5 (not urban). */
  urbanity: number;
  /** CBS address density (addresses per km² around an address). */
  addressDensity: number;
  /** Land area in hectares (used when there is no geometry). */
  landAreaHa: number | null;
  /** Boundary in WGS84 lon/lat; null when no geometry is known (then a disc of landAreaHa is used). */
  geometry: Polygon | MultiPolygon | null;
}

/** CBS urbanity 1–3 counts as urban (walking radius walkRadiusUrban); 4–5 as rural (cycling radius walkRadiusRural). */
export const isUrban = (b: Pick<BuurtInput, 'urbanity'>): boolean => b.urbanity <= 3;

export interface AreaInput {
  /** The codes (or group names) the user chose. */
  codes: string[];
  /** Display name, e.g. "Mill" or "Mill + Wilbertoord". */
  name: string;
  /** CBS 65+ count of the whole area (the sum of the buurten's age65plus). */
  age65plus: number;
  buurten: BuurtInput[];
  /** Notes on estimates and fill-ins, shown with results (Dutch and English). */
  notes: { nl: string; en: string }[];
}
