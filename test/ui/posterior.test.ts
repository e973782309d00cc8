/**
 * "Reken met de onzekerheid uit de kalibratie": the app's scenario runs and critical mass average
 * over a posterior exactly as the CLI does with `--params posterior.json` (same reader, same
 * engine, same seed → the same numbers), with their own result keys, and say so in plain words.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadParamSet } from '../../src/cli/model.ts';
import { areaFromTable } from '../../src/node/data.ts';
import { findCriticalMass } from '../../src/experiments/criticalMass.ts';
import { InlinePool } from '../../src/experiments/pool.ts';
import { runScenario } from '../../src/experiments/run.ts';
import {
  posteriorFromCalibration,
  posteriorFromSaved,
  posteriorFromText,
  posteriorLinkWords,
  posteriorToSave,
  posteriorWords,
} from '../../src/ui/calibration/posteriorInUse.ts';
import { createCompute, criticalKey, rankKey } from '../../src/ui/controller/compute.ts';
import type { PageInput } from '../../src/ui/controller/panels.ts';
import { localeFor } from '../../src/ui/i18n/index.ts';
import { createSimulator, inputKey } from '../../src/ui/simulation/simulator.ts';
import { defaultWorkspace, toScenario, type Workspace } from '../../src/ui/state/workspace.ts';
import { bundledTable, MILL } from '../helpers/areas.ts';

/** A small posterior as `calibrate` writes it: two particles far apart in dropout, so averaging over them shows. */
const POSTERIOR = JSON.stringify({
  sneeuwbal: { kind: 'posterior', area: [MILL], start: '2024-01', observed: 'mill.csv', seed: 3, model: 'simple', epsilon: 0.4, simulations: 900 },
  parameters: {},
  posterior: {
    names: ['dropout', 'split'],
    particles: [
      [0.01, 0.05],
      [0.25, 0.3],
    ],
    weights: [0.7, 0.3],
  },
});
const dir = mkdtempSync(join(tmpdir(), 'sneeuwbal-posterior-'));
const file = join(dir, 'posterior.json');
writeFileSync(file, POSTERIOR);

const ws: Workspace = { ...defaultWorkspace(), reps: 6, months: 48, critical: { route: 'b', target: 0.5, maxK: 2, reps: 4 } };
const scenario = toScenario(ws, 0, [MILL]);
const area = () => areaFromTable(bundledTable(), [MILL]);

function app() {
  const sim = createSimulator({
    pool: new InlinePool(),
    buildArea: async (codes, groups) => ({ ok: true, area: areaFromTable(bundledTable(), codes, groups) }),
    rankUnits: async () => ({ ok: false, error: { nl: 'niet hier', en: 'not here' } }),
    onChange: () => {},
  });
  return sim;
}

/** The page as compute.ts reads it: the workspace, its one planned scenario, and the posterior in use. */
function page(posterior: ReturnType<typeof posteriorFromText> | null): PageInput {
  const key = posterior ? inputKey('t', scenario, { posterior: posterior.id }) : inputKey('t', scenario);
  return { state: { workspace: ws }, planned: [{ index: 0, name: 'Scenario 1', scenario, key, invalid: null }], posterior } as unknown as PageInput;
}

