/**
 * Checks that keep the model honest (design/MODEL.md):
 *  - well-mixed limit → the Bass equation (mean over replications within its noise);
 *  - density-independent spawning → P(takeoff | k) = 1 − q^k of the matching branching process,
 *    with q computed from the parameters, not fitted;
 *  - snowball = 0 → no spontaneous circle ever, and no takeoff.
 */
import { describe, expect, it } from 'vitest';
import { makeKeys } from '../../src/core/context.ts';
import { resolveParams, type Params } from '../../src/core/params/index.ts';
import { runReplication } from '../../src/core/simulation.ts';
import { RunState } from '../../src/core/state.ts';
import { buildWorld } from '../../src/core/world.ts';
import { judgeTakeoff } from '../../src/experiments/takeoff.ts';
import { wilson } from '../../src/experiments/stats.ts';
import { area, MILL } from '../helpers/areas.ts';
import { millPlan } from '../helpers/plans.ts';

/** No one dies, moves or ages out; circles only change through the process under test. */
const STILL = {
  mortality65: 0,
  mortality75: 0,
  mortality85: 0,
  nursingHome65: 0,
  nursingHome75: 0,
  nursingHome85: 0,
  moving: 0,
  growth65: 0,
  indication: 0,
  needOnset: 0,
  dropout: 0,
  passiveRate: 0,
  reactivateRate: 0,
  passiveDissolve: 0,
  dissolveBelow: 2,
  recruitRate: 0,
};

function willingAtStart(params: Params, seed: number, rep: number, months: number): { willing: number; people: number } {
  const world = buildWorld(area(MILL), params, months, seed, rep);
  const st = new RunState(world, params, makeKeys(seed, rep).traits);
  let willing = 0,
    people = 0;
  for (let s = 0; s < world.pl.n; s++) {
    if (world.pl.activeFrom[s] !== 0) continue;
    st.moveIn(s, world.life.firstOf[s], 0);
    people++;
    willing += st.willing[s];
  }
  return { willing, people };
}

/** dN/dt = (p + qN/M)(M − N), RK4 in steps of 0.05 month. */
function bass(p: number, q: number, M: number, months: number): number[] {
  const f = (n: number) => (p + (q * n) / M) * (M - n);
  const out = [0];
  let n = 0;
  const h = 0.05;
  for (let t = 0; t < months; t++) {
    for (let k = 0; k < 1 / h; k++) {
      const k1 = f(n),
        k2 = f(n + (h / 2) * k1),
        k3 = f(n + (h / 2) * k2),
        k4 = f(n + h * k3);
      n += (h / 6) * (k1 + 2 * k2 + 2 * k3 + k4);
    }
    out.push(n);
  }
  return out;
}

