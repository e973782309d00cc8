/**
 * The critical-mass search on the real model (MODEL.md "Checks that keep the model honest"):
 *  - with snowball = 0 there is no critical mass, and the answer says why (R = 0);
 *  - with much stronger spread a critical mass is found and is never larger than with weaker spread;
 *  - P(takeoff | k) does not fall with k beyond its intervals;
 *  - the same answer with 1 or 2 workers; bad input gives an InputError or a result that says why.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/errors.ts';
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
      expect(
        r.curve[j].hi,
        `P(${r.curve[j].k}) = ${r.curve[j].p} lies below P(${r.curve[i].k}) = ${r.curve[i].p} beyond both intervals`,
      ).toBeGreaterThanOrEqual(r.curve[i].lo);
    }
  }
  expect(r.search.monotone).toBe(true);
}

describe('critical mass on the model', () => {
  const stronger = search(MILL, { snowball: 8 });
  const weaker = search(MILL, {});

  it('finds a critical mass with much stronger spread (snowball = 8), never larger than with weaker spread', async () => {
    const [s, w] = await Promise.all([stronger, weaker]);
    // With at most 32 replications per k the crossing is found but need not be decided to ±1 seed.
    const cross = (r: CriticalMassResult, l: number) => r.levels.find((x) => x.level === l)!.k;
    expect(cross(s, 0.5)).not.toBeNull();
    expect(cross(s, 0.9)).not.toBeNull();
    expect(['reached', 'saturated', 'undecided']).toContain(s.reason.code);
    const k = (x: number | null) => x ?? Infinity;
    expect(k(cross(s, 0.5))).toBeLessThanOrEqual(k(cross(w, 0.5)) + 1);
    expect(k(cross(s, 0.9))).toBeLessThanOrEqual(k(cross(w, 0.9)) + 1);
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
    expect(r.reason.code).toBe('r-below-one');
    expect(r.Rinterval![1]).toBeLessThan(1);
    expect(r.reason.en).toMatch(/No critical mass within 8/);
    expect(r.reason.en).toMatch(/R = 0/);
    expect(r.reason.nl).toMatch(/Geen kritische massa binnen 8/);
    expect(r.R.children).toBe(0);
    expect(r.timeToTakeoff).toBeNull();
  }, 60_000);
  // The branching-process check runs in the answer configuration: test/experiments/criticalMassAnswer.test.ts
  // (and analytically, stripped down, in test/core/checks.test.ts).
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
      signal: ctl.signal,
      onProgress: (p) => {
        if (p.runs >= 8) ctl.abort();
      },
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
