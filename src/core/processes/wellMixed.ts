/**
 * The well-mixed limit (a model check, MODEL.md "Checks"): no space, no ties and no founding
 * threshold. Every willing person who is not a member meets one random person a month; if that is a
 * member (probability x = members / people), they join with P₁·snowball; PR sign-ups add
 * prJoin·PR. The per-person hazard is therefore λ = p + q·N/M with
 *     p = prJoin · PR,   q = joinOne · snowball · M / people,   M = willing people,
 * so the mean number of members follows the Bass equation dN/dt = (p + qN/M)(M − N)
 * (model-science.md §1.6). Joiners fill the newest circle with room or open a new one.
 */
import { Origin } from '../circles.ts';
import type { Ctx } from '../context.ts';
import { monthKey, u01 } from '../rng.ts';
import { found } from './founding.ts';

export function wellMixed(ctx: Ctx): void {
  const { st, p, t } = ctx;
  let people = 0;
  for (let s = 0; s < st.n; s++) if (st.occ[s] >= 0) people++;
  if (people === 0) return;
  // Synchronous update: everyone sees the share of members at the start of the month.
  const x = st.members / people;
  const hazard = p.prJoin * ctx.pr + p.joinOne * p.snowball * x;
  const prob = 1 - Math.exp(-hazard);
  if (prob <= 0) return;
  const k = monthKey(ctx.keys.join, t);
  const cs = st.circles;
  let open = -1;
  for (let c = cs.count - 1; c >= 0; c--)
    if (cs.ended[c] < 0 && cs.size[c] < p.circleMax) {
      open = c;
      break;
    }
  for (let s = 0; s < st.n; s++) {
    if (st.occ[s] < 0 || st.circle[s] >= 0 || !st.willing[s] || u01(k, s) >= prob) continue;
    st.becomeAware(s);
    if (open >= 0 && cs.size[open] < p.circleMax) st.join(s, open);
    else open = found(ctx, Origin.Spontaneous, -1, s, [s]);
  }
}
