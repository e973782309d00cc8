/**
 * Tokens → the header and the complete data rows. Skips what real downloads put around the table
 * (a title line above the header, a "Bron: CBS" line below it, empty lines) and decides what a
 * short last row means: a file cut off mid-row loses that row with a warning; a short row
 * anywhere else is an error.
 */
import { InputError } from '../../core/errors.ts';
import { plain, say } from '../../i18n/engine/index.ts';
import type { ReadWarning } from '../types.ts';
import { resolveHeader, type ResolvedHeader } from './header.ts';
import type { Tokens } from './tokenise.ts';

export interface Row {
  cells: string[];
  line: number;
}

/** A title line or two above the header is normal; further down than this it is not a CBS table. */
const HEADER_SEARCH_ROWS = 20;
const FOOTER = /^(bron|source)\b|centraal bureau voor de statistiek|^©/i;

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

export function bodyRows(tokens: Tokens, file: string, warnings: ReadWarning[]): { header: ResolvedHeader; headerLine: number; rows: Row[] } {
  const { rows: all, lines } = tokens;
  let headerIndex = -1;
  let header: ResolvedHeader | undefined;
  let partial: { index: number; header: ResolvedHeader } | undefined;
  for (let i = 0, seen = 0; i < all.length && seen < HEADER_SEARCH_ROWS; i++) {
    if (isBlank(all[i])) continue;
    seen++;
    const h = resolveHeader(all[i]);
    if (h.identity.code.length > 0 && h.variables.length > 0) {
      headerIndex = i;
      header = h;
      break;
    }
    if (!partial && (h.identity.code.length > 0 || h.variables.length > 0)) partial = { index: i, header: h };
  }
  if (!header) throw noHeader(file, all, lines, partial);
  const headerLine = lines[headerIndex];
  if (all.slice(0, headerIndex).some((r) => !isBlank(r))) {
    warnings.push({ code: 'preamble', messages: plain(say('data.rows.preamble', { line: headerLine })) });
  }

  const width = all[headerIndex].length;
  const rows: Row[] = [];
  for (let i = headerIndex + 1; i < all.length; i++) if (!isBlank(all[i])) rows.push({ cells: all[i], line: lines[i] });

  while (rows.length > 0 && isFooter(rows[rows.length - 1].cells)) {
    const footer = rows.pop()!;
    warnings.push({ code: 'footer', messages: plain(say('data.rows.footer')), line: footer.line });
  }

  // Cut right after the opening quote of a new line: that row is blank and was skipped, but the
  // file still stops mid-row, which the user should know.
  if (tokens.unclosedQuoteAtEnd && all.length > headerIndex + 1 && isBlank(all[all.length - 1])) {
    const line = lines[lines.length - 1];
    warnings.push({
      code: 'truncated',
      messages: plain(say('data.rows.stopsAtLineStart', { line, rows: rows.length })),
      line,
    });
  }

  const last = rows[rows.length - 1];
  const cutOff = tokens.unclosedQuoteAtEnd || !tokens.endsWithNewline;
  if (last && cutOff && (last.cells.length < width || tokens.unclosedQuoteAtEnd) && last.line === lines[lines.length - 1]) {
    rows.pop();
    warnings.push({
      code: 'truncated',
      messages: plain(say('data.rows.stopsMidLine', { line: last.line, rows: rows.length })),
      line: last.line,
    });
  }

  if (rows.length === 0) {
    throw new InputError('no-rows', say('data.rows.noRows'), { file, line: headerLine });
  }
  unterminatedLastRow(tokens, rows, width, lines, warnings);

  for (const r of rows) {
    if (r.cells.length === width) continue;
    if (r.cells.length > width && isBlank(r.cells.slice(width))) continue;
    throw new InputError('field-count', say('data.rows.fieldCount', { fields: r.cells.length, width }), { file, line: r.line, column: Math.min(r.cells.length, width) + 1 });
  }
  return { header, headerLine, rows };
}

/**
 * A last row with every field but no line end after it. Every CBS download (StatLine, the kwb
 * Excel sheet, OData) ends its last line with one, like every other line; without it the file
 * may have been cut inside the last cell, and a cut number (1968 → 19) reads as a valid number.
 * The row is set aside with a warning; when it is the only data row it is kept, with a warning
 * naming the value to check (a one-row file typed by hand often lacks the final line end).
 */
function unterminatedLastRow(tokens: Tokens, rows: Row[], width: number, lines: number[], warnings: ReadWarning[]): void {
  const last = rows[rows.length - 1];
  if (tokens.endsWithNewline || tokens.unclosedQuoteAtEnd || last.line !== lines[lines.length - 1] || last.cells.length < width) return;
  const lastCell = last.cells.slice(0, width).map((c) => c.trim()).filter((c) => c !== '').pop() ?? '';
  const shown = lastCell.length > 20 ? `${lastCell.slice(0, 19)}…` : lastCell;
  if (rows.length > 1) {
    rows.pop();
    warnings.push({
      code: 'unterminated',
      messages: plain(say('data.rows.unterminatedSkipped', { line: last.line, value: shown, rows: rows.length })),
      line: last.line,
    });
  } else {
    warnings.push({
      code: 'unterminated',
      messages: plain(say('data.rows.unterminatedKept', { line: last.line, value: shown })),
      line: last.line,
    });
  }
}

function isFooter(cells: readonly string[]): boolean {
  return FOOTER.test(cells[0]?.trim() ?? '') && isBlank(cells.slice(1));
}

function noHeader(file: string, all: string[][], lines: number[], partial?: { index: number; header: ResolvedHeader }): InputError {
  if (partial && partial.header.identity.code.length === 0) {
    return new InputError('no-code-column', say('data.rows.noCodeColumn'), { file, line: lines[partial.index] });
  }
  if (partial) {
    return new InputError('no-variables', say('data.rows.noVariables'), { file, line: lines[partial.index] });
  }
  const first = all.findIndex((r) => !isBlank(r));
  return new InputError('not-cbs-table', say('data.rows.notCbsTable'), { file, line: first >= 0 ? lines[first] : 1 });
}
