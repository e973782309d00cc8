/**
 * What each CBS column means, in the three header styles people download:
 * - kwb-20xx short names (CBS "Toelichting variabelen kwb-2023/2024" PDFs): `a_65_oo`;
 * - OData keys, whose numeric suffix CBS renumbers between years and revisions
 *   (`k_65JaarOfOuder_12`; `HuishoudensTotaal_28` in 84799NED 2020, `_29` in 85984NED 2024), so we
 *   match the stem without `_\d+` (stems and titles from kwb-2020-84799NED-columns.csv and
 *   kwb-2024-85984NED-columns.csv);
 * - StatLine web labels, `Bevolking/Leeftijdsgroepen/65 jaar of ouder (aantal)`: the last path
 *   segment without its unit is the OData Title.
 * Matching is case-insensitive and whitespace-collapsed. Never by position.
 */
import type { Variable } from '../types.ts';

/** How a value may vary; drives validation (counts are whole and ≥ 0, shares 0–100 …). */
export type ValueKind = 'count' | 'share' | 'class' | 'measure';

export interface VariableSpec {
  variable: Variable;
  kind: ValueKind;
  short: string[];
  stems: string[];
  titles: string[];
}

export const VARIABLES: readonly VariableSpec[] = [
  { variable: 'inhabitants', kind: 'count', short: ['a_inw'], stems: ['AantalInwoners'], titles: ['Aantal inwoners'] },
  { variable: 'age0to14', kind: 'count', short: ['a_00_14'], stems: ['k_0Tot15Jaar'], titles: ['0 tot 15 jaar'] },
  { variable: 'age15to24', kind: 'count', short: ['a_15_24'], stems: ['k_15Tot25Jaar'], titles: ['15 tot 25 jaar'] },
  { variable: 'age25to44', kind: 'count', short: ['a_25_44'], stems: ['k_25Tot45Jaar'], titles: ['25 tot 45 jaar'] },
  { variable: 'age45to64', kind: 'count', short: ['a_45_64'], stems: ['k_45Tot65Jaar'], titles: ['45 tot 65 jaar'] },
  { variable: 'age65plus', kind: 'count', short: ['a_65_oo'], stems: ['k_65JaarOfOuder'], titles: ['65 jaar of ouder'] },
  { variable: 'households', kind: 'count', short: ['a_hh'], stems: ['HuishoudensTotaal'], titles: ['Huishoudens totaal'] },
  { variable: 'onePersonHouseholds', kind: 'count', short: ['a_1p_hh'], stems: ['Eenpersoonshuishoudens'], titles: ['Eenpersoonshuishoudens'] },
  { variable: 'householdSize', kind: 'measure', short: ['g_hhgro'], stems: ['GemiddeldeHuishoudensgrootte'], titles: ['Gemiddelde huishoudensgrootte'] },
  { variable: 'density', kind: 'measure', short: ['bev_dich'], stems: ['Bevolkingsdichtheid'], titles: ['Bevolkingsdichtheid'] },
  { variable: 'singleFamilyShare', kind: 'share', short: ['p_1gezw'], stems: ['PercentageEengezinswoning'], titles: ['Percentage eengezinswoning'] },
  { variable: 'multiFamilyShare', kind: 'share', short: ['p_mgezw'], stems: ['PercentageMeergezinswoning'], titles: ['Percentage meergezinswoning'] },
  { variable: 'ownerShare', kind: 'share', short: ['p_koopw'], stems: ['Koopwoningen'], titles: ['Koopwoningen'] },
  { variable: 'rentalShare', kind: 'share', short: ['p_huurw'], stems: ['HuurwoningenTotaal'], titles: ['Huurwoningen totaal'] },
  { variable: 'corporationShare', kind: 'share', short: ['p_wcorpw'], stems: ['InBezitWoningcorporatie'], titles: ['In bezit woningcorporatie'] },
  { variable: 'urbanity', kind: 'class', short: ['ste_mvs'], stems: ['MateVanStedelijkheid'], titles: ['Mate van stedelijkheid'] },
  { variable: 'addressDensity', kind: 'measure', short: ['ste_oad'], stems: ['Omgevingsadressendichtheid'], titles: ['Omgevingsadressendichtheid'] },
  { variable: 'landAreaHa', kind: 'measure', short: ['a_lan_ha'], stems: ['OppervlakteLand'], titles: ['Oppervlakte land'] },
  // The 2024 PDF writes the title as "Afstand tot huisartsenpraktijk; afstand".
  { variable: 'gpDistanceKm', kind: 'measure', short: ['g_afs_hp'], stems: ['AfstandTotHuisartsenpraktijk'], titles: ['Afstand tot huisartsenpraktijk', 'Afstand tot huisartsenpraktijk; afstand'] },
  { variable: 'wmoClients', kind: 'count', short: ['a_wmo_t'], stems: ['WmoClienten'], titles: ['Wmo-cliënten', 'Aantal Wmo-cliënten'] },
  // AOW is `a_soz_ow` in the toelichting; `a_soz_ao` is the AO (disability) benefit.
  { variable: 'aowRecipients', kind: 'count', short: ['a_soz_ow'], stems: ['PersonenPerSoortUitkeringAOW'], titles: ['Personen per soort uitkering; AOW'] },
];

/** Columns that identify a row rather than measure it. */
export type IdentityRole = 'code' | 'name' | 'gemeenteName' | 'kind';

/**
 * Candidates per role, best first. `code` and `name` are decided by content: OData's
 * `WijkenEnBuurten` holds codes in a raw dump but names after cbsodata replaced keys by titles,
 * and StatLine's "Wijken en buurten" holds names next to "Regioaanduiding/Codering (code)".
 */
export const IDENTITY: Record<IdentityRole, { short: string[]; stems: string[]; titles: string[] }> = {
  code: { short: ['gwb_code_10', 'gwb_code', 'regio_code', 'regiocode', 'code'], stems: ['Codering', 'WijkenEnBuurten'], titles: ['Codering', 'Wijken en buurten'] },
  name: { short: ['regio', 'naam', 'regio_naam', 'regionaam'], stems: ['WijkenEnBuurten'], titles: ['Wijken en buurten', 'Regioaanduiding'] },
  gemeenteName: { short: ['gm_naam'], stems: ['Gemeentenaam'], titles: ['Gemeentenaam'] },
  kind: { short: ['recs', 'soort_regio'], stems: ['SoortRegio'], titles: ['Soort regio'] },
};

/** Lower case, NFC, single spaces, trimmed: how headers and titles are compared. */
export function normaliseLabel(s: string): string {
  return s.replace(/^\uFEFF/, '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** `k_65JaarOfOuder_12` → `k_65jaarofouder`; null when the header is not shaped like an OData key. */
export function odataStem(header: string): string | null {
  const h = header.trim();
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(h)) return null;
  return h.replace(/_\d+$/, '').toLowerCase();
}

/** `Bevolking/Leeftijdsgroepen/65 jaar of ouder (aantal)` → `65 jaar of ouder`. */
export function statlineTitle(header: string): string {
  const parts = normaliseLabel(header).split('/');
  const last = parts[parts.length - 1] ?? '';
  return last.replace(/\s*\([^()]*\)\s*$/, '').trim();
}
