/**
 * The circle register as the app checks it: a file imported (src/data/register.ts, the reader the
 * CLI's --circles uses, with its Dutch and English messages naming line and column) or the table
 * as edited (the same reader over the table written as CSV, so a table row is checked exactly as
 * a file line; its messages then name the table row and the column's name). Then the checks that
 * need the gemeente: every circle in one of its buurten, and no more members in a buurt than it
 * has people 65+ (registerForArea). Nothing here writes: callers save only what passed.
 */
import { InputError, isInputError, messageOf, type Where } from '../../core/errors.ts';
import { readRegister, type RegisterCircle } from '../../data/register.ts';
import { registerForArea, type RegisterAreaInput } from '../../data/registerArea.ts';
import { gemeenteOf } from '../../data/regions.ts';
import { messages } from '../../i18n/index.ts';
import type { Figure } from '../../workers/dataApi.ts';

type Message = { nl: string; en: string };

/** The gemeente a register belongs to, as the page knows it (CBS rows: a secret 65+ figure is null). */
export interface RegisterGemeente {
  code: string;
  name: string;
  buurten: readonly { code: string; name: string; figures: { age65plus: Figure } }[];
}

export type Checked = { ok: true; circles: RegisterCircle[]; warnings: Message[] } | { ok: false; error: Message; where: Where };

/** The table's columns as registerCsv writes them, so a column number becomes the name the user sees. */
const COLUMNS = ['founded', 'buurt', 'route', 'members', 'status', 'ended'];

/** The gemeente as registerForArea needs it; an unknown (secret) 65+ count does not limit members. */
export function checkArea(g: RegisterGemeente): RegisterAreaInput {
  return {
    name: g.name,
    buurten: g.buurten.map((b) => ({
      code: b.code,
      name: b.name,
      age65plus: typeof b.figures.age65plus === 'number' ? b.figures.age65plus : Number.POSITIVE_INFINITY,
    })),
  };
}

/** An imported file: its rows replace the register only when the whole file passes. */
export function checkFile(
  bytes: ArrayBuffer | Uint8Array,
  file: string,
  g: RegisterGemeente,
  today: string,
  locate?: (x: number, y: number) => string | null,
): Checked {
  // `locate`: x,y columns (RD New) placed in the gemeente's buurt polygons, when its map is loaded.
  return check(
    g,
    today,
    file,
    () => readRegister(bytes, file, { today, regions: inGemeente(g), ...(locate ? { locate } : {}) }),
    (w) => w,
  );
}

/** A table row as typed (members as text, so "abc" gets the reader's message, not NaN); `ended` '' while it exists. */
export interface TableRow {
  id?: string;
  founded: string;
  buurt: string;
  route: string;
  members: string;
  status: string;
  ended: string;
}

export const tableRow = (c: RegisterCircle): TableRow => ({
  ...(c.id !== undefined ? { id: c.id } : {}),
  founded: c.founded,
  buurt: c.buurt,
  route: c.route,
  members: String(c.members),
  status: c.status,
  ended: c.ended ?? '',
});

/** The table as CSV, as the reader reads a file (quoted where a value holds a separator). */
function tableCsv(rows: readonly TableRow[], names: readonly string[]): string {
  const quote = (v: string) => (/[",;\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [names.join(','), ...rows.map((r) => names.map((n) => quote(String(r[n as keyof TableRow] ?? ''))).join(','))].join('\n') + '\n';
}

/** The table as edited: row n of the table is line n + 1 of the CSV (under the header). */
export function checkTable(rows: readonly TableRow[], g: RegisterGemeente, today: string): Checked {
  const withId = rows.some((c) => c.id !== undefined);
  const names = withId ? ['id', ...COLUMNS] : COLUMNS;
  const toTable = (w: Where): Where => ({
    file: 'tabel',
    ...(w.line !== undefined ? { line: w.line - 1 } : {}),
    ...(w.column !== undefined ? { column: typeof w.column === 'number' ? (names[w.column - 1] ?? w.column) : w.column } : {}),
  });
  return check(g, today, 'tabel', () => readRegister(tableCsv(rows, names), 'tabel', { today, regions: inGemeente(g) }), toTable);
}

function check(g: RegisterGemeente, today: string, file: string, read: () => ReturnType<typeof readRegister>, place: (w: Where) => Where): Checked {
  try {
    const reg = read();
    // At today's month: every circle that exists now, per buurt, against its 65+.
    registerForArea(reg, checkArea(g), today);
    const circles = reg.rows.map(({ line: _line, ...c }) => c);
    return { ok: true, circles, warnings: reg.warnings.map((w) => w.messages) };
  } catch (e) {
    if (!isInputError(e)) return { ok: false, error: messageOf(e), where: {} };
    const error = e.code === 'register.unknown-buurt' ? otherGemeente(e, g) : e;
    return { ok: false, error: error.messages, where: place({ ...error.where, file }) };
  }
}

/** The buurten of this gemeente: a register is kept per gemeente, so a buurt elsewhere is refused by name. */
function inGemeente(g: RegisterGemeente): { has(code: string): boolean } {
  const codes = new Set(g.buurten.map((b) => b.code));
  return { has: (code) => codes.has(code) };
}

/** The reader says "not in the CBS table"; for a real buurt of another gemeente the plain reason is the gemeente. */
function otherGemeente(e: InputError, g: RegisterGemeente): InputError {
  const code = /BU\d{8}/.exec(e.messages.nl)?.[0] ?? '';
  const theirs = gemeenteOf(code);
  if (!theirs || theirs === g.code) return e;
  const text = (lang: 'nl' | 'en') => messages(lang).register.otherGemeente(code, theirs, g.name, g.code);
  return new InputError('register.other-area', { nl: text('nl'), en: text('en') }, e.where);
}

/** "regel 3, kolom members" / "tabel, rij 2, kolom buurt": where a message points, in the user's words. */
export function placeWords(where: Where, lang: 'nl' | 'en'): string {
  const table = where.file === 'tabel';
  const w = messages(lang).register.place;
  const parts = [
    table ? w.table : where.file,
    where.line !== undefined ? `${table ? w.row : w.line} ${where.line}` : null,
    where.column !== undefined ? `${w.column} ${where.column}` : null,
  ];
  return parts.filter((x): x is string => !!x).join(', ');
}
