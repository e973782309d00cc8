/**
 * Existing circles (the register) placed into a run at month 0: they are there at month 0 with
 * their members, age, buurt and activity; their members are people the model lets join (willing)
 * when the buurt has enough of them; the placement is the same for every plan on the same world
 * (common random numbers) and repeatable; and they live like any circle (some end in ten years).
 */
import { describe, expect, it } from 'vitest';
import { Origin } from '../../src/core/circles.ts';
import type { ExistingCircle } from '../../src/core/plan.ts';
import { resolveParams } from '../../src/core/params/index.ts';
import { runReplication } from '../../src/core/simulation.ts';
import { buildWorld } from '../../src/core/world.ts';
import { area, MILL } from '../helpers/areas.ts';
import { millPlan } from '../helpers/plans.ts';

const existing: ExistingCircle[] = [
  { buurt: 'BU19821001', age: 45, route: 'b', members: 8, active: true },
  { buurt: 'BU19821001', age: 12, route: 'self', members: 6, active: true },
  { buurt: 'BU19821003', age: 60, route: 'a', members: 11, active: false },
  { buurt: 'BU19821015', age: 0, route: 'unknown', members: 5, active: true },
  { buurt: 'BU07940101', age: 3, route: 'c', members: 7, active: true }, // another gemeente: not in this area
];
const params = resolveParams({});
const world = buildWorld(area(MILL), params, 120, 5, 0);
const run = (a: number, opts: Parameters<typeof runReplication>[5] = {}) => runReplication(world, params, { ...millPlan(a, 0, 0), existing }, 5, 0, opts);

describe('existing circles at month 0', () => {
  it('are there at month 0 with their members, age, buurt, route and activity', () => {
    const r = run(0);
    expect(r.metrics.circles[0]).toBe(4);
    expect(r.metrics.active[0]).toBe(3);
    expect(r.metrics.members[0]).toBe(8 + 6 + 11 + 5);
    const codes = world.area.buurten.map((b) => b.code);
    const first = Array.from({ length: 4 }, (_, c) => [codes[r.tree.buurt[c]], r.tree.founded[c], r.tree.origin[c], r.tree.parent[c]]);
    expect(first).toEqual([
      ['BU19821001', -45, Origin.B, -1],
      ['BU19821001', -12, Origin.Spontaneous, -1],
      ['BU19821003', -60, Origin.A, -1],
      ['BU19821015', -1, Origin.Unknown, -1],
    ]);
  });

  it('draw members among the people who would join (willing) when the buurt has enough of them', () => {
    let checked = 0;
    run(0, {
      inspect: (st, t) => {
        if (t !== 0) return;
        for (let c = 0; c < 4; c++) for (let s = st.circles.head[c]; s >= 0; s = st.next[s], checked++) expect(st.willing[s]).toBe(1);
      },
    });
    expect(checked).toBeGreaterThan(20);
  });

  it('are placed the same whatever the plan (common random numbers) and on every rerun', () => {
    const none = run(0),
      three = run(3),
      again = run(0);
    for (const key of ['x', 'y', 'buurt', 'founded'] as const) {
      expect(Array.from(three.tree[key].slice(0, 4))).toEqual(Array.from(none.tree[key].slice(0, 4)));
      expect(Array.from(again.tree[key])).toEqual(Array.from(none.tree[key]));
    }
    expect(three.metrics.members[0]).toBe(none.metrics.members[0]);
    expect(Array.from(again.metrics.circles)).toEqual(Array.from(none.metrics.circles));
  });

  it('live like any other circle: over ten years some of them end, and they inspire new ones', () => {
    let ended = 0,
      children = 0;
    for (let rep = 0; rep < 4; rep++) {
      const w = buildWorld(area(MILL), params, 120, 5, rep);
      const r = runReplication(w, params, { ...millPlan(0, 0, 0), existing }, 5, rep);
      for (let c = 0; c < 4; c++) if (r.tree.ended[c] >= 0) ended++;
      for (let c = 4; c < r.tree.parent.length; c++) if (r.tree.parent[c] >= 0 && r.tree.parent[c] < 4) children++;
    }
    expect(ended).toBeGreaterThan(0);
    expect(children).toBeGreaterThan(0);
  });
});
