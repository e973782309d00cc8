/** English words of src/data (see ./index.ts), the same keys and values as nl-data.ts. */
import type { nlData } from './nl-data.ts';

const BINARY = {
  zip: 'an Excel or zip file (xlsx/zip); save the table from Excel as CSV',
  xls: 'an old Excel file (xls); save the table from Excel as CSV',
  pdf: 'a PDF file',
  gzip: 'a compressed (gzip) file; unpack it first',
  parquet: 'a Parquet file; export it as CSV',
} as const;
const CBS_CSV = 'Expected: a CSV file with CBS Kerncijfers wijken en buurten.';
const delimiterWord = (d: string) => (d === '\t' ? 'tab' : `'${d}'`);
const CBS_HEADER =
  'Expected: a header row with a code column (gwb_code, regio_code, WijkenEnBuurten/Codering_3 or "Regioaanduiding/Codering (code)") and CBS variables such as a_inw and a_65_oo, AantalInwoners_5 and k_65JaarOfOuder_12, or "Bevolking/Aantal inwoners (aantal)".';
const PROBLEM = {
  negativeCount: 'a count cannot be negative',
  fractionalCount: 'a count must be a whole number',
  tooLarge: 'more than 30 million is impossible for a Dutch region',
  share: 'a percentage must lie between 0 and 100',
  class: 'the degree of urbanity is a class from 1 to 5',
  negative: 'this value cannot be negative',
} as const;
const RELATION: Record<string, string> = {
  age65plus: 'more people aged 65+ than inhabitants',
  age0to14: 'more people aged 0-14 than inhabitants',
  age15to24: 'more people aged 15-24 than inhabitants',
  age25to44: 'more people aged 25-44 than inhabitants',
  age45to64: 'more people aged 45-64 than inhabitants',
  households: 'more households than inhabitants',
  onePersonHouseholds: 'more one-person households than households',
};
const relation = (v: { part: string; sum?: number }) =>
  v.sum !== undefined ? `the age groups together (${v.sum}) are more than the inhabitants` : RELATION[v.part];
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const MONTH_FORMAT = 'Expected: YYYY-MM, for example 2024-06.';
const REGISTER_FORMAT =
  'Expected: a header founded,buurt,route,members,status,ended, for example 2023-04,BU19820101,b,8,active, (ended empty while the circle exists).';
const FIELD_FORMAT = 'Expected: a header date,area,circles (optionally members, route, origin), for example 2024-06,WK198210,3.';
const feature = (f: { layer?: string; n: number; code?: string }) =>
  `${f.layer !== undefined ? `${f.layer} ` : ''}feature ${f.n}${f.code ? ` (${f.code})` : ''}`;
const CRS_NAME = { RD: 'RD New (EPSG:28992)', WGS84: 'WGS84 (longitude/latitude)' } as const;

