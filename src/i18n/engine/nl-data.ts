/** Dutch words of src/data (see ./index.ts): keys start with 'data.'. The source of truth for en-data.ts. */

/** Formats people give us by mistake (cbs/decode.ts KNOWN_BINARY), by their first bytes. */
type BinaryKind = 'zip' | 'xls' | 'pdf' | 'gzip' | 'parquet';
const BINARY: Record<BinaryKind, string> = {
  zip: 'een Excel- of zip-bestand (xlsx/zip); sla de tabel in Excel op als CSV',
  xls: 'een oud Excel-bestand (xls); sla de tabel in Excel op als CSV',
  pdf: 'een PDF-bestand',
  gzip: 'een gecomprimeerd bestand (gzip); pak het eerst uit',
  parquet: 'een Parquet-bestand; exporteer het als CSV',
};
const CBS_CSV = 'Verwacht: een CSV-bestand met CBS Kerncijfers wijken en buurten.';
/** The delimiter as a word: a tab has no visible sign. */
const delimiterWord = (d: string) => (d === '\t' ? 'tab' : `'${d}'`);
const CBS_HEADER =
  'Verwacht: een kopregel met een codekolom (gwb_code, regio_code, WijkenEnBuurten/Codering_3 of "Regioaanduiding/Codering (code)") en CBS-variabelen zoals a_inw en a_65_oo, AantalInwoners_5 en k_65JaarOfOuder_12, of "Bevolking/Aantal inwoners (aantal)".';
/** Why a number cannot be (cbs/numbers.ts kindProblem); 30 miljoen is numbers.ts MAX_COUNT. */
type ValueProblem = 'negativeCount' | 'fractionalCount' | 'tooLarge' | 'share' | 'class' | 'negative';
const PROBLEM: Record<ValueProblem, string> = {
  negativeCount: 'een aantal kan niet negatief zijn',
  fractionalCount: 'een aantal moet een heel getal zijn',
  tooLarge: 'meer dan 30 miljoen is onmogelijk voor een Nederlandse regio',
  share: 'een percentage moet tussen 0 en 100 liggen',
  class: 'de mate van stedelijkheid is een klasse 1 t/m 5',
  negative: 'deze waarde kan niet negatief zijn',
};
/** A part larger than its whole (cbs/checks.ts RELATIONS), by the part's variable; `sum` for the age groups together. */
interface Relation {
  part: string;
  sum?: number;
  partValue: number;
  partHeader: string;
  wholeValue: number;
  wholeHeader: string;
  rounded: boolean;
}
const RELATION: Record<string, string> = {
  age65plus: 'meer 65-plussers dan inwoners',
  age0to14: 'meer 0- tot 15-jarigen dan inwoners',
  age15to24: 'meer 15- tot 25-jarigen dan inwoners',
  age25to44: 'meer 25- tot 45-jarigen dan inwoners',
  age45to64: 'meer 45- tot 65-jarigen dan inwoners',
  households: 'meer huishoudens dan inwoners',
  onePersonHouseholds: 'meer eenpersoonshuishoudens dan huishoudens',
};
const relation = (v: Relation) => (v.sum !== undefined ? `de leeftijdsgroepen samen (${v.sum}) zijn meer dan de inwoners` : RELATION[v.part]);
type Level = 'land' | 'gemeente' | 'wijk' | 'buurt';
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const MONTH_FORMAT = 'Verwacht: JJJJ-MM, bijvoorbeeld 2024-06.';
const REGISTER_FORMAT =
  'Verwacht: een kopregel founded,buurt,route,members,status,ended, bijvoorbeeld 2023-04,BU19820101,b,8,active, (ended leeg zolang de cirkel bestaat).';
const FIELD_FORMAT = 'Verwacht: een kopregel date,area,circles (en eventueel members, route, origin), bijvoorbeeld 2024-06,WK198210,3.';
/** Route names come from src/i18n/routes.ts (outside this leaf), so callers pass them in both languages. */
type RouteNames = { nl: readonly string[]; en: readonly string[] };
/** A feature of a geometry file: its layer (TopoJSON object), 1-based number and, once known, CBS code. */
interface FeatureLabel {
  layer?: string;
  n: number;
  code?: string;
}
const feature = (f: FeatureLabel) => `${f.layer !== undefined ? `${f.layer} ` : ''}object ${f.n}${f.code ? ` (${f.code})` : ''}`;
const CRS_NAME = { RD: 'RD New (EPSG:28992)', WGS84: 'WGS84 (lengte/breedte)' } as const;

