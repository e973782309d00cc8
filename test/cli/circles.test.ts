/**
 * `--circles FILE` as a user runs it: a register of 60 circles spread over Land van Cuijk shows at
 * month 0 of `simulate`, per buurt; the scenario JSON it prints (which carries the register)
 * reproduces the same numbers byte for byte through the in-process runner the app's workers use;
 * critical-mass says how many more; bad registers end with exit code 2 and a plain message naming
 * file, line and column.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InlinePool } from '../../src/experiments/pool.ts';
import { runScenario } from '../../src/experiments/run.ts';
import { validateScenario } from '../../src/experiments/scenario.ts';
import { area } from '../helpers/areas.ts';
import { hasStackTrace, runMain, sneeuwbal, tempFiles } from '../helpers/cli.ts';

const LVC = new URL('../fixtures/register/land-van-cuijk.csv', import.meta.url).pathname;
const file = tempFiles('sneeuwbal-circles-');

/** The fixture read independently of the reader: circles with an empty `ended`, per buurt. */
function expected(): Map<string, { circles: number; members: number }> {
  const out = new Map<string, { circles: number; members: number }>();
  for (const line of readFileSync(LVC, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .slice(1)) {
    const [, buurt, , members, , ended] = line.split(';');
    if (ended) continue;
    const b = out.get(buurt) ?? { circles: 0, members: 0 };
    out.set(buurt, { circles: b.circles + 1, members: b.members + Number(members) });
  }
  return out;
}

describe('sneeuwbal with --circles', () => {
  const lvc = sneeuwbal(
    'simulate',
    '--area',
    'GM1982',
    '--circles',
    LVC,
    '--start',
    '2026-01',
    '--reps',
    '2',
    '--months',
    '12',
    '--seed',
    '4',
    '--workers',
    '1',
    '--json',
  );

  it('shows the 60 circles that still exist at month 0, per buurt, and leaves the 6 ended ones as history', async () => {
    const r = await lvc;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const want = expected();
    expect(doc.today).toMatchObject({ start: '2026-01', circles: 60, members: [...want.values()].reduce((s, b) => s + b.members, 0) });
    expect(
      Object.fromEntries(
        doc.today.buurten.map((b: { code: string; circles: number; members: number }) => [b.code, { circles: b.circles, members: b.members }]),
      ),
    ).toEqual(Object.fromEntries(want));
    expect(doc.series[0].circles).toEqual({ p10: 60, p50: 60, p90: 60 });
    expect(doc.series[0].members.p50).toBe(doc.today.members);
    expect(doc.register).toMatchObject({ rows: 66, ended: 6, outside: 0, later: 0 });
    expect(doc.scenario.circles).toHaveLength(60);
  }, 120_000);

  it('reproduces the same result from the scenario JSON it printed (the path the app takes), byte for byte', async () => {
    const doc = JSON.parse((await lvc).stdout);
    const again = await runScenario(validateScenario(doc.scenario, { allowEmptyPlan: true }), area('GM1982'), new InlinePool());
    expect(JSON.stringify(again.series)).toBe(JSON.stringify(doc.series));
    expect(JSON.stringify(again.today)).toBe(JSON.stringify(doc.today));
  }, 120_000);

  it('critical-mass answers how many more, given the circles that exist', async () => {
    const reg = file('agatha.csv', 'founded,buurt,route,members,status,ended\n2024-05,BU19821201,b,8,active,\n');
    const r = await runMain(
      'critical-mass',
      '--area',
      'WK198212',
      '--route',
      'b',
      '--max-k',
      '4',
      '--reps',
      '16',
      '--seed',
      '2',
      '--circles',
      reg,
      '--start',
      '2026-01',
      '--workers',
      '1',
      '--json',
    );
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(doc.register.today).toMatchObject({ circles: 1, members: 8 });
    expect(doc.register.answer.more).toBe(doc.criticalMass.atTarget);
    expect(doc.register.answer.alone).toBe(doc.criticalMass.atTarget === 0);
    expect(doc.register.answer.text.nl).toMatch(/de ene cirkel die er nu is \(2026-01\)/);
  }, 120_000);

  it('gives the same bytes with 1 and 2 workers, and rank starts each place from the circles inside it', async () => {
    const reg = file(
      'mill.csv',
      'founded;buurt;route;members;status;ended\n2022-03;BU19821001;b;8;active;\n2023-01;BU19821001;self;6;active;\n2021-06;BU19821003;a;10;passive;\n',
    );
    const args = ['simulate', '--area', 'WK198210', '--circles', reg, '--start', '2026-01', '--reps', '4', '--months', '36', '--seed', '9', '--json'];
    const [one, two, rank] = await Promise.all([
      sneeuwbal(...args, '--workers', '1'),
      sneeuwbal(...args, '--workers', '2'),
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
        '--circles',
        reg,
        '--start',
        '2026-01',
        '--json',
      ),
    ]);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).series[0].circles.p50).toBe(3);
    expect(rank.stderr).toBe('');
    const doc = JSON.parse(rank.stdout);
    expect(doc.register).toMatchObject({ rows: 3, outside: 0 });
    expect(doc.ranking.length).toBeGreaterThan(1);
  }, 180_000);

  it.each([
    [
      'a register of another gemeente',
      ['--area', 'GM0794'],
      LVC,
      /land-van-cuijk\.csv, regel 2, kolom buurt: dit register hoort bij GM1982, het gebied Helmond bij GM0794/,
    ],
    [
      'a date in the future',
      ['--area', 'WK198212'],
      'founded,buurt,members\n2099-01,BU19821201,8\n',
      /regel 2, kolom 1: opgericht 2099-01 ligt in de toekomst/,
    ],
    [
      'more members than people 65+',
      ['--area', 'WK198212'],
      'founded,buurt,members\n2024-01,BU19821203,30\n2024-02,BU19821203,9\n',
      /regel 3, kolom members: .*39 leden.*35 mensen van 65/,
    ],
    ['a postcode', ['--area', 'WK198212'], 'founded,postcode,members\n2024-01,5455AA,8\n', /regel 1, kolom 2: een kolom postcode/],
  ])('refuses %s with exit code 2 and a plain message', async (_what, args, register, message) => {
    const path = register === LVC ? LVC : file('bad.csv', register);
    const r = await runMain('simulate', ...args, '--circles', path, '--reps', '1', '--months', '12');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
