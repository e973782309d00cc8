/**
 * Circle life (MODEL.md process 6): members drop out (besides leaving the area, which demography
 * handles), circles turn passive and back, passive circles dissolve more often, and a circle that
 * stays below `dissolveBelow` members for more than six months stops (model-science.md §6.8–6.9).
 */
import { monthly, type Ctx } from '../context.ts';
import { monthKey, u01 } from '../rng.ts';

const BELOW_MONTHS = 6;

export function circleLife(ctx: Ctx): void {
  const { st, p, t } = ctx;
  const cs = st.circles;
  const kDrop = monthKey(ctx.keys.life, t, 0), kSucc = monthKey(ctx.keys.life, t, 1), kCircle = monthKey(ctx.keys.life, t, 2);
  const pDrop = monthly(p.dropout), pPassive = monthly(p.passiveRate), pReact = monthly(p.reactivateRate), pDiss = monthly(p.passiveDissolve);
  const count = cs.count;
  for (let c = 0; c < count; c++) {
    if (cs.ended[c] >= 0) continue;
    if (pDrop > 0) {
      for (let m = cs.head[c]; m >= 0; ) {
        const next = st.next[m];
        if (u01(kDrop, m) < pDrop) st.leave(m, t, true, u01(kSucc, m));
        m = next;
      }
      if (cs.ended[c] >= 0) continue;
    }
    const u = u01(kCircle, c);
    if (cs.active[c]) {
      if (u < pPassive) st.setActive(c, false);
    } else if (u < pDiss) {
      st.dissolve(c, t);
      continue;
    } else if (u < pDiss + pReact) {
      if (cs.verbinder[c] < 0) cs.verbinder[c] = cs.head[c];
      st.setActive(c, true);
    }
    if (cs.size[c] < p.dissolveBelow) {
      if (cs.belowSince[c] < 0) cs.belowSince[c] = t;
      else if (t - cs.belowSince[c] >= BELOW_MONTHS) st.dissolve(c, t);
    } else cs.belowSince[c] = -1;
  }
}
