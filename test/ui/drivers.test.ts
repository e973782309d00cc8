/**
 * "Waar hangt dit van af?": the app computes drivers on the answer it shows, with the same search
 * and seed as `critical-mass` (whose default is --drivers yes), and names them in plain words.
 */
import { describe, expect, it } from 'vitest';
import { areaFromTable } from '../../src/node/data.ts';
import { findCriticalMass } from '../../src/experiments/criticalMass.ts';
import { InlinePool } from '../../src/experiments/pool.ts';
import { createCompute, criticalKey } from '../../src/ui/controller/compute.ts';
import type { PageInput } from '../../src/ui/controller/panels.ts';
import { localeFor } from '../../src/ui/i18n/index.ts';
import { createSimulator, inputKey } from '../../src/ui/simulation/simulator.ts';
import { defaultWorkspace, toScenario, type Workspace } from '../../src/ui/state/workspace.ts';
import { driverLine } from '../../src/ui/views/results/drivers.ts';
import { bundledTable, MILL } from '../helpers/areas.ts';

const ws: Workspace = { ...defaultWorkspace(), reps: 6, months: 48, critical: { route: 'b', target: 0.5, maxK: 3, reps: 8 } };
const scenario = toScenario(ws, 0, [MILL]);

describe('what the critical-mass answer depends on, in the app', () => {
  it('equals critical-mass --drivers yes with the same seed, and is said with plain parameter names', async () => {
    const sim = createSimulator({
      pool: new InlinePool(),
      buildArea: async (codes, groups) => ({ ok: true, area: areaFromTable(bundledTable(), codes, groups) }),
      rankUnits: async () => ({ ok: false, error: { nl: '', en: '' } }),
      onChange: () => {
        const st = sim.status;
        if (st.running && st.kind === 'drivers') seen.push({ done: st.done, total: st.total });
      },
    });
    const seen: { done: number; total: number }[] = [];
    const p = {
      state: { workspace: ws },
      planned: [{ index: 0, name: 'Scenario 1', scenario, key: inputKey('t', scenario), invalid: null }],
      posterior: null,
    } as unknown as PageInput;
    const compute = createCompute(sim, { tableId: 't' } as never, () => p);
    const key = criticalKey('t', p)!;
    // Nothing to explain before there is an answer.
    await compute.drivers();
    expect(sim.drivers(key)).toBeNull();
    await compute.critical();
    await compute.drivers();
    const got = sim.drivers(key);
    const cli = await findCriticalMass(
      areaFromTable(bundledTable(), [MILL]),
      { route: 'b', target: 0.5, maxK: 3, reps: 8, scenario, drivers: true },
      new InlinePool(),
    );
    expect(got).toEqual(cli.drivers);
    expect(got!.length).toBeGreaterThan(0);
    // Progress of its own in the status: runs done never fall and never pass the runs planned so far.
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((s, i) => s.done <= s.total && (i === 0 || (s.done >= seen[i - 1].done && s.total >= seen[i - 1].total)))).toBe(true);
    expect(seen.at(-1)!.done).toBeGreaterThan(seen[0].done);
    const nl = localeFor('nl');
    const line = driverLine(nl, got![0]);
    expect(line.startsWith(`${got![0].name}:`)).toBe(false);
    expect(line).toContain(`(${got![0].name}): met `);
  }, 300_000);
});
