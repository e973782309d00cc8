/**
 * The notebooks still run: each in quick mode (tiny particle counts and replications) into a
 * temporary folder, with its Markdown, figures and data checked. Their conclusions need full mode
 * (npx tsx notebooks/<name>.ts); here only that they run on the current code and say what they should.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { behavioural, calibratable } from '../../src/core/params/index.ts';
import { sequence } from '../../src/core/rng.ts';
import { readFieldData } from '../../src/data/field.ts';
import { parseParamSet } from '../../src/experiments/paramset.ts';
import { run as calibration } from '../../notebooks/calibration.ts';
import { effects, trajectories } from '../../notebooks/lib/morris.ts';
import { run as sensitivity } from '../../notebooks/sensitivity.ts';
import { run as takeoff } from '../../notebooks/takeoff.ts';
import { run as patterns } from '../../notebooks/patterns.ts';

const out = (name: string) => mkdtempSync(join(tmpdir(), `sneeuwbal-nb-${name}-`));
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const isSvg = (text: string) => text.startsWith('<svg') && text.trimEnd().endsWith('</svg>') && !text.includes('NaN');

describe('notebooks in quick mode', () => {
  it('calibration: field-like data, posterior as a parameter set, figures', async () => {
    const dir = out('cal');
    const { files } = await calibration({ quick: true, outDir: dir, workers: 2 });
    expect(files).toEqual(expect.arrayContaining(['index.md', 'field-data.csv', 'willing-posterior.json', 'willing-posterior.svg', 'pairs.svg']));
    const md = read(dir, 'index.md');
    expect(md).toMatch(/## 1\. willing from circle counts/);
    expect(md).toMatch(/\| willing \| 0\.3 \| [\d.]+ \| [\d.]+ – [\d.]+ \| (yes|no) \|/);
    expect(md).toMatch(/## 2\. willing and joinOne/);
    expect(readFieldData(read(dir, 'field-data.csv'), 'field-data.csv').rows).toHaveLength(16);
    expect(parseParamSet(read(dir, 'willing-posterior.json'), 'p.json').posterior!.names).toEqual(['willing']);
    for (const f of files.filter((x) => x.endsWith('.svg'))) expect(isSvg(read(dir, f)), f).toBe(true);
  }, 180_000);

  it('sensitivity: a Morris screening of every behavioural parameter', async () => {
    const dir = out('sens');
    const { effects: e, names } = await sensitivity({ quick: true, outDir: dir, workers: 2 });
    expect(names).toEqual(behavioural());
    for (const n of calibratable()) expect(names).toContain(n);
    expect(e.k50).toHaveLength(names.length);
    expect(read(dir, 'morris-points.csv').trim().split('\n')).toHaveLength(names.length + 2);
    expect(isSvg(read(dir, 'morris-k50.svg'))).toBe(true);
    for (const n of names) expect(read(dir, 'index.md')).toMatch(new RegExp(`\\| ${n}( \\*)? \\|`));
  }, 180_000);

  it('patterns: the field patterns table, as Markdown, CSV and a figure', async () => {
    const dir = out('pat');
    const { rows } = await patterns({ quick: true, outDir: dir, workers: 1 });
    const md = read(dir, 'index.md');
    for (const r of rows) expect(md).toContain(`| ${r.label.en} |`);
    expect(read(dir, 'patterns.csv').trim().split('\n')).toHaveLength(rows.length + 1);
    expect(isSvg(read(dir, 'patterns.svg'))).toBe(true);
  }, 180_000);

  it('takeoff: a curve with Wilson intervals and the reason in words', async () => {
    const dir = out('take');
    const { results } = await takeoff({ quick: true, outDir: dir, workers: 2 });
    expect(results).toHaveLength(1);
    for (const c of results[0].curve) expect(c.lo <= c.p && c.p <= c.hi).toBe(true);
    expect(read(dir, 'index.md')).toContain(results[0].reason.en);
    expect(isSvg(read(dir, `takeoff-${results[0].area}.svg`))).toBe(true);
  }, 180_000);
});

describe('Morris elementary effects', () => {
  it('moves one parameter by ±Δ per step and recovers the slopes of a linear function exactly', () => {
    const k = 5,
      slopes = [3, -2, 0, 0.5, 10];
    const trajs = trajectories(k, 4, sequence('morris-test'));
    for (const t of trajs) {
      t.points.slice(1).forEach((p, j) => {
        const moved = p.map((v, i) => Math.abs(v - t.points[j][i]) > 1e-9);
        expect(moved.filter(Boolean)).toHaveLength(1);
        expect(Math.abs(p[t.changed[j]] - t.points[j][t.changed[j]])).toBeCloseTo(2 / 3, 9);
      });
      for (const p of t.points) for (const v of p) expect(v >= 0 && v <= 1).toBe(true);
    }
    const y = trajs.map((t) => t.points.map((p) => p.reduce((s, v, i) => s + slopes[i] * v, 0)));
    const e = effects(k, trajs, y);
    e.forEach((x, i) => {
      expect(x.mu).toBeCloseTo(slopes[i], 9);
      expect(x.muStar).toBeCloseTo(Math.abs(slopes[i]), 9);
      expect(x.sigma).toBeCloseTo(0, 9);
    });
  });
});
