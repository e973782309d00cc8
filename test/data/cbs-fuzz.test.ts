/**
 * Property: whatever happens to a real CBS file on its way to us (cut off, bytes flipped,
 * separators dropped or added, quotes swapped, re-encoded, lines duplicated or lost, cells
 * replaced by odd text), readCbsTable either returns a sound table or throws an InputError with
 * a message in both languages. Never any other exception.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { readCbsTable } from '../../src/data/cbs/index.ts';
import { isRegionCode } from '../../src/data/regions.ts';
import { toUtf16le, toUtf8Bom, toWindows1252 } from '../fixtures/encode.ts';
import { fixture, repoPath } from './helpers.ts';

const nationalSlice = () => {
  const lines = readFileSync(repoPath('data/kwb-2024.csv'), 'utf8').split('\n');
  // The header, NL00 and the first gemeenten, plus Leeuwarden's Frisian names.
  return new TextEncoder().encode([...lines.slice(0, 120), ...lines.slice(690, 700)].join('\n') + '\n');
};

const BASES: [string, Uint8Array][] = [
  ['kwb-cp1252', fixture('land-van-cuijk-kwb-cp1252.csv')],
  ['odata', fixture('land-van-cuijk-odata.csv')],
  ['statline', fixture('land-van-cuijk-statline.csv')],
  ['frisian', fixture('frisian-kwb-cp1252.csv')],
  ['odata-2020', fixture('kwb-2020-84799NED-almere.csv')],
  ['national', nationalSlice()],
];

const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const ODD_CELLS = ['.', 'x', '-', '?', '', ' ', '-5', '1e309', 'NaN', 'Infinity', '١٢٣', '99999999999999999999999', '0x10', '1.234.5', '1,2,3', '"', '""', 'é', '\u0000', '-99999999', 'BU0000', 'gm1982', 'Wijk'];

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'dropSeparator'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'quotes'; how: 'single' | 'none' | 'stray'; at: number }
  | { kind: 'encoding'; to: 'cp1252' | 'utf16' | 'bom' | 'strip-bom' }
  | { kind: 'duplicateLine'; at: number }
  | { kind: 'deleteLine'; at: number }
  | { kind: 'bytes'; at: number; bytes: Uint8Array }
  | { kind: 'cell'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at }),
  fc.record({ kind: fc.constant('flip' as const), at, byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('dropSeparator' as const), at }),
  fc.record({ kind: fc.constant('insert' as const), at, text: fc.constantFrom(',', ';', '\t', '"', '\n', '\r', '\r\n', ';;;', '\n\n') }),
  fc.record({ kind: fc.constant('quotes' as const), how: fc.constantFrom('single' as const, 'none' as const, 'stray' as const), at }),
  fc.record({ kind: fc.constant('encoding' as const), to: fc.constantFrom('cp1252' as const, 'utf16' as const, 'bom' as const, 'strip-bom' as const) }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at }),
  fc.record({ kind: fc.constant('deleteLine' as const), at }),
  fc.record({ kind: fc.constant('bytes' as const), at, bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }) }),
  fc.record({ kind: fc.constant('cell' as const), at, text: fc.constantFrom(...ODD_CELLS) }),
);

/** More runs for a deeper search: FUZZ_RUNS=5000 npx vitest run test/data/cbs-fuzz.test.ts */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
/**
 * A fixed seed by default, so CI is repeatable (a random seed made the "not vacuous" counts below
 * fail now and then); FUZZ_SEED=random explores new mutations, FUZZ_SEED=n replays a failure.
 */
const SEED = process.env.FUZZ_SEED === 'random' ? undefined : Number(process.env.FUZZ_SEED ?? 20261123);

const decode = (b: Uint8Array) => new TextDecoder().decode(b);
const encode = (s: string) => new TextEncoder().encode(s);

