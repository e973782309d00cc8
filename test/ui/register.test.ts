/**
 * The register in the app (src/ui/register): a file or the edited table is checked by the CLI's
 * reader and the gemeente's checks, and messages name line (or table row) and column; the scenario
 * the app runs is exactly the one `--circles` makes (so the same seed gives the same numbers);
 * today's count; calibration reads the register as `calibrate --observed` does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registerHistory } from '../../src/calibration/register.ts';
import { withCircles } from '../../src/cli/circles.ts';
import { readRegister } from '../../src/data/register.ts';
import { validateScenario } from '../../src/experiments/scenario.ts';
import { registerAsField } from '../../src/ui/calibration/registerSource.ts';
import { checkArea, checkFile, checkTable, placeWords, tableRow, type RegisterGemeente } from '../../src/ui/register/check.ts';
import { scenarioWithRegister, todayInArea } from '../../src/ui/register/scenario.ts';
import { area, bundledTable } from '../helpers/areas.ts';

const LVC = new URL('../fixtures/register/land-van-cuijk.csv', import.meta.url).pathname;
const TODAY = '2026-12';
const table = bundledTable();
/** Land van Cuijk as the page knows it: its buurten with the CBS 65+ figure. */
const gemeente: RegisterGemeente = {
  code: 'GM1982',
  name: 'Land van Cuijk',
  buurten: table.regions
    .filter((r) => r.level === 'buurt' && r.gemeente === 'GM1982')
    .map((r) => ({ code: r.code, name: r.name, figures: { age65plus: r.values.age65plus ?? ('secret' as const) } })),
};
const bytes = () => new Uint8Array(readFileSync(LVC));

describe('checking a register in the app', () => {
  it('reads the 66-row Land van Cuijk register with the CLI reader', () => {
    const c = checkFile(bytes(), 'lvc.csv', gemeente, TODAY);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.circles).toEqual(readRegister(bytes(), 'lvc.csv', { today: TODAY }).rows.map(({ line: _l, ...r }) => r));
    expect(c.circles).toHaveLength(66);
  });

  it('refuses a bad row by file, line and column, and a buurt of another gemeente by name', () => {
    const bad = new TextEncoder().encode('founded,buurt,route,members,status,ended\n2022-01,BU19820801,a,7,active,\n2022-02,BU19821001,b,99,active,\n');
    const c = checkFile(bad, 'kapot.csv', gemeente, TODAY);
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(c.where).toMatchObject({ file: 'kapot.csv', line: 3, column: 4 });
    expect(placeWords(c.where, 'nl')).toBe('kapot.csv, regel 3, kolom 4');
    expect(c.error.nl).toContain("'99' leden");
    const elsewhere = checkFile(new TextEncoder().encode('founded,buurt,members\n2022-01,BU03630000,5\n'), 'ams.csv', gemeente, TODAY);
    expect(elsewhere.ok ? null : [elsewhere.error.nl, elsewhere.where.line]).toEqual([expect.stringContaining('ligt in GM0363, niet in Land van Cuijk'), 2]);
  });

  it('names the table row and the column for an edit, and refuses more members than a buurt has people 65+', () => {
    const rows = [
      tableRow({ founded: '2021-03', buurt: 'BU19820801', route: 'b', members: 8, status: 'active', ended: null }),
      { founded: '2022-01', buurt: 'BU19821001', route: 'a', members: '0', status: 'active', ended: '' },
    ];
    const c = checkTable(rows, gemeente, TODAY);
    expect(c.ok ? null : [c.where, placeWords(c.where, 'en')]).toEqual([{ file: 'tabel', line: 2, column: 'members' }, 'table, row 2, column members']);
    const future = checkTable([{ ...rows[0], founded: '2027-01' }], gemeente, TODAY);
    expect(future.ok ? null : future.where).toEqual({ file: 'tabel', line: 1, column: 'founded' });
    // The smallest known buurt: 40 members in each of as many circles as it takes to exceed its 65+.
    const small = gemeente.buurten
      .filter((b) => typeof b.figures.age65plus === 'number' && b.figures.age65plus > 0)
      .sort((a, b) => (a.figures.age65plus as number) - (b.figures.age65plus as number))[0];
    const n = Math.floor((small.figures.age65plus as number) / 40) + 1;
    const crowd = Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      founded: '2020-01',
      buurt: small.code,
      route: 'b',
      members: '40',
      status: 'active',
      ended: '',
    }));
    const crowded = checkTable(crowd, gemeente, TODAY);
    expect(crowded.ok ? null : [crowded.where.column, crowded.error.nl]).toEqual(['members', expect.stringContaining('het model verzint geen mensen erbij')]);
  });
});

