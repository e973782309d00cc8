import { describe, expect, test } from 'vitest';
import { csvCell, fileName, safeText, toCsv } from '../../src/ui/export/csv.ts';

/** Spreadsheet safety: a name from a user's file must never run as a formula (OWASP CSV injection). */
describe('CSV escaping', () => {
  test('text starting with = + - @, tab or carriage return gets a leading apostrophe', () => {
    for (const bad of ['=HYPERLINK("http://x")', '+31 6', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd']) {
      expect(safeText(bad).startsWith("'"), bad).toBe(true);
    }
    for (const ok of ['Mill', 'Sint-Agatha', 'a=b', "'t Zand", '']) expect(safeText(ok)).toBe(ok);
  });

  test('escaped and special cells are quoted; quotes are doubled', () => {
    expect(csvCell('=1+1', 'nl')).toBe(`"'=1+1"`);
    expect(csvCell('Mill; Centrum', 'nl')).toBe('"Mill; Centrum"');
    expect(csvCell('Mill, Centrum', 'plain')).toBe('"Mill, Centrum"');
    expect(csvCell('Mill, Centrum', 'nl')).toBe('Mill, Centrum');
    expect(csvCell('zei "hoi"', 'plain')).toBe('"zei ""hoi"""');
    expect(csvCell('twee\nregels', 'plain')).toBe('"twee\nregels"');
  });

  test('numbers are never escaped, even negative ones; Dutch decimals use a comma', () => {
    expect(csvCell(-3.25, 'nl')).toBe('-3,25');
    expect(csvCell(-3.25, 'plain')).toBe('-3.25');
    expect(csvCell(1234567, 'nl')).toBe('1234567');
    expect(csvCell(1 / 3, 'plain')).toBe('0.333333');
    expect(csvCell(NaN, 'plain')).toBe('');
    expect(csvCell(null, 'nl')).toBe('');
  });

  test('a whole file: BOM and semicolons for Dutch Excel, CRLF line ends', () => {
    const text = toCsv(
      ['Scenario', 'Jaar', 'Cirkels'],
      [
        ['=evil()', 2026, 12.5],
        ['Basis', 2027, 14],
      ],
      'nl',
    );
    expect(text).toBe(`\uFEFFScenario;Jaar;Cirkels\r\n"'=evil()";2026;12,5\r\nBasis;2027;14\r\n`);
    expect(toCsv(['a'], [[1.5]], 'plain')).toBe('a\r\n1.5\r\n');
  });

  test('file names are plain ASCII', () => {
    expect(fileName('Aantal voorzorgcirkels in Súdwest-Fryslân', 'csv')).toBe('aantal-voorzorgcirkels-in-sudwest-fryslan.csv');
    expect(fileName('===', 'png')).toBe('sneeuwbal.png');
  });
});
