/** The real `sneeuwbal` binary (node src/cli/bin.mjs): exit codes, stdout/stderr, no stack traces for bad input. */
import { describe, expect, it } from 'vitest';
import { fixturePath, roundingTolerance } from '../data/helpers.ts';
import { sneeuwbal, tempFiles } from '../helpers/cli.ts';

const bad = tempFiles('sneeuwbal-bin-')('kapot.csv', 'regio_code;naam;a_inw;a_65_oo\nGM1982;Land van Cuijk;91722;21992\nWK198201;Velp;-5;300\n');

describe('node src/cli/bin.mjs', () => {
  // Started together: each process pays the TypeScript loader's start-up once.
  const runs = Promise.all([
    sneeuwbal('regions', '--within', 'GM1982', '--level', 'buurt', '--json'),
    sneeuwbal('regions', '--data', fixturePath('land-van-cuijk-statline.csv'), '--within', 'GM1982', '--level', 'buurt', '--json'),
    sneeuwbal('regions', '--data', bad),
    sneeuwbal('regions', '--bogus'),
  ]);

  it('regions --within GM1982 --level buurt --json: exit 0, one JSON document, 101 buurten', async () => {
    const [r] = await runs;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.regions).toHaveLength(101);
    const sum = doc.regions.reduce((s: number, b: { age65plus: number | null }) => s + (b.age65plus ?? 0), 0);
    expect(Math.abs(sum - 21_992)).toBeLessThanOrEqual(roundingTolerance(101));
  });

  it('the same from a StatLine download given with --data', async () => {
    const [bundled, statline] = await runs;
    expect(statline.code).toBe(0);
    expect(JSON.parse(statline.stdout).regions).toEqual(JSON.parse(bundled.stdout).regions);
  });

  it('a bad file: exit 2, file/line/column on stderr, no stack trace', async () => {
    const r = (await runs)[2];
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/kapot\.csv, regel 3, kolom 3: -5 in kolom a_inw: een aantal kan niet negatief zijn/);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
  });

  it('a bad argument: exit 2, no stack trace', async () => {
    const r = (await runs)[3];
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--bogus/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
