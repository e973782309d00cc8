/**
 * Self-initiation, the snowball itself (MODEL.md process 4; model-science.md §6.5). A potential
 * connector — vital, under 80, aware, not in a circle, not cooling down after a failed start — tries
 * to found a circle with hazard
 *     h = snowball · (initiation · min(E, 4)^reinforcement + prInitiation · PR)
 * where E is the number of distinct circles they know a member of. reinforcement = 1 is simple
 * contagion (each known circle inspires on its own); above 1 circles reinforce each other, so the
 * spawning rate rises with local circle density and a critical density C* with R(C*) = 1 exists.
 * The inspiring circle (most members known) is the new circle's parent: the offspring tree gives R.
 *
 * With `independentSpawning` (a model check) each active circle instead spawns founding attempts at
 * a fixed rate, led by the nearest free connector: a branching process whose takeoff probability
 * from k seeds is 1 − q^k (model-science.md §1.9).
 */
import { Origin } from '../circles.ts';
import { radiusOf, type Ctx } from '../context.ts';
import { nearestWithin } from '../grid.ts';
import { monthKey, u01 } from '../rng.ts';
import { circlesKnown } from './known.ts';

const MAX_E = 4;

export function initiation(ctx: Ctx): void {
  if (ctx.p.independentSpawning) return spawnIndependently(ctx);
  const { st, w, p, t } = ctx;
  const base = p.initiation * p.snowball, external = p.prInitiation * ctx.pr * p.snowball;
  if (base <= 0 && external <= 0) return;
  const k = monthKey(ctx.keys.initiate, t);
  const powers = Array.from({ length: MAX_E + 1 }, (_, e) => (e === 0 ? 0 : base * Math.pow(e, p.reinforcement)));
  const { occ, potential, aware, circle, reserved, cooldownUntil, nActive, nPassive } = st;
  const vitalUntil = w.life.vitalUntil;
  for (let s = 0; s < st.n; s++) {
    if (!potential[s] || occ[s] < 0 || !aware[s] || circle[s] >= 0 || reserved[s]) continue;
    if (t >= vitalUntil[occ[s]] || t < cooldownUntil[s]) continue;
    const known = nActive[s] + nPassive[s] > 0 ? circlesKnown(st, w.ties, s) : null;
    const e = known ? known.seen.length : 0;
    const h = powers[Math.min(e, MAX_E)] + external;
    if (h > 0 && u01(k, s) < h) ctx.foundings.start(ctx, s, Origin.Spontaneous, known ? inspiring(known) : -1);
  }
}

/** The circle with most members known (ties: the older one) inspired the new one: its parent. */
function inspiring(known: { readonly seen: readonly number[]; readonly counts: readonly number[] }): number {
  let parent = -1, best = 0;
  for (let i = 0; i < known.seen.length; i++) {
    if (known.counts[i] > best || (known.counts[i] === best && known.seen[i] < parent)) {
      best = known.counts[i];
      parent = known.seen[i];
    }
  }
  return parent;
}

function spawnIndependently(ctx: Ctx): void {
  const { st, w, p, t } = ctx;
  const rate = p.initiation * p.snowball;
  if (rate <= 0) return;
  const k = monthKey(ctx.keys.initiate, t, 1);
  const cs = st.circles, count = cs.count;
  for (let c = 0; c < count; c++) {
    if (cs.ended[c] >= 0 || !cs.active[c] || u01(k, c) >= rate) continue;
    const free = (j: number) =>
      st.potential[j] === 1 && st.occ[j] >= 0 && st.circle[j] < 0 && !st.reserved[j] && t < w.life.vitalUntil[st.occ[j]] && t >= st.cooldownUntil[j];
    const [lead] = nearestWithin(w.grid, w.pl.x, w.pl.y, cs.x[c], cs.y[c], 4 * radiusOf(ctx, cs.buurt[c]), 1, free);
    if (lead === undefined) continue;
    st.becomeAware(lead);
    ctx.foundings.start(ctx, lead, Origin.Spontaneous, c);
  }
}
