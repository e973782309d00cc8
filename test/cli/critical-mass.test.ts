/**
 * `sneeuwbal critical-mass` and `sneeuwbal rank` as a user runs them (node src/cli/bin.mjs): the
 * JSON contract of INTERFACES.md, readable text, the same bytes with 1 or 2 workers, and bad input
 * answered with exit code 2 and a plain message (never a stack trace) or a result that says why.
 */
import { describe, expect, it } from 'vitest';
import { sneeuwbal } from '../helpers/cli.ts';

// Sint Agatha (WK198212, 130 people 65+): small enough for a quick search.
const quick = ['--area', 'WK198212', '--route', 'b', '--max-k', '4', '--reps', '16', '--seed', '2'];

describe('sneeuwbal critical-mass and rank', () => {
  // Started together: each process pays the TypeScript loader's start-up once.
  const runs = Promise.all([
    sneeuwbal('critical-mass', ...quick, '--workers', '1', '--json'),
    sneeuwbal('critical-mass', ...quick, '--workers', '2', '--json'),
    sneeuwbal('critical-mass', ...quick, '--workers', '1', '--lang', 'en'),
    sneeuwbal('critical-mass', '--area', 'WK198210', '--target', '1.5'),
    sneeuwbal('critical-mass', '--area', 'WK198210', '--max-k', '0', '--lang', 'en'),
    sneeuwbal('critical-mass', '--area', 'BU19821305', '--lang', 'en'),
    sneeuwbal('critical-mass', '--area', 'WK198210', '--route', 'd'),
    sneeuwbal('critical-mass', '--area', 'WK198205', '--route', 'a', '--max-k', '3', '--reps', '8', '--workers', '1', '--json', '--lang', 'en'),
    sneeuwbal(
      'rank',
      '--within',
      'WK198210',
      '--level',
      'buurt',
      '--route',
      'b',
      '--reps',
      '8',
      '--max-k',
      '3',
      '--budget',
      '2',
      '--months',
      '60',
      '--workers',
      '1',
      '--json',
    ),
    sneeuwbal('rank', '--within', 'GM1982', '--level', 'straat'),
  ]);
  // Apart from `runs`: should it hang, only its own test fails.
  const badRoute = sneeuwbal('rank', '--within', 'WK198210', '--level', 'buurt', '--route', 'd', '--workers', '2');

  it('--json prints {area, route, target, criticalMass:{k50,k90}, curve:[{k,p,lo,hi,reps}], reason}', async () => {
    const [r] = await runs;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ area: 'WK198212', route: 'b', target: 0.9 });
    expect(Object.keys(doc.criticalMass)).toEqual(expect.arrayContaining(['k50', 'k90']));
    for (const k of ['k50', 'k90']) expect(doc.criticalMass[k] === null || Number.isInteger(doc.criticalMass[k])).toBe(true);
    expect(doc.curve.length).toBeGreaterThan(2);
    for (const p of doc.curve) {
      expect(p).toMatchObject({ k: expect.any(Number), p: expect.any(Number), lo: expect.any(Number), hi: expect.any(Number), reps: expect.any(Number) });
      expect(p.lo).toBeLessThanOrEqual(p.p);
      expect(p.hi).toBeGreaterThanOrEqual(p.p);
      expect(p.reps).toBeLessThanOrEqual(16);
    }
    expect(typeof doc.reason).toBe('string');
    expect(doc.reason.length).toBeGreaterThan(20);
    expect(doc.takeoffRule.text.nl).toMatch(/De sneeuwbal rolt/);
    // Issue #9 additions (INTERFACES.md): intervals, drivers and a documented reason code.
    expect(doc.k90Interval === null || (Array.isArray(doc.k90Interval) && doc.k90Interval.length === 2)).toBe(true);
    expect(doc.k90Interval === null).toBe(doc.criticalMass.k90 === null);
    expect(doc.Rinterval === null || doc.Rinterval[0] <= doc.Rinterval[1]).toBe(true);
    expect(['reached', 'saturated', 'r-below-one', 'plateau', 'undecided', 'still-rising', 'no-seeds', 'route-capacity']).toContain(doc.reasonCode);
    expect(doc.drivers).toHaveLength(3);
    for (const d of doc.drivers) {
      expect(d).toMatchObject({ name: expect.any(String), low: { value: expect.any(Number) }, high: { value: expect.any(Number) } });
      expect(d.low.value).toBeLessThan(d.high.value);
    }
  }, 240_000);

  it('gives byte-identical JSON with 1 or 2 workers', async () => {
    const [one, two] = await runs;
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  }, 240_000);

  it('prints readable text without --json, with the takeoff rule in words', async () => {
    const r = (await runs)[2];
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Critical mass \(target 90%\): k50 = .*, k90 = /);
    // The line names a number only where the answer does (same settings as the JSON run).
    const doc = JSON.parse((await runs)[0].stdout);
    const line = r.stdout.split('\n').find((l) => l.startsWith('Critical mass (target'))!;
    for (const [name, named] of [
      ['k50', doc.criticalMass.k50],
      ['k90', doc.criticalMass.k90],
    ] as const) {
      if (named === null) expect(line).toMatch(new RegExp(`${name} = (not within \\d+|about \\d+, no number given)`));
      else expect(line).toMatch(new RegExp(`${name} = ${named}\\b`));
    }
    expect(r.stdout).toMatch(/P\(the snowball rolls \| k seeded circles\)/);
    expect(r.stdout).toMatch(/"The snowball rolls" means here/);
    expect(r.stdout).toMatch(/project leader 2,400/);
  }, 120_000);

  it('bad input: exit 2 with a plain message naming the problem, no stack trace', async () => {
    const [, , , target, maxK, park, route] = await runs;
    expect(target.code).toBe(2);
    expect(target.stderr).toMatch(/--target: .*tussen 0 en 1/);
    expect(maxK.code).toBe(2);
    expect(maxK.stderr).toMatch(/--max-k: must be a whole number from 1/);
    expect(park.code).toBe(2);
    expect(park.stderr).toMatch(/no inhabitants aged 65 or over/);
    expect(route.code).toBe(2);
    expect(route.stderr).toMatch(/--route: 'd' is geen route/);
    for (const r of [target, maxK, park, route]) {
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  }, 120_000);

  it('a route the area cannot use: a result that says why', async () => {
    const r = (await runs)[7];
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.criticalMass).toMatchObject({ k50: null, k90: null });
    expect(doc.reasonCode).toBe('no-seeds');
    expect(doc.reason).toMatch(/no corporation complex/);
  }, 120_000);

  it('rank --json prints {ranking:[{code,name,k90,cost,pTakeoffAtBudget}]} and lists the business park apart', async () => {
    const [r, bad] = (await runs).slice(8);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.ranking).toHaveLength(8);
    for (const row of doc.ranking) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining(['code', 'name', 'k90', 'cost', 'pTakeoffAtBudget']));
      expect(row.code).toMatch(/^BU1982/);
      expect(row.pTakeoffAtBudget).toBeGreaterThanOrEqual(0);
      expect(Object.keys(row)).toEqual(expect.arrayContaining(['k90Interval', 'Rinterval', 'drivers', 'reasonCode']));
    }
    expect(doc.scenario).toMatchObject({ route: 'b', seedWindow: { from: 0, to: 24 } });
    expect(doc.scenario.text.nl).toMatch(/Gerangschikt voor: route b/);
    expect(doc.skipped.map((s: { code: string }) => s.code)).toEqual(['BU19821011']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--level: 'straat' is geen niveau/);
  }, 120_000);

  it('rank with a bad search flag and workers: exit 2, and the process ends (no workers left running)', async () => {
    const r = await badRoute;
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--route: 'd' is geen route/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});
