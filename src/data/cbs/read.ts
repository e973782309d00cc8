/**
 * readCbsTable: a CBS Kerncijfers wijken en buurten file, in any form people download, → RegionTable.
 * Pure: bytes or text in, records out; runs the same in Node, a Worker and the browser.
 * Every problem with the file is an InputError naming file, line and column and what was expected.
 */
import { InputError } from '../../core/errors.ts';
import { gemeenteOf, isRegionCode, levelOf, parentOf } from '../regions.ts';
import type { Level, ReadWarning, RegionRecord, RegionTable } from '../types.ts';
import { brokenRelation } from './checks.ts';
import { missingParts } from './completeness.ts';
import { decodeText, emptyFile } from './decode.ts';
import type { ResolvedHeader } from './header.ts';
import { detectNumberStyle, kindProblem, parseCell, type NumberStyle } from './numbers.ts';
import { bodyRows, type Row } from './rows.ts';
import { tokenise } from './tokenise.ts';

export function readCbsTable(input: string | Uint8Array | ArrayBuffer, file: string): RegionTable {
  const decoded = decodeText(input, file);
  const text = decoded.text.includes('\r') ? decoded.text.replace(/\r\n?/g, '\n') : decoded.text;
  if (text.trim() === '') throw emptyFile(file);
  const warnings: ReadWarning[] = [];
  if (decoded.encoding === 'windows-1252') {
    warnings.push({ code: 'encoding', messages: { nl: 'gelezen als Windows-1252 (geen geldige UTF-8)', en: 'read as Windows-1252 (not valid UTF-8)' } });
  }
  if (decoded.lossy) {
    warnings.push({ code: 'encoding-lossy', messages: { nl: 'sommige tekens zijn geen geldige UTF-8 en worden als � getoond', en: 'some characters are not valid UTF-8 and show as �' } });
  }

  const tokens = tokenise(text, file);
  const { header, headerLine, rows } = bodyRows(tokens, file, warnings);
  const codeCol = chooseCodeColumn(header, rows, file, headerLine);
  const nameCol = header.identity.name.find((i) => i !== codeCol && mostlyNotCodes(rows, i));
  const gemeenteNameCol = header.identity.gemeenteName[0];
  const kindCol = header.identity.kind[0];
  const style = numberStyle(header, rows);

  const regions: RegionRecord[] = [];
  const byCode = new Map<string, RegionRecord>();
  let unnamed = 0;
  for (const { cells, line } of rows) {
    const code = (cells[codeCol] ?? '').trim().toUpperCase();
    const level = levelOf(code);
    if (level === null) {
      throw new InputError('bad-code', {
        nl: `'${clip(code)}' is geen CBS-regiocode. Verwacht: NL00, GM + 4 cijfers, WK + 6 tekens of BU + 8 tekens (zoals GM1982, WK198201, BU19820101).`,
        en: `'${clip(code)}' is not a CBS region code. Expected: NL00, GM + 4 digits, WK + 6 characters or BU + 8 characters (like GM1982, WK198201, BU19820101).`,
      }, { file, line, column: codeCol + 1 });
    }
    if (kindCol !== undefined) checkKind(cells[kindCol] ?? '', level, code, file, line, kindCol);
    const earlier = byCode.get(code);
    if (earlier) {
      throw new InputError('duplicate-code', {
        nl: `code ${code} komt twee keer voor (ook op regel ${earlier.line}). Verwacht: elke regio één keer.`,
        en: `code ${code} occurs twice (also on line ${earlier.line}). Expected: each region once.`,
      }, { file, line, column: codeCol + 1 });
    }

    let name = nameCol === undefined ? '' : (cells[nameCol] ?? '').trim();
    if (name === '' && level === 'gemeente' && gemeenteNameCol !== undefined) name = (cells[gemeenteNameCol] ?? '').trim();
    if (name === '' && level === 'land') name = 'Nederland';
    if (name === '') {
      name = code;
      unnamed++;
    }

    const record: RegionRecord = { code, name, level, parent: parentOf(code), gemeente: gemeenteOf(code), values: {}, missing: {}, estimated: {}, line };
    readValues(record, cells, header, style, file);
    regions.push(record);
    byCode.set(code, record);
  }

  if (unnamed > 0) {
    warnings.push({
      code: 'no-names',
      messages: { nl: `${unnamed} regio's hebben geen naam in het bestand; hun code wordt als naam gebruikt`, en: `${unnamed} regions have no name in the file; their code is used as name` },
    });
  }
  warnings.push(...missingParts(regions));
  for (const d of header.duplicates) {
    warnings.push({ code: 'duplicate-column', messages: { nl: `kolom ${d.header} genegeerd: ${d.variable} staat al in een eerdere kolom`, en: `column ${d.header} ignored: ${d.variable} is already in an earlier column` }, line: headerLine, column: d.index + 1 });
  }
  return { file, form: header.form, columns: header.variables.map((c) => c.variable), regions, byCode, warnings };
}

