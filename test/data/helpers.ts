/** Shared bits for the data tests: fixture bytes, the bundled table, and an InputError matcher. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { InputError, isInputError, type Where } from '../../src/core/errors.ts';
import { readCbsTable } from '../../src/data/cbs/index.ts';
import type { RegionTable } from '../../src/data/types.ts';

export const repoPath = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
export const fixturePath = (name: string) => repoPath(`test/fixtures/cbs/${name}`);
export const fixture = (name: string): Uint8Array => readFileSync(fixturePath(name));

export const LVC_FORMS = ['land-van-cuijk-kwb-cp1252.csv', 'land-van-cuijk-odata.csv', 'land-van-cuijk-statline.csv'] as const;

let bundled: RegionTable | undefined;
/** The bundled national table, read once per test file. */
export function bundledTable(): RegionTable {
  bundled ??= readCbsTable(readFileSync(repoPath('data/kwb-2024.csv')), 'kwb-2024.csv');
  return bundled;
}

/**
 * Tolerance for a sum of buurt counts against the gemeente figure: CBS rounds each buurt count at
 * random to a multiple of 5, unbiased, so each error lies in (−5, 5) with a standard deviation of
 * at most 2.5; for n buurten the sum's sd is at most 2.5·√n, and we allow 4 sd = 10·√n.
 */
export const roundingTolerance = (n: number) => 10 * Math.sqrt(n);

/** Runs `f`, expects an InputError with this code and location, returns it for more checks. */
export function expectInputError(f: () => unknown, code: string, where: Partial<Where> = {}): InputError {
  let caught: unknown;
  try {
    f();
  } catch (e) {
    caught = e;
  }
  expect(caught, 'expected an InputError').toBeDefined();
  expect(isInputError(caught), `expected InputError, got ${String(caught)}`).toBe(true);
  const e = caught as InputError;
  expect(e.code).toBe(code);
  expect(e.where).toMatchObject(where);
  expect(e.messages.nl.length).toBeGreaterThan(10);
  expect(e.messages.en.length).toBeGreaterThan(10);
  return e;
}
