/**
 * Figures the model needs but a table may lack, derived as MODEL.md ("Population synthesis") says
 * and labelled: each derived value goes into `values` and a short source text, in Dutch and English
 * (src/i18n/engine/*-data.ts), into `estimated`. A value the file has always wins; a cell the file has but leaves empty or secret is
 * estimated too, and keeps its `missing` reason so the UI can say both.
 */
import { plain, say, type Said } from '../i18n/engine/index.ts';
import { parentOf } from './regions.ts';
import type { RegionRecord, RegionTable, Variable } from './types.ts';
import type { GemeenteExtras } from './extras.ts';

export { parseGemeenteExtras,  type GemeenteExtras } from './extras.ts';

/**
 * Share of rented dwellings owned by housing corporations, NL 2024: about 29 % of the stock is
 * corporation rental and 13 % private rental (CBS StatLine 82900NED "Voorraad woningen; eigendom,
 * type verhuurder", 1 January 2024, as quoted in the project brief; we could not check the table
 * itself offline), so 29 / (29 + 13) ≈ 0.69. Consistent with the bundled table: NL00 has
 * p_koopw = 57, i.e. 43 % rental, and 43 × 0.69 ≈ 29.7 % corporation. An assumption for any one
 * buurt: the corporation part of rentals varies by place (higher in post-war neighbourhoods).
 */
export const CORPORATION_PART_OF_RENTALS = 0.69;

/** Corporation share of the whole stock (%), used only when no owner share is known anywhere up the hierarchy. */
const NATIONAL_CORPORATION_SHARE = 29;

/**
 * One-person households as % of private households, NL 2024: 39.9 %, the households-weighted
 * mean of the 342 gemeente shares in gemeenten-2024.geojson (printed by data/prepare/prepare.ts).
 */
export const NATIONAL_ONE_PERSON_SHARE = 39.9;

const round1 = (n: number) => Math.round(n * 10) / 10;

/** A copy of the table with derived values filled in where the file has none. Pure. */
export function withEstimates(table: RegionTable, extras?: GemeenteExtras): RegionTable {
  // Most rows share their source texts (same wijk, gemeente or national figure): each distinct text
  // is said once per table and shared, instead of rendering both languages for each of 18k rows
  // (that tripled the time of loading the bundled table, measured).
  const said = new Map<string, Words>();
  const words: Say = (id, make) => {
    let w = said.get(id);
    if (!w) said.set(id, (w = plain(make())));
    return w;
  };
  const regions = table.regions.map((r) => estimate(r, table, words, extras));
  return { ...table, regions, byCode: new Map(regions.map((r) => [r.code, r])), warnings: [...table.warnings] };
}

type Words = { nl: string; en: string };
/** A source text by an id that names it fully (same id, same words), made only the first time. */
type Say = (id: string, make: () => Said) => Words;
/** An ancestor's part of an id: "wijk Velp", or '' for the row's own figure. */
const fromId = (f: { level: string; name: string } | null) => (f ? `${f.level} ${f.name}` : '');

function estimate(source: RegionRecord, table: RegionTable, words: Say, extras?: GemeenteExtras): RegionRecord {
  const r: RegionRecord = { ...source, values: { ...source.values }, missing: { ...source.missing }, estimated: { ...source.estimated } };
  const put = (v: Variable, value: number, why: Words) => {
    r.values[v] = value;
    r.estimated[v] = why;
  };
  const v = r.values;

  if (v.rentalShare === undefined && v.ownerShare !== undefined) put('rentalShare', 100 - v.ownerShare, words('rental', () => say('data.estimates.rental')));

  if (v.multiFamilyShare === undefined) {
    const single = upwards(r, table, 'singleFamilyShare');
    if (single) put('multiFamilyShare', 100 - single.value, words(`multiFamily|${fromId(single.from)}`, () => say('data.estimates.multiFamily', { from: single.from })));
  }

  if (v.corporationShare === undefined) {
    const owner = upwards(r, table, 'ownerShare');
    if (owner) {
      const part = CORPORATION_PART_OF_RENTALS;
      put('corporationShare', round1((100 - owner.value) * part), words(`corporation|${fromId(owner.from)}`, () => say('data.estimates.corporation', { from: owner.from, part })));
    } else {
      put('corporationShare', NATIONAL_CORPORATION_SHARE, words('corporationNational', () => say('data.estimates.corporationNational')));
    }
  }

  const extra = r.gemeente ? extras?.get(r.gemeente) : undefined;
  if (v.onePersonHouseholds === undefined && v.households !== undefined) {
    const share = extra?.onePersonShare;
    if (share !== undefined) put('onePersonHouseholds', Math.round((v.households * share) / 100), words(`onePerson|${share}|${extra!.name}`, () => say('data.estimates.onePersonGemeente', { share, gemeente: extra!.name })));
    else put('onePersonHouseholds', Math.round((v.households * NATIONAL_ONE_PERSON_SHARE) / 100), words('onePersonNational', () => say('data.estimates.onePersonNational', { share: NATIONAL_ONE_PERSON_SHARE })));
  }

  // 45–64 from this row's own 15–64 (inhabitants − 0–14 − 65+) and the gemeente's age mix within 15–64.
  const working = extra && [extra.age15to24Share, extra.age25to44Share, extra.age45to64Share];
  if (v.age45to64 === undefined && working?.every((s) => s !== undefined) && v.inhabitants !== undefined && v.age0to14 !== undefined && v.age65plus !== undefined) {
    const [a, b, c] = working as number[];
    const rest = Math.max(0, v.inhabitants - v.age0to14 - v.age65plus);
    if (a + b + c > 0) put('age45to64', Math.round((rest * c) / (a + b + c)), words(`age45to64|${extra!.name}`, () => say('data.estimates.age45to64', { gemeente: extra!.name })));
  }
  return r;
}

/** This row's value, else the nearest ancestor's (wijk, gemeente, land) that the table has. */
function upwards(r: RegionRecord, table: RegionTable, v: Variable): { value: number; from: { level: string; name: string } | null } | null {
  if (r.values[v] !== undefined) return { value: r.values[v]!, from: null };
  for (let code = r.parent; code !== null; code = parentOf(code)) {
    const up = table.byCode.get(code);
    const value = up?.values[v];
    if (up && value !== undefined) return { value, from: { level: up.level, name: up.name } };
  }
  return null;
}
