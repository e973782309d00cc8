/**
 * "How many more": the critical mass with the register's circles already there. On fixed seeds
 * and the same replications (common random numbers), existing circles never make the answer worse
 * beyond noise — k90 with the register ≤ k90 without, P(takeoff | k) with ≥ without within the
 * intervals — and a register that makes the snowball roll by itself answers k = 0 and says so.
 */
import { describe, expect, it } from 'vitest';
import type { RegisterCircle } from '../../src/data/register.ts';
import { findCriticalMass } from '../../src/experiments/criticalMass.ts';
import { InlinePool } from '../../src/experiments/pool.ts';
import { registerAnswer } from '../../src/experiments/registerAnswer.ts';
import { validateScenario } from '../../src/experiments/scenario.ts';
import { todayOf } from '../../src/experiments/scenarioCircles.ts';
import { area, MILL } from '../helpers/areas.ts';

const circle = (buurt: string, founded: string, route: RegisterCircle['route'], members: number): RegisterCircle => ({
  founded,
  buurt,
  route,
  members,
  status: 'active',
  ended: null,
});
const few = [circle('BU19821001', '2024-03', 'b', 8), circle('BU19821003', '2025-01', 'a', 9)];
const many = [
  ...['BU19821001', 'BU19821001', 'BU19821001', 'BU19821003', 'BU19821003', 'BU19821007', 'BU19821015', 'BU19821005'].map((b, i) =>
    circle(b, `2024-0${1 + i}`, 'self', 8),
  ),
  ...['BU19821001', 'BU19821003', 'BU19821017'].map((b) => circle(b, '2025-06', 'b', 9)),
];

// At most 80 replications per k: a point that always takes off is only decided at ≥ 90% (z = 2.7) from 66 on.
const search = (circles: RegisterCircle[]) =>
  findCriticalMass(
    area(MILL),
    {
      scenario: validateScenario(
        { area: [MILL], seed: 7, params: { snowball: 8 }, ...(circles.length ? { circles, start: '2026-01' } : {}) },
        { allowEmptyPlan: true },
      ),
      route: 'b',
      maxK: 8,
      reps: 80,
    },
    new InlinePool(),
  );

describe('critical mass given the circles that exist', () => {
  const none = search([]),
    some = search(few),
    lots = search(many);

  it('never needs more seeds with a register than without (same seeds, within noise)', async () => {
    const [n, s, l] = await Promise.all([none, some, lots]);
    const k = (x: number | null) => x ?? Infinity;
    expect(k(s.criticalMass.k90)).toBeLessThanOrEqual(k(n.criticalMass.k90));
    expect(k(l.criticalMass.k90)).toBeLessThanOrEqual(k(s.criticalMass.k90));
    for (const [more, less] of [
      [s, n],
      [l, s],
    ]) {
      for (const p of more.curve) {
        const q = less.curve.find((x) => x.k === p.k);
        if (q) expect(p.hi, `k = ${p.k}: ${p.p} with more existing circles against ${q.p}`).toBeGreaterThanOrEqual(q.lo);
      }
    }
    const p0 = (r: typeof n) => r.curve.find((x) => x.k === 0)!.p;
    expect(p0(l)).toBeGreaterThan(p0(n));
  }, 120_000);

  it('says when the register alone already makes the snowball roll (k = 0), and otherwise how many more', async () => {
    const [s, l] = await Promise.all([some, lots]);
    const answer = (r: typeof s, circles: RegisterCircle[]) =>
      registerAnswer(r.criticalMass.atTarget, r.target, r.curve.find((x) => x.k === 0)!.p, todayOf(circles, '2026-01', area(MILL)));
    const a = answer(l, many);
    expect(l.criticalMass.atTarget).toBe(0);
    expect(a).toMatchObject({ alone: true, more: 0 });
    expect(a.text.nl).toMatch(/^Met de 11 cirkels die er nu zijn \(2026-01\) rolt de sneeuwbal al zonder nieuwe starts: k = 0 volstaat/);
    const b = answer(s, few);
    expect(b.alone).toBe(s.criticalMass.atTarget === 0);
    if (!b.alone && b.more !== null)
      expect(b.text.en).toMatch(new RegExp(`On top of the 2 circles that exist now \\(2026-01\\), ${b.more} more circles are needed`));
  }, 120_000);
});
