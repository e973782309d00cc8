import { describe, expect, test } from 'vitest';
import { areaFromTable } from '../../src/node/data.ts';
import { InlinePool } from '../../src/experiments/pool.ts';
import type { RegionRow } from '../../src/workers/dataApi.ts';
import { chosenFrom, greedyOptions, MAX_BUURT_UNITS } from '../../src/ui/simulation/placement.ts';
import { createSimulator } from '../../src/ui/simulation/simulator.ts';
import { setRoute } from '../../src/ui/state/edits.ts';
import { defaultWorkspace, toScenario } from '../../src/ui/state/workspace.ts';
import { bundledTable } from '../helpers/areas.ts';

/** "Let the model choose the buurten": options from a draft, and the chosen list from the answer. */
const row = (code: string, wijk: string, age65plus: number): RegionRow => ({
  code,
  name: `B ${code}`,
  level: 'buurt',
  parent: wijk,
  gemeente: 'GM1982',
  figures: { inhabitants: 100, age65plus, households: 50 },
});

describe('greedy placement options', () => {
  test('budget and route come from the routes placed in chosen buurten; empty buurten are no candidates', () => {
    let ws = setRoute(defaultWorkspace(), 'b', { placement: 'chosen', count: 3 });
    const buurten = [row('BU1', 'WK1', 50), row('BU2', 'WK1', 0), row('BU3', 'WK2', 20)];
    const options = greedyOptions(ws.scenarios[0], buurten, new Map())!;
    expect(options.budget).toBe(3);
    expect(options.route).toBe('b');
    expect(options.units!.map((u) => u.code)).toEqual(['BU1', 'BU3']);
    expect(options.refine).toBe(1);
    ws = setRoute(ws, 'a', { placement: 'chosen', count: 1 });
    const mixed = greedyOptions(ws.scenarios[0], buurten, new Map())!;
    expect(mixed).toMatchObject({ budget: 4, route: 'mix', weights: { a: 1, b: 3, c: 0 } });
    expect(greedyOptions(defaultWorkspace().scenarios[0], buurten, new Map())).toBeNull();
  });

  test('a large area is searched per wijk, largest buurten first', () => {
    const ws = setRoute(defaultWorkspace(), 'b', { placement: 'chosen', count: 2 });
    const many = Array.from({ length: MAX_BUURT_UNITS + 5 }, (_, i) => row(`BU${i}`, `WK${i % 3}`, 10 + i));
    const options = greedyOptions(ws.scenarios[0], many, new Map([['WK0', 'Noord']]))!;
    expect(options.units).toHaveLength(3);
    expect(options.units![0]).toMatchObject({ code: 'WK0', name: 'Noord' });
    expect(options.units![0].buurten[0]).toBe(`BU${MAX_BUURT_UNITS + 5 - 3}`);
    expect(options.refine).toBe(1); // three wijken: few enough for the local search
  });

  test('the answer becomes a chosen list with one entry per seed', () => {
    const units = [
      { code: 'WK0', name: 'Noord', buurten: ['BU9', 'BU3'] },
      { code: 'BU5', name: 'B5', buurten: ['BU5'] },
    ];
    const result = {
      allocation: [
        { code: 'WK0', name: 'Noord', seeds: 3, buurten: ['BU9', 'BU3'] },
        { code: 'BU5', name: 'B5', seeds: 2, buurten: ['BU5'] },
      ],
    };
    expect(chosenFrom(result as never, units)).toEqual(['BU9', 'BU3', 'BU9', 'BU5', 'BU5']);
  });

  test('runs through the simulator on a kerkdorp and proposes buurten inside it', async () => {
    const groups = [{ name: 'Mill-kern', buurten: ['BU19821001', 'BU19821003'] }];
    const ws = { ...setRoute(defaultWorkspace(), 'b', { count: 2 }), groups, months: 48 };
    const sim = createSimulator({
      pool: new InlinePool(),
      buildArea: async (codes, gs) => ({ ok: true, area: areaFromTable(bundledTable(), codes, gs) }),
      rankUnits: async () => ({ ok: false, error: { nl: '', en: '' } }),
      onChange: () => {},
    });
    const draft = setRoute(ws, 'b', { placement: 'chosen' }).scenarios[0];
    const options = {
      ...greedyOptions(draft, [row('BU19821001', 'WK198210', 730), row('BU19821003', 'WK198210', 400)], new Map())!,
      reps: 2,
      refine: 0,
      randomBaselines: 1,
    };
    await sim.runGreedy('t', { key: 'g', scenario: toScenario(ws, 0, ['Mill-kern']), options });
    const result = sim.placement('g')!;
    expect(sim.status.error).toBeNull();
    expect(result.allocation.reduce((s, a) => s + a.seeds, 0)).toBe(2);
    expect(chosenFrom(result, options.units!).every((c) => groups[0].buurten.includes(c))).toBe(true);
  }, 120_000);
});
