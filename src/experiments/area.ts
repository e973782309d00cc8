/**
 * From a CBS table (with estimates) and buurt geometry to the model's AreaInput: which buurten an
 * area consists of, and how many people 65+ to synthesise in each so the area adds up to its own
 * CBS figure exactly (CBS rounds buurt values to 5, so the buurten alone may differ slightly).
 * Areas are CBS codes (GM/WK/BU) or user-defined groups of buurten (a kerkdorp).
 */
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import type { AreaInput, BuurtInput } from '../core/area.ts';
import { InputError } from '../core/errors.ts';
import { apportion } from '../core/sample.ts';
import { levelOf, regionsWithin, searchRegions } from '../data/regions.ts';
import type { RegionRecord, RegionTable } from '../data/types.ts';
import { plain, say } from '../i18n/engine/index.ts';

export interface BuurtGroup {
  name: string;
  buurten: string[];
}

/** Buurt (or fallback region) geometry by code; null when unknown. */
export type GeometryLookup = (code: string) => Geometry | null;

/** Estimated figures the model uses (others, like age 45–64, do not change its results). */
const ESTIMATED = ['corporationShare', 'multiFamilyShare', 'onePersonHouseholds'] as const;
type EstimatedFigure = (typeof ESTIMATED)[number];
const isEstimated = (v: string): v is EstimatedFigure => (ESTIMATED as readonly string[]).includes(v);

const asPolygon = (g: Geometry | null): Polygon | MultiPolygon | null => (g && (g.type === 'Polygon' || g.type === 'MultiPolygon') ? g : null);

function unknownArea(table: RegionTable, code: string, field: string): InputError {
  const near = searchRegions(table, code, undefined, 3).map((r) => `${r.code} ${r.name}`);
  return new InputError('area.unknown', say('experiments.area.unknown', { code, file: table.file, near }), { field });
}

/** The smallest regions that make up one chosen area, with the area's own 65+ figure. */
function unitsOf(
  table: RegionTable,
  code: string,
  groups: readonly BuurtGroup[],
  field: string,
): { units: RegionRecord[]; total: number | null; name: string } {
  const group = groups.find((g) => g.name === code);
  if (group) {
    const units = group.buurten.map(
      (b) =>
        table.byCode.get(b) ??
        (() => {
          throw unknownArea(table, b, `${field} (${group.name})`);
        })(),
    );
    const known = units.every((u) => u.values.age65plus !== undefined);
    return { units, total: known ? units.reduce((s, u) => s + (u.values.age65plus ?? 0), 0) : null, name: group.name };
  }
  const region = table.byCode.get(code.trim().toUpperCase());
  if (!region || !levelOf(region.code) || region.level === 'land') throw unknownArea(table, code, field);
  const buurten = region.level === 'buurt' ? [region] : regionsWithin(table, region.code, 'buurt');
  return { units: buurten.length ? buurten : [region], total: region.values.age65plus ?? null, name: region.name };
}

/** Fill a value from the region, else its wijk, else its gemeente (CBS publishes most at every level). */
function upwards(table: RegionTable, r: RegionRecord, pick: (x: RegionRecord) => number | undefined): number | undefined {
  for (let x: RegionRecord | undefined = r; x; x = x.parent ? table.byCode.get(x.parent) : undefined) {
    const v = pick(x);
    if (v !== undefined) return v;
  }
  return undefined;
}

function buurtInput(table: RegionTable, r: RegionRecord, count: number, geometry: GeometryLookup): BuurtInput {
  const v = r.values;
  const share = (x: number | undefined, fallback: number) => (x === undefined ? fallback : Math.min(1, Math.max(0, x / 100)));
  const households = v.households ?? null;
  const onePerson = v.onePersonHouseholds !== undefined && households ? v.onePersonHouseholds / households : undefined;
  return {
    code: r.code,
    name: r.name,
    age65plus: count,
    households,
    onePersonShare: onePerson ?? 0.399,
    corporationShare: share(
      upwards(table, r, (x) => x.values.corporationShare),
      0.29,
    ),
    multiFamilyShare: share(
      upwards(table, r, (x) => x.values.multiFamilyShare),
      0.36,
    ),
    urbanity: upwards(table, r, (x) => x.values.urbanity) ?? 3,
    addressDensity: upwards(table, r, (x) => x.values.addressDensity) ?? 1000,
    landAreaHa: v.landAreaHa ?? null,
    geometry: asPolygon(geometry(r.code)),
  };
}

