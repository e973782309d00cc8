/**
 * `sneeuwbal atlas`: one run and three merged shards give the same bytes; a run stopped halfway
 * resumes to the same rows; each row is `rank`'s answer for that place; bad shards and merges are
 * exit 2 naming the shard. On the buurten of Mill (WK198210), with small searches.
 */
import { mkdtempSync, readFileSync, readdirSync, renameSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runMain } from '../helpers/cli.ts';

const settings = [
  '--within',
  'WK198210',
  '--level',
  'buurt',
  '--route',
  'b',
  '--reps',
  '8',
  '--max-k',
  '4',
  '--budget',
  '2',
  '--months',
  '60',
  '--seed',
  '5',
  '--workers',
  '1',
];
const tmp = () => mkdtempSync(join(tmpdir(), 'atlas-'));
const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');

describe('sneeuwbal atlas', () => {
  const one = tmp();
  const whole = runMain('atlas', ...settings, '--out', one);

  it('writes atlas.json and atlas.csv with the source, the parameters and the seed, one row per buurt', async () => {
    const r = await whole;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(read(one, 'atlas.json'));
    expect(doc.atlas).toMatchObject({ scope: 'WK198210', level: 'buurt', places: 9 });
    expect(doc.atlas.source).toMatch(/Bron: CBS/);
    expect(doc.atlas.settings.scenario.seed).toBe(5);
    expect(doc.atlas.settings.parameters.willing).toEqual(expect.any(Number));
    expect(doc.rows.map((x: { code: string }) => x.code)).toEqual([
      'BU19821001',
      'BU19821003',
      'BU19821005',
      'BU19821007',
      'BU19821009',
      'BU19821011',
      'BU19821013',
      'BU19821015',
      'BU19821017',
    ]);
    // A business park without people 65+ is a row that says so, not a gap.
    const park = doc.rows.find((x: { code: string }) => x.code === 'BU19821011');
    expect(park).toMatchObject({ status: 'skipped' });
    expect(park.reason.nl).toMatch(/geen inwoners van 65 jaar/);
    const csv = read(one, 'atlas.csv').trimEnd().split('\n');
    expect(csv).toHaveLength(10);
    expect(csv[0].split(',').slice(0, 8)).toEqual(['code', 'name', 'gemeente', 'status', 'age65plus', 'k50', 'k90', 'k90_lo']);
  });

  it('merges three shards into the same bytes as one run', async () => {
    await whole;
    const dir = tmp(),
      merged = tmp();
    for (const s of ['2/3', '0/3', '1/3']) expect((await runMain('atlas', ...settings, '--shard', s, '--out', dir)).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['shard-0-of-3.jsonl', 'shard-1-of-3.jsonl', 'shard-2-of-3.jsonl']);
    const m = await runMain('atlas', 'merge', dir, '--out', merged);
    expect(m.code).toBe(0);
    expect(read(merged, 'atlas.json')).toBe(read(one, 'atlas.json'));
    expect(read(merged, 'atlas.csv')).toBe(read(one, 'atlas.csv'));
  });

  it('resumes a run stopped halfway (a row cut off mid-write) and gives the same rows', async () => {
    await whole;
    const dir = tmp();
    const full = read(one, 'shard-0-of-1.jsonl');
    const lines = full.split('\n');
    // Head, three whole rows and half of the fourth: as a kill during a write leaves it.
    const kept = lines.slice(0, 4).join('\n') + '\n' + lines[4].slice(0, 40);
    writeFileSync(join(dir, 'shard-0-of-1.jsonl'), kept);
    const r = await runMain('atlas', ...settings, '--out', dir, '--progress');
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(6); // only the six missing rows were computed
    expect(read(dir, 'atlas.json')).toBe(read(one, 'atlas.json'));
    expect(read(dir, 'shard-0-of-1.jsonl')).toBe(full);
  });

  it('gives each place the answer rank gives it with the same settings', async () => {
    await whole;
    const rank = await runMain('rank', ...settings, '--json');
    expect(rank.code).toBe(0);
    const ranking = JSON.parse(rank.stdout).ranking as { code: string; k50: number | null; k90: number | null; pTakeoffAtBudget: number; R: number | null }[];
    const rows = JSON.parse(read(one, 'atlas.json')).rows as typeof ranking;
    expect(ranking.length).toBeGreaterThan(3);
    for (const r of ranking) {
      const a = rows.find((x) => x.code === r.code)!;
      expect({ k50: a.k50, k90: a.k90, p: a.pTakeoffAtBudget, R: a.R }).toEqual({ k50: r.k50, k90: r.k90, p: r.pTakeoffAtBudget, R: r.R });
    }
  });

  it('refuses a shard outside 0…n−1 and a bad merge with exit 2, naming the shard', async () => {
    await whole;
    for (const s of ['3/3', '-1/3', '1/0', 'a/b']) {
      const r = await runMain('atlas', ...settings, `--shard=${s}`, '--out', tmp());
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`'${s}'`);
    }
    const dir = tmp();
    for (const s of ['0/3', '1/3']) await runMain('atlas', ...settings, '--shard', s, '--out', dir);
    const missing = await runMain('atlas', 'merge', dir, '--out', tmp());
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/shard-2-of-3\.jsonl.*shard 2\/3 ontbreekt/);
    // Shard 2 from another seed: refused when it is computed into the same folder, and when merged.
    const other = tmp();
    await runMain('atlas', ...settings.map((x) => (x === '5' ? '6' : x)), '--shard', '2/3', '--out', other);
    const again = await runMain('atlas', ...settings.map((x) => (x === '5' ? '6' : x)), '--shard', '1/3', '--out', dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/shard-1-of-3\.jsonl.*andere seed/);
    renameSync(join(other, 'shard-2-of-3.jsonl'), join(dir, 'shard-2-of-3.jsonl'));
    const mixed = await runMain('atlas', 'merge', dir, '--out', tmp(), '--lang', 'en');
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/shard-2-of-3\.jsonl.*another run .*other seed/);
    // An unfinished shard and a shard file renamed to another index.
    const unfinished = tmp();
    for (const s of ['0/3', '1/3', '2/3']) await runMain('atlas', ...settings, '--shard', s, '--out', unfinished);
    const f = join(unfinished, 'shard-1-of-3.jsonl');
    truncateSync(f, readFileSync(f, 'utf8').split('\n')[0].length + 1);
    const cut = await runMain('atlas', 'merge', unfinished, '--out', tmp());
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(/shard-1-of-3\.jsonl.*niet af: 0 van 3/);
    renameSync(join(unfinished, 'shard-0-of-3.jsonl'), join(unfinished, 'shard-1-of-3.jsonl'));
    const dup = await runMain('atlas', 'merge', unfinished, '--out', tmp());
    expect(dup.code).toBe(2);
    expect(dup.stderr).toMatch(/shard-1-of-3\.jsonl/);
    for (const r of [missing, again, mixed, cut, dup]) expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
