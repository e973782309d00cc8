/**
 * Field data: observed voorzorgcirkels over time (INTERFACES.md "Data the app and the CLI accept"),
 *   date,area,circles[,members][,route][,origin]
 * `date` YYYY-MM or YYYY-MM-DD, `area` a CBS code (GM/WK/BU) or the name of a user group of
 * buurten, `circles` a count ≥ 0 (circles that exist at that date), `members` their members,
 * `route` a/b/c and `origin` seeded/spontaneous narrow what the count covers. Separator `,` or
 * `;`, optional BOM, Dutch column names too. Pure: text or bytes in, rows out; every problem is an
 * InputError naming file, line and column, so nothing is stored unless the whole file is valid.
 */
import { InputError, type Said, type Where } from '../core/errors.ts';
import { ROUTES, type Route } from '../core/plan.ts';
import { decodeText } from './cbs/decode.ts';
import { tokenise } from './cbs/tokenise.ts';
import { clip } from './cbs/read.ts';
import { isRegionCode } from './regions.ts';
import { headerColumns as sharedHeader } from './header.ts';
import type { ReadWarning } from './types.ts';
import { routeLabel } from '../i18n/routes.ts';
import { plain, say } from '../i18n/engine/index.ts';

export type FieldOrigin = 'seeded' | 'spontaneous';

export interface FieldRow {
  /** 1-based line in the file. */
  line: number;
  /** Calendar month "YYYY-MM" of the date (a day, when given, only orders rows). */
  month: string;
  day: number | null;
  /** CBS code (upper case) or group name as written. */
  area: string;
  circles: number;
  members: number | null;
  route: Route | null;
  origin: FieldOrigin | null;
}

export interface FieldData {
  file: string;
  /** Sorted by date, then line. */
  rows: FieldRow[];
  /** Areas in order of first appearance. */
  areas: string[];
  /** First and last observed month, "YYYY-MM". */
  first: string;
  last: string;
  has: { members: boolean; route: boolean; origin: boolean };
  warnings: ReadWarning[];
}

export interface FieldOptions {
  /** Known CBS codes (e.g. a RegionTable's byCode); without it any well-formed code is accepted. */
  regions?: { has(code: string): boolean; get?(code: string): { values: { age65plus?: number } } | undefined };
  /** Names of user-defined groups of buurten (kerkdorpen) that `area` may name. */
  groups?: readonly string[];
}

type Column = 'date' | 'area' | 'circles' | 'members' | 'route' | 'origin';
const REQUIRED: readonly Column[] = ['date', 'area', 'circles'];
const NAMES: Record<string, Column> = {
  date: 'date', datum: 'date', area: 'area', gebied: 'area', code: 'area', circles: 'circles', cirkels: 'circles',
  members: 'members', leden: 'members', route: 'route', origin: 'origin', herkomst: 'origin',
};
const ORIGINS: Record<string, FieldOrigin> = { seeded: 'seeded', gestart: 'seeded', spontaneous: 'spontaneous', spontaan: 'spontaneous' };
const fail = (code: string, said: Said, where: Where) => new InputError(code, said, where);

