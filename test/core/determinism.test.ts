/**
 * Same seed → identical results; different seeds differ; common random numbers: two scenarios that
 * differ only from month 24 on are identical before month 24; and 1 or 2 Node workers give
 * byte-identical JSON.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { resolveParams } from '../../src/core/params/index.ts';
import { runReplication } from '../../src/core/simulation.ts';
import { buildWorld } from '../../src/core/world.ts';
import { InlinePool } from '../../src/experiments/pool.ts';
import { runScenario } from '../../src/experiments/run.ts';
import { validateScenario } from '../../src/experiments/scenario.ts';
import { NodePool } from '../../src/workers/node-pool.ts';
import { area, MILL } from '../helpers/areas.ts';
import { millPlan } from '../helpers/plans.ts';

const params = resolveParams({});
const scenario = validateScenario({ area: [MILL], plan: { a: { count: 1 }, b: { count: 2 } }, reps: 6, seed: 11, months: 72 });

describe('determinism and common random numbers', () => {
  const pool2 = new NodePool(2);
  afterAll(() => pool2.close());

  it('gives identical JSON for the same seed, with 1 or 2 workers', async () => {
    const a = JSON.stringify(await runScenario(scenario, area(MILL), new InlinePool()));
    const b = JSON.stringify(await runScenario(scenario, area(MILL), new InlinePool()));
    const c = JSON.stringify(await runScenario(scenario, area(MILL), pool2));
    expect(b).toBe(a);
    expect(c).toBe(a);
  }, 60_000);

  it('gives different futures for different seeds', async () => {
    const a = await runScenario(scenario, area(MILL), new InlinePool());
    const b = await runScenario({ ...scenario, seed: 12 }, area(MILL), new InlinePool());
    expect(JSON.stringify(b.series)).not.toBe(JSON.stringify(a.series));
  });

  it('keeps two plans that differ only from month 24 identical before month 24', () => {
    const world = buildWorld(area(MILL), params, 72, 5, 0);
    const base = millPlan(1, 2, 0, 72);
    const later = millPlan(1, 2, 0, 72);
    later.routes.c = { count: 4, from: 24, to: 48, placement: 'auto' };
    later.pr = [...base.pr, { from: 24, to: 48, intensity: 1 }];
    const x = runReplication(world, params, base, 5, 0).metrics;
    const y = runReplication(world, params, later, 5, 0).metrics;
    for (const key of ['circles', 'members', 'active', 'failed', 'cost'] as const) {
      expect(Array.from(y[key].slice(0, 25)), key).toEqual(Array.from(x[key].slice(0, 25)));
    }
    expect(Array.from(y.members.slice(25))).not.toEqual(Array.from(x.members.slice(25)));
  });

  it('shares demography between scenarios: the same people live and leave whatever the plan', () => {
    const world = buildWorld(area(MILL), params, 72, 5, 1);
    const a = runReplication(world, params, millPlan(0, 1, 0, 72), 5, 1);
    const b = runReplication(world, params, millPlan(3, 5, 5, 72), 5, 1);
    expect(Array.from(b.population)).toEqual(Array.from(a.population));
  });
});