/** The ancestor (wijk, gemeente, land) whose figure an estimate used; null when the row's own. */
type From = { level: string; name: string } | null;
const fromNl = (f: From) => (f === null ? '' : f.level === 'land' ? ' van Nederland' : ` van ${f.level} ${f.name}`);
// Up to two decimals, as the estimates have always been written ("0,69", "39,9 %").
const nlEstimate = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

export const nlData = {
  // cbs/decode.ts
  'data.decode.binaryKind': (v: { kind: BinaryKind }) => `dit is geen tekstbestand maar ${BINARY[v.kind]}. ${CBS_CSV}`,
  'data.decode.empty': () => `het bestand is leeg. ${CBS_CSV}`,
  'data.decode.binary': () => `dit lijkt een binair bestand (bevat nul- of stuurtekens), geen tekst. ${CBS_CSV}`,
  // cbs/tokenise.ts
  'data.tokenise.badQuotes': (v: { detail: string; delimiter: string }) =>
    `de aanhalingstekens in deze regel kloppen niet (${v.detail}). Verwacht: velden als "tekst" met ${delimiterWord(v.delimiter)} ertussen.`,
  // cbs/rows.ts
  'data.rows.preamble': (v: { line: number }) => `regels boven de kopregel (regel ${v.line}) overgeslagen`,
  'data.rows.footer': () => 'bronregel onder de tabel overgeslagen',
  'data.rows.stopsAtLineStart': (v: { line: number; rows: number }) =>
    `het bestand houdt op aan het begin van regel ${v.line} (afgebroken download?); de ${v.rows} volledige regels ervoor zijn gelezen`,
  'data.rows.stopsMidLine': (v: { line: number; rows: number }) =>
    `het bestand houdt midden in regel ${v.line} op (afgebroken download?); die onvolledige regel is overgeslagen, de ${v.rows} volledige regels zijn gelezen`,
  'data.rows.noRows': () =>
    'het bestand heeft een kopregel maar geen (volledige) gegevensregels. Verwacht: onder de kopregel één regel per gemeente, wijk of buurt.',
  'data.rows.fieldCount': (v: { fields: number; width: number }) =>
    `deze regel heeft ${v.fields} velden, de kopregel ${v.width}. Verwacht: evenveel velden als de kopregel.`,
  'data.rows.unterminatedSkipped': (v: { line: number; value: string; rows: number }) =>
    `de laatste regel (${v.line}) eindigt zonder regeleinde, zoals bij een afgebroken download; de laatste waarde ('${v.value}') kan afgekapt zijn, dus die regel is overgeslagen en de ${v.rows} regels ervoor zijn gelezen`,
  'data.rows.unterminatedKept': (v: { line: number; value: string }) =>
    `regel ${v.line} eindigt zonder regeleinde; controleer of de laatste waarde ('${v.value}') volledig is (een afgebroken download kapt die af)`,
  'data.rows.noCodeColumn': () => `de kopregel heeft CBS-variabelen maar geen kolom met regiocodes. ${CBS_HEADER}`,
  'data.rows.noVariables': () => `de kopregel heeft een codekolom maar geen enkele bekende CBS-variabele. ${CBS_HEADER}`,
  'data.rows.notCbsTable': () => `dit is geen CBS-tabel Kerncijfers wijken en buurten: geen herkende kolomnamen. ${CBS_HEADER}`,
  // cbs/read.ts
  'data.read.windows1252': () => 'gelezen als Windows-1252 (geen geldige UTF-8)',
  'data.read.lossy': () => 'sommige tekens zijn geen geldige UTF-8 en worden als � getoond',
  'data.read.badCode': (v: { code: string }) =>
    `'${v.code}' is geen CBS-regiocode. Verwacht: NL00, GM + 4 cijfers, WK + 6 tekens of BU + 8 tekens (zoals GM1982, WK198201, BU19820101).`,
  'data.read.duplicateCode': (v: { code: string; line: number }) =>
    `code ${v.code} komt twee keer voor (ook op regel ${v.line}). Verwacht: elke regio één keer.`,
  'data.read.noNames': (v: { count: number }) => `${v.count} regio's hebben geen naam in het bestand; hun code wordt als naam gebruikt`,
  'data.read.duplicateColumn': (v: { header: string; variable: string }) => `kolom ${v.header} genegeerd: ${v.variable} staat al in een eerdere kolom`,
  'data.read.notANumber': (v: { text: string; column: string; style: 'comma' | 'point' }) =>
    `'${v.text}' in kolom ${v.column} is geen getal. Verwacht: een getal${v.style === 'comma' ? ' met decimale komma (1.234,5)' : ' met decimale punt (1234.5)'} of een CBS-teken (. x - ?).`,
  'data.read.impossibleValue': (v: { text: string; column: string; problem: ValueProblem }) => `${v.text} in kolom ${v.column}: ${PROBLEM[v.problem]}.`,
  'data.read.partOverWhole': (v: Relation) =>
    `${relation(v)} (${v.partValue} in ${v.partHeader}, ${v.wholeValue} in ${v.wholeHeader}). Verwacht: een deel kleiner dan of gelijk aan het geheel${v.rounded ? ', op afronding op 5 na' : ''}.`,
  'data.read.noCodes': (v: { column: number; line: number; value: string }) =>
    `kolom ${v.column} hoort CBS-regiocodes te bevatten, maar regel ${v.line} heeft '${v.value}'. Verwacht: codes zoals GM1982, WK198201, BU19820101.`,
  'data.read.kindMismatch': (v: { kind: string; code: string; level: Level }) =>
    `soort regio '${v.kind}' past niet bij code ${v.code} (een ${v.level}). Verwacht: ${capital(v.level)}.`,
  'data.read.notAKind': (v: { kind: string }) => `'${v.kind}' is geen soort regio. Verwacht: Land, Gemeente, Wijk of Buurt.`,
  // cbs/completeness.ts
  'data.completeness.missingParts': (v: { name: string; code: string; level: 'gemeente' | 'wijk'; parts: number; sum: number; total: number }) => {
    const parts = v.level === 'gemeente' ? 'wijken' : 'buurten';
    return `van ${v.name} (${v.code}) staan ${v.parts} ${parts} in het bestand met samen ${v.sum.toLocaleString('nl-NL')} van de ${v.total.toLocaleString('nl-NL')} inwoners: er ontbreken ${parts} (is het bestand afgebroken?). Cijfers voor ${v.name} als geheel kloppen; de ontbrekende ${parts} zijn niet te kiezen.`;
  },
  // header.ts
  'data.header.unknownColumn': (v: { column: string }) => `kolom '${v.column}' genegeerd`,
  'data.header.duplicateColumn': (v: { column: string }) => `kolom ${v.column} staat twee keer in de kopregel.`,
  // registerMonth.ts
  'data.registerMonth.missing': (v: { column: string }) => `de maand in kolom ${v.column} ontbreekt. ${MONTH_FORMAT}`,
  'data.registerMonth.notAMonth': (v: { text: string }) => `'${v.text}' is geen maand. ${MONTH_FORMAT}`,
  'data.registerMonth.noSuchMonth': (v: { text: string }) => `'${v.text}' is geen bestaande maand (jaar 2000–2100). ${MONTH_FORMAT}`,
  // register.ts
  'data.register.empty': () => `het bestand is leeg. ${REGISTER_FORMAT}`,
  'data.register.binary': () => `dit is geen tekstbestand (CSV); sla het in Excel op als CSV. ${REGISTER_FORMAT}`,
  'data.register.longRow': (v: { fields: number; width: number }) => `deze regel heeft ${v.fields} velden, de kopregel maar ${v.width}.`,
  'data.register.noRows': () => `er staan geen cirkels onder de kopregel. ${REGISTER_FORMAT}`,
  'data.register.duplicateId': (v: { id: string; line: number }) => `cirkel '${v.id}' staat ook op regel ${v.line}.`,
  'data.register.duplicateRow': (v: { line: number }) =>
    `deze regel is gelijk aan regel ${v.line}. Zijn het echt twee cirkels, geef ze dan elk een eigen label in een kolom id.`,
  'data.register.foundedInFuture': (v: { month: string; today: string }) => `opgericht ${v.month} ligt in de toekomst (nu is het ${v.today}).`,
  'data.register.endedInFuture': (v: { month: string; today: string }) =>
    `gestopt ${v.month} ligt in de toekomst (nu is het ${v.today}); laat ended leeg zolang de cirkel bestaat.`,
  'data.register.endedBeforeFounded': (v: { ended: string; founded: string }) => `gestopt ${v.ended} ligt vóór opgericht ${v.founded}.`,
  'data.register.route': (v: { text: string; routes: RouteNames }) =>
    `route '${v.text}' ken ik niet. Verwacht: ${v.routes.nl.join(', ')}, self (door ouderen zelf) of unknown.`,
  'data.register.members': (v: { text: string; max: number }) => `'${v.text}' leden: verwacht een heel getal van 1 tot en met ${v.max}.`,
  'data.register.status': (v: { text: string }) => `status '${v.text}' ken ik niet. Verwacht: active (actief) of passive (passief).`,
  'data.register.buurt': (v: { text: string }) => `'${v.text}' is geen buurtcode. Verwacht: BU gevolgd door 8 cijfers, bijvoorbeeld BU19820101.`,
  'data.register.unknownBuurt': (v: { code: string }) => `buurt ${v.code} staat niet in de CBS-tabel (2024-indeling).`,
  'data.register.xy': (v: { x: string; y: string }) => `x,y = ${v.x},${v.y} is geen punt in Nederland in RD New (meters; x 0–300000, y 289000–629000).`,
  'data.register.xyOutside': (v: { x: string; y: string }) =>
    `het punt ${v.x},${v.y} ligt in geen enkele buurt van het gebied; geef de buurtcode in kolom buurt.`,
  'data.register.postcode': (v: { postcode: string }) =>
    `een postcode (${v.postcode}) kan ik niet omzetten in een buurt: daarvoor is geen tabel beschikbaar zonder internet. Geef de buurtcode (BU…, te vinden met sneeuwbal regions) in kolom buurt, of x en y in RD New.`,
  'data.register.noPlace': () => 'waar is deze cirkel? De buurtcode ontbreekt (of x en y).',
  'data.register.missingColumn': (v: { columns: readonly string[] }) => `kolom ${v.columns.join(', ')} ontbreekt in de kopregel. ${REGISTER_FORMAT}`,
  'data.register.xWithoutY': () => 'kolommen x en y horen bij elkaar (RD New, meters); er staat er maar één.',
  'data.register.postcodeColumn': () =>
    'een kolom postcode kan ik niet omzetten in buurten: daarvoor is geen tabel beschikbaar zonder internet. Gebruik een kolom buurt (BU-code, te vinden met sneeuwbal regions) of kolommen x en y in RD New.',
  'data.register.noBuurtColumn': () => `kolom buurt ontbreekt in de kopregel (of x en y). ${REGISTER_FORMAT}`,
  // registerArea.ts
  'data.registerArea.noneInArea': (v: { count: number; area: string }) => `geen van de ${v.count} cirkels ligt in ${v.area}; kies een gebied waarin ze liggen.`,
  'data.registerArea.otherGemeente': (v: { theirs: readonly string[]; area: string; ours: readonly string[] }) =>
    `dit register hoort bij ${v.theirs.join(', ')}, het gebied ${v.area} bij ${v.ours.join(', ')}: geen enkele cirkel ligt in het gebied. Kies het goede register of het goede gebied.`,
  'data.registerArea.tooManyMembers': (v: { name: string; code: string; sum: number; age65plus: number }) =>
    `de cirkels in ${v.name} (${v.code}) hebben samen ${v.sum} leden, maar daar wonen volgens het CBS ${v.age65plus} mensen van 65 of ouder. Kijk de ledentallen en buurtcodes na; het model verzint geen mensen erbij.`,
  // field.ts
  'data.field.empty': () => `het bestand is leeg. ${FIELD_FORMAT}`,
  'data.field.binary': () => `dit is geen tekstbestand (CSV). ${FIELD_FORMAT}`,
  'data.field.noRows': () => `er staan geen waarnemingen onder de kopregel. ${FIELD_FORMAT}`,
  'data.field.shortRow': (v: { fields: number; width: number }) => `deze regel heeft ${v.fields} velden, de kopregel ${v.width}.`,
  'data.field.longRow': (v: { fields: number; width: number }) =>
    `deze regel heeft ${v.fields} velden, de kopregel maar ${v.width} (een decimale komma in een bestand met komma's als scheidingsteken?).`,
  'data.field.moreCirclesThanElderly': (v: { circles: number; area: string; elderly: number }) =>
    `${v.circles} cirkels in ${v.area}, dat volgens het CBS ${v.elderly} inwoners van 65+ heeft: meer cirkels dan ouderen.`,
  'data.field.routeAndSpontaneous': (v: { route: string }) =>
    `route ${v.route} en origin spontaneous sluiten elkaar uit: een cirkel via een route is door professionals gestart.`,
  'data.field.fewMembers': (v: { members: number; circles: number }) => `${v.members} leden voor ${v.circles} cirkels: minder dan één lid per cirkel`,
  'data.field.duplicate': (v: { line: number }) => `deze waarneming (datum, gebied, route, origin) staat ook op regel ${v.line}.`,
  'data.field.missingColumn': (v: { columns: readonly string[] }) => `kolom ${v.columns.join(', ')} ontbreekt in de kopregel. ${FIELD_FORMAT}`,
  'data.field.date': (v: { text: string }) => `'${v.text}' is geen datum. Verwacht: JJJJ-MM of JJJJ-MM-DD, bijvoorbeeld 2024-06 of 2024-06-30.`,
  'data.field.areaMissing': () => 'het gebied ontbreekt. Verwacht: een CBS-code (GM…, WK…, BU…) of de naam van een groep buurten.',
  'data.field.areaNotInTable': (v: { code: string }) => `gebied ${v.code} staat niet in de CBS-tabel.`,
  'data.field.areaUnknown': (v: { text: string; groups: readonly string[] }) =>
    `'${v.text}' is geen CBS-code (GM…, WK…, BU…)${v.groups.length ? ` en geen van de groepen ${v.groups.map((g) => `'${g}'`).join(', ')}` : ' en er zijn geen groepen buurten gedefinieerd'}.`,
  'data.field.countMissing': (v: { column: string }) => `het aantal ${v.column} ontbreekt. Verwacht: een heel getal ≥ 0.`,
  'data.field.countNotANumber': (v: { text: string; column: string }) => `'${v.text}' in kolom ${v.column} is geen getal. Verwacht: een heel getal ≥ 0.`,
  'data.field.countNegative': (v: { text: string; column: string }) => `${v.text} ${v.column}: een aantal kan niet negatief zijn.`,
  'data.field.countFractional': (v: { text: string; column: string }) => `${v.text} ${v.column}: een aantal is een heel getal.`,
  'data.field.countImpossible': (v: { text: string; column: string; max: number }) =>
    `${v.text} ${v.column} is onmogelijk: heel Nederland heeft 3,7 miljoen 65-plussers (hooguit ${v.max.toLocaleString('nl-NL')}).`,
  'data.field.route': (v: { text: string; routes: RouteNames }) =>
    `route '${v.text}' bestaat niet. Verwacht: ${v.routes.nl[0]}, ${v.routes.nl[1]} of ${v.routes.nl[2]}, of leeg.`,
  'data.field.origin': (v: { text: string }) =>
    `origin '${v.text}' ken ik niet. Verwacht: seeded (door professionals gestart) of spontaneous (door ouderen zelf), of leeg.`,
  // geometry.ts
  'data.geometry.invalidJson': () => 'dit is geen geldige JSON (GeoJSON of TopoJSON verwacht)',
  'data.geometry.notGeo': () => 'geen GeoJSON (FeatureCollection) of TopoJSON (Topology) gevonden',
  'data.geometry.noCode': (v: { feature: FeatureLabel; keys: readonly string[] }) =>
    `${feature(v.feature)} heeft geen CBS-code (GM…, WK… of BU…) in een van de eigenschappen ${v.keys.join(', ')}`,
  'data.geometry.unknownCrs': (v: { x0: number; x1: number; y0: number; y1: number }) =>
    `de coördinaten (x ${v.x0} … ${v.x1}, y ${v.y0} … ${v.y1}) zijn geen lengte/breedte in Nederland (WGS84) en geen RD New (EPSG:28992)`,
  'data.geometry.empty': () => 'het bestand is leeg',
  'data.geometry.emptyFeature': (v: { feature: FeatureLabel; value: string }) => `${feature(v.feature)} is leeg (${v.value})`,
  'data.geometry.unknownType': (v: { feature: FeatureLabel; type: string }) =>
    `${feature(v.feature)}: onbekend geometrietype ${v.type}; verwacht Polygon of MultiPolygon.`,
  'data.geometry.noGeometry': (v: { feature: FeatureLabel }) =>
    `${feature(v.feature)}: heeft geen geometrie (null); een gebied zonder grens kan niet gebruikt worden.`,
  'data.geometry.duplicateCode': (v: { feature: FeatureLabel; code: string; earlier: FeatureLabel }) =>
    `${feature(v.feature)}: ${v.code} staat al in ${feature(v.earlier)}; één grens per code.`,
  'data.geometry.noAreas': () => 'er staan geen vlakken (Polygon/MultiPolygon) in dit bestand',
  'data.geometry.outsideCrs': (v: { feature: FeatureLabel; position: string; crs: 'RD' | 'WGS84'; declared: boolean }) =>
    `${feature(v.feature)}: punt ${v.position} ligt buiten het bereik van ${CRS_NAME[v.crs]}${v.declared ? ', het stelsel dat het bestand opgeeft' : ''}.`,
  'data.geometry.notInNetherlands': (v: { feature: FeatureLabel; west: number; east: number; south: number; north: number }) =>
    `${feature(v.feature)}: ligt niet in Nederland (lengte ${v.west.toFixed(2)} … ${v.east.toFixed(2)}, breedte ${v.south.toFixed(2)} … ${v.north.toFixed(2)}).`,
  // geometryChecks.ts
  'data.geometryChecks.position': (v: { feature: FeatureLabel; value: string }) => `${feature(v.feature)}: een punt moet [x, y] zijn, niet ${v.value}.`,
  'data.geometryChecks.coordinate': (v: { feature: FeatureLabel; value: string }) => `${feature(v.feature)}: coördinaat ${v.value} is geen getal.`,
  'data.geometryChecks.ring': (v: { feature: FeatureLabel; value: string }) =>
    `${feature(v.feature)}: een ring moet een lijst van punten zijn, niet ${v.value}.`,
  'data.geometryChecks.ringShort': (v: { feature: FeatureLabel; count: number }) =>
    `${feature(v.feature)}: een ring heeft minstens 4 punten nodig (de eerste herhaald aan het eind), deze heeft er ${v.count}.`,
  'data.geometryChecks.ringOpen': (v: { feature: FeatureLabel; last: string; first: string }) =>
    `${feature(v.feature)}: de ring is niet gesloten: het laatste punt ${v.last} is niet het eerste ${v.first}.`,
  'data.geometryChecks.noArea': (v: { feature: FeatureLabel }) => `${feature(v.feature)}: de ring omsluit geen oppervlak (alle punten op één lijn).`,
  'data.geometryChecks.noRing': (v: { feature: FeatureLabel; value: string }) =>
    `${feature(v.feature)}: een vlak heeft minstens één ring nodig, niet ${v.value}.`,
  'data.geometryChecks.holeLarger': (v: { feature: FeatureLabel; hole: number }) => `${feature(v.feature)}: gat ${v.hole} is groter dan het vlak zelf.`,
  'data.geometryChecks.holeOutside': (v: { feature: FeatureLabel; hole: number; outside: number; corners: number }) =>
    `${feature(v.feature)}: gat ${v.hole} ligt niet binnen de buitenrand van het vlak (${v.outside} van de ${v.corners} punten liggen erbuiten).`,
  'data.geometryChecks.noCoordinates': (v: { feature: FeatureLabel; value: string }) =>
    `${feature(v.feature)}: de coördinaten ontbreken of zijn leeg (${v.value}).`,
  'data.geometryChecks.noPartArea': (v: { feature: FeatureLabel }) =>
    `${feature(v.feature)}: geen van de delen omsluit een oppervlak (alle punten op één lijn).`,
  'data.geometryChecks.arcs': (v: { value: string }) => `een TopoJSON heeft een lijst arcs nodig, niet ${v.value}.`,
  'data.geometryChecks.arcShort': (v: { value: string }) => `een arc moet minstens twee punten hebben, niet ${v.value}.`,
  'data.geometryChecks.arcPosition': (v: { value: string }) => `een punt moet [x, y] met getallen zijn, niet ${v.value}.`,
  'data.geometryChecks.transform': (v: { key: string; value: string }) => `transform.${v.key} moet twee getallen zijn, niet ${v.value}.`,
  'data.geometryChecks.objects': (v: { value: string }) => `objects moet een object met lagen zijn, niet ${v.value}.`,
  'data.geometryChecks.arcReference': (v: { value: string; arcs: number }) => `verwijzing ${v.value} wijst niet naar een bestaande arc (er zijn er ${v.arcs}).`,
  'data.geometryChecks.arcList': (v: { value: string }) => `hier hoort een lijst arc-verwijzingen, niet ${v.value}.`,
  'data.geometryChecks.geometryType': (v: { value: string }) => `hier hoort een geometrie met een type, niet ${v.value}.`,
  'data.geometryChecks.collection': () => 'een GeometryCollection heeft een lijst geometries nodig (hooguit 8 diep).',
  // geo.ts
  'data.geo.notTopology': () => 'dit is geen TopoJSON-topologie (type "Topology" met objects en arcs).',
  'data.geo.notCollection': (v: { name: string }) => `object ${v.name} hoort een GeometryCollection te zijn.`,
  // extras.ts
  'data.extras.notExtras': () => 'dit is geen gemeentebestand met extra cijfers. Verwacht: een CSV met kolommen code, naam, pct_eenpersoonshhd, ….',
  'data.extras.notGemeente': (v: { code: string }) => `'${v.code}' is geen gemeentecode. Verwacht: GM + 4 cijfers.`,
  'data.extras.badNumber': (v: { cell: string; column: string }) => `'${v.cell}' in kolom ${v.column} is geen geldig getal.`,
  // estimates.ts: where a derived figure comes from (`from`: the ancestor whose value was used; null: the row's own)
  'data.estimates.rental': () => 'afgeleid: 100 − % koopwoningen',
  'data.estimates.multiFamily': (v: { from: From }) => `schatting: 100 − % eengezinswoningen${fromNl(v.from)}`,
  'data.estimates.corporation': (v: { from: From; part: number }) =>
    `schatting: % huurwoningen${fromNl(v.from)} × ${nlEstimate.format(v.part)} (corporatiedeel van de huur, NL 2024)`,
  'data.estimates.corporationNational': () => 'schatting: landelijk aandeel corporatiewoningen (NL 2024)',
  'data.estimates.onePersonGemeente': (v: { share: number; gemeente: string }) =>
    `schatting: huishoudens × ${nlEstimate.format(v.share)} % eenpersoonshuishoudens van gemeente ${v.gemeente} (CBS 2024)`,
  'data.estimates.onePersonNational': (v: { share: number }) => `schatting: huishoudens × ${nlEstimate.format(v.share)} % eenpersoonshuishoudens (NL 2024)`,
  'data.estimates.age45to64': (v: { gemeente: string }) => `schatting: inwoners 15–64 × aandeel 45–64 daarbinnen in gemeente ${v.gemeente} (CBS 2024)`,
};