describe('scenarios start from the register, as the CLI does', () => {
  it('makes the same scenario as --circles (same circles, order and start month)', () => {
    const base = validateScenario({ area: ['GM1982'], plan: { b: { count: 2 } }, reps: 2, seed: 7, start: '2026-01' });
    const cli = withCircles(LVC, base, table, area('GM1982')).scenario;
    const c = checkFile(bytes(), 'lvc.csv', gemeente, TODAY);
    if (!c.ok) throw new Error('fixture');
    const app = scenarioWithRegister(JSON.parse(JSON.stringify(base)), c.circles, checkArea(gemeente), '2026-01');
    expect(app).toEqual(cli);
    expect(app.circles).toHaveLength(60);
  });

  it('leaves a scenario alone where no circle lies, and allows an empty plan with circles', () => {
    const base = { area: ['WK198210'], plan: { a: { count: 0 } }, start: '2026-01' };
    expect(() => scenarioWithRegister(base, [], checkArea(gemeente), '2026-01')).toThrow(/geen enkele cirkel|no circle/);
    const circle = { founded: '2020-01', buurt: 'BU19821001', route: 'self' as const, members: 5, status: 'active' as const, ended: null };
    expect(scenarioWithRegister(base, [circle], checkArea(gemeente), '2026-01').circles).toEqual([circle]);
  });

  it('counts today per buurt against the CBS 65+ shown on the area page', () => {
    const circles = [
      { founded: '2020-01', buurt: 'BU19820801', route: 'b' as const, members: 8, status: 'active' as const, ended: null },
      { founded: '2021-01', buurt: 'BU19820801', route: 'a' as const, members: 6, status: 'passive' as const, ended: null },
      { founded: '2019-01', buurt: 'BU19821001', route: 'c' as const, members: 9, status: 'active' as const, ended: '2024-06' },
    ];
    const people = table.byCode.get('GM1982')!.values.age65plus!;
    const today = todayInArea(circles, TODAY, { age65plus: people, buurten: gemeente.buurten })!;
    expect(today).toMatchObject({ start: TODAY, circles: 2, active: 1, members: 14, age65plus: people, coverage: 14 / people });
    expect(today.buurten).toEqual([{ code: 'BU19820801', name: 'Cuijk kern', age65plus: 1690, circles: 2, members: 14, coverage: 14 / 1690 }]);
    expect(todayInArea(circles, TODAY, { age65plus: 100, buurten: [] })).toBeNull();
  });
});

describe('calibration reads the register', () => {
  it('gives the observations and seeding that calibrate --observed derives', () => {
    const read = registerAsField(bytes(), 'lvc.csv', 'GM1982', TODAY);
    const rows = readRegister(bytes(), 'lvc.csv', { today: TODAY }).rows;
    const want = registerHistory('lvc.csv', rows, 'GM1982', TODAY);
    expect(read.data).toEqual(want.data);
    expect(read.settings).toMatchObject({ area: 'GM1982', start: want.start, plan: { a: want.plan.a.count, b: want.plan.b.count, c: want.plan.c.count } });
    expect(() => registerAsField(bytes(), 'lvc.csv', 'GM0363', TODAY)).toThrow(/GM0363/);
    expect(() => registerAsField(bytes(), 'lvc.csv', 'Kerkdorp', TODAY)).toThrow(/één gemeente|one gemeente/);
  });
});
