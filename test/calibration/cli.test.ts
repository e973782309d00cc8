/**
 * `sneeuwbal calibrate` through the real binary: the documented JSON, byte-identical with 1 or 2
 * workers, a posterior file that `simulate --params` takes, readable text, and bad input → exit 2
 * with a plain message naming file, line and column (or the flag).
 * The fixture test/fixtures/field/mill-simulated.csv was made by the model itself (models.ts, millField:
 * willing = 0.3, replication 4300, members included) as it was on the day the file was made; later
 * model changes do not matter here: these tests check the command, not the numbers.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseParamSet } from '../../src/experiments/paramset.ts';
import { hasStackTrace, runMain, sneeuwbal } from '../helpers/cli.ts';

const fixture = fileURLToPath(new URL('../fixtures/field/mill-simulated.csv', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sneeuwbal-cal-'));
const at = (name: string) => join(dir, name);
const BASE = [
  'calibrate',
  '--observed',
  fixture,
  '--area',
  'WK198210',
  '--plan',
  'a=1,b=2,c=2',
  '--pr',
  '0.5',
  '--start',
  '2018-01',
  '--fit',
  'willing',
  '--particles',
  '20',
  '--generations',
  '2',
  '--reps',
  '10',
  '--seed',
  '3',
];

describe('sneeuwbal calibrate', () => {
  const runs = Promise.all([
    sneeuwbal(...BASE, '--out', at('one.json'), '--workers', '1', '--json'),
    sneeuwbal(...BASE, '--out', at('two.json'), '--workers', '2', '--json'),
  ]);
  // The text form in this process (no second start-up of the TypeScript loader).
  const text = runMain(...BASE, '--out', at('text.json'), '--workers', '1', '--lang', 'en');

  it('prints {parameters:[{name,median,lo90,hi90}], acceptance, epsilon, posterior} and saves the posterior', async () => {
    const [one] = await runs;
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    const doc = JSON.parse(one.stdout);
    expect(doc.parameters).toEqual([
      expect.objectContaining({ name: 'willing', median: expect.any(Number), lo90: expect.any(Number), hi90: expect.any(Number) }),
    ]);
    expect(doc.parameters[0].lo90).toBeLessThanOrEqual(doc.parameters[0].median);
    expect(doc.acceptance).toHaveLength(2);
    expect(doc.epsilon).toHaveLength(2);
    expect(doc.epsilon[1]).toBeLessThan(doc.epsilon[0]);
    expect(doc.posterior).toBe(at('one.json'));
    expect(doc.observed).toMatchObject({ rows: 16, targets: 32, first: '2018-06', last: '2025-12' });
    expect(doc.predictive.series.map((s: { key: string }) => s.key)).toEqual(['WK198210 circles', 'WK198210 members']);
    const set = parseParamSet(readFileSync(at('one.json'), 'utf8'), 'one.json');
    expect(set.posterior!.names).toEqual(['willing']);
    expect(set.posterior!.particles).toHaveLength(20);
  }, 120_000);

  it('is byte-identical with --workers 2 (posterior file included)', async () => {
    const [one, two] = await runs;
    expect(two.code).toBe(0);
    expect(two.stdout.replace('two.json', 'one.json')).toBe(one.stdout);
    expect(readFileSync(at('two.json'), 'utf8')).toBe(readFileSync(at('one.json'), 'utf8'));
  }, 120_000);

  it('writes readable text without --json', async () => {
    const r = await text;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Calibration for Mill \(WK198210\): 16 observations/);
    expect(r.stdout).toMatch(/willing\s+[\d.]+ \([\d.]+ – [\d.]+\)/);
    expect(r.stdout).toContain(`sneeuwbal simulate --params ${at('text.json')}`);
    expect(readFileSync(at('text.json'), 'utf8')).toBe(readFileSync(at('one.json'), 'utf8'));
  }, 120_000);

  it('gives a posterior that simulate --params averages over', async () => {
    await runs;
    const r = await sneeuwbal('simulate', '--area', 'WK198210', '--plan', 'b=2', '--reps', '6', '--months', '24', '--params', at('one.json'), '--json');
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).posterior).toEqual({ names: ['willing'], particles: 20 });
  }, 120_000);
});

describe('sneeuwbal calibrate with bad input', () => {
  const bad = at('veld.csv');
  writeFileSync(bad, 'date;area;circles\n2018-06;WK198210;3\n2018-12;WK198210;-1\n');

  it('a bad field file: exit 2, file/line/column, no stack trace, nothing written', async () => {
    const r = await sneeuwbal('calibrate', '--observed', bad, '--area', 'WK198210', '--out', at('never.json'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/veld\.csv, regel 3, kolom 3: -1 circles: een aantal kan niet negatief zijn/);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(existsSync(at('never.json'))).toBe(false);
  }, 60_000);

  it('demography, a missing --observed and an area outside --area: exit 2 naming the problem', async () => {
    const [demo, none, outside] = await Promise.all([
      sneeuwbal('calibrate', '--observed', fixture, '--area', 'WK198210', '--fit', 'mortality65', '--lang', 'en'),
      sneeuwbal('calibrate', '--area', 'WK198210'),
      sneeuwbal('calibrate', '--observed', fixture, '--area', 'WK198201'),
    ]);
    expect(demo.code).toBe(2);
    expect(demo.stderr).toMatch(/--fit: mortality65 cannot be fitted: demography is fixed/);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--observed/);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/mill-simulated\.csv, regel 2: gebied WK198210 ligt niet \(helemaal\) binnen/);
    for (const r of [demo, none, outside]) expect(hasStackTrace(r.stderr)).toBe(false);
  }, 60_000);
});
