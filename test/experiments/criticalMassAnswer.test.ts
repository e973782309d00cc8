/**
 * The critical-mass answer people can trust (issue #9), as properties — not numbers that model
 * changes would move:
 *  - P(takeoff | k) does not fall with k beyond its intervals, in villages and city wijken;
 *  - R's interval and the verdict never contradict ("r-below-one" only with R's interval below 1,
 *    "reached" never next to an interval below 1), and every reasonCode is from the documented set;
 *  - the same answer within ±1 seed for three seeds; the ranking's k90 equals critical-mass's;
 *  - PR without seeds and without spread (snowball = 0) never takes off; PR-started circles are
 *    not offspring;
 *  - the branching-process check in the answer configuration (default parameters and takeoff
 *    judged on offspring), with density-independent spawning and takeoff as lineage survival;
 *  - a tiny area seeded full reads "saturated".
 * Searches run with fewer replications than the default where the property does not need hundreds.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Origin } from '../../src/core/circles.ts';
import { resolveParams } from '../../src/core/params/index.ts';
import { runReplication } from '../../src/core/simulation.ts';
import { buildWorld } from '../../src/core/world.ts';
import { findCriticalMass, type CriticalMassOptions, type CriticalMassResult } from '../../src/experiments/criticalMass.ts';
import { REASON_CODES } from '../../src/experiments/criticalMassReason.ts';
import { rankAreas } from '../../src/experiments/rank.ts';
import { validateScenario } from '../../src/experiments/scenario.ts';
import { wilson } from '../../src/experiments/stats.ts';
import { judgeTakeoff, offspringFlags } from '../../src/experiments/takeoff.ts';
import { toRunPlan } from '../../src/experiments/scenario.ts';
import { NodePool } from '../../src/workers/node-pool.ts';
import { area, MILL } from '../helpers/areas.ts';

const pool = new NodePool(2);
afterAll(() => pool.close());

const scenarioFor = (code: string, extra: Record<string, unknown> = {}) => validateScenario({ area: [code], ...extra }, { allowEmptyPlan: true });
const search = (code: string, extra: Record<string, unknown> = {}, options: CriticalMassOptions = {}) =>
  findCriticalMass(area(code), { scenario: scenarioFor(code, extra), ...options }, pool);

/** No point lies surely below an earlier one (beyond both 95% intervals), and the fit never falls. */
function assertNotFalling(r: CriticalMassResult) {
  for (let i = 0; i < r.curve.length; i++) {
    for (let j = i + 1; j < r.curve.length; j++) {
      expect(
        r.curve[j].hi,
        `${r.areaName}: P(${r.curve[j].k}) = ${r.curve[j].p} below P(${r.curve[i].k}) = ${r.curve[i].p} beyond both intervals`,
      ).toBeGreaterThanOrEqual(r.curve[i].lo);
    }
    if (i > 0) expect(r.curve[i].fitted!).toBeGreaterThanOrEqual(r.curve[i - 1].fitted!);
  }
  expect(r.search.monotone).toBe(true);
}

/** The verdict and R agree; fields of the contract are consistent. */
function assertCoherent(r: CriticalMassResult) {
  expect(REASON_CODES).toContain(r.reasonCode);
  expect(r.reason.code).toBe(r.reasonCode);
  if (r.reasonCode === 'r-below-one') expect(r.Rinterval![1], `${r.areaName}: "R < 1" needs R's interval below 1`).toBeLessThan(1);
  if (r.reasonCode === 'reached' && r.Rinterval) expect(r.Rinterval[1], `${r.areaName}: reached next to R's interval below 1`).toBeGreaterThanOrEqual(1);
  if (r.criticalMass.k90 !== null) {
    expect(r.k90Interval).not.toBeNull();
    const [lo, hi] = r.k90Interval!;
    expect(lo).toBeLessThanOrEqual(r.criticalMass.k90);
    expect(hi).toBeGreaterThanOrEqual(r.criticalMass.k90);
    expect(hi - lo, 'k90 decided within ±1 seed').toBeLessThanOrEqual(2);
    expect(['reached', 'saturated']).toContain(r.reasonCode);
  } else {
    expect(r.k90Interval).toBeNull();
    expect(r.reasonCode).not.toBe('reached');
  }
  if (r.Rinterval) expect(r.Rinterval[0]).toBeLessThanOrEqual(r.R.R!);
  expect(r.takeoffRule.text.nl).toMatch(/niet de gestarte cirkels en niet die door PR of media/);
}

