/**
 * Self-initiation, the snowball itself (MODEL.md process 4; model-science.md §6.5). A potential
 * connector — vital, under 80, aware, not in a circle, not cooling down after a failed start — tries
 * to found a circle with hazard
 *     h = snowball · (initiation · min(E, 4)^reinforcement + prInitiation · PR)
 * where E counts the circles they know of nearby: every existing circle within walking (urban) or
 * cycling (rural) distance, active ones as 1 and passive ones (less visible) as ½ (MODEL.md: "a
 * hazard that rises with the number of distinct circles known nearby"; an aware person hears about
 * the circles in their neighbourhood, not only those of their own contacts). reinforcement = 1 is
 * simple contagion (each circle inspires on its own); above 1 circles reinforce each other, so the
 * spawning rate rises with local circle density and a critical density C* with R(C*) = 1 can exist.
 * The inspiring circle — the one they know most members of, else the nearest — is the parent: the
 * offspring tree gives R.
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
import { ABOVE, lowestBit } from '../state.ts';

const MAX_E = 4;

export function initiation(ctx: Ctx): void {
  if (ctx.p.independentSpawning) return spawnIndependently(ctx);
  const { st, w, p, t } = ctx;
  const base = p.initiation * p.snowball,
    external = p.prInitiation * ctx.pr * p.snowball;
  if (base <= 0 && external <= 0) return;
  const k = monthKey(ctx.keys.initiate, t);
  const cs = st.circles;
  // Existing circles this month: position and weight (active 1, passive ½), in flat arrays the run
  // keeps (RunState.live: no module-level buffers in the core, no allocation per month).
  let nLive = 0;
  const { x: liveX, y: liveY, w: liveW, id: liveId } = st.liveCircles(cs.count);
  for (let c = 0; c < cs.count; c++) {
    if (cs.ended[c] >= 0) continue;
    liveX[nLive] = cs.x[c];
    liveY[nLive] = cs.y[c];
    liveW[nLive] = cs.active[c] ? 1 : 0.5;
    liveId[nLive++] = c;
  }
  if (nLive === 0 && external <= 0) return;
  const { occ, potential, aware, circle, reserved, cooldownUntil, nActive, nPassive } = st;
  const vitalUntil = w.life.vitalUntil;
  // The hazard takes one of 2·MAX_E + 1 values; its largest lets most people skip the circle scan.
  // (j/2)^reinforcement for j = 0 … 2·MAX_E (E counts circles as 1 or ½, so 2·min(E, MAX_E) is an
  // index): the same for every month of a run, so the run computes them once.
  const pw = st.spawnPowers(2 * MAX_E, p.reinforcement);
  let hMax = -Infinity;
  for (let j = 0; j <= 2 * MAX_E; j++) hMax = Math.max(hMax, base * pw[j] + external);
  // Only potential connectors (a few per cent of the slots), in ascending order (state.ts, ABOVE).
  const connectors = st.connectors;
  for (let wi = 0, bit = 0; wi < connectors.length; wi++)
    for (let word = connectors[wi]; word !== 0; word = connectors[wi] & (ABOVE << bit)) {
      bit = lowestBit(word);
      const s = (wi << 5) | bit;
      if (!potential[s] || occ[s] < 0 || !aware[s] || circle[s] >= 0 || reserved[s]) continue;
      if (t >= vitalUntil[occ[s]] || t < cooldownUntil[s]) continue;
      // A keyed draw (a pure function of key and slot), so drawing before the scan changes nothing.
      const u = u01(k, s);
      if (u >= hMax) continue;
      const r = radiusOf(ctx, w.pl.buurt[s]),
        r2 = r * r,
        x = w.pl.x[s],
        y = w.pl.y[s];
      let e = 0,
        nearest = -1,
        nearestD = Infinity;
      for (let i = 0; i < nLive; i++) {
        const dx = liveX[i] - x,
          dy = liveY[i] - y,
          d = dx * dx + dy * dy;
        if (d > r2) continue;
        e += liveW[i];
        if (d < nearestD) {
          nearestD = d;
          nearest = liveId[i];
        }
      }
      const inspired = base * pw[Math.min(2 * e, 2 * MAX_E)],
        h = inspired + external;
      if (h <= 0 || u >= h) continue;
      // The draw tells which part of the hazard fired: below `inspired` the circles nearby did it
      // (offspring, with a parent), above it PR or media did (origin External, no parent). Only a
      // label: the same people try to found in the same months either way.
      if (u >= inspired) {
        ctx.foundings.start(ctx, s, Origin.External, -1);
        continue;
      }
      const parent = nActive[s] + nPassive[s] > 0 ? inspiring(circlesKnown(st, w.ties, s)) : nearest;
      ctx.foundings.start(ctx, s, Origin.Spontaneous, parent);
    }
}

/** The circle with most members known (ties: the older one) inspired the new one: its parent. */
function inspiring(known: { readonly seen: readonly number[]; readonly counts: readonly number[] }): number {
  let parent = -1,
    best = 0;
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
  const cs = st.circles,
    count = cs.count;
  for (let c = 0; c < count; c++) {
    if (cs.ended[c] >= 0 || !cs.active[c] || u01(k, c) >= rate) continue;
    const free = (j: number) => st.potential[j] === 1 && st.isFree(j) && t < w.life.vitalUntil[st.occ[j]] && t >= st.cooldownUntil[j];
    const [lead] = nearestWithin(w.grid, w.pl.x, w.pl.y, cs.x[c], cs.y[c], 4 * radiusOf(ctx, cs.buurt[c]), 1, free);
    if (lead === undefined) continue;
    st.becomeAware(lead);
    ctx.foundings.start(ctx, lead, Origin.Spontaneous, c);
  }
}
