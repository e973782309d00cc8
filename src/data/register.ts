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
import { InputError, type Said, type Where } from '../core/errors.ts';
import { clip } from './cbs/read.ts';
import { decodeText } from './cbs/decode.ts';
import { tokenise } from './cbs/tokenise.ts';
import { parseMonth } from './registerMonth.ts';
import { headerColumns as sharedHeader } from './header.ts';
import type { ReadWarning } from './types.ts';
import { ROUTES } from '../core/plan.ts';
import { routeLabel } from '../i18n/routes.ts';
import { say } from '../i18n/engine/index.ts';

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
const fail = (code: string, said: Said, where: Where) => new InputError(`register.${code}`, said, where);
/** The route names in both languages (src/i18n/routes.ts, which the engine words may not import). */
const routeNames = () => ({ nl: ROUTES.map((r) => routeLabel('nl', r)), en: ROUTES.map((r) => routeLabel('en', r)) });

/** Read a register; throws InputError for anything that is not a valid register (nothing is kept then). */
export function readRegister(input: string | Uint8Array | ArrayBuffer, file: string, opts: RegisterOptions): Register {
  let text: string;
  try {
    text = decodeText(input, file).text;
  } catch (e) {
    const code = (e as InputError).code;
    if (code === 'empty-file') throw fail('empty', say('data.register.empty'), { file });
    if (code === 'binary-file') throw fail('binary', say('data.register.binary'), (e as InputError).where);
    throw e;
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw fail('empty', say('data.register.empty'), { file });
  const tokens = tokenise(text, file);
  const lines = tokens.rows.map((cells, i) => ({ cells, line: tokens.lines[i] })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const head = lines[0];
  const warnings: ReadWarning[] = [];
  const index = headerColumns(head.cells, head.line, file, warnings);
  const rows: RegisterRow[] = [];
  const seen = new Map<string, number>();
  for (const { cells, line } of lines.slice(1)) {
    if (cells.length > head.cells.length) {
      throw fail('long-row', say('data.register.longRow', { fields: cells.length, width: head.cells.length }), { file, line, column: head.cells.length + 1 });
    }
    const cell = (c: Column) => (index[c] === undefined ? '' : (cells[index[c]!] ?? '').trim());
    const at = (c: Column): Where => ({ file, line, column: index[c]! + 1 });
    rows.push(readRow(cell, at, line, file, opts));
  }
  if (rows.length === 0) throw fail('no-rows', say('data.register.noRows'), { file, line: head.line });
  for (const r of rows) {
    const key = registerKey(r);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw fail('duplicate', r.id !== undefined ? say('data.register.duplicateId', { id: clip(r.id), line: earlier }) : say('data.register.duplicateRow', { line: earlier }), { file, line: r.line });
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
  if (founded > opts.today) throw fail('future', say('data.register.foundedInFuture', { month: founded, today: opts.today }), at('founded'));
  const endedText = cell('ended');
  const ended = endedText === '' ? null : parseMonth(endedText, at('ended'), 'ended');
  if (ended !== null && ended > opts.today) throw fail('future', say('data.register.endedInFuture', { month: ended, today: opts.today }), at('ended'));
  if (ended !== null && ended < founded) throw fail('ended-before-founded', say('data.register.endedBeforeFounded', { ended, founded }), at('ended'));
  const routeText = cell('route').toLowerCase();
  const route = Object.hasOwn(ROUTE_WORDS, routeText) ? ROUTE_WORDS[routeText] : null;
  if (!route) throw fail('route', say('data.register.route', { text: clip(cell('route')), routes: routeNames() }), at('route'));
  const membersText = cell('members');
  const members = Number(membersText);
  if (!/^\d+$/.test(membersText) || members < 1 || members > MAX_MEMBERS) {
    throw fail('members', say('data.register.members', { text: clip(membersText), max: MAX_MEMBERS }), at('members'));
  }
  const statusText = cell('status').toLowerCase();
  const status = Object.hasOwn(STATUS_WORDS, statusText) ? STATUS_WORDS[statusText] : null;
  if (!status) throw fail('status', say('data.register.status', { text: clip(cell('status')) }), at('status'));
  const buurt = whereOf(cell, at, line, file, opts);
  const id = cell('id');
  return { line, ...(id ? { id } : {}), founded, buurt, route, members, status, ended };
}

/** The buurt code: from the buurt column, or the buurt polygon that holds (x, y). */
function whereOf(cell: (c: Column) => string, at: (c: Column) => Where, line: number, file: string, opts: RegisterOptions): string {
  const code = cell('buurt').toUpperCase();
  if (code !== '') {
    if (!/^BU\d{8}$/.test(code)) throw fail('buurt', say('data.register.buurt', { text: clip(cell('buurt')) }), at('buurt'));
    if (opts.regions && !opts.regions.has(code)) throw fail('unknown-buurt', say('data.register.unknownBuurt', { code }), at('buurt'));
    return code;
  }
  const x = cell('x'), y = cell('y');
  if (x !== '' || y !== '') {
    const nx = Number(x.replace(',', '.')), ny = Number(y.replace(',', '.'));
    const col = x === '' || !Number.isFinite(nx) || nx < 0 || nx > 300_000 ? 'x' : 'y';
    if (!Number.isFinite(nx) || !Number.isFinite(ny) || nx < 0 || nx > 300_000 || ny < 289_000 || ny > 629_000) {
      throw fail('xy', say('data.register.xy', { x: clip(x), y: clip(y) }), at(col));
    }
    const found = opts.locate?.(nx, ny) ?? null;
    if (!found) throw fail('xy-outside', say('data.register.xyOutside', { x, y }), at('x'));
    return found;
  }
  if (cell('postcode') !== '') {
    throw fail('postcode', say('data.register.postcode', { postcode: clip(cell('postcode')) }), at('postcode'));
  }
  throw fail('no-place', say('data.register.noPlace'), { file, line });
}

function headerColumns(cells: string[], line: number, file: string, warnings: ReadWarning[]): Partial<Record<Column, number>> {
  const index = sharedHeader(cells, NAMES, 'register', file, line, warnings);
  const missing = (['founded', 'members'] as Column[]).filter((c) => index[c] === undefined);
  if (missing.length) throw fail('missing-column', say('data.register.missingColumn', { columns: missing }), { file, line });
  if ((index.x === undefined) !== (index.y === undefined)) throw fail('missing-column', say('data.register.xWithoutY'), { file, line });
  if (index.buurt === undefined && index.x === undefined) {
    if (index.postcode !== undefined) {
      throw fail('postcode', say('data.register.postcodeColumn'), { file, line, column: index.postcode + 1 });
    }
    throw fail('missing-column', say('data.register.noBuurtColumn'), { file, line });
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
