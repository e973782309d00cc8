/**
 * The monthly pass over people (MODEL.md processes 2 and 3): hearing about circles, and joining one.
 *
 * Hearing: an unaware person hears with hazard Σ ties × talk rate (active members talk most, passive
 * members less, aware non-members least) plus PR and national media (both series over months).
 * Joining: an aware, willing person who knows E distinct members joins with P₁ (E = 1) or P₂ (E ≥ 2)
 * per month (dose–response, model-science.md §1.4), times the need factor, times `snowball`; or signs
 * up through PR with the welfare organisation, which places them in the nearest circle with room.
 * One keyed draw per person per month and purpose, so common random numbers stay aligned.
 */
import { Origin } from '../circles.ts';
import { radiusOf, type Ctx } from '../context.ts';
import { monthKey, u01 } from '../rng.ts';
import { found } from './founding.ts';
import { circlesKnown } from './known.ts';
import { ABOVE, lowestBit, MEMO_SIDE } from '../state.ts';

const rate = (p: number) => -Math.log(1 - Math.min(p, 0.999999));

export function people(ctx: Ctx): void {
  const { st, w, p, t } = ctx;
  const lAware = rate(p.talkAware),
    lActive = rate(p.talkMember),
    lPassive = rate(p.talkMember * p.passiveTalk);
  const lOut = rate(p.prAwareness * ctx.pr) + rate(p.mediaAwareness * ctx.media),
    pOut = 1 - Math.exp(-lOut);
  const kInfo = monthKey(ctx.keys.info, t),
    kJoin = monthKey(ctx.keys.join, t);
  const pOne = p.joinOne * p.snowball,
    pTwo = p.joinTwo * p.snowball,
    pPr = p.prJoin * ctx.pr;
  const frailAt = w.life.frailAt;
  const { occ, aware, circle, willing, reserved, nAware, nActive, nPassive, open } = st;
  // The chance of hearing depends only on the three tie counts (and this month's PR and media), so
  // it is computed once per combination and month instead of with an exp per unaware person: the
  // same expression on the same numbers, so the same bits (measured: the exp was most of this pass).
  const memo = st.hearingMemo(lOut);
  // Only the open slots (lived in, and not aware-and-settled in a circle or unwilling: most people
  // are), in ascending order as a loop over all slots would visit them (state.ts, ABOVE).
  for (let wi = 0, bit = 0; wi < open.length; wi++)
    for (let word = open[wi]; word !== 0; word = open[wi] & (ABOVE << bit)) {
      bit = lowestBit(word);
      const s = (wi << 5) | bit;
      const o = occ[s];
      if (o < 0) continue;
      if (!aware[s]) {
        // Most people know no one who talks about circles: their chance is the same every month.
        const a = nAware[s],
          b = nActive[s],
          c = nPassive[s];
        let chance: number;
        if (a + b + c === 0) chance = pOut;
        else if ((a | b | c) < MEMO_SIDE) {
          const i = (a * MEMO_SIDE + b) * MEMO_SIDE + c;
          chance = memo[i];
          if (chance !== chance) chance = memo[i] = 1 - Math.exp(-(a * lAware + b * lActive + c * lPassive + lOut)); // NaN: not yet this month
        } else chance = 1 - Math.exp(-(a * lAware + b * lActive + c * lPassive + lOut));
        if (chance > 0 && u01(kInfo, s) < chance) st.becomeAware(s);
        continue;
      }
      if (circle[s] >= 0 || !willing[s] || reserved[s]) continue;
      const e = nActive[s] + nPassive[s];
      const need = t >= frailAt[o] ? p.needFactor : 1;
      const viaContacts = (e >= 2 ? pTwo : e === 1 ? pOne : 0) * need;
      const viaPr = pPr * need;
      if (viaContacts + viaPr <= 0) continue;
      const u = u01(kJoin, s);
      if (u < viaContacts) joinThroughContacts(ctx, s, u01(kJoin, s + st.n));
      else if (u < viaContacts + viaPr) joinNearest(ctx, s);
    }
}

/**
 * Join the circle of the most members known (with room). When every known circle is full, the
 * would-be joiner may trigger a split (MODEL.md: full circles split): the half of the members who
 * live nearest to the joiner form a new circle with them.
 */
function joinThroughContacts(ctx: Ctx, s: number, splitDraw: number): void {
  const { st, w, p } = ctx;
  const cs = st.circles;
  let best = -1,
    bestCount = 0,
    full = -1;
  const { seen, counts } = circlesKnown(st, w.ties, s);
  for (let i = 0; i < seen.length; i++) {
    const c = seen[i];
    if (cs.size[c] >= p.circleMax) {
      if (full < 0) full = c;
      continue;
    }
    if (counts[i] > bestCount || (counts[i] === bestCount && c < best)) {
      best = c;
      bestCount = counts[i];
    }
  }
  if (best >= 0) st.join(s, best);
  else if (full >= 0 && splitDraw < p.split * p.snowball) split(ctx, full, s);
}

function split(ctx: Ctx, c: number, joiner: number): void {
  const { st, w, t } = ctx;
  const byDistance: { m: number; d: number }[] = [];
  for (let m = st.circles.head[c]; m >= 0; m = st.next[m]) {
    byDistance.push({ m, d: (w.pl.x[m] - w.pl.x[joiner]) ** 2 + (w.pl.y[m] - w.pl.y[joiner]) ** 2 });
  }
  byDistance.sort((a, b) => a.d - b.d || a.m - b.m);
  const movers = byDistance
    .slice(0, Math.floor(byDistance.length / 2))
    .map((e) => e.m)
    .filter((m) => m !== st.circles.verbinder[c]);
  for (const m of movers) st.leave(m, t, true, 0);
  const lead = movers.find((m) => st.potential[m]) ?? joiner;
  found(ctx, Origin.Split, c, lead, [joiner, ...movers]);
}

/** PR sign-up: the welfare organisation places the person in the nearest circle with room nearby. */
function joinNearest(ctx: Ctx, s: number): boolean {
  const { st, w, p } = ctx;
  const cs = st.circles;
  const r = radiusOf(ctx, w.pl.buurt[s]);
  let best = -1,
    bestD = r * r;
  for (let c = 0; c < cs.count; c++) {
    if (cs.ended[c] >= 0 || cs.size[c] >= p.circleMax) continue;
    const d = (cs.x[c] - w.pl.x[s]) ** 2 + (cs.y[c] - w.pl.y[s]) ** 2;
    if (d <= bestD) {
      bestD = d;
      best = c;
    }
  }
  if (best >= 0) st.join(s, best);
  return best >= 0;
}