/**
 * A group (kerkdorp) named like a CBS code would silently stand in for that code (groups are
 * looked up first), and two groups with one name would hide the second: both are refused.
 */
export function checkGroupNames(groups: readonly BuurtGroup[]): void {
  const seen = new Set<string>();
  groups.forEach((g, i) => {
    const name = g.name.trim();
    if (levelOf(name.toUpperCase()) !== null) {
      throw new InputError('group.code-name', say('experiments.area.groupNamedLikeCode', { name }), { field: `groups[${i}].name` });
    }
    if (seen.has(name)) {
      throw new InputError('group.duplicate', say('experiments.area.groupTwice', { name }), { field: `groups[${i}].name` });
    }
    seen.add(name);
  });
}

/**
 * Build the model's area. Throws InputError for unknown codes and for areas without people 65+.
 * `field` names where the codes came from (a flag or scenario field) for messages.
 */
export function buildArea(
  table: RegionTable,
  codes: readonly string[],
  geometry: GeometryLookup,
  groups: readonly BuurtGroup[] = [],
  field = 'area',
): AreaInput {
  if (codes.length === 0) throw new InputError('area.none', say('experiments.area.none'), { field });
  checkGroupNames(groups);
  const buurten: BuurtInput[] = [];
  const notes: AreaInput['notes'] = [];
  const seen = new Set<string>();
  const names: string[] = [];
  const estimates = new Map<string, { count: number; why: { nl: string; en: string } }>();
  for (const code of codes) {
    const { units, total, name } = unitsOf(table, code, groups, field);
    names.push(name);
    const fresh = units.filter((u) => !seen.has(u.code));
    if (fresh.length < units.length) {
      const n = units.length - fresh.length;
      notes.push(plain(say('experiments.area.overlap', { name, n })));
    }
    fresh.forEach((u) => seen.add(u.code));
    const known = fresh.map((u) => u.values.age65plus);
    const sumKnown = known.reduce<number>((s, v) => s + (v ?? 0), 0);
    const target = fresh.length < units.length || total === null ? sumKnown : total;
    // Buurten with an empty 65+ cell (secret or 0 in the bundled table) share what the area total leaves, by inhabitants.
    const missing = fresh.filter((u) => u.values.age65plus === undefined);
    const rest = Math.max(0, target - sumKnown);
    const fill = apportion(
      rest,
      missing.map((u) => u.values.inhabitants ?? 1),
    );
    if (missing.length && rest > 0) {
      notes.push(plain(say('experiments.area.unknown65plus', { name, rest, buurten: missing.length })));
    }
    const weights = fresh.map((u) => u.values.age65plus ?? fill[missing.indexOf(u)]);
    const counts = apportion(target, weights);
    fresh.forEach((u, i) => buurten.push(buurtInput(table, u, counts[i], geometry)));
    for (const u of fresh)
      for (const [v, why] of Object.entries(u.estimated)) estimates.set(v, { count: (estimates.get(v)?.count ?? 0) + 1, why: why ?? { nl: '', en: '' } });
  }
  for (const [v, { count, why }] of estimates) {
    if (isEstimated(v)) notes.push(plain(say('experiments.area.estimated', { figure: v, count, buurten: buurten.length, why })));
  }
  const age65plus = buurten.reduce((s, b) => s + b.age65plus, 0);
  if (age65plus === 0) {
    throw new InputError('area.empty', say('experiments.area.no65plus', { names }), { field });
  }
  const missingGeo = buurten.filter((b) => !b.geometry).length;
  if (missingGeo) notes.push(plain(say('experiments.area.noBoundary', { n: missingGeo })));
  return { codes: [...codes], name: names.join(' + '), age65plus, buurten, notes };
}
