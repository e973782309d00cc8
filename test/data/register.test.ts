/**
 * The circle register reader: the CSV as initiators make it in Excel (`,` or `;`, BOM, CRLF,
 * Windows-1252, Dutch words, Excel's day-month-year dates), and every bad-input case of issue #11
 * as an InputError in Dutch and English naming file, line and column: unknown buurt, ended before
 * founded, members outside 1–40, a date in the future, a duplicated row, a postcode (no offline
 * table), a register of another gemeente, more members than people 65+ in a buurt.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRegister, registerCsv } from '../../src/data/register.ts';
import { buurtLocator, registerForArea } from '../../src/data/registerArea.ts';
import { area, MILL } from '../helpers/areas.ts';
import { expectInputError, repoPath } from './helpers.ts';

const known = { has: (c: string) => c.startsWith('BU1982') || c.startsWith('BU0794') };
const read = (text: string | Uint8Array, today = '2026-01') => readRegister(text, 'register.csv', { today, regions: known, locate: buurtLocator(area(MILL).buurten) });

describe('reading a circle register', () => {
  it('reads the documented form with defaults for route, status and ended', () => {
    const r = read('founded,buurt,route,members,status,ended\n2023-04,BU19821001,b,8,active,\n2021-06,bu19821003,self,12,passive,2024-02\n');
    expect(r.rows).toEqual([
      { line: 2, founded: '2023-04', buurt: 'BU19821001', route: 'b', members: 8, status: 'active', ended: null },
      { line: 3, founded: '2021-06', buurt: 'BU19821003', route: 'self', members: 12, status: 'passive', ended: '2024-02' },
    ]);
  });

  it('reads Excel: semicolons, BOM, CRLF, Windows-1252, Dutch words and day-month-year dates', () => {
    const text = 'opgericht;buurtcode;route;leden;status;gestopt;opmerking\r\n1-4-2023;BU19821001;zelf;8;actief;\r\n06-2021;BU19821003;onbekend;12;passief;30/06/2024\r\n';
    const cp1252 = Uint8Array.from([...text.replace('opmerking', 'opmerking é')].map((ch) => (ch === 'é' ? 0xe9 : ch.charCodeAt(0))));
    for (const input of [new TextEncoder().encode('\uFEFF' + text), cp1252]) {
      const r = read(input);
      expect(r.rows.map((x) => [x.founded, x.route, x.status, x.ended])).toEqual([['2023-04', 'self', 'active', null], ['2021-06', 'unknown', 'passive', '2024-06']]);
      expect(r.warnings.map((w) => w.code)).toEqual(['register.unknown-column']);
    }
  });

  it('places x,y in RD New in the buurt polygon that holds it', () => {
    const r = read('founded,x,y,members\n2024-01,182325,411136,7\n');
    expect(r.rows[0]).toMatchObject({ buurt: 'BU19821001', route: 'unknown', status: 'active' });
    expectInputError(() => read('founded,x,y,members\n2024-01,100000,500000,7\n'), 'register.xy-outside', { file: 'register.csv', line: 2, column: 2 });
    expectInputError(() => read('founded,x,y,members\n2024-01,5.78,51.69,7\n'), 'register.xy', { line: 2, column: 3 });
  });

  it('refuses a postcode with what to use instead (no postcode→buurt table offline)', () => {
    const e = expectInputError(() => read('founded,postcode,members\n2024-01,5451AB,7\n'), 'register.postcode', { line: 1, column: 2 });
    expect(e.messages.nl).toMatch(/kolom buurt \(BU-code.*x en y in RD New/);
    expect(e.messages.en).toMatch(/buurt \(BU code.*x and y in RD New/);
  });

  it.each([
    ['unknown buurt', '2024-01,BU99999999,b,8,active,', 'register.unknown-buurt', 2],
    ['not a buurt code', '2024-01,WK198210,b,8,active,', 'register.buurt', 2],
    ['ended before founded', '2024-01,BU19821001,b,8,active,2023-12', 'register.ended-before-founded', 6],
    ['no members', '2024-01,BU19821001,b,0,active,', 'register.members', 4],
    ['41 members', '2024-01,BU19821001,b,41,active,', 'register.members', 4],
    ['members not a number', '2024-01,BU19821001,b,acht,active,', 'register.members', 4],
    ['founded in the future', '2026-02,BU19821001,b,8,active,', 'register.future', 1],
    ['ended in the future', '2024-01,BU19821001,b,8,active,2026-03', 'register.future', 6],
    ['an unknown route', '2024-01,BU19821001,d,8,active,', 'register.route', 3],
    ['an unknown status', '2024-01,BU19821001,b,8,slapend,', 'register.status', 5],
    ['a month 13', '2024-13,BU19821001,b,8,active,', 'register.date', 1],
  ])('refuses %s, naming line and column', (_what, row, code, column) => {
    const e = expectInputError(() => read(`founded,buurt,route,members,status,ended\n2023-01,BU19821003,a,6,active,\n${row}\n`), code, { file: 'register.csv', line: 3, column });
    expect(e.messages.nl).not.toBe(e.messages.en);
    expect(e.format('nl')).toMatch(/^register\.csv, regel 3, kolom \d: /);
  });

  it('refuses a duplicated row, naming both lines; an id column tells identical circles apart', () => {
    const twice = 'founded,buurt,route,members,status,ended\n2023-01,BU19821003,a,6,active,\n2024-01,BU19821001,b,8,active,\n2023-01,BU19821003,a,6,active,\n';
    const e = expectInputError(() => read(twice), 'register.duplicate', { line: 4 });
    expect(e.messages.en).toMatch(/line 2.*column id/);
    const ids = 'id,founded,buurt,route,members,status\nMill-1,2023-01,BU19821003,a,6,active\nMill-2,2023-01,BU19821003,a,6,active\n';
    expect(read(ids).rows.map((r) => r.id)).toEqual(['Mill-1', 'Mill-2']);
    expectInputError(() => read(ids.replace('Mill-2', 'mill-1')), 'register.duplicate', { line: 3 });
  });

  it('says what is missing in the header', () => {
    expectInputError(() => read('founded,buurt,route\n2024-01,BU19821001,b\n'), 'register.missing-column', { line: 1 });
    expectInputError(() => read('founded,x,members\n2024-01,182325,7\n'), 'register.missing-column', { line: 1 });
    expectInputError(() => read(''), 'register.empty', { file: 'register.csv' });
    expectInputError(() => read('founded,buurt,members\n'), 'register.no-rows', { line: 1 });
  });

  it('writes CSV that reads back the same (export → import), with formula-like ids made harmless', () => {
    const r = read('id,founded,buurt,route,members,status,ended\n=SUM(1),2023-04,BU19821001,b,8,active,\n"a;b",2021-06,BU19821003,self,12,passive,2024-02\n');
    const back = read(registerCsv(r.rows));
    expect(back.rows.map(({ line: _l, ...c }) => c)).toEqual(r.rows.map(({ line: _l, id, ...c }) => ({ ...c, id: id!.startsWith('=') ? `'${id}` : id })));
  });

  it('reads the 60-circle Land van Cuijk fixture (66 rows, 6 of them ended)', () => {
    const r = readRegister(readFileSync(repoPath('test/fixtures/register/land-van-cuijk.csv')), 'land-van-cuijk.csv', { today: '2026-01', regions: known });
    expect(r.rows).toHaveLength(66);
    expect(r.rows.filter((x) => x.ended === null)).toHaveLength(60);
  });
});

describe('the register against the area', () => {
  const rows = (text: string) => read(`founded,buurt,route,members,status,ended\n${text}`);

  it('keeps the circles existing at the start month inside the area and counts the rest', () => {
    const reg = rows('2023-04,BU19821001,b,8,active,\n2021-06,BU19821003,a,9,passive,2024-02\n2025-06,BU19821007,c,5,active,\n2023-01,BU19820101,b,6,active,\n');
    const inArea = registerForArea(reg, area(MILL), '2025-01');
    expect(inArea.circles.map((c) => c.buurt)).toEqual(['BU19821001']);
    expect([inArea.outside, inArea.ended, inArea.later]).toEqual([1, 1, 1]);
  });

  it('refuses a register of another gemeente, naming the gemeenten', () => {
    const reg = rows('2023-04,BU07940101,b,8,active,\n');
    const e = expectInputError(() => registerForArea(reg, area(MILL), '2025-01'), 'register.other-area', { file: 'register.csv', line: 2, column: 'buurt' });
    expect(e.messages.nl).toMatch(/GM0794.*GM1982/);
  });

  it('refuses more members in a buurt than it has people 65+ instead of inventing people', () => {
    // Groespeel buitengebied (BU19821013) has 10 people 65+ (CBS 2024).
    const reg = rows('2023-04,BU19821013,b,6,active,\n2024-04,BU19821013,self,5,active,\n');
    const e = expectInputError(() => registerForArea(reg, area(MILL), '2025-01'), 'register.too-many-members', { line: 3, column: 'members' });
    expect(e.messages.nl).toMatch(/11 leden.*10 mensen van 65/);
  });
});