describe('computing with the calibration’s uncertainty', () => {
  it('reads a saved posterior with the CLI reader and says what it averages over', () => {
    const p = posteriorFromText(POSTERIOR, 'posterior.json');
    expect(p.set).toEqual(loadParamSet(file));
    expect(p.area).toBe(MILL);
    const nl = localeFor('nl');
    expect(posteriorWords('nl', p, nl.fmt.count)).toMatch(/^Gemiddeld over de kalibratie van WK198210, 2 deeltjes/);
    expect(posteriorWords('en', p, nl.fmt.count)).toMatch(/^Averaged over the calibration of WK198210, 2 particles/);
    expect(posteriorLinkWords('nl')).toContain('link neemt de kalibratie niet mee');
    // Another posterior (other weights) is another key; the same text the same key.
    expect(posteriorFromText(POSTERIOR, 'x.json').id).toBe(p.id);
    expect(posteriorFromText(POSTERIOR.replace('[0.7, 0.3]', '[0.3, 0.7]').replace('[0.7,0.3]', '[0.3,0.7]'), 'x.json').id).not.toBe(p.id);
  });

  it('keeps the same posterior through the browser’s store, and a calibration just run reads as its saved file', () => {
    const p = posteriorFromText(POSTERIOR, 'posterior.json');
    const back = posteriorFromSaved(JSON.parse(JSON.stringify(posteriorToSave(p))));
    expect(back).toEqual(p);
    const fresh = posteriorFromCalibration(POSTERIOR, 'Mill');
    expect([fresh.id, fresh.area, fresh.file]).toEqual([p.id, 'Mill', null]);
  });

  it('the ranking ("where to start") has its own key with a posterior, as the critical mass has', () => {
    const posterior = posteriorFromText(POSTERIOR, 'posterior.json');
    const withRank = (q: PageInput) =>
      ({
        ...q,
        state: { workspace: { ...ws, rank: { level: 'wijk', budget: 4, reps: 8 } } },
        view: { gemeente: { code: 'GM1982' } },
        register: { circles: [] },
      }) as unknown as PageInput;
    const fixed = rankKey('t', withRank(page(null)));
    const averaged = rankKey('t', withRank(page(posterior)));
    expect(fixed).not.toBeNull();
    expect(averaged).not.toBe(fixed);
    expect(averaged).toContain(posterior.id);
  });

  it('refuses a file without a posterior, or a broken one, by file and field', () => {
    expect(() => posteriorFromText('{"parameters":{"dropout":0.1}}', 'vast.json')).toThrow(/vast\.json.*posterior|posterior.*vast\.json/s);
    expect(() => posteriorFromText('{"posterior":{"names":["dropout"],"particles":[[2]],"weights":[1]}}', 'kapot.json')).toThrow(
      /posterior\.particles\[0\]\[0\]/,
    );
  });

  it('the app’s scenario run equals simulate --params posterior.json with the same seed, and differs from fixed values', async () => {
    const posterior = posteriorFromText(POSTERIOR, 'posterior.json');
    const sim = app();
    const compute = createCompute(sim, { tableId: 't' } as never, () => page(posterior));
    await compute.scenarios();
    const got = sim.result(page(posterior).planned[0].key!);
    expect(got).not.toBeNull();
    const cli = await runScenario(scenario, area(), new InlinePool(), { paramSet: loadParamSet(file) });
    expect(JSON.stringify(got!.result)).toBe(JSON.stringify(cli));
    expect(got!.result.posterior).toEqual({ names: ['dropout', 'split'], particles: 2 });
    // With fixed values the key and the numbers are others.
    const fixed = createCompute(sim, { tableId: 't' } as never, () => page(null));
    await fixed.scenarios();
    const plain = sim.result(page(null).planned[0].key!);
    expect(plain!.result.posterior).toBeUndefined();
    expect(JSON.stringify(plain!.result.series)).not.toBe(JSON.stringify(got!.result.series));
  }, 120_000);

  it('the critical-mass search averages over the posterior as critical-mass --params does', async () => {
    const posterior = posteriorFromText(POSTERIOR, 'posterior.json');
    const sim = app();
    const p = page(posterior);
    await createCompute(sim, { tableId: 't' } as never, () => p).critical();
    const key = criticalKey('t', p)!;
    expect(key).not.toBe(criticalKey('t', page(null)));
    const cli = await findCriticalMass(area(), { route: 'b', target: 0.5, maxK: 2, reps: 4, scenario, paramSet: loadParamSet(file) }, new InlinePool());
    expect(JSON.stringify(sim.critical(key))).toBe(JSON.stringify(cli));
  }, 120_000);
});
