/**
 * The committed atlas bundle (data/atlas-wijk-2024.json) is what the command makes: the two
 * smallest answered wijken in it are computed again here, with the settings its provenance names,
 * by the same function as `atlas` and `rank`, and must give the same bundled rows. Rows that came
 * from a second, smaller run (Land van Cuijk) are recomputed with the main run's settings, which
 * also checks that a row does not depend on the area the run covered.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { atlasPlaces, atlasRow } from '../../src/experiments/atlas.ts';
import { bundledRow, bundleRows, type AtlasBundle } from '../../src/experiments/atlasBundle.ts';
import { InlinePool } from '../../src/experiments/pool.ts';
import type { RankOptions } from '../../src/experiments/rank.ts';
import type { RankLevel } from '../../src/experiments/rankUnits.ts';
import { areaFromTable } from '../../src/node/data.ts';
import { bundledTable } from '../helpers/areas.ts';

const bundle = JSON.parse(readFileSync(new URL('../../data/atlas-wijk-2024.json', import.meta.url), 'utf8')) as AtlasBundle;

describe('the committed atlas bundle', () => {
  it('says where it comes from and how much of the run it holds', () => {
    const p = bundle.provenance;
    expect(p.source).toMatch(/^Bron: CBS/);
    expect(p.runs.length).toBeGreaterThan(0);
    for (const r of p.runs) expect(r.command).toMatch(/^sneeuwbal atlas (--nl|--within GM\d{4}) --level wijk .*--seed \d+/);
    expect(p.computed).toBe(bundle.rows.length);
    expect(p.places).toBe(Object.values(bundle.counts).reduce((a, b) => a + b, 0));
    expect(p.computed).toBeLessThanOrEqual(p.places);
  });

  it('matches what the command computes for a sample of its wijken', async () => {
    const table = bundledTable();
    const {
      parameters: _p,
      paramSet,
      scenario,
      ...search
    } = bundle.provenance.settings as { parameters: unknown; paramSet: unknown; scenario: RankOptions['scenario'] } & Record<string, unknown>;
    expect(paramSet).toBeNull();
    const options = { ...search, scenario } as RankOptions;
    const places = atlasPlaces(table, bundle.provenance.scope, bundle.provenance.level as RankLevel);
    const rows = bundleRows(bundle)
      .filter((r) => r.reasonCode !== 'skipped')
      .sort((a, b) => a.age65plus! - b.age65plus!);
    // The two smallest, and the smallest of Land van Cuijk (computed by its own run) when it is in the bundle.
    const sample = [...new Set([...rows.slice(0, 2), ...rows.filter((r) => r.gemeente === 'GM1982').slice(0, 1)])];
    expect(sample.length).toBeGreaterThan(0);
    for (const row of sample) {
      const place = places.find((p) => p.code === row.code)!;
      const again = await atlasRow(place, (codes, groups) => areaFromTable(table, codes, groups), [], options, new InlinePool());
      expect(bundledRow(again)).toEqual(row);
    }
  }, 300_000);
});
