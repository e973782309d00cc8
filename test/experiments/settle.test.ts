/**
 * A run stops early once its outcome can no longer change (src/core/simulation.ts: no circle, no
 * founding under way, no seeding or PR left). The takeoff verdict of such a run must be exactly the
 * one the full run gives, for every replication, or the critical mass would rest on shortcuts.
 * Checked on the critical-mass configuration itself (the search's horizon, k = 0 … 2 seeds in Mill),
 * where most futures that fail die out well before the judgement.
 */
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/core/simulation.ts';
import { buildWorld } from '../../src/core/world.ts';
import { jobForK, setupSearch } from '../../src/experiments/criticalMassPlan.ts';
import { validateScenario } from '../../src/experiments/scenario.ts';
import { judgeTakeoff } from '../../src/experiments/takeoff.ts';
import { area, MILL } from '../helpers/areas.ts';

describe('runs that stop early', () => {
  it('give the very verdict of the full run (same takeoff, time to takeoff, offspring counts)', () => {
    const mill = area(MILL);
    const setup = setupSearch(mill, validateScenario({ area: [MILL], seed: 4 }, { allowEmptyPlan: true }), { route: 'mix' });
    let stoppedEarly = 0,
      tookOff = 0;
    for (const k of [0, 1, 2]) {
      const job = jobForK(setup, k);
      for (let rep = 0; rep < 12; rep++) {
        const world = buildWorld(mill, job.params, job.plan.months, job.seed, rep);
        const short = runReplication(world, job.params, job.plan, job.seed, rep);
        const full = runReplication(world, job.params, job.plan, job.seed, rep, { settle: false });
        expect(full.settledAt).toBeNull();
        if (short.settledAt !== null) stoppedEarly++;
        const a = judgeTakeoff(short, setup.seedEnd, job.takeoff),
          b = judgeTakeoff(full, setup.seedEnd, job.takeoff);
        if (b.takeoff) tookOff++;
        const verdict = (o: typeof a) => [
          o.takeoff,
          o.saturated,
          o.monthsToTakeoff,
          o.seeded,
          o.spontaneous,
          o.selfStartedAtEnd,
          o.selfStartedBefore,
          o.recent,
          o.circlesAtEnd,
          o.willingInCircle,
        ];
        expect(verdict(a), `k = ${k}, replication ${rep}`).toEqual(verdict(b));
        expect(Array.from(short.tree.founded)).toEqual(Array.from(full.tree.founded));
      }
    }
    // Not vacuous: both kinds of future occur, and many runs did stop early.
    expect(stoppedEarly).toBeGreaterThanOrEqual(6);
    expect(tookOff).toBeGreaterThanOrEqual(6);
  }, 60_000);
});
