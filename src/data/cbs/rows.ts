/**
 * Tokens → the header and the complete data rows. Skips what real downloads put around the table
 * (a title line above the header, a "Bron: CBS" line below it, empty lines) and decides what a
 * short last row means: a file cut off mid-row loses that row with a warning; a short row
 * anywhere else is an error.
 */
import { InputError } from '../../core/errors.ts';
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

const EXPECTED = {
  nl: 'Verwacht: een kopregel met een codekolom (gwb_code, regio_code, WijkenEnBuurten/Codering_3 of "Regioaanduiding/Codering (code)") en CBS-variabelen zoals a_inw en a_65_oo, AantalInwoners_5 en k_65JaarOfOuder_12, of "Bevolking/Aantal inwoners (aantal)".',
  en: 'Expected: a header row with a code column (gwb_code, regio_code, WijkenEnBuurten/Codering_3 or "Regioaanduiding/Codering (code)") and CBS variables such as a_inw and a_65_oo, AantalInwoners_5 and k_65JaarOfOuder_12, or "Bevolking/Aantal inwoners (aantal)".',
};

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
    warnings.push({ code: 'preamble', messages: { nl: `regels boven de kopregel (regel ${headerLine}) overgeslagen`, en: `lines above the header (line ${headerLine}) skipped` } });
  }

  const width = all[headerIndex].length;
  const rows: Row[] = [];
  for (let i = headerIndex + 1; i < all.length; i++) if (!isBlank(all[i])) rows.push({ cells: all[i], line: lines[i] });

  while (rows.length > 0 && isFooter(rows[rows.length - 1].cells)) {
    const footer = rows.pop()!;
    warnings.push({ code: 'footer', messages: { nl: 'bronregel onder de tabel overgeslagen', en: 'source line below the table skipped' }, line: footer.line });
  }

  // Cut right after the opening quote of a new line: that row is blank and was skipped, but the
  // file still stops mid-row, which the user should know.
  if (tokens.unclosedQuoteAtEnd && all.length > headerIndex + 1 && isBlank(all[all.length - 1])) {
    const line = lines[lines.length - 1];
    warnings.push({
      code: 'truncated',
      messages: { nl: `het bestand houdt op aan het begin van regel ${line} (afgebroken download?); de ${rows.length} volledige regels ervoor zijn gelezen`, en: `the file stops at the start of line ${line} (interrupted download?); the ${rows.length} complete rows before it were read` },
      line,
    });
  }

  const last = rows[rows.length - 1];
  const cutOff = tokens.unclosedQuoteAtEnd || !tokens.endsWithNewline;
  if (last && cutOff && (last.cells.length < width || tokens.unclosedQuoteAtEnd) && last.line === lines[lines.length - 1]) {
    rows.pop();
    warnings.push({
      code: 'truncated',
      messages: {
        nl: `het bestand houdt midden in regel ${last.line} op (afgebroken download?); die onvolledige regel is overgeslagen, de ${rows.length} volledige regels zijn gelezen`,
        en: `the file stops in the middle of line ${last.line} (interrupted download?); that incomplete row was skipped, the ${rows.length} complete rows were read`,
      },
      line: last.line,
    });
  }

  if (rows.length === 0) {
    throw new InputError('no-rows', {
      nl: 'het bestand heeft een kopregel maar geen (volledige) gegevensregels. Verwacht: onder de kopregel één regel per gemeente, wijk of buurt.',
      en: 'the file has a header row but no (complete) data rows. Expected: below the header one row per gemeente, wijk or buurt.',
    }, { file, line: headerLine });
  }
  unterminatedLastRow(tokens, rows, width, lines, warnings);

  for (const r of rows) {
    if (r.cells.length === width) continue;
    if (r.cells.length > width && isBlank(r.cells.slice(width))) continue;
    throw new InputError('field-count', {
      nl: `deze regel heeft ${r.cells.length} velden, de kopregel ${width}. Verwacht: evenveel velden als de kopregel.`,
      en: `this row has ${r.cells.length} fields, the header ${width}. Expected: as many fields as the header.`,
    }, { file, line: r.line, column: Math.min(r.cells.length, width) + 1 });
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
      messages: {
        nl: `de laatste regel (${last.line}) eindigt zonder regeleinde, zoals bij een afgebroken download; de laatste waarde ('${shown}') kan afgekapt zijn, dus die regel is overgeslagen en de ${rows.length} regels ervoor zijn gelezen`,
        en: `the last line (${last.line}) ends without a line break, as an interrupted download does; its last value ('${shown}') may be cut off, so that row was skipped and the ${rows.length} rows before it were read`,
      },
      line: last.line,
    });
  } else {
    warnings.push({
      code: 'unterminated',
      messages: {
        nl: `regel ${last.line} eindigt zonder regeleinde; controleer of de laatste waarde ('${shown}') volledig is (een afgebroken download kapt die af)`,
        en: `line ${last.line} ends without a line break; check that its last value ('${shown}') is complete (an interrupted download cuts it off)`,
      },
      line: last.line,
    });
  }
}

function isFooter(cells: readonly string[]): boolean {
  return FOOTER.test(cells[0]?.trim() ?? '') && isBlank(cells.slice(1));
}

function noHeader(file: string, all: string[][], lines: number[], partial?: { index: number; header: ResolvedHeader }): InputError {
  if (partial && partial.header.identity.code.length === 0) {
    return new InputError('no-code-column', {
      nl: `de kopregel heeft CBS-variabelen maar geen kolom met regiocodes. ${EXPECTED.nl}`,
      en: `the header row has CBS variables but no column with region codes. ${EXPECTED.en}`,
    }, { file, line: lines[partial.index] });
  }
  if (partial) {
    return new InputError('no-variables', {
      nl: `de kopregel heeft een codekolom maar geen enkele bekende CBS-variabele. ${EXPECTED.nl}`,
      en: `the header row has a code column but no known CBS variable. ${EXPECTED.en}`,
    }, { file, line: lines[partial.index] });
  }
  const first = all.findIndex((r) => !isBlank(r));
  return new InputError('not-cbs-table', {
    nl: `dit is geen CBS-tabel Kerncijfers wijken en buurten: geen herkende kolomnamen. ${EXPECTED.nl}`,
    en: `this is not a CBS Kerncijfers wijken en buurten table: no column names recognised. ${EXPECTED.en}`,
  }, { file, line: first >= 0 ? lines[first] : 1 });
}
