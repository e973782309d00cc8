/**
 * The critical-mass search on the real model (MODEL.md "Checks that keep the model honest"):
 *  - with snowball = 0 there is no critical mass, and the answer says why (R = 0);
 *  - with much stronger spread a critical mass is found and is never larger than with weaker spread;
 *  - P(takeoff | k) does not fall with k beyond its intervals;
 *  - with density-independent spawning the curve follows 1 − q^k of the matching branching
 *    process (q from the parameters, as in test/core/checks.test.ts);
 *  - the same answer with 1 or 2 workers; bad input gives an InputError or a result that says why.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/errors.ts';
import { resolveParams } from '../../src/core/params/index.ts';
import { findCriticalMass, type CriticalMassOptions, type CriticalMassResult } from '../../src/experiments/criticalMass.ts';
import { InlinePool } from '../../src/experiments/pool.ts';
import { validateScenario } from '../../src/experiments/scenario.ts';
import { wilson } from '../../src/experiments/stats.ts';
import { NodePool } from '../../src/workers/node-pool.ts';
import { area, MILL } from '../helpers/areas.ts';

const scenarioFor = (code: string, params: Record<string, number> = {}, extra: Record<string, unknown> = {}) =>
  validateScenario({ area: [code], seed: 7, params, ...extra }, { allowEmptyPlan: true });

const search = (code: string, params: Record<string, number>, options: CriticalMassOptions = {}) =>
  findCriticalMass(area(code), { scenario: scenarioFor(code, params), route: 'b', maxK: 8, reps: 32, ...options }, new InlinePool());

/** With no seed beyond k a point can only be "at least as high" where its interval allows it. */
function assertNotFalling(r: CriticalMassResult) {
  for (let i = 0; i < r.curve.length; i++) {
    for (let j = i + 1; j < r.curve.length; j++) {
      expect(r.curve[j].hi, `P(${r.curve[j].k}) = ${r.curve[j].p} lies below P(${r.curve[i].k}) = ${r.curve[i].p} beyond both intervals`).toBeGreaterThanOrEqual(r.curve[i].lo);
    }
  }
  expect(r.search.monotone).toBe(true);
}

describe('critical mass on the model', () => {
  const stronger = search(MILL, { snowball: 8 });
  const weaker = search(MILL, {});

  it('finds a critical mass with much stronger spread (snowball = 8), never larger than with weaker spread', async () => {
    const [s, w] = await Promise.all([stronger, weaker]);
    expect(s.criticalMass.k50).not.toBeNull();
    expect(s.criticalMass.k90).not.toBeNull();
    expect(s.reason.code).toBe('reached');
    const k = (x: number | null) => x ?? Infinity;
    expect(k(s.criticalMass.k50)).toBeLessThanOrEqual(k(w.criticalMass.k50));
    expect(k(s.criticalMass.k90)).toBeLessThanOrEqual(k(w.criticalMass.k90));
    // The same replications at each k (common random numbers): stronger spread never does worse beyond noise.
    for (const p of s.curve) {
      const q = w.curve.find((x) => x.k === p.k);
      if (q) expect(p.hi).toBeGreaterThanOrEqual(q.lo);
    }
  }, 60_000);

  it('has a curve that does not fall with k beyond its interval, and reports what was run', async () => {
    for (const r of await Promise.all([stronger, weaker])) {
      assertNotFalling(r);
      expect(r.curve[0].k).toBe(0);
      expect(r.curve.map((p) => p.k)).toEqual(r.curve.map((p) => p.k).sort((a, b) => a - b)); // by k, as charts draw it
      expect(r.curve.every((p) => p.reps >= 16 && p.reps <= 32)).toBe(true);
      expect(r.search.runs).toBe(r.curve.reduce((s, p) => s + p.reps, 0));
      expect(r.takeoffRule.text.en).toMatch(/snowball rolls/);
      expect(r.cost.fixed).toBe(2400 + 500 + 2500 + 2000);
      // Wilson intervals as documented.
      for (const p of r.curve) expect(p.lo).toBeCloseTo(wilson(p.takeoffs, p.reps).lo, 3);
    }
  }, 60_000);

  it('answers "none" with the reason when circles never start circles (snowball = 0)', async () => {
    const r = await search(MILL, { snowball: 0 });
    expect(r.criticalMass).toEqual({ k50: null, k90: null, atTarget: null });
    expect(r.curve.every((p) => p.p === 0)).toBe(true);
    // The seeds were placed (a meeting may form more circles than still wanted); they just did not spread.
    expect(r.curve.find((p) => p.k === 8)!.seeded).toBeGreaterThanOrEqual(8);
    expect(r.reason.code).toBe('subcritical');
    expect(r.reason.en).toMatch(/No critical mass within 8/);
    expect(r.reason.en).toMatch(/R = 0/);
    expect(r.reason.nl).toMatch(/Geen kritische massa binnen 8/);
    expect(r.R.children).toBe(0);
    expect(r.timeToTakeoff).toBeNull();
  }, 60_000);

  it('follows 1 − q^k of the branching process when spawning does not depend on density', async () => {
    // As in test/core/checks.test.ts: nobody leaves, each active circle spawns with probability λ a
    // month and turns passive with probability μ; passive circles do not spawn. Takeoff = the
    // lineage is still alive at month 40 (seeds placed in months 0–3).
    const still = {
      mortality65: 0, mortality75: 0, mortality85: 0, nursingHome65: 0, nursingHome75: 0, nursingHome85: 0,
      moving: 0, growth65: 0, indication: 0, needOnset: 0, dropout: 0, reactivateRate: 0, dissolveBelow: 2,
    };
    const params = { ...still, independentSpawning: 1, initiation: 0.2, passiveRate: 0.8, passiveDissolve: 1, foundingMin: 1, foundingWindow: 1, commit: 1, succession: 1, verbinderShare: 0.1 };
    const p = resolveParams(params);
    const lambda = p.initiation, mu = 1 - Math.pow(1 - p.passiveRate, 1 / 12);
    const z = (s: number) => 1 - lambda + lambda * s;
    let qChild = 0;
    for (let i = 0; i < 10_000; i++) qChild = mu / (1 - (1 - mu) * z(qChild));
    const qSeed = (mu * z(qChild)) / (1 - (1 - mu) * z(qChild));
    const scenario = scenarioFor(MILL, params, {
      plan: { b: { from: 0, to: 3, placement: 'spread' } }, pr: 0,
      takeoff: { years: 37 / 12, minSelfStarted: 1, trendYears: 0, growth: 0, ratio: 0 },
    });
    const r = await findCriticalMass(area(MILL), {
      scenario, route: 'b', maxK: 4, reps: 120, initialReps: 120, maxRuns: 1000, precision: 0,
    }, new InlinePool());
    expect(r.search.months).toBe(40);
    for (const k of [1, 2, 4]) {
      const point = r.curve.find((x) => x.k === k)!;
      expect(point.seeded, `k=${k}: seeds placed`).toBeGreaterThan(0.9 * k);
      // Replications that placed fewer seeds follow 1 − q^(seeds placed); the mean seeds is close to k.
      const expected = 1 - Math.pow(qSeed, point.seeded);
      const ci = wilson(point.takeoffs, point.reps, 3);
      expect(expected, `k=${k}: observed ${point.takeoffs}/${point.reps}, 1 − q^k = ${expected.toFixed(3)}`).toBeGreaterThanOrEqual(ci.lo);
      expect(expected, `k=${k}: observed ${point.takeoffs}/${point.reps}, 1 − q^k = ${expected.toFixed(3)}`).toBeLessThanOrEqual(ci.hi);
    }
  }, 60_000);
});

