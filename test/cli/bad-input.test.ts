/**
 * Issue #15 points 4–6 through the command line: every input a careless or hostile user can give
 * ends in exit 2 with a short plain message naming the file, line, column or field (never exit 1,
 * never a stack trace, never a value echoed whole), and nothing is read without a size limit.
 */
import { openSync, closeSync, ftruncateSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIZE_LIMITS } from '../../src/node/data.ts';
import { hasStackTrace, runMain, tempFiles } from '../helpers/cli.ts';

const file = tempFiles('sneeuwbal-bad-');
const MILL = ['simulate', '--area', 'WK198210', '--plan', 'b=1', '--reps', '1', '--months', '12', '--json'];

async function refused(...argv: string[]) {
  const r = await runMain(...argv);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(hasStackTrace(r.stderr)).toBe(false);
  expect(r.stderr.length).toBeLessThan(1500);
  return r.stderr;
}

describe('endless and huge input is refused before it is read whole', () => {
  it.each([
    ['--data', SIZE_LIMITS.table],
    ['--params', SIZE_LIMITS.json],
    ['--scenario', SIZE_LIMITS.json],
    ['--geometry', SIZE_LIMITS.geometry],
  ])(
    '%s /dev/zero',
    async (flag, limit) => {
      const err = await refused(...MILL, flag, '/dev/zero');
      expect(err).toContain(`/dev/zero: het bestand is te groot: hooguit ${Math.round(limit / 2 ** 20)} MB`);
    },
    60_000,
  );

  it('calibrate --observed /dev/zero', async () => {
    expect(await refused('calibrate', '--area', 'WK198210', '--observed', '/dev/zero')).toMatch(/te groot/);
  }, 60_000);

  it('a file larger than the limit is refused by its size, without reading it', async () => {
    const path = file('huge.json', '');
    const fd = openSync(path, 'r+');
    ftruncateSync(fd, SIZE_LIMITS.json + 1); // sparse: no disk used, no bytes read
    closeSync(fd);
    expect(await refused(...MILL, '--params', path)).toMatch(/hooguit 32 MB is toegestaan, dit is 32 MB/);
  });

  it('a 50 MB string in a parameter file is quoted as a short excerpt', async () => {
    const path = file('long.json', JSON.stringify({ parameters: { joinOne: 'x'.repeat(20_000_000) } }));
    expect((await refused(...MILL, '--params', path)).length).toBeLessThan(600);
  }, 60_000);
});

describe('deep JSON', () => {
  const deep = '['.repeat(20_000) + ']'.repeat(20_000);
  it.each(['--params', '--scenario'])('%s with 20,000 nested arrays: a plain message with line and column', async (flag) => {
    const path = file(`deep${flag}.json`, deep);
    expect(await refused(...MILL, flag, path)).toContain(`${path}, regel 1, kolom 65: de JSON is te diep genest`);
  });
  it('--geometry with 20,000 nested arrays', async () => {
    expect(await refused(...MILL, '--geometry', file('deep.geojson', `{"type":"FeatureCollection","features":${deep}}`))).toMatch(/te diep genest/);
  });
});

describe('impossible or ambiguous values', () => {
  it.each([
    ['month', 'months'],
    ['rep', 'reps'],
    ['sed', 'seed'],
  ])("an unknown scenario field '%s' is named with a suggestion", async (typo, meant) => {
    const path = file(`${typo}.json`, JSON.stringify({ area: ['WK198210'], plan: { b: { count: 1 } }, [typo]: 3 }));
    expect(await refused('simulate', '--scenario', path, '--json')).toContain(`onbekend veld '${typo}' — bedoelde u '${meant}'?`);
  });

  it('unknown fields inside plan and takeoff are named too', async () => {
    const path = file('nested.json', JSON.stringify({ area: ['WK198210'], plan: { b: { count: 1, plaatsing: 'spread' } } }));
    expect(await refused('simulate', '--scenario', path, '--json')).toMatch(/veld plan\.b\.plaatsing: onbekend veld 'plaatsing'/);
    const t = file('takeoff.json', JSON.stringify({ area: ['WK198210'], plan: { b: { count: 1 } }, takeoff: { year: 3 } }));
    expect(await refused('simulate', '--scenario', t, '--json')).toContain("bedoelde u 'years'?");
  });

  it('--set __proto__=1 is refused, not dropped', async () => {
    expect(await refused(...MILL, '--set', '__proto__=1')).toMatch(/params\.__proto__: onbekende parameter "__proto__"/);
  });

  it('an Infinity posterior weight is refused', async () => {
    const path = file('posterior.json', '{"posterior":{"names":["joinOne"],"particles":[[0.01],[0.02]],"weights":[1e999,1]}}');
    expect(await refused(...MILL, '--params', path)).toContain('veld posterior.weights[0]: weights moeten eindige getallen ≥ 0 zijn');
  });

  it('a kerkdorp group named like a CBS code is refused', async () => {
    const path = file('group.json', JSON.stringify({ area: ['WK198210'], groups: [{ name: 'wk198210', buurten: ['BU19821001'] }], plan: { b: { count: 1 } } }));
    expect(await refused('simulate', '--scenario', path, '--json')).toMatch(/groups\[0\]\.name: groep 'wk198210' heeft de naam van een CBS-code/);
  });

  it('absurd field data (10^21 circles) is refused with line and column', async () => {
    const path = file('veld.csv', 'date,area,circles\n2024-06,WK198210,1000000000000000000000\n');
    expect(await refused('calibrate', '--area', 'WK198210', '--observed', path)).toMatch(/veld\.csv, regel 2, kolom 3: .*onmogelijk/);
  });

  it('a CBS table cut inside its last cell: the row is set aside and the user is told on stderr', async () => {
    const table = 'regio_code;naam;a_inw;a_65_oo\r\nGM1982;Land van Cuijk;91722;21992\r\nWK198210;Mill;11000;1590\r\nWK198211;Langenboom;2000;45';
    const r = await runMain('regions', '--data', file('kwb.csv', table), '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.regions.map((x: { code: string }) => x.code)).not.toContain('WK198211');
    expect(JSON.stringify(out.warnings)).toMatch(/unterminated/);
    const sim = await runMain(...MILL, '--data', file('kwb2.csv', table));
    expect(sim.stderr).toMatch(/let op: .*kwb2\.csv, regel 4: de laatste regel \(4\) eindigt zonder regeleinde/);
  }, 60_000);
});
