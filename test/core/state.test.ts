/**
 * The run state keeps tie counts and member lists incrementally (for speed). At many points of a
 * busy 10-year run they must equal a recount from scratch (and so must the `settled` flag that
 * lets the monthly pass over people skip those it can do nothing for).
 */
import { describe, expect, it } from 'vitest';
import { resolveParams } from '../../src/core/params/index.ts';
import { runReplication } from '../../src/core/simulation.ts';
import type { RunState } from '../../src/core/state.ts';
import { buildWorld } from '../../src/core/world.ts';
import { area, MILL } from '../helpers/areas.ts';
import { millPlan } from '../helpers/plans.ts';

function recount(st: RunState): string[] {
  const problems: string[] = [];
  const { start, list } = st.world.ties;
  for (let s = 0; s < st.n; s++) {
    let aware = 0,
      active = 0,
      passive = 0;
    for (let k = start[s]; k < start[s + 1]; k++) {
      const j = list[k];
      if (st.occ[j] < 0) continue;
      const c = st.circle[j];
      if (c < 0) aware += st.aware[j];
      else if (st.circles.active[c]) active++;
      else passive++;
    }
    if (aware !== st.nAware[s] || active !== st.nActive[s] || passive !== st.nPassive[s])
      problems.push(`slot ${s}: counts ${st.nAware[s]}/${st.nActive[s]}/${st.nPassive[s]} vs ${aware}/${active}/${passive}`);
    if (st.occ[s] < 0 && (st.circle[s] >= 0 || st.aware[s])) problems.push(`empty slot ${s} is aware or a member`);
    const settled = st.occ[s] >= 0 && st.aware[s] === 1 && (st.circle[s] >= 0 || st.willing[s] === 0) ? 1 : 0;
    if (settled !== st.settled[s]) problems.push(`slot ${s}: settled ${st.settled[s]} but ${settled} by a recount`);
    const open = (st.open[s >>> 5] >>> (s & 31)) & 1,
      connector = (st.connectors[s >>> 5] >>> (s & 31)) & 1;
    if (open !== (st.occ[s] >= 0 && !settled ? 1 : 0) || connector !== st.potential[s])
      problems.push(`slot ${s}: bits open ${open}, connector ${connector} disagree with a recount`);
  }
  let members = 0;
  const cs = st.circles;
  for (let c = 0; c < cs.count; c++) {
    let size = 0;
    for (let m = cs.head[c]; m >= 0; m = st.next[m]) {
      size++;
      if (st.circle[m] !== c) problems.push(`member ${m} of circle ${c} says circle ${st.circle[m]}`);
    }
    if (size !== cs.size[c]) problems.push(`circle ${c}: size ${cs.size[c]} but ${size} members listed`);
    if (cs.ended[c] >= 0 && size > 0) problems.push(`ended circle ${c} still has members`);
    if (cs.verbinder[c] >= 0 && st.circle[cs.verbinder[c]] !== c) problems.push(`circle ${c}: connector is not a member`);
    members += size;
  }
  if (members !== st.members) problems.push(`members ${st.members} but ${members} listed`);
  return problems;
}

describe('run state invariants', () => {
  it('tie counts and member lists equal a recount, every 6 months of a busy 10-year run', () => {
    const params = resolveParams({ snowball: 3 });
    const world = buildWorld(area(MILL), params, 120, 3, 0);
    const problems: string[] = [];
    let checks = 0,
      maxCircles = 0;
    runReplication(world, params, millPlan(2, 4, 3), 3, 0, {
      settle: false,
      inspect: (st, t) => {
        if (t % 6 !== 5) return;
        checks++;
        maxCircles = Math.max(maxCircles, st.circles.count);
        problems.push(...recount(st).map((p) => `month ${t}: ${p}`));
      },
    });
    expect(checks).toBe(20);
    expect(maxCircles).toBeGreaterThan(5);
    expect(problems.slice(0, 5)).toEqual([]);
  });
});
