/**
 * The circle register: the voorzorgcirkels that already exist (INTERFACES.md "Circle register"),
 *   founded,buurt,route,members,status,ended
 * one row per circle, as an initiator keeps it in Excel: `,` or `;`, UTF-8 or Windows-1252, BOM.
 * `founded`/`ended` a month (YYYY-MM; Excel's 1-6-2024 and 06-2024 are read too), `buurt` a BU code
 * (or `x,y` in RD New, located in the area's buurt polygons), `route` a/b/c/self/unknown, `members`
 * 1–40, `status` active/passive, `ended` empty while the circle exists. An optional `id` column
 * (a circle's own label, never a person's name) tells two otherwise identical circles apart.
 * A postcode column is refused with a message: no postcode→buurt table is available offline
 * (data/SOURCES.md has only the most common PC4 per buurt, which is not a mapping).
 * Pure: text or bytes in, rows out; every problem is an InputError naming file, line and column.
 */
import { InputError, type Where } from '../core/errors.ts';
import { clip } from './cbs/read.ts';
import { decodeText } from './cbs/decode.ts';
import { tokenise } from './cbs/tokenise.ts';
import { parseMonth } from './registerMonth.ts';
import { headerColumns as sharedHeader } from './header.ts';
import type { ReadWarning } from './types.ts';
import { ROUTES } from '../core/plan.ts';
import { routeLabel } from '../i18n/routes.ts';

export type RegisterRoute = 'a' | 'b' | 'c' | 'self' | 'unknown';
export const REGISTER_ROUTES: readonly RegisterRoute[] = ['a', 'b', 'c', 'self', 'unknown'];
export type RegisterStatus = 'active' | 'passive';

/** One circle as plain JSON (what the app stores and a scenario carries). */
export interface RegisterCircle {
  id?: string;
  /** "YYYY-MM". */
  founded: string;
  buurt: string;
  route: RegisterRoute;
  members: number;
  status: RegisterStatus;
  /** "YYYY-MM", or null while the circle exists. */
  ended: string | null;
}

export interface RegisterRow extends RegisterCircle {
  /** 1-based line in the file (or table row in the app). */
  line: number;
}

export interface Register {
  file: string;
  rows: RegisterRow[];
  warnings: ReadWarning[];
}

export interface RegisterOptions {
  /** The current month "YYYY-MM": later dates are refused (a date in the future). */
  today: string;
  /** Known buurt codes (e.g. a RegionTable's byCode); without it any well-formed BU code passes. */
  regions?: { has(code: string): boolean };
  /** Buurt code at RD New (x, y), or null when the point lies in no known buurt; needed for x,y. */
  locate?: (x: number, y: number) => string | null;
}

export const MAX_MEMBERS = 40;

type Column = 'id' | 'founded' | 'buurt' | 'postcode' | 'x' | 'y' | 'route' | 'members' | 'status' | 'ended';
const NAMES: Record<string, Column> = {
  id: 'id', naam: 'id', cirkel: 'id', founded: 'founded', opgericht: 'founded', gestart: 'founded', start: 'founded',
  buurt: 'buurt', buurtcode: 'buurt', postcode: 'postcode', x: 'x', y: 'y', route: 'route', members: 'members', leden: 'members',
  status: 'status', ended: 'ended', gestopt: 'ended', einde: 'ended', beeindigd: 'ended', 'beëindigd': 'ended',
};
const ROUTE_WORDS: Record<string, RegisterRoute> = {
  a: 'a', b: 'b', c: 'c', self: 'self', zelf: 'self', spontaneous: 'self', spontaan: 'self', unknown: 'unknown', onbekend: 'unknown', '': 'unknown',
};
const STATUS_WORDS: Record<string, RegisterStatus> = { active: 'active', actief: 'active', '': 'active', passive: 'passive', passief: 'passive' };
const REGISTER_FORMAT = {
  nl: 'Verwacht: een kopregel founded,buurt,route,members,status,ended, bijvoorbeeld 2023-04,BU19820101,b,8,active, (ended leeg zolang de cirkel bestaat).',
  en: 'Expected: a header founded,buurt,route,members,status,ended, for example 2023-04,BU19820101,b,8,active, (ended empty while the circle exists).',
};