const fromEn = (f: { level: string; name: string } | null) => (f === null ? '' : f.level === 'land' ? ' of the Netherlands' : ` of ${f.level} ${f.name}`);
const enEstimate = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export const enData: typeof nlData = {
  // cbs/decode.ts
  'data.decode.binaryKind': (v) => `this is not a text file but ${BINARY[v.kind]}. ${CBS_CSV}`,
  'data.decode.empty': () => `the file is empty. ${CBS_CSV}`,
  'data.decode.binary': () => `this looks like a binary file (it contains NUL or control bytes), not text. ${CBS_CSV}`,
  // cbs/tokenise.ts
  'data.tokenise.badQuotes': (v) =>
    `the quotes on this line are malformed (${v.detail}). Expected: fields like "text" separated by ${delimiterWord(v.delimiter)}.`,
  // cbs/rows.ts
  'data.rows.preamble': (v) => `lines above the header (line ${v.line}) skipped`,
  'data.rows.footer': () => 'source line below the table skipped',
  'data.rows.stopsAtLineStart': (v) => `the file stops at the start of line ${v.line} (interrupted download?); the ${v.rows} complete rows before it were read`,
  'data.rows.stopsMidLine': (v) =>
    `the file stops in the middle of line ${v.line} (interrupted download?); that incomplete row was skipped, the ${v.rows} complete rows were read`,
  'data.rows.noRows': () => 'the file has a header row but no (complete) data rows. Expected: below the header one row per gemeente, wijk or buurt.',
  'data.rows.fieldCount': (v) => `this row has ${v.fields} fields, the header ${v.width}. Expected: as many fields as the header.`,
  'data.rows.unterminatedSkipped': (v) =>
    `the last line (${v.line}) ends without a line break, as an interrupted download does; its last value ('${v.value}') may be cut off, so that row was skipped and the ${v.rows} rows before it were read`,
  'data.rows.unterminatedKept': (v) =>
    `line ${v.line} ends without a line break; check that its last value ('${v.value}') is complete (an interrupted download cuts it off)`,
  'data.rows.noCodeColumn': () => `the header row has CBS variables but no column with region codes. ${CBS_HEADER}`,
  'data.rows.noVariables': () => `the header row has a code column but no known CBS variable. ${CBS_HEADER}`,
  'data.rows.notCbsTable': () => `this is not a CBS Kerncijfers wijken en buurten table: no column names recognised. ${CBS_HEADER}`,
  // cbs/read.ts
  'data.read.windows1252': () => 'read as Windows-1252 (not valid UTF-8)',
  'data.read.lossy': () => 'some characters are not valid UTF-8 and show as �',
  'data.read.badCode': (v) =>
    `'${v.code}' is not a CBS region code. Expected: NL00, GM + 4 digits, WK + 6 characters or BU + 8 characters (like GM1982, WK198201, BU19820101).`,
  'data.read.duplicateCode': (v) => `code ${v.code} occurs twice (also on line ${v.line}). Expected: each region once.`,
  'data.read.noNames': (v) => `${v.count} regions have no name in the file; their code is used as name`,
  'data.read.duplicateColumn': (v) => `column ${v.header} ignored: ${v.variable} is already in an earlier column`,
  'data.read.notANumber': (v) =>
    `'${v.text}' in column ${v.column} is not a number. Expected: a number${v.style === 'comma' ? ' with a decimal comma (1.234,5)' : ' with a decimal point (1234.5)'} or a CBS symbol (. x - ?).`,
  'data.read.impossibleValue': (v) => `${v.text} in column ${v.column}: ${PROBLEM[v.problem]}.`,
  'data.read.partOverWhole': (v) =>
    `${relation(v)} (${v.partValue} in ${v.partHeader}, ${v.wholeValue} in ${v.wholeHeader}). Expected: a part no larger than its whole${v.rounded ? ', up to rounding to 5' : ''}.`,
  'data.read.noCodes': (v) =>
    `column ${v.column} should hold CBS region codes, but line ${v.line} has '${v.value}'. Expected: codes like GM1982, WK198201, BU19820101.`,
  'data.read.kindMismatch': (v) => `region type '${v.kind}' does not match code ${v.code} (a ${v.level}). Expected: ${capital(v.level)}.`,
  'data.read.notAKind': (v) => `'${v.kind}' is not a region type. Expected: Land, Gemeente, Wijk or Buurt.`,
  // cbs/completeness.ts
  'data.completeness.missingParts': (v) => {
    const parts = v.level === 'gemeente' ? 'wijken (districts)' : 'buurten (neighbourhoods)';
    return `${v.name} (${v.code}) has ${v.parts} ${parts} in the file with ${v.sum.toLocaleString('en-GB')} of its ${v.total.toLocaleString('en-GB')} inhabitants together: ${parts} are missing (was the file cut off?). Figures for ${v.name} as a whole are right; the missing ${parts} cannot be chosen.`;
  },
  // header.ts
  'data.header.unknownColumn': (v) => `column '${v.column}' ignored`,
  'data.header.duplicateColumn': (v) => `column ${v.column} appears twice in the header.`,
  // registerMonth.ts
  'data.registerMonth.missing': (v) => `the month in column ${v.column} is missing. ${MONTH_FORMAT}`,
  'data.registerMonth.notAMonth': (v) => `'${v.text}' is not a month. ${MONTH_FORMAT}`,
  'data.registerMonth.noSuchMonth': (v) => `'${v.text}' is not a valid month (year 2000–2100). ${MONTH_FORMAT}`,
  // register.ts
  'data.register.empty': () => `the file is empty. ${REGISTER_FORMAT}`,
  'data.register.binary': () => `this is not a text (CSV) file; save it from Excel as CSV. ${REGISTER_FORMAT}`,
  'data.register.longRow': (v) => `this line has ${v.fields} fields, the header only ${v.width}.`,
  'data.register.noRows': () => `there are no circles below the header. ${REGISTER_FORMAT}`,
  'data.register.duplicateId': (v) => `circle '${v.id}' is also on line ${v.line}.`,
  'data.register.duplicateRow': (v) => `this line equals line ${v.line}. If these really are two circles, give each its own label in a column id.`,
  'data.register.foundedInFuture': (v) => `founded ${v.month} lies in the future (it is now ${v.today}).`,
  'data.register.endedInFuture': (v) => `ended ${v.month} lies in the future (it is now ${v.today}); leave ended empty while the circle exists.`,
  'data.register.endedBeforeFounded': (v) => `ended ${v.ended} lies before founded ${v.founded}.`,
  'data.register.route': (v) => `route '${v.text}' is unknown. Expected: ${v.routes.en.join(', ')}, self (by older people themselves) or unknown.`,
  'data.register.members': (v) => `'${v.text}' members: expected a whole number from 1 to ${v.max}.`,
  'data.register.status': (v) => `status '${v.text}' is unknown. Expected: active or passive.`,
  'data.register.buurt': (v) => `'${v.text}' is not a buurt code. Expected: BU followed by 8 digits, for example BU19820101.`,
  'data.register.unknownBuurt': (v) => `buurt ${v.code} is not in the CBS table (2024 division).`,
  'data.register.xy': (v) => `x,y = ${v.x},${v.y} is not a point in the Netherlands in RD New (metres; x 0–300000, y 289000–629000).`,
  'data.register.xyOutside': (v) => `the point ${v.x},${v.y} lies in no buurt of the area; give the buurt code in column buurt.`,
  'data.register.postcode': (v) =>
    `a postcode (${v.postcode}) cannot be turned into a buurt: no table for that is available offline. Give the buurt code (BU…, see sneeuwbal regions) in column buurt, or x and y in RD New.`,
  'data.register.noPlace': () => 'where is this circle? The buurt code (or x and y) is missing.',
  'data.register.missingColumn': (v) => `column ${v.columns.join(', ')} is missing from the header. ${REGISTER_FORMAT}`,
  'data.register.xWithoutY': () => 'columns x and y go together (RD New, metres); only one is there.',
  'data.register.postcodeColumn': () =>
    'a postcode column cannot be turned into buurten: no table for that is available offline. Use a column buurt (BU code, see sneeuwbal regions) or columns x and y in RD New.',
  'data.register.noBuurtColumn': () => `column buurt is missing from the header (or x and y). ${REGISTER_FORMAT}`,
  // registerArea.ts
  'data.registerArea.noneInArea': (v) => `none of the ${v.count} circles lies in ${v.area}; choose an area that holds them.`,
  'data.registerArea.otherGemeente': (v) =>
    `this register belongs to ${v.theirs.join(', ')}, the area ${v.area} to ${v.ours.join(', ')}: not one circle lies in the area. Choose the right register or the right area.`,
  'data.registerArea.tooManyMembers': (v) =>
    `the circles in ${v.name} (${v.code}) have ${v.sum} members together, but according to CBS ${v.age65plus} people aged 65 or over live there. Check the member counts and buurt codes; the model does not invent people.`,
  // field.ts
  'data.field.empty': () => `the file is empty. ${FIELD_FORMAT}`,
  'data.field.binary': () => `this is not a text (CSV) file. ${FIELD_FORMAT}`,
  'data.field.noRows': () => `there are no observations below the header. ${FIELD_FORMAT}`,
  'data.field.shortRow': (v) => `this line has ${v.fields} fields, the header ${v.width}.`,
  'data.field.longRow': (v) => `this line has ${v.fields} fields, the header only ${v.width} (a decimal comma in a comma-separated file?).`,
  'data.field.moreCirclesThanElderly': (v) =>
    `${v.circles} circles in ${v.area}, which has ${v.elderly} inhabitants aged 65+ according to CBS: more circles than elderly.`,
  'data.field.routeAndSpontaneous': (v) => `route ${v.route} and origin spontaneous contradict each other: a circle from a route was seeded by professionals.`,
  'data.field.fewMembers': (v) => `${v.members} members for ${v.circles} circles: fewer than one member per circle`,
  'data.field.duplicate': (v) => `this observation (date, area, route, origin) is also on line ${v.line}.`,
  'data.field.missingColumn': (v) => `column ${v.columns.join(', ')} is missing from the header. ${FIELD_FORMAT}`,
  'data.field.date': (v) => `'${v.text}' is not a date. Expected: YYYY-MM or YYYY-MM-DD, for example 2024-06 or 2024-06-30.`,
  'data.field.areaMissing': () => 'the area is missing. Expected: a CBS code (GM…, WK…, BU…) or the name of a group of buurten.',
  'data.field.areaNotInTable': (v) => `area ${v.code} is not in the CBS table.`,
  'data.field.areaUnknown': (v) =>
    `'${v.text}' is not a CBS code (GM…, WK…, BU…)${v.groups.length ? ` nor one of the groups ${v.groups.map((g) => `'${g}'`).join(', ')}` : ' and no groups of buurten are defined'}.`,
  'data.field.countMissing': (v) => `the number of ${v.column} is missing. Expected: a whole number ≥ 0.`,
  'data.field.countNotANumber': (v) => `'${v.text}' in column ${v.column} is not a number. Expected: a whole number ≥ 0.`,
  'data.field.countNegative': (v) => `${v.text} ${v.column}: a count cannot be negative.`,
  'data.field.countFractional': (v) => `${v.text} ${v.column}: a count is a whole number.`,
  'data.field.countImpossible': (v) =>
    `${v.text} ${v.column} is impossible: all of the Netherlands has 3.7 million people aged 65+ (at most ${v.max.toLocaleString('en-GB')}).`,
  'data.field.route': (v) => `route '${v.text}' does not exist. Expected: ${v.routes.en[0]}, ${v.routes.en[1]} or ${v.routes.en[2]}, or empty.`,
  'data.field.origin': (v) =>
    `origin '${v.text}' is unknown. Expected: seeded (started by professionals) or spontaneous (by older people themselves), or empty.`,
  // geometry.ts
  'data.geometry.invalidJson': () => 'this is not valid JSON (expected GeoJSON or TopoJSON)',
  'data.geometry.notGeo': () => 'found no GeoJSON (FeatureCollection) or TopoJSON (Topology)',
  'data.geometry.noCode': (v) => `${feature(v.feature)} has no CBS code (GM…, WK… or BU…) in any of the properties ${v.keys.join(', ')}`,
  'data.geometry.unknownCrs': (v) =>
    `the coordinates (x ${v.x0} … ${v.x1}, y ${v.y0} … ${v.y1}) are neither longitude/latitude in the Netherlands (WGS84) nor RD New (EPSG:28992)`,
  'data.geometry.empty': () => 'the file is empty',
  'data.geometry.emptyFeature': (v) => `${feature(v.feature)} is empty (${v.value})`,
  'data.geometry.unknownType': (v) => `${feature(v.feature)}: unknown geometry type ${v.type}; expected Polygon or MultiPolygon.`,
  'data.geometry.noGeometry': (v) => `${feature(v.feature)}: has no geometry (null); an area without a boundary cannot be used.`,
  'data.geometry.duplicateCode': (v) => `${feature(v.feature)}: ${v.code} is already in ${feature(v.earlier)}; one boundary per code.`,
  'data.geometry.noAreas': () => 'this file holds no areas (Polygon/MultiPolygon)',
  'data.geometry.outsideCrs': (v) =>
    `${feature(v.feature)}: position ${v.position} lies outside the range of ${CRS_NAME[v.crs]}${v.declared ? ', the system the file declares' : ''}.`,
  'data.geometry.notInNetherlands': (v) =>
    `${feature(v.feature)}: does not lie in the Netherlands (longitude ${v.west.toFixed(2)} … ${v.east.toFixed(2)}, latitude ${v.south.toFixed(2)} … ${v.north.toFixed(2)}).`,
  // geometryChecks.ts
  'data.geometryChecks.position': (v) => `${feature(v.feature)}: a position must be [x, y], not ${v.value}.`,
  'data.geometryChecks.coordinate': (v) => `${feature(v.feature)}: coordinate ${v.value} is not a number.`,
  'data.geometryChecks.ring': (v) => `${feature(v.feature)}: a ring must be a list of positions, not ${v.value}.`,
  'data.geometryChecks.ringShort': (v) => `${feature(v.feature)}: a ring needs at least 4 positions (the first repeated at the end), this one has ${v.count}.`,
  'data.geometryChecks.ringOpen': (v) => `${feature(v.feature)}: the ring is not closed: the last position ${v.last} is not the first ${v.first}.`,
  'data.geometryChecks.noArea': (v) => `${feature(v.feature)}: the ring encloses no area (all positions on one line).`,
  'data.geometryChecks.noRing': (v) => `${feature(v.feature)}: a polygon needs at least one ring, not ${v.value}.`,
  'data.geometryChecks.holeLarger': (v) => `${feature(v.feature)}: hole ${v.hole} is larger than the polygon itself.`,
  'data.geometryChecks.holeOutside': (v) =>
    `${feature(v.feature)}: hole ${v.hole} does not lie inside the polygon's outer ring (${v.outside} of its ${v.corners} positions lie outside).`,
  'data.geometryChecks.noCoordinates': (v) => `${feature(v.feature)}: the coordinates are missing or empty (${v.value}).`,
  'data.geometryChecks.noPartArea': (v) => `${feature(v.feature)}: none of the parts encloses an area (all positions on one line).`,
  'data.geometryChecks.arcs': (v) => `a TopoJSON needs a list of arcs, not ${v.value}.`,
  'data.geometryChecks.arcShort': (v) => `an arc needs at least two positions, not ${v.value}.`,
  'data.geometryChecks.arcPosition': (v) => `a position must be [x, y] with numbers, not ${v.value}.`,
  'data.geometryChecks.transform': (v) => `transform.${v.key} must be two numbers, not ${v.value}.`,
  'data.geometryChecks.objects': (v) => `objects must be an object of layers, not ${v.value}.`,
  'data.geometryChecks.arcReference': (v) => `reference ${v.value} points at no existing arc (there are ${v.arcs}).`,
  'data.geometryChecks.arcList': (v) => `a list of arc references belongs here, not ${v.value}.`,
  'data.geometryChecks.geometryType': (v) => `a geometry with a type belongs here, not ${v.value}.`,
  'data.geometryChecks.collection': () => 'a GeometryCollection needs a list of geometries (at most 8 deep).',
  // geo.ts
  'data.geo.notTopology': () => 'this is not a TopoJSON topology (type "Topology" with objects and arcs).',
  'data.geo.notCollection': (v) => `object ${v.name} should be a GeometryCollection.`,
  // extras.ts
  'data.extras.notExtras': () => 'this is not a gemeente extras file. Expected: a CSV with columns code, naam, pct_eenpersoonshhd, ….',
  'data.extras.notGemeente': (v) => `'${v.code}' is not a gemeente code. Expected: GM + 4 digits.`,
  'data.extras.badNumber': (v) => `'${v.cell}' in column ${v.column} is not a valid number.`,
  'data.estimates.rental': () => 'derived: 100 − % owner-occupied dwellings',
  'data.estimates.multiFamily': (v) => `estimate: 100 − % single-family dwellings${fromEn(v.from)}`,
  'data.estimates.corporation': (v) => `estimate: % rented dwellings${fromEn(v.from)} × ${enEstimate.format(v.part)} (corporation part of rentals, NL 2024)`,
  'data.estimates.corporationNational': () => 'estimate: national share of corporation dwellings (NL 2024)',
  'data.estimates.onePersonGemeente': (v) => `estimate: households × ${enEstimate.format(v.share)}% one-person households of gemeente ${v.gemeente} (CBS 2024)`,
  'data.estimates.onePersonNational': (v) => `estimate: households × ${enEstimate.format(v.share)}% one-person households (NL 2024)`,
  'data.estimates.age45to64': (v) => `estimate: inhabitants 15–64 × share aged 45–64 among them in gemeente ${v.gemeente} (CBS 2024)`,
};
