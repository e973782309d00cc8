/**
 * Seeding through the routes (issue #10): nobody marked never willing joins through any route, and
 * a meeting forms as many circles as its interested people and their homes make, not as many as
 * the plan asked.
 */
import { describe, expect, it } from 'vitest';
import { Origin } from '../../src/core/circles.ts';
import { resolveParams } from '../../src/core/params/index.ts';
import { runReplication } from '../../src/core/simulation.ts';
import { buildWorld } from '../../src/core/world.ts';
import { toRunPlan, validateScenario } from '../../src/experiments/scenario.ts';
import { area, MILL } from '../helpers/areas.ts';

const params = resolveParams();

describe('routes and willingness', () => {
  it('no never-willing joiner through route a, b, c, joining, PR or self-initiation', () => {
    const plan = toRunPlan(validateScenario({ area: [MILL], plan: { a: { count: 2 }, b: { count: 2 }, c: { count: 2 } }, reps: 1, seed: 4, months: 60 }));
    const byOrigin = new Map<number, number>();
    let members = 0,
      unwilling = 0,
      checked = 0;
    for (let rep = 0; rep < 3; rep++) {
      const world = buildWorld(area(MILL), params, plan.months, 4, rep);
      runReplication(world, params, plan, 4, rep, {
        inspect: (st) => {
          for (let s = 0; s < st.n; s++) {
            const c = st.circle[s];
            if (c < 0) continue;
            members++;
            if (!st.willing[s]) unwilling++;
            byOrigin.set(st.circles.origin[c], (byOrigin.get(st.circles.origin[c]) ?? 0) + 1);
          }
          checked++;
        },
      });
    }
    expect(checked).toBe(180);
    // Every route and self-initiation put people in circles, so the check covered them all.
    for (const o of [Origin.A, Origin.B, Origin.C, Origin.Spontaneous]) expect(byOrigin.get(o) ?? 0).toBeGreaterThan(0);
    expect(members).toBeGreaterThan(1000);
    expect(unwilling).toBe(0);
  });

  it('a meeting yields the circles its people make: b=1 can give 2 or 3 circles, and the plan stops holding meetings once reached', () => {
    const plan = toRunPlan(validateScenario({ area: [MILL], plan: { b: { count: 1 } }, reps: 1, seed: 2, months: 36 }));
    let multi = 0;
    for (let rep = 0; rep < 6; rep++) {
      const world = buildWorld(area(MILL), params, plan.months, 2, rep);
      const r = runReplication(world, params, plan, 2, rep);
      for (const m of r.meetings) {
        expect(m.route).toBe('b');
        // Circles of foundingMin … circleMax, and no more people in them than wanted to join.
        expect(m.joined).toBeLessThanOrEqual(m.interested);
        expect(m.interested).toBeLessThanOrEqual(m.came);
        expect(m.circles.length).toBeLessThanOrEqual(Math.floor(m.interested / params.foundingMin));
      }
      expect(r.routes.b.formed).toBeGreaterThanOrEqual(1);
      // Once a meeting has formed a circle, no further meeting is held.
      expect(r.meetings.filter((m) => m.circles.length > 0)).toHaveLength(1);
      expect(r.routes.b.attempts).toBe(r.meetings.length);
      expect(r.routes.b.cost).toBe(r.meetings.length * params.costAttemptB);
      if (r.routes.b.formed > 1) multi++;
    }
    expect(multi).toBeGreaterThan(0);
  });
});