function apply(bytes: Uint8Array, m: Mutation): Uint8Array {
  const pos = (n: number) => Math.floor((m as { at?: number }).at! * n);
  switch (m.kind) {
    case 'truncate':
      return bytes.subarray(0, pos(bytes.length));
    case 'flip': {
      const out = bytes.slice();
      if (out.length) out[pos(out.length)] = m.byte;
      return out;
    }
    case 'bytes': {
      const i = pos(bytes.length);
      return Uint8Array.from([...bytes.subarray(0, i), ...m.bytes, ...bytes.subarray(i)]);
    }
    case 'encoding': {
      const text = decode(bytes).replace(/^\uFEFF/, '');
      return m.to === 'cp1252' ? toWindows1252(text) : m.to === 'utf16' ? toUtf16le(text) : m.to === 'bom' ? toUtf8Bom(text) : encode(text);
    }
    default:
      return encode(mutateText(decode(bytes), m));
  }
}

function mutateText(text: string, m: Mutation): string {
  const pos = (n: number) => Math.floor((m as { at?: number }).at! * n);
  const lines = text.split('\n');
  switch (m.kind) {
    case 'dropSeparator': {
      const seps = [...text.matchAll(/[;,]/g)];
      if (seps.length === 0) return text;
      const i = seps[pos(seps.length)].index!;
      return text.slice(0, i) + text.slice(i + 1);
    }
    case 'insert': {
      const i = pos(text.length);
      return text.slice(0, i) + m.text + text.slice(i);
    }
    case 'quotes':
      if (m.how === 'single') return text.replace(/"/g, "'");
      if (m.how === 'none') return text.replace(/"/g, '');
      return text.slice(0, pos(text.length)) + '"' + text.slice(pos(text.length));
    case 'duplicateLine': {
      const i = pos(lines.length);
      return [...lines.slice(0, i + 1), lines[i], ...lines.slice(i + 1)].join('\n');
    }
    case 'deleteLine': {
      const i = pos(lines.length);
      return [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
    }
    case 'cell': {
      // Replace one field of one line by odd text, keeping the separators.
      const i = pos(lines.length);
      const sep = lines[0].includes(';') ? ';' : ',';
      const cells = lines[i].split(sep);
      cells[Math.floor(((m.at * 7919) % 1) * cells.length)] = m.text;
      lines[i] = cells.join(sep);
      return lines.join('\n');
    }
    default:
      return text;
  }
}

/** The property itself: a sound table, or an InputError with both languages; nothing else. */
function check(bytes: Uint8Array, name: string): 'table' | 'error' {
  let table;
  try {
    table = readCbsTable(bytes, name);
  } catch (e) {
    if (!(e instanceof InputError)) throw new Error(`not an InputError: ${e instanceof Error ? e.stack : String(e)}`);
    if (!e.messages.nl || !e.messages.en || e.where.file !== name || !e.format('nl').startsWith(name)) throw new Error(`incomplete InputError: ${e.format('en')}`);
    return 'error';
  }
  // Plain checks: expect() per cell would dominate the run time.
  if (table.regions.length === 0 || table.byCode.size !== table.regions.length) throw new Error('empty table or duplicate codes');
  for (const r of table.regions) {
    if (!isRegionCode(r.code)) throw new Error(`bad code ${r.code}`);
    for (const v of Object.values(r.values)) if (!Number.isFinite(v)) throw new Error(`non-finite value in ${r.code}`);
  }
  return 'table';
}

describe('readCbsTable under mutation (fast-check)', () => {
  it.each(BASES)('%s: only tables or InputErrors', (name, base) => {
    const seen = { table: 0, error: 0 };
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        seen[check(mutations.reduce(apply, base), `${name}.csv`)]++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // Not vacuous: the mutations both break files and leave readable ones.
    expect(seen.table).toBeGreaterThan(10);
    expect(seen.error).toBeGreaterThan(10);
  });

  it('random bytes and random text', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => void check(bytes, 'random.csv')), { numRuns: 300, seed: SEED });
    fc.assert(fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), (text) => void check(encode(text), 'random.csv')), { numRuns: 300, seed: SEED });
    fc.assert(
      fc.property(fc.array(fc.constantFrom('regio_code', 'a_inw', 'a_65_oo', 'GM1982', 'BU19820101', ';', ',', '\n', '"', '1', '2,5', '.', 'x'), { maxLength: 40 }), (parts) =>
        void check(encode(parts.join('')), 'tokens.csv'),
      ),
      { numRuns: 400, seed: SEED },
    );
  });
});
