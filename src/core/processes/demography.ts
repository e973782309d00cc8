/**
 * Demography at run time: the life course is already scheduled in the world (lifecourse.ts); here
 * people leave and new occupants move in as scheduled, growth slots open, and home-nursing
 * indications of this month are collected for route c.
 */
import type { Ctx } from '../context.ts';

export function demography(ctx: Ctx): void {
  const { st, w, p, t } = ctx;
  const life = w.life;
  for (let k = life.exitStart[t]; k < life.exitStart[t + 1]; k++) {
    const o = life.exitList[k],
      s = life.slot[o];
    if (st.occ[s] !== o) continue;
    st.moveOut(s, t);
    const next = o + 1;
    if (next < life.count && life.slot[next] === s) st.moveIn(s, next, p.initialAwareness);
  }
  for (let k = w.opening.start[t]; k < w.opening.start[t + 1]; k++) {
    const s = w.opening.list[k];
    st.moveIn(s, life.firstOf[s], p.initialAwareness);
  }
  ctx.indicated.length = 0;
  for (let k = life.indStart[t]; k < life.indStart[t + 1]; k++) {
    const o = life.indList[k],
      s = life.slot[o];
    if (st.occ[s] === o) ctx.indicated.push(s);
  }
}
