/**
 * Circle life (MODEL.md process 6): members drop out (besides leaving the area, which demography
 * handles), circles turn passive and back, passive circles dissolve more often, and a circle that
 * stays below `dissolveBelow` members for more than six months stops (model-science.md §6.8–6.9).
 * An active circle with a connector that has shrunk below `recruitBelow` members looks for new
 * ones (MODEL.md process 6: recruitment of replacements) with `recruitRate` a year: the connector
 * asks the nearest free neighbours, and the willing say yes as when a circle is founded (`commit`,
 * half as often when they never heard of circles). Without it a circle of 8 loses a member a year
 * (§2.9: 8–12% attrition) and a quarter to a third of circles sit under the field's 8–15.
 */
import { radiusOf, type Ctx } from '../context.ts';
import { monthly } from '../rates.ts';
import { nearestWithin } from '../grid.ts';
import { monthKey, u01 } from '../rng.ts';

const BELOW_MONTHS = 6;

export function circleLife(ctx: Ctx): void {
  const { st, p, t } = ctx;
  const cs = st.circles;
  const kDrop = monthKey(ctx.keys.life, t, 0),
    kSucc = monthKey(ctx.keys.life, t, 1),
    kCircle = monthKey(ctx.keys.life, t, 2);
  const kRecruit = monthKey(ctx.keys.life, t, 3),
    kCommit = monthKey(ctx.keys.life, t, 4),
    pRecruit = monthly(p.recruitRate);
  const pDrop = monthly(p.dropout),
    pPassive = monthly(p.passiveRate),
    pReact = monthly(p.reactivateRate),
    pDiss = monthly(p.passiveDissolve);
  const count = cs.count;
  for (let c = 0; c < count; c++) {
    if (cs.ended[c] >= 0) continue;
    if (pDrop > 0) {
      for (let m = cs.head[c]; m >= 0;) {
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
    if (cs.active[c] && cs.verbinder[c] >= 0 && cs.size[c] < p.recruitBelow && pRecruit > 0 && u01(kRecruit, c) < pRecruit) recruit(ctx, c, kCommit);
    if (cs.size[c] < p.dissolveBelow) {
      if (cs.belowSince[c] < 0) cs.belowSince[c] = t;
      else if (t - cs.belowSince[c] >= BELOW_MONTHS) st.dissolve(c, t);
    } else cs.belowSince[c] = -1;
  }
}

/** The connector asks up to `invitees` free neighbours of the circle; the willing who commit join. */
function recruit(ctx: Ctx, c: number, key: number): void {
  const { st, w, p } = ctx;
  const cs = st.circles;
  const asked = nearestWithin(w.grid, w.pl.x, w.pl.y, cs.x[c], cs.y[c], radiusOf(ctx, cs.buurt[c]), p.invitees, (j) => st.isFree(j));
  for (const j of asked) {
    if (cs.size[c] >= p.recruitBelow) break;
    const wasAware = st.aware[j] === 1;
    st.becomeAware(j);
    if (st.willing[j] && u01(key, j) < p.commit * (wasAware ? 1 : 0.5)) st.join(j, c);
  }
}
