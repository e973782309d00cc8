/**
 * Issue #15 points 2–4 for the CBS reader: a download cut anywhere (also inside its last cell) is
 * refused or read with a warning, and what is read equals the clean file; Windows-1252's bytes
 * 0x80–0x9F decode to the right characters in Node as in the app; impossible counts are refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { decodeWindows1252 } from '../../src/data/cbs/decode.ts';
import { readCbsTable } from '../../src/data/cbs/index.ts';
import type { RegionTable } from '../../src/data/types.ts';
import { toWindows1252 } from '../fixtures/encode.ts';
import { bundledTable, expectInputError, fixture, LVC_FORMS } from './helpers.ts';
import { missingParts } from '../../src/data/cbs/completeness.ts';

function readOrRefuse(bytes: Uint8Array, name: string): RegionTable | 'refused' {
  try {
    return readCbsTable(bytes, name);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return 'refused';
  }
}

describe('a download cut off anywhere', () => {
  it.each(LVC_FORMS)('%s: refused, or read with the clean values and a warning for what was left out', (name) => {
    const bytes = fixture(name);
    const clean = readCbsTable(bytes, name);
    const counts = { refused: 0, whole: 0, warned: 0 };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: bytes.length - 1 }), (cut) => {
        const read = readOrRefuse(bytes.subarray(0, cut), name);
        if (read === 'refused') return void counts.refused++;
        // Every region read has exactly the clean file's values: a shortened number is never taken for a real one.
        for (const r of read.regions) expect(r.values, `${r.code} after a cut at byte ${cut}`).toEqual(clean.byCode.get(r.code)!.values);
        const lost = clean.regions.length - read.regions.length;
        // A cut right after a line end leaves a shorter but sound file (nothing can tell it from
        // one with fewer rows); any other cut that loses rows must say so.
        const atLineEnd = bytes[cut - 1] === 0x0a || bytes[cut - 1] === 0x0d;
        if (lost > 0 && !atLineEnd) {
          counts.warned++;
          expect(read.warnings.some((w) => w.code === 'truncated' || w.code === 'unterminated'), `cut at byte ${cut}`).toBe(true);
        } else counts.whole++;
      }),
      { numRuns: 300, seed: 15 },
    );
    expect(counts.warned).toBeGreaterThan(100);
  });

  it('sets aside a last row cut inside its last number (1968 → 19), and says so with the line', () => {
    const text = 'regio_code;naam;a_inw;a_65_oo\nGM1982;Land van Cuijk;91722;21992\nWK198210;Mill;11000;1968\n';
    const cut = text.slice(0, text.length - 3); // "…;19"
    const t = readCbsTable(cut, 'kwb.csv');
    expect(t.byCode.has('WK198210')).toBe(false);
    const w = t.warnings.find((x) => x.code === 'unterminated')!;
    expect(w.line).toBe(3);
    expect(w.messages.nl).toMatch(/regeleinde.*'19'.*overgeslagen/);
    // The whole file reads the row; a one-row file without a final line end is kept, with a warning.
    expect(readCbsTable(text, 'kwb.csv').byCode.get('WK198210')!.values.age65plus).toBe(1968);
    const one = readCbsTable('regio_code;a_inw;a_65_oo\nGM1982;91722;21992', 'een.csv');
    expect(one.regions).toHaveLength(1);
    expect(one.warnings.map((x) => x.code)).toContain('unterminated');
  });
});

describe('Windows-1252', () => {
  const high = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
  it('decodes all 27 characters of 0x80–0x9F as the WHATWG table does (Node 20 gave C1 controls)', () => {
    expect([...high]).toHaveLength(27);
    expect(decodeWindows1252(toWindows1252(high))).toBe(high);
    // The five unassigned bytes stay their C1 code points; Latin-1 above 0x9F is itself.
    expect(decodeWindows1252(Uint8Array.of(0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xe9, 0x41))).toBe('\u0081\u008d\u008f\u0090\u009dé' + 'A');
  });

  it('a Windows-1252 CBS file keeps ’ – € in its names', () => {
    const text = 'regio_code;naam;a_inw;a_65_oo\r\nGM1982;Land van Cuijk;91722;21992\r\nBU19820101;’t Zand – Noord €;505;100\r\n';
    const t = readCbsTable(toWindows1252(text), 'cp1252.csv');
    expect(t.byCode.get('BU19820101')!.name).toBe('’t Zand – Noord €');
    expect(t.warnings.map((w) => w.code)).toContain('encoding');
  });
});

describe('impossible data', () => {
  const head = 'regio_code;naam;a_inw;a_00_14;a_15_24;a_25_44;a_45_64;a_65_oo\n';
  it('age groups that together exceed the inhabitants', () => {
    const e = expectInputError(() => readCbsTable(`${head}GM1982;Land van Cuijk;1000;300;300;300;300;100\n`, 'kwb.csv'), 'impossible-value', { file: 'kwb.csv', line: 2 });
    expect(e.format('nl')).toMatch(/leeftijdsgroepen samen \(1300\) zijn meer dan de inwoners/);
    // CBS rounding (5 per group in buurten) is allowed.
    expect(readCbsTable(`${head}BU19820101;Oud Velp;100;20;20;20;20;40\n`, 'kwb.csv').regions).toHaveLength(1);
  });

  it('10^12 people of 65+ in one buurt is refused before anything is allocated', () => {
    const e = expectInputError(() => readCbsTable('regio_code;a_inw;a_65_oo\nBU19820101;1000000000000;1000000000000\n', 'kwb.csv'), 'impossible-value', { line: 2 });
    expect(e.format('en')).toMatch(/more than 30 million is impossible for a Dutch region/);
  });
});

describe('a download cut off at the end of a line (issue #12)', () => {
  const text = new TextDecoder('windows-1252').decode(fixture('land-van-cuijk-kwb-cp1252.csv')).split('\n');

  it('reads cleanly row for row, and warns that wijken and buurten are missing, with the counts', () => {
    // 40 lines: Land van Cuijk's own row and its first 8 wijken with some of their buurten.
    const cut = readCbsTable(text.slice(0, 40).join('\n') + '\n', 'kwb-afgebroken.csv');
    const missing = cut.warnings.filter((w) => w.code === 'missing-parts');
    expect(missing.map((w) => w.messages.nl)).toContainEqual(expect.stringMatching(/^van Land van Cuijk \(GM1982\) staan 8 wijken in het bestand met samen [\d.]+ van de 91\.722 inwoners: er ontbreken wijken/));
  });

  it('never warns for a whole file, nor for the bundled national table', () => {
    for (const name of LVC_FORMS) expect(readCbsTable(fixture(name), name).warnings.filter((w) => w.code === 'missing-parts')).toEqual([]);
    expect(missingParts(bundledTable().regions)).toEqual([]);
  });
});
