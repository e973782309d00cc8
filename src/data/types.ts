/**
 * Typed records that the CBS reader produces and the model consumes.
 * The reader (src/data/cbs) resolves columns by meaning, so every form people download
 * (kwb short names, OData keys, StatLine labels) ends up as the same RegionRecord.
 */
export type Level = 'land' | 'gemeente' | 'wijk' | 'buurt';

/** Why a value that has a column in the file is missing (CBS "verklaring van tekens"). */
export type Missing =
  | 'unknown' // "."  gegevens ontbreken
  | 'secret' //  "x"  geheim
  | 'nil' //     "-"  nihil (CBS publishes it, but we never silently turn it into 0)
  | 'uncertain' // "?" onzeker
  | 'blank'; //  empty field (in the bundled 2024 subset also zero/secret, see data/SOURCES.md)

/**
 * Variables the reader knows, by meaning. Shares are in percent (0–100) as CBS publishes them.
 * Add new ones at the end; the model only reads the ones it needs and tolerates absence.
 */
export type Variable =
  | 'inhabitants' //          a_inw, AantalInwoners
  | 'age0to14' //             a_00_14, k_0Tot15Jaar
  | 'age15to24' //            a_15_24, k_15Tot25Jaar
  | 'age25to44' //            a_25_44, k_25Tot45Jaar
  | 'age45to64' //            a_45_64, k_45Tot65Jaar
  | 'age65plus' //            a_65_oo, k_65JaarOfOuder
  | 'households' //           a_hh, HuishoudensTotaal
  | 'onePersonHouseholds' //  a_1p_hh, Eenpersoonshuishoudens
  | 'householdSize' //        g_hhgro, GemiddeldeHuishoudensgrootte
  | 'density' //              bev_dich, Bevolkingsdichtheid (inhabitants per km² land)
  | 'singleFamilyShare' //    p_1gezw, PercentageEengezinswoning (%)
  | 'multiFamilyShare' //     p_mgezw, PercentageMeergezinswoning (%)
  | 'ownerShare' //           p_koopw, Koopwoningen (%)
  | 'rentalShare' //          p_huurw, HuurwoningenTotaal (%)
  | 'corporationShare' //     p_wcorpw, InBezitWoningcorporatie (%)
  | 'urbanity' //             ste_mvs, MateVanStedelijkheid (1 very urban … 5 not urban)
  | 'addressDensity' //       ste_oad, Omgevingsadressendichtheid (addresses per km²)
  | 'landAreaHa' //           a_lan_ha, OppervlakteLand (ha)
  | 'gpDistanceKm' //         g_afs_hp, AfstandTotHuisartsenpraktijk (km)
  | 'wmoClients' //           a_wmo_t, WmoClienten
  | 'aowRecipients'; //       a_soz_ow, PersonenPerSoortUitkeringAOW (a_soz_ao is the AO disability benefit)

export interface RegionRecord {
  /** Trimmed CBS code: NL00, GMgggg, WKggggww, BUggggwwbb. */
  code: string;
  /** Trimmed name (e.g. "Mill", "Nijlân"). Shown as text, never as HTML. */
  name: string;
  level: Level;
  /** Parent code from the code hierarchy: BU→WK, WK→GM, GM→NL00 (null for the land row). */
  parent: string | null;
  /** GM code this region belongs to (itself for a gemeente, null for the land row). */
  gemeente: string | null;
  /** Known values only; a variable is absent when the file lacks the column or the cell is missing. */
  values: Partial<Record<Variable, number>>;
  /** For columns the file has but this row leaves empty or special: why. */
  missing: Partial<Record<Variable, Missing>>;
  /**
   * Values that were not in the file but derived (see src/data/estimates.ts), with a short
   * source text, e.g. { corporationShare: "schatting: huuraandeel × corporatiedeel huur (NL 2024)" }.
   * The derived value itself is put in `values`.
   */
  estimated: Partial<Record<Variable, { nl: string; en: string }>>;
  /** 1-based line in the source file (for messages). */
  line: number;
}

export type TableForm = 'kwb' | 'odata' | 'statline';

export interface ReadWarning {
  code: string;
  messages: { nl: string; en: string };
  line?: number;
  column?: number | string;
}

export interface RegionTable {
  /** File name as given (for messages and attribution). */
  file: string;
  form: TableForm;
  /** Which variables the file has a column for. */
  columns: Variable[];
  /** Rows in file order, all levels. */
  regions: RegionRecord[];
  byCode: Map<string, RegionRecord>;
  warnings: ReadWarning[];
}
