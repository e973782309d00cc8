/**
 * `sneeuwbal simulate` and `sneeuwbal params` through the real binary: the documented JSON, the
 * CBS 65+ count, identical output with 1 or 2 workers, snowball = 0, and bad input → exit 2 with a
 * plain message naming the field and the allowed range. The bad flags run in-process through main()
 * (same code, output and exit code as the binary without a process start each); bin.test.ts covers
 * the binary's own exit codes.
 */
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/core/params/index.ts';
import { hasStackTrace, runMain, sneeuwbal, tempFiles } from '../helpers/cli.ts';

const MILL = ['simulate', '--area', 'WK198210', '--plan', 'a=1,b=2', '--reps', '20', '--seed', '11', '--json'];
const file = tempFiles('sneeuwbal-sim-');

describe('sneeuwbal simulate', () => {
  const runs = Promise.all([
    sneeuwbal(...MILL, '--workers', '1'),
    sneeuwbal(...MILL, '--workers', '2'),
    sneeuwbal(...MILL, '--set', 'snowball=0', '--workers', '1'),
  ]);

  it('returns the documented JSON with summary.age65plus equal to the CBS count of Mill (1,590)', async () => {
    const [one] = await runs;
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    const doc = JSON.parse(one.stdout);
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(['scenario', 'summary', 'series', 'cost']));
    expect(doc.summary.age65plus).toBe(1590);
    for (const key of ['circles', 'coverage', 'spontaneous'])
      expect(doc.summary[key]).toEqual({ p10: expect.any(Number), p50: expect.any(Number), p90: expect.any(Number) });
    expect(doc.series).toHaveLength(121);
    expect(doc.series[60]).toMatchObject({
      month: 60,
      circles: { p10: expect.any(Number) },
      coverage: { p50: expect.any(Number) },
      spontaneous: { p90: expect.any(Number) },
    });
    expect(doc.summary.seeded.a.p50 + doc.summary.seeded.b.p50).toBeGreaterThanOrEqual(3);
    expect(doc.cost.fixed).toBe(2400 + 500 + 2500 + 2000);
    expect(doc.source).toMatch(/Bron: CBS/);
  }, 120_000);

  it('is byte-identical with --workers 2', async () => {
    const [one, two] = await runs;
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  }, 120_000);

  it('--set snowball=0 yields no spontaneous circle at any month', async () => {
    const [, , zero] = await runs;
    const doc = JSON.parse(zero.stdout);
    expect(doc.summary.spontaneousFoundings).toEqual({ p10: 0, p50: 0, p90: 0 });
    expect(doc.series.every((p: { spontaneous: { p90: number } }) => p.spontaneous.p90 === 0)).toBe(true);
    expect(doc.series[24].circles.p50).toBeGreaterThan(0); // the seeded circles exist; without a snowball they fade
  }, 120_000);

  it('prints readable Dutch text without --json, English with --lang en', async () => {
    const [nl, en] = await Promise.all([
      sneeuwbal('simulate', '--area', 'WK198210', '--plan', 'b=1', '--reps', '3', '--months', '36'),
      sneeuwbal('simulate', '--area', 'WK198210', '--plan', 'b=1', '--reps', '3', '--months', '36', '--lang', 'en'),
    ]);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toMatch(/Mill: 1\.590 inwoners van 65 jaar of ouder/);
    expect(nl.stdout).toMatch(/De sneeuwbal rolt in \d+% van de toekomsten/);
    expect(en.stdout).toMatch(/The snowball rolls in \d+% of the futures/);
  }, 60_000);

  const badCases: [string, string[], RegExp][] = [
    ['unknown parameter', ['--area', 'WK198210', '--plan', 'a=1', '--set', 'snowbal=0'], /onbekende parameter "snowbal".*snowball/],
    ['value outside bounds', ['--area', 'WK198210', '--plan', 'a=1', '--set', 'snowball=11'], /snowball = 11 valt buiten het toegestane bereik 0 … 10/],
    ['--set without =', ['--area', 'WK198210', '--plan', 'a=1', '--set', 'snowball'], /--set: 'snowball' moet de vorm NAAM=WAARDE/],
    ['unknown area', ['--area', 'WK999999', '--plan', 'a=1'], /gebied "WK999999" staat niet in de CBS-tabel/],
    ['empty plan', ['--area', 'WK198210', '--plan', ''], /--plan: het plan is leeg/],
    ['a plan that seeds nothing', ['--area', 'WK198210', '--plan', 'a=0,b=0'], /het plan start geen enkele cirkel/],
    ['a bad route', ['--area', 'WK198210', '--plan', 'd=2'], /--plan: 'd=2' begrijp ik niet/],
    ['reps out of range', ['--area', 'WK198210', '--plan', 'a=1', '--reps', '0'], /reps moet een heel getal van 1 tot en met 10000 zijn/],
    ['bad seed months', ['--area', 'WK198210', '--plan', 'a=1', '--seed-months', '24-6'], /--seed-months: verwacht VAN-TOT/],
    ['bad placement', ['--area', 'WK198210', '--plan', 'a=1', '--placement', 'everywhere'], /placement moet een van clustered, spread, auto, chosen zijn/],
    [
      'chosen buurt outside the area',
      ['--area', 'WK198210', '--plan', 'b=1', '--placement', 'chosen', '--buurten', 'BU19820101'],
      /BU19820101 ligt niet in Mill/,
    ],
    ['no area', ['--plan', 'a=1'], /kies minstens één gebied/],
  ];

  it.each(badCases)(
    '%s → exit 2 with a plain message',
    async (_, args, message) => {
      const r = await runMain('simulate', ...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(hasStackTrace(r.stderr)).toBe(false);
    },
    60_000,
  );

  it('a malformed scenario file → exit 2 naming file, line and column; a bad field → its name', async () => {
    const broken = file('kapot.json', '{\n  "area": ["WK198210"],\n  "plan": { "a": { "count": 1 } \n}');
    const r = await sneeuwbal('simulate', '--scenario', broken);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/kapot\.json, regel \d+, kolom \d+: dit is geen geldige JSON/);
    const wrong = file('fout.json', JSON.stringify({ area: ['WK198210'], plan: { a: { count: 1 } }, months: 'tien' }));
    const w = await sneeuwbal('simulate', '--scenario', wrong, '--lang', 'en');
    expect(w.code).toBe(2);
    expect(w.stderr).toMatch(/months must be a whole number from 12 to 360/);
    expect(hasStackTrace(r.stderr + w.stderr)).toBe(false);
  }, 60_000);

  it('reads a scenario file as the app saves it, with flags overriding its fields', async () => {
    const scenario = file('scenario.json', JSON.stringify({ version: 1, area: ['WK198210'], plan: { b: { count: 1 } }, reps: 2, seed: 3, months: 24 }));
    const r = await sneeuwbal('simulate', '--scenario', scenario, '--reps', '3', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.scenario).toMatchObject({ area: ['WK198210'], reps: 3, seed: 3, months: 24 });
  }, 60_000);
});

describe('sneeuwbal params', () => {
  it('--json lists every registry parameter with the documented fields', async () => {
    const r = await sneeuwbal('params', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.parameters).toHaveLength(registry.length);
    for (const p of doc.parameters) {
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['name', 'default', 'min', 'max', 'unit', 'label', 'source', 'calibrate']));
      expect(p.label).toEqual({ nl: expect.any(String), en: expect.any(String) });
    }
    expect(doc.parameters.find((p: { name: string }) => p.name === 'snowball')).toMatchObject({ default: 1, min: 0 });
  }, 30_000);
});