describe('model checks', () => {
  it('follows the Bass equation in the well-mixed limit (no space, no founding threshold)', () => {
    const months = 120,
      reps = 30,
      seed = 21;
    const params = resolveParams({ ...STILL, wellMixed: 1, prJoin: 0.002, joinOne: 0.2, initialAwareness: 1 });
    const plan = { months, routes: millPlan(0, 0, 0, months).routes, pr: [{ from: 0, to: months, intensity: 1 }] };
    const runs: Int32Array[] = [];
    let M = 0,
      N = 0;
    for (let r = 0; r < reps; r++) {
      const { willing, people } = willingAtStart(params, seed, r, months);
      M += willing / reps;
      N += people / reps;
      runs.push(runReplication(buildWorld(area(MILL), params, months, seed, r), params, plan, seed, r, { settle: false }).metrics.members);
    }
    const p = params.prJoin,
      q = (params.joinOne * params.snowball * M) / N;
    const expected = bass(p, q, M, months);
    for (let t = 6; t <= months; t += 6) {
      const xs = runs.map((m) => m[t]);
      const mean = xs.reduce((s, x) => s + x, 0) / reps;
      const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (reps - 1));
      // Within 4 standard errors, plus 1% of M for the monthly time step of the model.
      expect(Math.abs(mean - expected[t]), `month ${t}: model ${mean.toFixed(1)}, Bass ${expected[t].toFixed(1)}`).toBeLessThanOrEqual(
        4 * (sd / Math.sqrt(reps)) + 0.01 * M,
      );
    }
    expect(expected[months] / M).toBeGreaterThan(0.9); // the full S-curve was covered
  }, 60_000);

  it('gives P(takeoff | k) = 1 − q^k with density-independent spawning (branching process)', () => {
    const months = 40,
      reps = 200,
      seed = 33;
    // A pure branching process: circles only arise by spawning (no splits), live until they turn passive.
    const params = resolveParams({
      ...STILL,
      independentSpawning: 1,
      initiation: 0.2,
      passiveRate: 0.8,
      passiveDissolve: 1,
      split: 0,
      foundingMin: 1,
      foundingWindow: 1,
      commit: 1,
      succession: 1,
      verbinderShare: 0.1,
      // One circle per seeding meeting (a meeting forms as many circles as its people make): a small
      // turnout and room for everyone who comes.
      bAttend: 0.01,
      circleMax: 25,
    });
    // Each month an active circle spawns with probability λ (the child may turn passive at once),
    // then turns passive with probability μ: per month it leaves (itself alive) + (a living child),
    // with generating function F(s) = (μ + (1−μ)s)(1 − λ(1−μ) + λ(1−μ)s).
    const lambda = params.initiation,
      mu = 1 - Math.pow(1 - params.passiveRate, 1 / 12);
    const F = (s: number) => (mu + (1 - mu) * s) * (1 - lambda * (1 - mu) + lambda * (1 - mu) * s);
    const extinctWithin = (m: number) => {
      let x = 0;
      for (let i = 0; i < m; i++) x = F(x);
      return x;
    };
    let q = 0;
    for (let i = 0; i < 20_000; i++) q = F(q); // eventual extinction from one active circle
    const worlds = Array.from({ length: reps }, (_, r) => buildWorld(area(MILL), params, months, seed, r));
    for (const k of [1, 2, 4]) {
      let alive = 0,
        n = 0,
        expected = 0;
      for (let r = 0; r < reps; r++) {
        const res = runReplication(worlds[r], params, millPlan(0, k, 0, months, 'spread', 0, 3), seed, r);
        if (res.routes.b.formed !== k) continue;
        n++;
        if (res.metrics.active[months] > 0) alive++;
        // The matching branching process over the same months: each seed from its founding month.
        let allDie = 1;
        for (let c = 0; c < res.tree.origin.length; c++) if (res.tree.origin[c] === 1) allDie *= extinctWithin(months - res.tree.founded[c]);
        expected += (1 - allDie) / reps;
      }
      expected *= reps / n;
      const ci = wilson(alive, n, 2.576);
      const label = `k=${k}: ${alive}/${n} alive after ${months} months; branching process ${expected.toFixed(3)} (eventually 1 − q^k = ${(1 - q ** k).toFixed(3)})`;
      expect(n, label).toBeGreaterThan(reps * 0.8);
      expect(expected, label).toBeGreaterThanOrEqual(ci.lo);
      expect(expected, label).toBeLessThanOrEqual(ci.hi);
    }
    expect(1 - extinctWithin(400)).toBeCloseTo(1 - q, 6); // the finite-horizon curve tends to 1 − q
  }, 180_000);

  it('never starts a spontaneous circle with snowball = 0, and never takes off', () => {
    const params = resolveParams({ snowball: 0 });
    for (let r = 0; r < 10; r++) {
      const res = runReplication(buildWorld(area(MILL), params, 120, 8, r), params, millPlan(3, 6, 4), 8, r);
      const spontaneous = Array.from(res.tree.origin).filter((o) => o >= 3).length;
      expect(spontaneous).toBe(0);
      expect(res.metrics.offspring.reduce((s, v) => s + v, 0)).toBe(0);
      expect(judgeTakeoff(res, 24).takeoff).toBe(false);
      expect(res.routes.a.formed + res.routes.b.formed + res.routes.c.formed).toBeGreaterThan(3);
    }
  });
});