/** Read field data; throws InputError for anything that is not a valid observation file. */
export function readFieldData(input: string | Uint8Array | ArrayBuffer, file: string, opts: FieldOptions = {}): FieldData {
  let text: string;
  try {
    text = decodeText(input, file).text;
  } catch (e) {
    // The CBS decoder's messages speak of CBS tables; say what this file should be instead.
    const code = (e as InputError).code;
    if (code === 'empty-file') throw fail('field.empty', say('data.field.empty'), { file });
    if (code === 'binary-file') throw fail('field.binary', say('data.field.binary'), (e as InputError).where);
    throw e;
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw fail('field.empty', say('data.field.empty'), { file });
  const tokens = tokenise(text, file);
  const lines = tokens.rows.map((cells, i) => ({ cells, line: tokens.lines[i] })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const head = lines[0];
  const warnings: ReadWarning[] = [];
  const index = headerColumns(head.cells, head.line, file, warnings);
  if (lines.length === 1) throw fail('field.no-rows', say('data.field.noRows'), { file, line: head.line });

  const rows: FieldRow[] = [];
  const seen = new Map<string, number>();
  for (const { cells, line } of lines.slice(1)) {
    const cell = (c: Column) => (index[c] === undefined ? '' : (cells[index[c]!] ?? '').trim());
    const at = (c: Column): Where => ({ file, line, column: index[c]! + 1 });
    if (cells.length < head.cells.length && cells.length <= Math.max(...REQUIRED.map((c) => index[c]!))) {
      throw fail('field.short-row', say('data.field.shortRow', { fields: cells.length, width: head.cells.length }), { file, line });
    }
    if (cells.length > head.cells.length) {
      throw fail('field.long-row', say('data.field.longRow', { fields: cells.length, width: head.cells.length }), { file, line, column: head.cells.length + 1 });
    }
    const { month, day } = parseDate(cell('date'), at('date'));
    const area = parseArea(cell('area'), at('area'), opts);
    const circles = parseCount(cell('circles'), 'circles', at('circles'), false)!;
    const members = parseCount(cell('members'), 'members', at('members'), true);
    // Every circle has at least one member aged 65+, so an area cannot hold more circles than its
    // 65+ (members are not bounded so: a circle may count younger neighbours).
    const elderly = opts.regions?.get?.(area)?.values.age65plus;
    if (elderly !== undefined && circles > elderly) {
      throw fail('field.impossible', say('data.field.moreCirclesThanElderly', { circles, area, elderly }), at('circles'));
    }
    const route = parseRoute(cell('route'), at('route'));
    const origin = parseOrigin(cell('origin'), at('origin'));
    if (route && origin === 'spontaneous') {
      throw fail('field.route-origin', say('data.field.routeAndSpontaneous', { route }), at('origin'));
    }
    if (members !== null && members < circles) {
      warnings.push({ code: 'field.few-members', line, column: index.members! + 1, messages: plain(say('data.field.fewMembers', { members, circles })) });
    }
    const key = `${month}-${day ?? ''}|${area}|${route ?? ''}|${origin ?? ''}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw fail('field.duplicate', say('data.field.duplicate', { line: earlier }), { file, line });
    }
    seen.set(key, line);
    rows.push({ line, month, day, area, circles, members, route, origin });
  }
  const areas = [...new Set(rows.map((r) => r.area))];
  rows.sort((a, b) => a.month.localeCompare(b.month) || (a.day ?? 0) - (b.day ?? 0) || a.line - b.line);
  return {
    file, rows, areas, first: rows[0].month, last: rows[rows.length - 1].month,
    has: { members: rows.some((r) => r.members !== null), route: rows.some((r) => r.route !== null), origin: rows.some((r) => r.origin !== null) },
    warnings,
  };
}

function headerColumns(cells: string[], line: number, file: string, warnings: ReadWarning[]): Partial<Record<Column, number>> {
  const index = sharedHeader(cells, NAMES, 'field', file, line, warnings);
  const missing = REQUIRED.filter((c) => index[c] === undefined);
  if (missing.length) {
    throw fail('field.missing-column', say('data.field.missingColumn', { columns: missing }), { file, line });
  }
  return index;
}

function parseDate(text: string, where: Where): { month: string; day: number | null } {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  const bad = () => fail('field.date', say('data.field.date', { text: clip(text) }), where);
  if (!m) throw bad();
  const year = Number(m[1]), month = Number(m[2]), day = m[3] === undefined ? null : Number(m[3]);
  if (year < 1990 || year > 2100 || month < 1 || month > 12) throw bad();
  if (day !== null && (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())) throw bad();
  return { month: `${m[1]}-${m[2]}`, day };
}

function parseArea(text: string, where: Where, opts: FieldOptions): string {
  if (text === '') throw fail('field.area', say('data.field.areaMissing'), where);
  const code = text.toUpperCase();
  if (isRegionCode(code) && !code.startsWith('NL')) {
    if (opts.regions && !opts.regions.has(code)) throw fail('field.area', say('data.field.areaNotInTable', { code }), where);
    return code;
  }
  if (opts.groups?.includes(text)) return text;
  throw fail('field.area', say('data.field.areaUnknown', { text: clip(text), groups: opts.groups ?? [] }), where);
}

/**
 * Upper bounds for one observation whatever its area: all of NL has 3.7 million people aged 65+
 * (CBS 2024), so no area has more members than that, nor more circles than members / 2.
 */
const MAX_FIELD_COUNT = { circles: 1_850_000, members: 3_700_000 } as const;

function parseCount(text: string, column: 'circles' | 'members', where: Where, optional: boolean): number | null {
  if (text === '') {
    if (optional) return null;
    throw fail('field.count', say('data.field.countMissing', { column }), where);
  }
  const n = Number(text);
  if (!/^[+-]?\d+(\.\d+)?$/.test(text) || !Number.isFinite(n)) throw fail('field.count', say('data.field.countNotANumber', { text: clip(text), column }), where);
  if (n < 0) throw fail('field.negative', say('data.field.countNegative', { text, column }), where);
  if (!Number.isInteger(n)) throw fail('field.count', say('data.field.countFractional', { text, column }), where);
  if (n > MAX_FIELD_COUNT[column]) throw fail('field.impossible', say('data.field.countImpossible', { text: clip(text), column, max: MAX_FIELD_COUNT[column] }), where);
  return n;
}

function parseRoute(text: string, where: Where): Route | null {
  const r = text.toLowerCase();
  if (r === '') return null;
  if (r === 'a' || r === 'b' || r === 'c') return r;
  // Route names from src/i18n/routes.ts in both languages (the engine words may not import it).
  const routes = { nl: ROUTES.map((r) => routeLabel('nl', r)), en: ROUTES.map((r) => routeLabel('en', r)) };
  throw fail('field.route', say('data.field.route', { text: clip(text), routes }), where);
}

function parseOrigin(text: string, where: Where): FieldOrigin | null {
  const o = text.toLowerCase();
  if (o === '') return null;
  if (Object.hasOwn(ORIGINS, o)) return ORIGINS[o];
  throw fail('field.origin', say('data.field.origin', { text: clip(text) }), where);
}

/** Months from `start` ("YYYY-MM") to `month` ("YYYY-MM"); negative when before. */
export function monthsBetween(start: string, month: string): number {
  const [y0, m0] = start.split('-').map(Number), [y1, m1] = month.split('-').map(Number);
  return (y1 - y0) * 12 + (m1 - m0);
}

/** The calendar month `n` months after `start`. */
export function addMonths(start: string, n: number): string {
  const [y, m] = start.split('-').map(Number);
  const k = y * 12 + (m - 1) + n;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
}

/** Rows back to CSV in the field format (notebooks write simulated field data with it). */
export function fieldCsv(rows: readonly Omit<FieldRow, 'line'>[]): string {
  const has = (k: 'members' | 'route' | 'origin') => rows.some((r) => r[k] !== null);
  const cols = ['date', 'area', 'circles', ...(['members', 'route', 'origin'] as const).filter(has)];
  const quote = (v: string) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const cell = (r: Omit<FieldRow, 'line'>, c: string) =>
    c === 'date' ? (r.day === null ? r.month : `${r.month}-${String(r.day).padStart(2, '0')}`) : quote(String((r as unknown as Record<string, unknown>)[c] ?? ''));
  return [cols.join(','), ...rows.map((r) => cols.map((c) => cell(r, c)).join(','))].join('\n') + '\n';
}