/** The row's variable cells into record.values / record.missing, checking each value and the row's relations. */
function readValues(record: RegionRecord, cells: string[], header: ResolvedHeader, style: NumberStyle, file: string): void {
  const { line, level } = record;
  for (const col of header.variables) {
    const text = (cells[col.index] ?? '').trim();
    const parsed = parseCell(text, style);
    if (parsed === undefined) {
      throw new InputError('bad-number', {
        nl: `'${clip(text)}' in kolom ${col.header} is geen getal. Verwacht: een getal${style === 'comma' ? ' met decimale komma (1.234,5)' : ' met decimale punt (1234.5)'} of een CBS-teken (. x - ?).`,
        en: `'${clip(text)}' in column ${col.header} is not a number. Expected: a number${style === 'comma' ? ' with a decimal comma (1.234,5)' : ' with a decimal point (1234.5)'} or a CBS symbol (. x - ?).`,
      }, { file, line, column: col.index + 1 });
    }
    if (typeof parsed === 'number') {
      const problem = kindProblem(col.kind, parsed);
      if (problem) {
        throw new InputError('impossible-value', { nl: `${text} in kolom ${col.header}: ${problem.nl}.`, en: `${text} in column ${col.header}: ${problem.en}.` }, { file, line, column: col.index + 1 });
      }
      record.values[col.variable] = parsed;
    } else {
      record.missing[col.variable] = parsed;
    }
  }
  const broken = brokenRelation(record.values, level);
  if (broken) {
    const part = header.variables.find((c) => c.variable === broken.part)!;
    const whole = header.variables.find((c) => c.variable === broken.whole)!;
    const rounded = level === 'wijk' || level === 'buurt';
    throw new InputError('impossible-value', {
      nl: `${broken.nl} (${record.values[broken.part]} in ${part.header}, ${record.values[broken.whole]} in ${whole.header}). Verwacht: een deel kleiner dan of gelijk aan het geheel${rounded ? ', op afronding op 5 na' : ''}.`,
      en: `${broken.en} (${record.values[broken.part]} in ${part.header}, ${record.values[broken.whole]} in ${whole.header}). Expected: a part no larger than its whole${rounded ? ', up to rounding to 5' : ''}.`,
    }, { file, line, column: part.index + 1 });
  }
}

/** The code column is the candidate whose cells are CBS codes most often (ties: best-ranked). */
function chooseCodeColumn(header: ResolvedHeader, rows: Row[], file: string, headerLine: number): number {
  const sample = rows.slice(0, 50);
  let best = -1;
  let bestHits = 0;
  for (const col of header.identity.code) {
    const hits = sample.filter((r) => isRegionCode((r.cells[col] ?? '').trim().toUpperCase())).length;
    if (hits > bestHits) {
      best = col;
      bestHits = hits;
    }
  }
  if (best >= 0) return best;
  const col = header.identity.code[0];
  const first = sample[0];
  throw new InputError('no-codes', {
    nl: `kolom ${col + 1} hoort CBS-regiocodes te bevatten, maar regel ${first.line} heeft '${clip((first.cells[col] ?? '').trim())}'. Verwacht: codes zoals GM1982, WK198201, BU19820101.`,
    en: `column ${col + 1} should hold CBS region codes, but line ${first.line} has '${clip((first.cells[col] ?? '').trim())}'. Expected: codes like GM1982, WK198201, BU19820101.`,
  }, { file, line: headerLine, column: col + 1 });
}

function mostlyNotCodes(rows: Row[], col: number): boolean {
  const sample = rows.slice(0, 50).map((r) => (r.cells[col] ?? '').trim()).filter((v) => v !== '');
  return sample.filter((v) => !isRegionCode(v.toUpperCase())).length * 2 > sample.length;
}

/** Visit the numeric cells row by row until `visit` says it has seen enough. */
function numberStyle(header: ResolvedHeader, rows: Row[]): NumberStyle {
  const columns = header.variables;
  return detectNumberStyle((visit) => {
    for (const r of rows) for (const c of columns) if (visit((r.cells[c.index] ?? '').trim(), c.kind)) return;
  });
}

/** Words CBS (and English exports) use for the region type, by level. */
const KIND_WORDS: Record<string, Level> = {
  land: 'land', nederland: 'land', country: 'land', gemeente: 'gemeente', municipality: 'gemeente',
  wijk: 'wijk', district: 'wijk', buurt: 'buurt', neighbourhood: 'buurt', neighborhood: 'buurt',
};

function checkKind(cell: string, level: Level, code: string, file: string, line: number, col: number): void {
  const word = cell.trim().toLowerCase();
  if (word === '' || word === '.') return;
  const said = Object.hasOwn(KIND_WORDS, word) ? KIND_WORDS[word] : undefined;
  if (said === level) return;
  throw new InputError('kind-mismatch', {
    nl: said
      ? `soort regio '${cell.trim()}' past niet bij code ${code} (een ${level}). Verwacht: ${capital(level)}.`
      : `'${clip(cell.trim())}' is geen soort regio. Verwacht: Land, Gemeente, Wijk of Buurt.`,
    en: said
      ? `region type '${cell.trim()}' does not match code ${code} (a ${level}). Expected: ${capital(level)}.`
      : `'${clip(cell.trim())}' is not a region type. Expected: Land, Gemeente, Wijk or Buurt.`,
  }, { file, line, column: col + 1 });
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Cell text for a message: short, printable. */
export function clip(s: string): string {
  // Control characters are exactly what must not reach a message.
  // eslint-disable-next-line no-control-regex
  const printable = s.replace(/[\u0000-\u001f\u007f]/g, '?');
  return printable.length > 40 ? printable.slice(0, 37) + '…' : printable;
}
