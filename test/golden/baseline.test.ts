/**
 * Golden baseline (Covasim's test_baselines): a small fixed scenario whose summary must not change
 * unless the model is meant to change. After an intended change, run
 *   npx vitest run test/golden -u
 * and review the diff of test/golden/baseline.json in the commit.
 */
import { describe, expect, it } from 'vitest';
import { InlinePool } from '../../src/experiments/pool.ts';
import { runScenario } from '../../src/experiments/run.ts';
import { validateScenario } from '../../src/experiments/scenario.ts';
import { area, MILL } from '../helpers/areas.ts';

describe('golden baseline', () => {
  it('Mill, a=1 b=2 c=1, 6 replications, 8 years, seed 1', async () => {
    const scenario = validateScenario({ area: [MILL], plan: { a: { count: 1 }, b: { count: 2 }, c: { count: 1 } }, reps: 6, seed: 1, months: 96 });
    const r = await runScenario(scenario, area(MILL), new InlinePool());
    const yearly = r.series.filter((p) => p.month % 12 === 0).map((p) => ({ month: p.month, circles: p.circles, members: p.members, spontaneous: p.spontaneous, failedFoundings: p.failedFoundings }));
    const baseline = {
      summary: r.summary,
      yearly,
      buurten: r.buurten.map((b) => ({ code: b.code, age65plus: b.age65plus, lastYear: b.coverage[b.coverage.length - 1] })),
    };
    await expect(JSON.stringify(baseline, null, 1) + '\n').toMatchFileSnapshot('baseline.json');
  });
});