const fail = (code: string, nl: string, en: string, where: Where) => new InputError(`register.${code}`, { nl, en }, where);

/** Read a register; throws InputError for anything that is not a valid register (nothing is kept then). */
export function readRegister(input: string | Uint8Array | ArrayBuffer, file: string, opts: RegisterOptions): Register {
  let text: string;
  try {
    text = decodeText(input, file).text;
  } catch (e) {
    const code = (e as InputError).code;
    if (code === 'empty-file') throw fail('empty', `het bestand is leeg. ${REGISTER_FORMAT.nl}`, `the file is empty. ${REGISTER_FORMAT.en}`, { file });
    if (code === 'binary-file') throw fail('binary', `dit is geen tekstbestand (CSV); sla het in Excel op als CSV. ${REGISTER_FORMAT.nl}`, `this is not a text (CSV) file; save it from Excel as CSV. ${REGISTER_FORMAT.en}`, (e as InputError).where);
    throw e;
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw fail('empty', `het bestand is leeg. ${REGISTER_FORMAT.nl}`, `the file is empty. ${REGISTER_FORMAT.en}`, { file });
  const tokens = tokenise(text, file);
  const lines = tokens.rows.map((cells, i) => ({ cells, line: tokens.lines[i] })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const head = lines[0];
  const warnings: ReadWarning[] = [];
  const index = headerColumns(head.cells, head.line, file, warnings);
  const rows: RegisterRow[] = [];
  const seen = new Map<string, number>();
  for (const { cells, line } of lines.slice(1)) {
    if (cells.length > head.cells.length) {
      throw fail('long-row', `deze regel heeft ${cells.length} velden, de kopregel maar ${head.cells.length}.`, `this line has ${cells.length} fields, the header only ${head.cells.length}.`, { file, line, column: head.cells.length + 1 });
    }
    const cell = (c: Column) => (index[c] === undefined ? '' : (cells[index[c]!] ?? '').trim());
    const at = (c: Column): Where => ({ file, line, column: index[c]! + 1 });
    rows.push(readRow(cell, at, line, file, opts));
  }
  if (rows.length === 0) throw fail('no-rows', `er staan geen cirkels onder de kopregel. ${REGISTER_FORMAT.nl}`, `there are no circles below the header. ${REGISTER_FORMAT.en}`, { file, line: head.line });
  for (const r of rows) {
    const key = registerKey(r);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const byId = r.id !== undefined;
      throw fail(
        'duplicate',
        byId ? `cirkel '${clip(r.id!)}' staat ook op regel ${earlier}.` : `deze regel is gelijk aan regel ${earlier}. Zijn het echt twee cirkels, geef ze dan elk een eigen label in een kolom id.`,
        byId ? `circle '${clip(r.id!)}' is also on line ${earlier}.` : `this line equals line ${earlier}. If these really are two circles, give each its own label in a column id.`,
        { file, line: r.line },
      );
    }
    seen.set(key, r.line);
  }
  return { file, rows, warnings };
}

/** What makes two rows the same circle: the id when given, else every field. */
const registerKey = (r: RegisterCircle): string =>
  r.id !== undefined ? `id:${r.id.toLowerCase()}` : [r.founded, r.buurt, r.route, r.members, r.status, r.ended ?? ''].join('|');

function readRow(cell: (c: Column) => string, at: (c: Column) => Where, line: number, file: string, opts: RegisterOptions): RegisterRow {
  const founded = parseMonth(cell('founded'), at('founded'), 'founded');
  if (founded > opts.today) throw fail('future', `opgericht ${founded} ligt in de toekomst (nu is het ${opts.today}).`, `founded ${founded} lies in the future (it is now ${opts.today}).`, at('founded'));
  const endedText = cell('ended');
  const ended = endedText === '' ? null : parseMonth(endedText, at('ended'), 'ended');
  if (ended !== null && ended > opts.today) throw fail('future', `gestopt ${ended} ligt in de toekomst (nu is het ${opts.today}); laat ended leeg zolang de cirkel bestaat.`, `ended ${ended} lies in the future (it is now ${opts.today}); leave ended empty while the circle exists.`, at('ended'));
  if (ended !== null && ended < founded) throw fail('ended-before-founded', `gestopt ${ended} ligt vóór opgericht ${founded}.`, `ended ${ended} lies before founded ${founded}.`, at('ended'));
  const routeText = cell('route').toLowerCase();
  const route = Object.hasOwn(ROUTE_WORDS, routeText) ? ROUTE_WORDS[routeText] : null;
  if (!route) throw fail('route', `route '${clip(cell('route'))}' ken ik niet. Verwacht: ${ROUTES.map((r) => routeLabel('nl', r)).join(', ')}, self (door ouderen zelf) of unknown.`, `route '${clip(cell('route'))}' is unknown. Expected: ${ROUTES.map((r) => routeLabel('en', r)).join(', ')}, self (by older people themselves) or unknown.`, at('route'));
  const membersText = cell('members');
  const members = Number(membersText);
  if (!/^\d+$/.test(membersText) || members < 1 || members > MAX_MEMBERS) {
    throw fail('members', `'${clip(membersText)}' leden: verwacht een heel getal van 1 tot en met ${MAX_MEMBERS}.`, `'${clip(membersText)}' members: expected a whole number from 1 to ${MAX_MEMBERS}.`, at('members'));
  }
  const statusText = cell('status').toLowerCase();
  const status = Object.hasOwn(STATUS_WORDS, statusText) ? STATUS_WORDS[statusText] : null;
  if (!status) throw fail('status', `status '${clip(cell('status'))}' ken ik niet. Verwacht: active (actief) of passive (passief).`, `status '${clip(cell('status'))}' is unknown. Expected: active or passive.`, at('status'));
  const buurt = whereOf(cell, at, line, file, opts);
  const id = cell('id');
  return { line, ...(id ? { id } : {}), founded, buurt, route, members, status, ended };
}

/** The buurt code: from the buurt column, or the buurt polygon that holds (x, y). */
function whereOf(cell: (c: Column) => string, at: (c: Column) => Where, line: number, file: string, opts: RegisterOptions): string {
  const code = cell('buurt').toUpperCase();
  if (code !== '') {
    if (!/^BU\d{8}$/.test(code)) throw fail('buurt', `'${clip(cell('buurt'))}' is geen buurtcode. Verwacht: BU gevolgd door 8 cijfers, bijvoorbeeld BU19820101.`, `'${clip(cell('buurt'))}' is not a buurt code. Expected: BU followed by 8 digits, for example BU19820101.`, at('buurt'));
    if (opts.regions && !opts.regions.has(code)) throw fail('unknown-buurt', `buurt ${code} staat niet in de CBS-tabel (2024-indeling).`, `buurt ${code} is not in the CBS table (2024 division).`, at('buurt'));
    return code;
  }
  const x = cell('x'), y = cell('y');
  if (x !== '' || y !== '') {
    const nx = Number(x.replace(',', '.')), ny = Number(y.replace(',', '.'));
    const col = x === '' || !Number.isFinite(nx) || nx < 0 || nx > 300_000 ? 'x' : 'y';
    if (!Number.isFinite(nx) || !Number.isFinite(ny) || nx < 0 || nx > 300_000 || ny < 289_000 || ny > 629_000) {
      throw fail('xy', `x,y = ${clip(x)},${clip(y)} is geen punt in Nederland in RD New (meters; x 0–300000, y 289000–629000).`, `x,y = ${clip(x)},${clip(y)} is not a point in the Netherlands in RD New (metres; x 0–300000, y 289000–629000).`, at(col));
    }
    const found = opts.locate?.(nx, ny) ?? null;
    if (!found) throw fail('xy-outside', `het punt ${x},${y} ligt in geen enkele buurt van het gebied; geef de buurtcode in kolom buurt.`, `the point ${x},${y} lies in no buurt of the area; give the buurt code in column buurt.`, at('x'));
    return found;
  }
  if (cell('postcode') !== '') {
    throw fail('postcode', `een postcode (${clip(cell('postcode'))}) kan ik niet omzetten in een buurt: daarvoor is geen tabel beschikbaar zonder internet. Geef de buurtcode (BU…, te vinden met sneeuwbal regions) in kolom buurt, of x en y in RD New.`, `a postcode (${clip(cell('postcode'))}) cannot be turned into a buurt: no table for that is available offline. Give the buurt code (BU…, see sneeuwbal regions) in column buurt, or x and y in RD New.`, at('postcode'));
  }
  throw fail('no-place', 'waar is deze cirkel? De buurtcode ontbreekt (of x en y).', 'where is this circle? The buurt code (or x and y) is missing.', { file, line });
}

function headerColumns(cells: string[], line: number, file: string, warnings: ReadWarning[]): Partial<Record<Column, number>> {
  const index = sharedHeader(cells, NAMES, 'register', file, line, warnings);
  const missing = (['founded', 'members'] as Column[]).filter((c) => index[c] === undefined);
  if (missing.length) throw fail('missing-column', `kolom ${missing.join(', ')} ontbreekt in de kopregel. ${REGISTER_FORMAT.nl}`, `column ${missing.join(', ')} is missing from the header. ${REGISTER_FORMAT.en}`, { file, line });
  if ((index.x === undefined) !== (index.y === undefined)) throw fail('missing-column', 'kolommen x en y horen bij elkaar (RD New, meters); er staat er maar één.', 'columns x and y go together (RD New, metres); only one is there.', { file, line });
  if (index.buurt === undefined && index.x === undefined) {
    if (index.postcode !== undefined) {
      throw fail('postcode', 'een kolom postcode kan ik niet omzetten in buurten: daarvoor is geen tabel beschikbaar zonder internet. Gebruik een kolom buurt (BU-code, te vinden met sneeuwbal regions) of kolommen x en y in RD New.', 'a postcode column cannot be turned into buurten: no table for that is available offline. Use a column buurt (BU code, see sneeuwbal regions) or columns x and y in RD New.', { file, line, column: index.postcode + 1 });
    }
    throw fail('missing-column', `kolom buurt ontbreekt in de kopregel (of x en y). ${REGISTER_FORMAT.nl}`, `column buurt is missing from the header (or x and y). ${REGISTER_FORMAT.en}`, { file, line });
  }
  return index;
}

/** Circles existing in month `at` ("YYYY-MM"): founded in or before it and not ended by then. */
export const existsAt = (c: RegisterCircle, at: string): boolean => c.founded <= at && (c.ended === null || c.ended > at);

/** The register back to CSV (export from the app; the same format readRegister reads). */
export function registerCsv(rows: readonly RegisterCircle[]): string {
  const withId = rows.some((r) => r.id !== undefined);
  const cols = [...(withId ? ['id'] : []), 'founded', 'buurt', 'route', 'members', 'status', 'ended'];
  const quote = (v: string) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  // A cell starting with = + - @ would be a formula in Excel; ids are the only free text here.
  const safe = (v: string) => (/^[=+\-@]/.test(v) ? `'${v}` : v);
  const line = (r: RegisterCircle) => [...(withId ? [quote(safe(r.id ?? ''))] : []), r.founded, r.buurt, r.route, String(r.members), r.status, r.ended ?? ''].join(',');
  return [cols.join(','), ...rows.map(line)].join('\n') + '\n';
}
