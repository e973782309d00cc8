/**
 * `sneeuwbal regions` and the shared CLI behaviour, run in-process through main() (fast);
 * test/cli/bin.test.ts spawns the real binary for exit codes and stack-free errors.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defineCommand } from '../../src/cli/command.ts';
import { COMMANDS } from '../../src/cli/main.ts';
import { defaultTakeoff } from '../../src/experiments/takeoff.ts';
import { LVC_FORMS, bundledTable, fixturePath, roundingTolerance } from '../data/helpers.ts';
import { runMain, tempFiles } from '../helpers/cli.ts';

const writeTmp = tempFiles('sneeuwbal-cli-');

describe('regions --json', () => {
  it('lists the 101 buurten of Land van Cuijk with exactly the contract fields', async () => {
    const r = await runMain('regions', '--within', 'GM1982', '--level', 'buurt', '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(doc.regions).toHaveLength(101);
    for (const region of doc.regions) expect(Object.keys(region)).toEqual(['code', 'name', 'level', 'parent', 'inhabitants', 'age65plus', 'households']);
    expect(doc.regions[0]).toEqual({
      code: 'BU19820101',
      name: 'Oud Velp',
      level: 'buurt',
      parent: 'WK198201',
      inhabitants: 275,
      age65plus: 70,
      households: 110,
    });
    const sum = doc.regions.reduce((s: number, b: { age65plus: number | null }) => s + (b.age65plus ?? 0), 0);
    expect(Math.abs(sum - 21_992)).toBeLessThanOrEqual(roundingTolerance(101));
  });

  it('writes unknown counts as null, never 0', async () => {
    const doc = JSON.parse((await runMain('regions', '--within', 'GM1982', '--level', 'buurt', '--json')).stdout);
    const blanks = bundledTable()
      .regions.filter((b) => b.gemeente === 'GM1982' && b.level === 'buurt' && b.values.age65plus === undefined)
      .map((b) => b.code);
    expect(blanks.length).toBeGreaterThan(0);
    for (const code of blanks) expect(doc.regions.find((x: { code: string }) => x.code === code).age65plus).toBeNull();
  });

  it.each(LVC_FORMS)('gives the same list from --data %s', async (file) => {
    const bundled = JSON.parse((await runMain('regions', '--within', 'GM1982', '--level', 'buurt', '--json')).stdout).regions;
    const r = await runMain('regions', '--data', fixturePath(file), '--within', 'GM1982', '--level', 'buurt', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).regions).toEqual(bundled);
  });

  it('defaults: gemeenten of NL, or the level below --within', async () => {
    expect(JSON.parse((await runMain('regions', '--json')).stdout).regions).toHaveLength(342);
    expect(JSON.parse((await runMain('regions', '--within', 'gm1982', '--json')).stdout).regions).toHaveLength(33);
    expect(JSON.parse((await runMain('regions', '--within', 'WK198201', '--json')).stdout).regions.map((x: { code: string }) => x.code)).toEqual([
      'BU19820101',
      'BU19820103',
      'BU19820105',
      'BU19820107',
      'BU19820109',
      'BU19820111',
      'BU19820113',
    ]);
  });

  it('reports a cut-off file’s warning in the JSON and still lists its complete rows', async () => {
    const text = 'regio_code,naam,a_inw,a_65_oo,a_hh\nGM1982,Land van Cuijk,91722,21992,39678\nWK198201,Velp,1395,3';
    const doc = JSON.parse((await runMain('regions', '--data', writeTmp('cut.csv', text), '--level', 'gemeente', '--json')).stdout);
    expect(doc.regions.map((x: { code: string }) => x.code)).toEqual(['GM1982']);
    expect(doc.warnings).toMatchObject([{ code: 'truncated', line: 3 }]);
  });
});

describe('regions as text', () => {
  it('Dutch by default, Dutch number format, source line', async () => {
    const r = await runMain('regions', '--within', 'GM1982');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Land van Cuijk \(GM1982\): 33 wijken\n/);
    expect(r.stdout).toMatch(/WK198202\s+Grave\s+8\.575\s+2\.110\s+3\.935/);
    expect(r.stdout).toContain('Bron: CBS, Kerncijfers wijken en buurten 2024');
  });

  it('English with --lang en', async () => {
    const r = await runMain('regions', '--within', 'GM1982', '--lang', 'en');
    expect(r.stdout).toMatch(/code\s+name\s+inhabitants\s+65\+\s+households/);
    expect(r.stdout).toMatch(/WK198202\s+Grave\s+8,575/);
  });
});

describe('bad arguments and bad files: exit 2, message on stderr, nothing on stdout', () => {
  it.each([
    [['regions', '--within', 'GM9999'], /--within: code GM9999 staat niet in kwb-2024\.csv/],
    [['regions', '--within', 'Cuijk'], /--within: 'Cuijk' is geen CBS-regiocode/],
    [['regions', '--level', 'straat'], /--level: 'straat' is geen niveau/],
    [['regions', '--within', 'WK198201', '--level', 'gemeente'], /--level: een gemeente ligt niet binnen WK198201/],
    [['regions', '--bogus'], /--bogus: onbekende optie/],
    [['regions', '--within'], /--within: deze optie mist een waarde/],
    [['regions', 'GM1982'], /onverwacht argument 'GM1982'/],
    [['regions', '--lang', 'fr'], /--lang moet nl of en zijn/],
    [['regions', '--data', '/does/not/exist.csv'], /\/does\/not\/exist\.csv: bestand niet gevonden/],
    [['simulatie'], /onbekende opdracht 'simulatie'/],
    [[], /Gebruik: sneeuwbal <opdracht>/],
  ])('%j', async (argv, message) => {
    const r = await runMain(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names file, line and column for a bad CBS file, in English with --lang en', async () => {
    const path = writeTmp('bad.csv', 'regio_code;a_inw;a_65_oo\nGM1982;91722;21992\nBU19820101;275;700\n');
    const nl = await runMain('regions', '--data', path);
    expect(nl.code).toBe(2);
    expect(nl.stderr).toBe(
      `fout: ${path}, regel 3, kolom 3: meer 65-plussers dan inwoners (700 in a_65_oo, 275 in a_inw). Verwacht: een deel kleiner dan of gelijk aan het geheel, op afronding op 5 na.\n`,
    );
    const en = await runMain('regions', '--data', path, '--lang', 'en', '--json');
    expect(en.stdout).toBe('');
    expect(en.stderr).toMatch(/^error: .*bad\.csv, line 3, column 3: more people aged 65\+ than inhabitants/);
  });
});

describe('help and internal errors', () => {
  afterEach(() => {
    delete COMMANDS.boom;
  });

  it('--help for the program and for a command: exit 0 on stdout', async () => {
    const top = await runMain('--help');
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('regions');
    const cmd = await runMain('regions', '--help', '--lang', 'en');
    expect(cmd.code).toBe(0);
    expect(cmd.stdout).toMatch(/^Usage: sneeuwbal regions \[--data FILE\]/);
    expect(cmd.stdout).toContain('--within CODE');
  });

  it('a bug in a command is exit 1, with the stack for the report', async () => {
    COMMANDS.boom = {
      summary: { nl: 'test', en: 'test' },
      load: async () => ({
        command: defineCommand({
          name: 'boom',
          summary: { nl: '', en: '' },
          usage: '',
          options: {},
          run: () => {
            throw new TypeError('kaput');
          },
        }),
      }),
    };
    const r = await runMain('boom');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^interne fout .*kaput/);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});

describe('help states the defaults the code uses', () => {
  it('the takeoff flags of critical-mass and rank say the rule’s own defaults, in both languages', async () => {
    for (const command of ['critical-mass', 'rank']) {
      const nl = (await runMain(command, '--help')).stdout,
        en = (await runMain(command, '--help', '--lang', 'en')).stdout;
      // The help once said "standaard 8" while the rule judged after 12 years.
      expect(nl).toMatch(new RegExp(`--takeoff-years N .*\\(standaard ${defaultTakeoff.years}\\)`));
      expect(en).toMatch(new RegExp(`--takeoff-years N .*\\(default ${defaultTakeoff.years}\\)`));
      expect(nl).toMatch(new RegExp(`--takeoff-min N .*\\(standaard ${defaultTakeoff.minSelfStarted}\\)`));
      expect(nl).toMatch(new RegExp(`--takeoff-trend N .*\\(standaard ${defaultTakeoff.trendYears}\\)`));
      expect(nl).toMatch(new RegExp(`--takeoff-recent N .*\\(standaard ${defaultTakeoff.minRecent};`));
      expect(nl).toContain(`(standaard ${String(defaultTakeoff.saturation).replace('.', ',')}; 0 = uit)`);
      expect(en).toContain(`(default ${defaultTakeoff.saturation}; 0 = off)`);
    }
  });
});
