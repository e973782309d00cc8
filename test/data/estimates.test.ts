/** Derived figures: what MODEL.md asks for where the table lacks it, labelled, and never over real values. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCbsTable } from '../../src/data/cbs/index.ts';
import { CORPORATION_PART_OF_RENTALS, NATIONAL_ONE_PERSON_SHARE, parseGemeenteExtras, withEstimates } from '../../src/data/estimates.ts';
import { bundledTable, expectInputError, repoPath } from './helpers.ts';

/** Estimated shares are kept to one decimal. */
const round1 = (n: number) => Math.round(n * 10) / 10;

const extras = parseGemeenteExtras(readFileSync(repoPath('data/gemeenten-2024-extra.csv')), 'gemeenten-2024-extra.csv');

describe('withEstimates on the bundled table', () => {
  const table = bundledTable();
  const estimated = withEstimates(table, extras);
  const oudVelp = estimated.byCode.get('BU19820101')!; // p_koopw 96, p_1gezw 91, 110 households

  it('corporation share ≈ rental share × corporation part of rentals, labelled', () => {
    expect(oudVelp.values.corporationShare).toBe(round1((100 - 96) * CORPORATION_PART_OF_RENTALS));
    expect(oudVelp.estimated.corporationShare?.nl).toMatch(/^schatting: % huurwoningen × 0,69/);
    expect(oudVelp.estimated.corporationShare?.en).toMatch(/^estimate: % rented dwellings × 0\.69 \(corporation part of rentals, NL 2024\)$/);
  });

  it('multi-family share = 100 − single-family share', () => {
    expect(oudVelp.values.multiFamilyShare).toBe(100 - 91);
    expect(oudVelp.estimated.multiFamilyShare?.nl).toContain('eengezinswoningen');
    expect(oudVelp.estimated.multiFamilyShare?.en).toContain('single-family dwellings');
  });

  it('one-person households from the gemeente share (Land van Cuijk 31 %) times the buurt households', () => {
    expect(oudVelp.values.onePersonHouseholds).toBe(Math.round(110 * 0.31));
    expect(oudVelp.estimated.onePersonHouseholds?.nl).toContain('gemeente Land van Cuijk');
    expect(oudVelp.estimated.onePersonHouseholds?.en).toMatch(/^estimate: households × [\d.]+% one-person households of gemeente Land van Cuijk \(CBS 2024\)$/);
  });

  it('ages 45–64 from the buurt’s own 15–64 and the gemeente’s age mix', () => {
    // Oud Velp: 275 inhabitants, 25 aged 0–14, 70 aged 65+; Land van Cuijk 15–25 11 %, 25–45 22 %, 45–65 29 %.
    expect(oudVelp.values.age45to64).toBe(Math.round(((275 - 25 - 70) * 29) / (11 + 22 + 29)));
  });

  it('falls back up the hierarchy when a buurt leaves p_koopw empty, and says from where', () => {
    const blank = estimated.regions.find((r) => r.level === 'buurt' && r.missing.ownerShare === 'blank' && table.byCode.get(r.parent!)?.values.ownerShare !== undefined)!;
    const wijk = table.byCode.get(blank.parent!)!;
    expect(blank.values.corporationShare).toBe(round1((100 - wijk.values.ownerShare!) * CORPORATION_PART_OF_RENTALS));
    expect(blank.estimated.corporationShare?.nl).toContain(`van wijk ${wijk.name}`);
    expect(blank.estimated.corporationShare?.en).toContain(`of wijk ${wijk.name}`);
    expect(blank.missing.ownerShare).toBe('blank'); // the reason stays
  });

  it('without extras uses the national one-person share', () => {
    const r = withEstimates(table).byCode.get('BU19820101')!;
    expect(r.values.onePersonHouseholds).toBe(Math.round((110 * NATIONAL_ONE_PERSON_SHARE) / 100));
    expect(r.estimated.onePersonHouseholds?.nl).toBe('schatting: huishoudens × 39,9 % eenpersoonshuishoudens (NL 2024)');
    expect(r.estimated.onePersonHouseholds?.en).toBe('estimate: households × 39.9% one-person households (NL 2024)');
    expect(r.values.age45to64).toBeUndefined();
  });

  it('is pure: the input table and its records are untouched', () => {
    expect(table.byCode.get('BU19820101')!.values.corporationShare).toBeUndefined();
    expect(table.byCode.get('BU19820101')!.estimated).toEqual({});
    expect(estimated.regions).toHaveLength(table.regions.length);
    expect(estimated.byCode.get('GM1982')).toBe(estimated.regions.find((r) => r.code === 'GM1982'));
  });

  it('leaves counts from the file alone', () => {
    for (const code of ['NL00', 'GM1982', 'BU19820101']) expect(estimated.byCode.get(code)!.values).toMatchObject(table.byCode.get(code)!.values);
  });
});

describe('real values always win', () => {
  const t = readCbsTable('regio_code,naam,a_hh,a_1p_hh,p_koopw,p_wcorpw,p_1gezw,p_mgezw\nGM1982,Land van Cuijk,39678,11000,69,20,83,16\nBU19820101,Oud Velp,110,.,96,x,91,\n', 'full.csv');
  const e = withEstimates(t, extras);

  it('keeps p_wcorpw, a_1p_hh and p_mgezw where the file has them', () => {
    expect(e.byCode.get('GM1982')!.values).toMatchObject({ onePersonHouseholds: 11_000, corporationShare: 20, multiFamilyShare: 16 });
    expect(e.byCode.get('GM1982')!.estimated).toEqual({ rentalShare: { nl: 'afgeleid: 100 − % koopwoningen', en: 'derived: 100 − % owner-occupied dwellings' } });
  });

  it('estimates a secret cell but keeps why it was missing', () => {
    const b = e.byCode.get('BU19820101')!;
    expect(b.missing).toMatchObject({ corporationShare: 'secret', onePersonHouseholds: 'unknown', multiFamilyShare: 'blank' });
    expect(Object.keys(b.estimated).sort()).toEqual(['corporationShare', 'multiFamilyShare', 'onePersonHouseholds', 'rentalShare']);
  });
});

describe('parseGemeenteExtras', () => {
  it('rejects files that are not extras, with line and column', () => {
    expectInputError(() => parseGemeenteExtras('a,b\n1,2\n', 'x.csv'), 'bad-extras', { line: 1 });
    expectInputError(() => parseGemeenteExtras('code,naam,pct_eenpersoonshhd\nGM1982,Land van Cuijk,31\nWK198201,Velp,20\n', 'x.csv'), 'bad-extras', { line: 3, column: 1 });
    expectInputError(() => parseGemeenteExtras('code,naam,pct_eenpersoonshhd\nGM1982,Land van Cuijk,131\n', 'x.csv'), 'bad-extras', { line: 2, column: 3 });
  });
});
