/**
 * CSV for spreadsheets. Two dialects: Dutch Excel (`;`, decimal comma, UTF-8 BOM so Excel reads the
 * accents) and plain (`,`, decimal point) for analysts. Text cells are protected against formula
 * injection: a buurt or scenario name from a user's file that starts with = + - @ (or a tab or
 * carriage return) would run as a formula in Excel or LibreOffice, so such a cell gets a leading
 * apostrophe (OWASP's advice) and is quoted. Numbers are written by us and never escaped.
 */
export type Cell = string | number | null | undefined;
export type Dialect = 'nl' | 'plain';

const DANGEROUS = /^[=+\-@\t\r]/;

/** What each dialect writes (a file format, not words): field separator, decimal mark, and the BOM Excel needs to read UTF-8. */
const DIALECTS: Record<Dialect, { separator: string; decimal: string; bom: string }> = {
  nl: { separator: ';', decimal: ',', bom: '\uFEFF' },
  plain: { separator: ',', decimal: '.', bom: '' },
};

/** A text cell made safe to open in a spreadsheet. */
export function safeText(value: string): string {
  return DANGEROUS.test(value) ? `'${value}` : value;
}

function quote(text: string, separator: string): string {
  return /["\r\n]/.test(text) || text.includes(separator) || text !== text.trim() || text.startsWith("'") ? `"${text.replace(/"/g, '""')}"` : text;
}

function numberText(n: number, dialect: Dialect): string {
  if (!Number.isFinite(n)) return '';
  // No thousands separators and no rounding beyond what the data carries: spreadsheets re-parse these.
  const text = String(Math.round(n * 1e6) / 1e6);
  return text.replace('.', DIALECTS[dialect].decimal);
}

export function csvCell(value: Cell, dialect: Dialect): string {
  const { separator } = DIALECTS[dialect];
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value, dialect);
  return quote(safeText(value), separator);
}

/** Header plus rows as one CSV text (CRLF line ends, as RFC 4180 and Excel expect). */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[], dialect: Dialect): string {
  const { separator, bom } = DIALECTS[dialect];
  const lines = [header.map((h) => csvCell(h, dialect)).join(separator), ...rows.map((row) => row.map((c) => csvCell(c, dialect)).join(separator))];
  return bom + lines.join('\r\n') + '\r\n';
}

/** A file name from a title: letters, digits and dashes only. */
export function fileName(title: string, extension: string): string {
  const base = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'sneeuwbal'}.${extension}`;
}
