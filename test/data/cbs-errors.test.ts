/**
 * Every kind of bad input gives an InputError with Dutch and English text that names the file,
 * the line and the column and says what was expected.
 */
import { describe, expect, it } from 'vitest';
import { readCbsTable } from '../../src/data/cbs/index.ts';
import { expectInputError, fixture } from './helpers.ts';

const read = (input: string | Uint8Array) => readCbsTable(input, 'kwb.csv');
const HEADER = 'regio_code;soort_regio;naam;a_inw;a_65_oo;a_hh;p_koopw';
const GOOD = ['GM1982;Gemeente;Land van Cuijk;91722;21992;39678;69', 'WK198201;Wijk;Velp;1395;300;425;69', 'BU19820101;Buurt;Oud Velp;275;70;110;96'];
const file = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

describe('files that are not CBS tables', () => {
  it('empty file, as bytes, as text, or only blank lines', () => {
    expectInputError(() => read(new Uint8Array()), 'empty-file', { file: 'kwb.csv' });
    expectInputError(() => read(''), 'empty-file');
    expectInputError(() => read('\n \r\n\n'), 'empty-file');
  });

  it('binary data: NUL bytes, with the position of the first one', () => {
    const bytes = new TextEncoder().encode('regio_code;a_inw\nGM1982;9\0\0\n');
    expectInputError(() => read(bytes), 'binary-file', { line: 2, column: 9 });
  });

  it('an Excel workbook or a PDF, recognised and explained', () => {
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(expectInputError(() => read(xlsx), 'binary-file').messages.nl).toContain('sla de tabel in Excel op als CSV');
    expectInputError(() => read(new TextEncoder().encode('%PDF-1.7\n')), 'binary-file');
  });

  it('a CSV with no CBS column names', () => {
    const e = expectInputError(() => read('name,age\nAnna,81\n'), 'not-cbs-table', { line: 1 });
    expect(e.format('nl')).toBe(`kwb.csv, regel 1: ${e.messages.nl}`);
    expect(e.messages.en).toContain('a_65_oo');
  });

  it('CBS variables but no code column', () => {
    expectInputError(() => read('naam;a_inw;a_65_oo\nOud Velp;275;70\n'), 'no-code-column', { line: 1 });
  });

  it('a code column but no known variable', () => {
    expectInputError(() => read('regio_code;naam;leeftijd\nGM1982;Land van Cuijk;81\n'), 'no-variables', { line: 1 });
  });

  it('a code column whose cells are no codes', () => {
    expectInputError(() => read('regio_code;a_inw\nGemeente;91722\nWijk;1395\n'), 'no-codes', { line: 1, column: 1 });
  });

  it('header only', () => {
    expectInputError(() => read(HEADER + '\n'), 'no-rows', { line: 1 });
    expectInputError(() => read(HEADER), 'no-rows', { line: 1 });
  });
});

describe('a file cut off mid-row', () => {
  it('loads the complete rows and warns about the cut one', () => {
    const text = file(...GOOD).slice(0, -20);
    const t = read(text);
    expect(t.regions.map((r) => r.code)).toEqual(['GM1982', 'WK198201']);
    // The cut row, and what it costs: Land van Cuijk's one wijk left holds far fewer than its inhabitants.
    expect(t.warnings).toMatchObject([{ code: 'truncated', line: 4 }, { code: 'missing-parts', line: 2 }]);
    expect(t.warnings[0].messages.nl).toContain('regel 4');
  });

  it('also when it stops inside a quoted field', () => {
    const t = read('"regio_code";"naam";"a_inw"\n"GM1982";"Land van Cuijk";"91722"\n"WK198201";"Ve');
    expect(t.regions).toHaveLength(1);
    expect(t.warnings.map((w) => w.code)).toEqual(['truncated']);
  });

  it('a real StatLine download cut at 60 % keeps every complete row', () => {
    const bytes = fixture('land-van-cuijk-statline.csv');
    const t = read(bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(t.regions.length).toBeGreaterThan(70);
    expect(t.warnings.map((w) => w.code)).toContain('truncated');
  });

  it('a short row that is not the last one is an error', () => {
    expectInputError(() => read(file(GOOD[0], 'WK198201;Wijk;Velp;1395', GOOD[2])), 'field-count', { line: 3, column: 5 });
    expectInputError(() => read(file(GOOD[0] + ';12;13')), 'field-count', { line: 2, column: 8 });
  });

  it('trailing empty fields (Excel) are fine', () => {
    expect(read(file(GOOD[0] + ';;')).regions).toHaveLength(1);
  });
});

describe('impossible values', () => {
  it('more people aged 65+ than inhabitants', () => {
    const e = expectInputError(() => read(file('GM1982;Gemeente;Land van Cuijk;91722;91723;39678;69')), 'impossible-value', { file: 'kwb.csv', line: 2, column: 5 });
    expect(e.format('en')).toMatch(/^kwb\.csv, line 2, column 5: more people aged 65\+ than inhabitants/);
    expect(e.format('nl')).toMatch(/^kwb\.csv, regel 2, kolom 5: meer 65-plussers dan inwoners/);
  });

  it('allows a buurt CBS rounding to 5 (0 inhabitants, 5 aged 65+), not more', () => {
    expect(read(file('BU19820101;Buurt;Oud Velp;0;5;5;96')).regions[0].values.age65plus).toBe(5);
    expectInputError(() => read(file('BU19820101;Buurt;Oud Velp;0;10;5;96')), 'impossible-value', { line: 2, column: 5 });
  });

  it('negative counts, shares above 100, fractional counts', () => {
    expectInputError(() => read(file(GOOD[0], 'WK198201;Wijk;Velp;-1395;300;425;69')), 'impossible-value', { line: 3, column: 4 });
    expectInputError(() => read(file(GOOD[0], GOOD[1], 'BU19820101;Buurt;Oud Velp;275;70;110;101')), 'impossible-value', { line: 4, column: 7 });
    expectInputError(() => read(file('GM1982;Gemeente;Land van Cuijk;91722.5;21992;39678;69')), 'impossible-value', { line: 2, column: 4 });
  });

  it('text where a number belongs', () => {
    const e = expectInputError(() => read(file(GOOD[0], 'WK198201;Wijk;Velp;veel;300;425;69')), 'bad-number', { line: 3, column: 4 });
    expect(e.messages.nl).toContain("'veel'");
  });
});

describe('rows that break the table', () => {
  it('duplicate codes, naming both lines', () => {
    const e = expectInputError(() => read(file(...GOOD, GOOD[1])), 'duplicate-code', { line: 5, column: 1 });
    expect(e.messages.en).toContain('line 3');
  });

  it('a malformed code', () => {
    expectInputError(() => read(file(GOOD[0], 'WK1982;Wijk;Velp;1395;300;425;69')), 'bad-code', { line: 3, column: 1 });
  });

  it('malformed quotes', () => {
    expectInputError(() => read('regio_code;naam;a_inw\nGM1982;"Land" van Cuijk;91722\nGM0034;Almere;226500\n'), 'bad-quotes', { line: 2 });
  });
});