describe('the critical-mass answer (issue #9)', () => {
  // Villages of Land van Cuijk and two city wijken of 's-Hertogenbosch (Muntel/Vliert, Empel).
  const WIJKEN = ['WK198201', 'WK198203', 'WK198207', 'WK198209', 'WK198212', 'WK198213', 'WK198218', 'WK079604', 'WK079608'];

  it('rises with k (beyond its intervals) and agrees with R in villages and city wijken', async () => {
    for (const code of WIJKEN) {
      const r = await search(code, {}, { reps: 64, maxK: 10 });
      assertNotFalling(r);
      assertCoherent(r);
    }
  }, 900_000);

  // Grave (2110 people 65+), all three routes. Not Mill: there one information meeting forms ≈2.8
  // circles, so k = 1 and k = 2 are the same single meeting, and its chance of takeoff is 0.90
  // [0.85, 0.94] (seed 1, 162 runs) — the curve steps from 0 right onto the 90% target and levels
  // off there (0.90–0.94 up to k = 4), so no number is decided within ±1 seed for any seed: the
  // answer is then rightly "undecided", and the test would not exercise agreement of decided answers.
  // In Grave the first meeting already makes takeoff near certain (P(1) = 1.00 of 16, P(2) = 0.99
  // [0.95, 1.00] of 108), well clear of the target, so the answer is decided (k90 = 1, [1, 2]).
  const GRAVE = 'WK198202';
  const grave = [1, 2, 3].map((seed) => search(GRAVE, { seed }));

  it('gives the same k90 within ±1 seed for three seeds (their intervals share a k), each decided within ±1 seed', async () => {
    const rs = await Promise.all(grave);
    for (const r of rs) assertCoherent(r);
    const ks = rs.map((r) => r.criticalMass.k90);
    const label = `k90 per seed: ${rs.map((r) => `${r.criticalMass.k90} ${JSON.stringify(r.k90Interval)}`).join(', ')}`;
    expect(
      ks.every((k) => k !== null),
      label,
    ).toBe(true);
    // The same answer within ±1 seed: one number lies within ±1 of every seed's k90, and every
    // seed's interval contains it.
    const lo = Math.max(...rs.map((r) => r.k90Interval![0])),
      hi = Math.min(...rs.map((r) => r.k90Interval![1]));
    expect(lo, label).toBeLessThanOrEqual(hi);
    expect(Math.max(...(ks as number[])) - Math.min(...(ks as number[])), label).toBeLessThanOrEqual(2);
  }, 600_000);

  it('ranks with the very same answer as critical-mass (same area, seed, settings)', async () => {
    const cm = await grave[0];
    const ranked = await rankAreas([{ code: GRAVE, name: 'Grave', area: area(GRAVE) }], { scenario: scenarioFor(GRAVE, { seed: 1 }) }, pool);
    const row = ranked.ranking[0];
    expect(row.k90).toBe(cm.criticalMass.k90);
    expect(row.k90Interval).toEqual(cm.k90Interval);
    expect(row.Rinterval).toEqual(cm.Rinterval);
    expect(row.reasonCode).toBe(cm.reasonCode);
    expect(ranked.scenario.route).toBe('mix');
    expect(ranked.scenario.text.nl).toMatch(/route mix \(a, b en c tegelijk\), waar de meeste ouderen wonen, PR 50%, starten in maand 0–24/);
  }, 600_000);

  it('never takes off with PR alone and no spread (snowball = 0), and PR-started circles are no offspring', async () => {
    const r = await search('WK198202', { pr: 1, params: { snowball: 0 } }, { reps: 32, maxK: 4, route: 'b' });
    expect(r.curve.every((p) => p.takeoffs === 0)).toBe(true);
    expect(r.criticalMass).toEqual({ k50: null, k90: null, atTarget: null });
    assertCoherent(r);
    // With spread on, PR alone (k = 0) starts circles of their own origin, without a parent; never counted as offspring.
    const scenario = scenarioFor('WK198202', { pr: 1, params: { prInitiation: 0.05 } });
    const plan = toRunPlan(scenario);
    const params = resolveParams(scenario.params);
    let external = 0;
    for (let rep = 0; rep < 4; rep++) {
      const res = runReplication(buildWorld(area('WK198202'), params, plan.months, 1, rep), params, plan, 1, rep);
      const flags = offspringFlags(res.tree);
      for (let c = 0; c < res.tree.origin.length; c++) {
        if (res.tree.origin[c] !== Origin.External) continue;
        external++;
        expect(res.tree.parent[c]).toBe(-1);
        expect(flags[c]).toBe(0);
      }
      const o = judgeTakeoff(res, 24);
      if (o.takeoff && !o.saturated) expect(o.selfStartedAtEnd).toBeGreaterThanOrEqual(2);
    }
    expect(external, 'PR started some circles').toBeGreaterThan(0);
  }, 300_000);

  it('reads "saturated" for a tiny area seeded full', async () => {
    // Sint Agatha (130 people 65+), all three routes, keen at meetings. Only the willing join and a
    // meeting forms as many circles as its people make, so "full" is a share of the willing: with
    // nearly everyone willing (0.9, ≈117 people) the meetings' turnout (bAttend at most 0.5) reaches
    // only about 60% of them (measured: 0.6–0.75 in a circle, saturation in about half the runs, the
    // curve flat at 0.81–0.91 for k = 1–6 → "undecided"). With 40% willing (≈52 people) the first
    // meeting alone puts about 60% of them in ≈3 circles and 5–6 planned circles about 75%:
    // saturation decides nearly every run that takes off.
    const r = await search('WK198212', { params: { willing: 0.4, bInterest: 0.9, bAttend: 0.5, aJoin: 0.9 } }, { maxK: 10 });
    expect(r.reasonCode).toBe('saturated');
    expect(r.reason.nl).toMatch(/vol/);
    const at = r.curve[r.curve.length - 1];
    expect(at.depletion.willingInCircle).toBeGreaterThanOrEqual(0.4);
  }, 300_000);

  it('follows 1 − q^k in the answer configuration when spawning does not depend on density (takeoff = lineage survival)', async () => {
    // Default parameters and horizon, the takeoff judged 12 years after the stop on offspring — only
    // spawning made density-independent, and takeoff read as lineage survival (some offspring of the
    // seeds alive: minRecent 0, one circle, no saturation clause). Lineages of different seeds are
    // then independent, so P(k) = 1 − (1 − P(1))^k. One circle per seeding meeting, as in the core
    // check (test/core/checks.test.ts): a meeting forms as many circles as its people make, and two
    // circles of one meeting share its month, place and people — not independent lineages, and k = 1
    // could already be two circles. A small turnout and room for everyone who comes make each
    // meeting one circle, so k counts independent lineages.
    const r = await search(
      MILL,
      {
        params: { independentSpawning: 1, initiation: 0.02, bAttend: 0.01, circleMax: 25 },
        plan: { b: { from: 0, to: 3, placement: 'spread' } },
        pr: 0,
        takeoff: { minSelfStarted: 1, minRecent: 0, saturation: 0 },
      },
      { route: 'b', maxK: 4, reps: 160, initialReps: 160, maxRuns: 1000, precision: 0 },
    );
    const one = r.curve.find((p) => p.k === 1)!;
    expect(one.p).toBeGreaterThan(0.05);
    expect(one.p).toBeLessThan(0.8);
    // No meeting formed more than it was asked for (a second circle of one meeting would share its
    // lineage's fate); with so small a turnout a meeting may form none, so k = 4 seeds fewer than 4
    // circles within the window (measured 0.97, 1.76, 2.47): P(k) is compared at the circles seeded.
    expect(one.seeded).toBeGreaterThan(0.9);
    for (const k of [1, 2, 4]) expect(r.curve.find((p) => p.k === k)!.seeded, `k=${k}: no more circles than asked for`).toBeLessThanOrEqual(k + 1e-9);
    for (const k of [2, 4]) {
      const point = r.curve.find((p) => p.k === k)!;
      // Lineages per run: point.seeded against one.seeded at k = 1.
      const n = point.seeded / one.seeded;
      const expected = 1 - (1 - one.p) ** n;
      const ci = wilson(point.takeoffs, point.reps, 2.576);
      const label = `k=${k}: ${point.takeoffs}/${point.reps} with ${point.seeded} circles; 1 − (1 − P(1))^${n.toFixed(2)} = ${expected.toFixed(3)} with P(1) = ${one.p}`;
      // P(1) itself is estimated: widen by its own standard error carried through.
      const se = n * (1 - one.p) ** (n - 1) * Math.sqrt((one.p * (1 - one.p)) / one.reps);
      expect(expected + 2 * se, label).toBeGreaterThanOrEqual(ci.lo);
      expect(expected - 2 * se, label).toBeLessThanOrEqual(ci.hi);
    }
  }, 600_000);
});
