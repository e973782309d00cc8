/**
 * `sneeuwbal atlas bundle`: a partial atlas (a run stopped halfway, its last line cut off) becomes
 * a bundle that says how many places it holds; the provenance names the command, commit, seed and
 * source; a bundled row is `rank`'s answer for that place. On the buurten of Mill (WK198210), with
 * small searches, as test/cli/atlas.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledRow, bundleRows, type AtlasBundle } from '../../src/experiments/atlasBundle.ts';
import type { RankRow } from '../../src/experiments/rank.ts';
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
const tmp = () => mkdtempSync(join(tmpdir(), 'atlas-bundle-'));

describe('sneeuwbal atlas bundle', () => {
  const full = tmp();
  const whole = runMain('atlas', ...settings, '--out', full);

  it('bundles a partial atlas: whole rows only, a cut last line left out, "N of M" in the provenance', async () => {
    expect((await whole).code).toBe(0);
    const dir = tmp();
    const lines = readFileSync(join(full, 'shard-0-of-1.jsonl'), 'utf8').split('\n');
    // Head, four whole rows and half of the fifth, as a run being computed (or killed) leaves it.
    writeFileSync(join(dir, 'shard-0-of-1.jsonl'), lines.slice(0, 5).join('\n') + '\n' + lines[5].slice(0, 60));
    writeFileSync(join(dir, 'COMMIT'), 'abc123\n');
    const out = join(tmp(), 'data', 'atlas.json');
    const r = await runMain('atlas', 'bundle', dir, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/4 van 9 plekken/);
    const b = JSON.parse(readFileSync(out, 'utf8')) as AtlasBundle;
    expect(b.provenance).toMatchObject({ scope: 'WK198210', level: 'buurt', places: 9, computed: 4, seed: 5 });
    expect(b.provenance.runs).toEqual([expect.objectContaining({ commit: 'abc123', commandRebuilt: true, rows: 4 })]);
    expect(b.provenance.source).toMatch(/^Bron: CBS/);
    expect(b.provenance.runs[0].command).toBe(
      'sneeuwbal atlas --within WK198210 --level buurt --route b --target 0.9 --reps 8 --max-k 4 --budget 2 --months 60 --seed 5',
    );
    expect(b.provenance.bundledWith).toContain(`atlas bundle ${dir} --out ${out}`);
    expect((b.provenance.settings as { parameters: Record<string, number> }).parameters.willing).toEqual(expect.any(Number));
    // Every place of the run is counted per gemeente, computed or not.
    expect(b.counts).toEqual({ GM1982: 9 });
    expect(bundleRows(b).map((x) => x.code)).toEqual(['BU19821001', 'BU19821003', 'BU19821005', 'BU19821007']);
    // A second folder with the same settings fills in the places the first has not reached.
    const both = join(tmp(), 'both.json');
    expect((await runMain('atlas', 'bundle', dir, full, '--out', both)).code).toBe(0);
    const c = JSON.parse(readFileSync(both, 'utf8')) as AtlasBundle;
    expect(c.provenance.computed).toBe(9);
    expect(c.provenance.runs.map((x) => x.rows)).toEqual([4, 5]);
  });

  it('rebuilds a command that gives the same rows, and each bundled row is rank’s answer for that place', async () => {
    expect((await whole).code).toBe(0);
    const out = join(tmp(), 'b.json');
    expect((await runMain('atlas', 'bundle', full, '--out', out, '--commit', 'def456')).code).toBe(0);
    const b = JSON.parse(readFileSync(out, 'utf8')) as AtlasBundle;
    expect(b.provenance).toMatchObject({ computed: 9, places: 9 });
    expect(b.provenance.runs[0].commit).toBe('def456');
    const rows = bundleRows(b);
    // The skipped business park keeps its reason.
    expect(rows.find((x) => x.code === 'BU19821011')).toMatchObject({ reasonCode: 'skipped', k90: null });
    const rank = await runMain('rank', ...settings, '--json');
    const ranking = JSON.parse(rank.stdout).ranking as RankRow[];
    expect(ranking.length).toBeGreaterThan(3);
    for (const r of ranking) {
      // rank --json writes the long reason in one language; every other field must be the same.
      const { reason: _r, ...mine } = rows.find((x) => x.code === r.code)!;
      const { reason: _s, ...theirs } = bundledRow({ index: 0, gemeente: 'GM1982', status: 'answered', ...r, reason: { code: r.reasonCode, nl: '', en: '' } });
      expect(mine).toEqual(theirs);
      expect(mine.k90 !== null || _r.nl.length > 0).toBe(true);
    }
    // The rebuilt command (without the words "sneeuwbal atlas") computes the same rows again.
    const again = tmp();
    const argv = b.provenance.runs[0].command.split(' ').slice(2);
    expect((await runMain('atlas', ...argv, '--workers', '1', '--out', again)).code).toBe(0);
    expect(readFileSync(join(again, 'shard-0-of-1.jsonl'), 'utf8')).toBe(readFileSync(join(full, 'shard-0-of-1.jsonl'), 'utf8'));
  });

  it('refuses a folder without shards and shards of two runs, naming the file', async () => {
    expect((await whole).code).toBe(0);
    const empty = await runMain('atlas', 'bundle', tmp(), '--out', join(tmp(), 'x.json'));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/geen shards/);
    const dir = tmp();
    const text = readFileSync(join(full, 'shard-0-of-1.jsonl'), 'utf8');
    writeFileSync(join(dir, 'shard-0-of-2.jsonl'), text);
    writeFileSync(join(dir, 'shard-1-of-2.jsonl'), text.replace('"seed":5', '"seed":6'));
    const mixed = await runMain('atlas', 'bundle', dir, '--out', join(tmp(), 'x.json'));
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/shard-1-of-2\.jsonl.*andere berekening/);
    // A second folder computed with another seed may not fill in the first.
    const other = tmp();
    writeFileSync(join(other, 'shard-0-of-1.jsonl'), text.replace('"seed":5', '"seed":6'));
    const twoRuns = await runMain('atlas', 'bundle', full, other, '--out', join(tmp(), 'x.json'));
    expect(twoRuns.code).toBe(2);
    expect(twoRuns.stderr).toContain(other);
    expect(twoRuns.stderr).toMatch(/andere instellingen, parameters, seed of gegevens/);
    for (const r of [empty, mixed, twoRuns]) expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