describe('critical mass: workers, cancel and bad input', () => {
  const pool2 = new NodePool(2);
  afterAll(() => pool2.close());
  const small = 'WK198212'; // Sint Agatha, 130 people 65+: quick

  it('gives byte-identical results with 1 and 2 workers', async () => {
    const options: CriticalMassOptions = { scenario: scenarioFor(small), route: 'mix', maxK: 6, reps: 24, initialReps: 8 };
    const a = await findCriticalMass(area(small), options, new InlinePool());
    const b = await findCriticalMass(area(small), options, pool2);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.search.runs).toBeGreaterThan(0);
  }, 60_000);

  it('stops when cancelled', async () => {
    const ctl = new AbortController();
    const done = findCriticalMass(area(small), { scenario: scenarioFor(small), route: 'b', maxK: 6, reps: 24 }, new InlinePool(), {
      signal: ctl.signal, onProgress: (p) => { if (p.runs >= 8) ctl.abort(); },
    });
    await expect(done).rejects.toThrow(/cancelled/);
  });

  it('refuses a target outside (0, 1) and a largest k below 1 with a plain message', async () => {
    for (const target of [0, 1, 1.5, -0.2, Number.NaN]) {
      const e = await search(small, {}, { target }).catch((x) => x);
      expect(isInputError(e), `target ${target}`).toBe(true);
      expect(e.messages.en).toMatch(/between 0 and 1/);
    }
    const e = await search(small, {}, { maxK: 0 }).catch((x) => x);
    expect(isInputError(e)).toBe(true);
    expect(e.where.field).toBe('--max-k');
  });

  it('says why when the route cannot be used here (no corporation complex for route a)', async () => {
    const r = await search('WK198205', {}, { route: 'a', maxK: 4, reps: 16 }); // Linden: 65 people 65+, no complex
    expect(r.criticalMass.k90).toBeNull();
    expect(r.reason.code).toBe('no-seeds');
    expect(r.reason.en).toMatch(/Route a cannot start a single circle here: route a: the area has no corporation complex/);
    expect(r.curve.filter((p) => p.k > 0).every((p) => p.seeded === 0 && p.unavailable.some((u) => u.reason === 'no-complex'))).toBe(true);
  });
});
