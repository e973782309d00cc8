/** The Node data module (src/node/data.ts): bundled paths relative to the code, estimates applied, plain errors for unreadable files. */
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { BUNDLED_TABLE, loadGemeenteGeometry, loadTable, readBytes } from '../../src/node/data.ts';
import { featuresOf } from '../../src/data/geo.ts';
import { expectInputError, fixturePath, repoPath } from '../data/helpers.ts';

describe('loadTable', () => {
  it('reads the bundled table from data/ whatever the working directory, with estimates', () => {
    expect(BUNDLED_TABLE).toBe(repoPath('data/kwb-2024.csv'));
    const t = loadTable();
    expect(t.regions).toHaveLength(18_310);
    expect(t.byCode.get('BU19820101')?.estimated.corporationShare?.nl).toMatch(/^schatting/);
    expect(loadTable(undefined, { estimates: false }).byCode.get('BU19820101')?.values.corporationShare).toBeUndefined();
  });

  it('reads a file in any CBS form, named as the user gave it', () => {
    const path = fixturePath('land-van-cuijk-statline.csv');
    const t = loadTable(path);
    expect(t.file).toBe(path);
    expect(t.form).toBe('statline');
    expect(t.byCode.get('GM1982')?.values.onePersonHouseholds).toBe(Math.round(39_678 * 0.31));
  });

  it('turns a missing file or a directory into an InputError naming it', () => {
    expectInputError(() => readBytes('/no/such/file.csv'), 'unreadable-file', { file: '/no/such/file.csv' });
    expect(expectInputError(() => readBytes(tmpdir()), 'unreadable-file').messages.nl).toContain('map');
  });
});

describe('loadGemeenteGeometry', () => {
  it('gives the bundled topology of a gemeente, or null', () => {
    const topo = loadGemeenteGeometry('GM1982');
    expect(featuresOf(topo).buurten.size).toBe(101);
    expect(loadGemeenteGeometry('GM9999')).toBeNull();
    expect(loadGemeenteGeometry('../../etc/passwd')).toBeNull();
  });
});
