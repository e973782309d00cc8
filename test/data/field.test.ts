/**
 * The field-data reader: the documented CSV in the forms people make it (comma or semicolon, BOM,
 * Dutch headers, optional columns), and every kind of bad input as an InputError in Dutch and
 * English naming file, line and column.
 */
import { describe, expect, it } from 'vitest';
import { addMonths, fieldCsv, monthsBetween, readFieldData } from '../../src/data/field.ts';
import { expectInputError } from './helpers.ts';

const known = { has: (c: string) => ['GM1982', 'WK198210', 'BU19821001', 'WK079427'].includes(c) };
const read = (text: string | Uint8Array, groups: string[] = []) => readFieldData(text, 'veld.csv', { regions: known, groups });

describe('reading field data', () => {
  it('reads the minimal form, sorted by date, with counts as numbers', () => {
    const d = read('date,area,circles\n2024-06,WK198210,5\n2023-12,wk198210,3\n2024-06-30,GM1982,40\n');
    expect(d.rows.map((r) => [r.month, r.day, r.area, r.circles])).toEqual([
      ['2023-12', null, 'WK198210', 3],
      ['2024-06', null, 'WK198210', 5],
      ['2024-06', 30, 'GM1982', 40],
    ]);
    expect(d.rows[0].line).toBe(3);
    expect(d.areas).toEqual(['WK198210', 'GM1982']);
    expect([d.first, d.last]).toEqual(['2023-12', '2024-06']);
    expect(d.has).toEqual({ members: false, route: false, origin: false });
  });

  it('reads semicolons, a UTF-8 BOM, CRLF, Dutch column names, optional columns and group names', () => {
    const bytes = new TextEncoder().encode('\uFEFFdatum;gebied;cirkels;leden;route;herkomst\r\n2024-01;Mill-Oost;2;19;a;\r\n2024-01;Mill-Oost;1;;;spontaan\r\n\r\n');
    const d = read(bytes, ['Mill-Oost']);
    expect(d.rows).toEqual([
      { line: 2, month: '2024-01', day: null, area: 'Mill-Oost', circles: 2, members: 19, route: 'a', origin: null },
      { line: 3, month: '2024-01', day: null, area: 'Mill-Oost', circles: 1, members: null, route: null, origin: 'spontaneous' },
    ]);
    expect(d.has).toEqual({ members: true, route: true, origin: true });
  });

  it('ignores unknown columns with a warning, and warns about fewer members than circles', () => {
    const d = read('date,area,circles,members,note\n2024-01,WK198210,3,2,from the newsletter\n');
    expect(d.warnings.map((w) => w.code)).toEqual(['field.unknown-column', 'field.few-members']);
    expect(d.warnings[0]).toMatchObject({ line: 1, column: 5 });
  });

  it('round-trips through fieldCsv', () => {
    const d = read('date;area;circles;members;route\n2024-01;WK198210;2;19;a\n2024-07-15;WK198210;4;;\n');
    const again = read(fieldCsv(d.rows));
    expect(again.rows.map(({ line: _, ...r }) => r)).toEqual(d.rows.map(({ line: _, ...r }) => r));
  });

  it('counts months between calendar months', () => {
    expect(monthsBetween('2018-01', '2025-12')).toBe(95);
    expect(monthsBetween('2018-06', '2018-01')).toBe(-5);
    expect(addMonths('2018-11', 3)).toBe('2019-02');
    expect(addMonths('2018-01', 95)).toBe('2025-12');
  });
});

describe('bad field data', () => {
  it('an empty file or one with only blank lines', () => {
    expectInputError(() => read(''), 'field.empty', { file: 'veld.csv' });
    expectInputError(() => read(new Uint8Array()), 'field.empty');
    expectInputError(() => read('\n \n'), 'field.empty');
  });

  it('a binary file, with a message about field data (not CBS tables)', () => {
    const e = expectInputError(() => read(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 1])), 'field.binary');
    expect(e.messages.en).toContain('date,area,circles');
  });

  it('missing header columns, named', () => {
    const e = expectInputError(() => read('date,circles\n2024-01,3\n'), 'field.missing-column', { file: 'veld.csv', line: 1 });
    expect(e.messages.en).toContain('area');
    expect(e.format('nl')).toMatch(/^veld\.csv, regel 1: kolom area ontbreekt/);
    expectInputError(() => read('date,area,circles,area\n'), 'field.duplicate-column', { line: 1, column: 4 });
  });

  it('a header without observations', () => {
    expectInputError(() => read('date,area,circles\n\n'), 'field.no-rows', { line: 1 });
  });

  it('bad dates, with line and column', () => {
    for (const bad of ['2024-13', '2024-02-30', '24-06', '06-2024', 'juni 2024', '2024/06', '']) {
      expectInputError(() => read(`area,date,circles\nWK198210,2024-01,1\nWK198210,${bad},2\n`), 'field.date', { line: 3, column: 2 });
    }
  });

  it('negative, fractional, non-numeric and missing counts', () => {
    expectInputError(() => read('date,area,circles\n2024-01,WK198210,-2\n'), 'field.negative', { line: 2, column: 3 });
    expectInputError(() => read('date,area,circles\n2024-01,WK198210,2.5\n'), 'field.count', { line: 2, column: 3 });
    expectInputError(() => read('date,area,circles\n2024-01,WK198210,veel\n'), 'field.count', { line: 2, column: 3 });
    expectInputError(() => read('date,area,circles\n2024-01,WK198210,\n'), 'field.count', { line: 2, column: 3 });
    expectInputError(() => read('date,area,circles,members\n2024-01,WK198210,2,-1\n'), 'field.negative', { line: 2, column: 4 });
  });

  it('unknown areas: a code not in the table, a name that is no group', () => {
    const e = expectInputError(() => read('date,area,circles\n2024-01,WK999999,2\n'), 'field.area', { line: 2, column: 2 });
    expect(e.messages.nl).toContain('WK999999');
    expect(expectInputError(() => read('date,area,circles\n2024-01,Mill,2\n', ['Wanroij']), 'field.area').messages.en).toContain("'Wanroij'");
    expectInputError(() => read('date,area,circles\n2024-01,,2\n'), 'field.area', { line: 2 });
  });

  it('bad route and origin values, and a route that contradicts spontaneous', () => {
    expectInputError(() => read('date,area,circles,route\n2024-01,WK198210,2,d\n'), 'field.route', { line: 2, column: 4 });
    expectInputError(() => read('date,area,circles,origin\n2024-01,WK198210,2,zelf\n'), 'field.origin', { line: 2, column: 4 });
    expectInputError(() => read('date,area,circles,route,origin\n2024-01,WK198210,2,b,spontaneous\n'), 'field.route-origin', { line: 2, column: 5 });
  });

  it('rows with too few or too many fields, and duplicate observations', () => {
    expectInputError(() => read('date,area,circles\n2024-01,WK198210\n'), 'field.short-row', { line: 2 });
    expectInputError(() => read('date,area,circles\n2024-01,WK198210,2,5\n'), 'field.long-row', { line: 2, column: 4 });
    const e = expectInputError(() => read('date,area,circles\n2024-01,WK198210,2\n2024-02,WK198210,2\n2024-01,wk198210,3\n'), 'field.duplicate', { line: 4 });
    expect(e.messages.en).toContain('line 2');
  });
});
