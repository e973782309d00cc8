/**
 * readCbsTable: a CBS Kerncijfers wijken en buurten file, in any form people download, → RegionTable.
 * Pure: bytes or text in, records out; runs the same in Node, a Worker and the browser.
 * Every problem with the file is an InputError naming file, line and column and what was expected.
 */
import { InputError } from '../../core/errors.ts';
import { plain, say } from '../../i18n/engine/index.ts';
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
    warnings.push({ code: 'encoding', messages: plain(say('data.read.windows1252')) });
  }
  if (decoded.lossy) {
    warnings.push({ code: 'encoding-lossy', messages: plain(say('data.read.lossy')) });
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
      throw new InputError('bad-code', say('data.read.badCode', { code: clip(code) }), { file, line, column: codeCol + 1 });
    }
    if (kindCol !== undefined) checkKind(cells[kindCol] ?? '', level, code, file, line, kindCol);
    const earlier = byCode.get(code);
    if (earlier) {
      throw new InputError('duplicate-code', say('data.read.duplicateCode', { code, line: earlier.line }), { file, line, column: codeCol + 1 });
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
    warnings.push({ code: 'no-names', messages: plain(say('data.read.noNames', { count: unnamed })) });
  }
  warnings.push(...missingParts(regions));
  for (const d of header.duplicates) {
    warnings.push({ code: 'duplicate-column', messages: plain(say('data.read.duplicateColumn', { header: d.header, variable: d.variable })), line: headerLine, column: d.index + 1 });
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
      throw new InputError('bad-number', say('data.read.notANumber', { text: clip(text), column: col.header, style }), { file, line, column: col.index + 1 });
    }
    if (typeof parsed === 'number') {
      const problem = kindProblem(col.kind, parsed);
      if (problem) {
        throw new InputError('impossible-value', say('data.read.impossibleValue', { text, column: col.header, problem }), { file, line, column: col.index + 1 });
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
    const values = { part: broken.part, ...(broken.sum !== undefined ? { sum: broken.sum } : {}), partValue: record.values[broken.part]!, partHeader: part.header, wholeValue: record.values[broken.whole]!, wholeHeader: whole.header, rounded };
    throw new InputError('impossible-value', say('data.read.partOverWhole', values), { file, line, column: part.index + 1 });
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
  throw new InputError('no-codes', say('data.read.noCodes', { column: col + 1, line: first.line, value: clip((first.cells[col] ?? '').trim()) }), { file, line: headerLine, column: col + 1 });
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
  throw new InputError('kind-mismatch', said ? say('data.read.kindMismatch', { kind: cell.trim(), code, level }) : say('data.read.notAKind', { kind: clip(cell.trim()) }), { file, line, column: col + 1 });
}

/** Cell text for a message: short, printable. */
export function clip(s: string): string {
  // Control characters are exactly what must not reach a message.
  // eslint-disable-next-line no-control-regex
  const printable = s.replace(/[\u0000-\u001f\u007f]/g, '?');
  return printable.length > 40 ? printable.slice(0, 37) + '…' : printable;
}
