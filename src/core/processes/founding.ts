/**
 * Founding a circle with a threshold (MODEL.md process 4; model-science.md §1.8, §6.6): a leader —
 * a connector, or a client and family in route c — asks contacts first, then the nearest
 * neighbours within walking or cycling distance. Willing people commit with probability `commit`
 * (half that when they never heard of circles). The circle exists only if at least `foundingMin`
 * people (leader included) are still there at the end of the founding window; otherwise the
 * attempt fails and a connector cools down. This Allee rule is what makes a real critical mass.
 */
import { Origin } from '../circles.ts';
import { radiusOf, type Ctx, type Founder } from '../context.ts';
import { nearestWithin } from '../grid.ts';
import { N_ORIGINS } from '../metrics.ts';
import { monthKey, u01 } from '../rng.ts';

interface Attempt {
  due: number;
  leader: number;
  /** Slots and the occupant each had when committing (people may move away meanwhile). */
  slots: number[];
  occs: number[];
  origin: Origin;
  parent: number;
}

export class Foundings implements Founder {
  pending: Attempt[] = [];
  /**
   * Told when a seeded attempt ends, formed or failed (seeding counts route c's moments in flight):
   * the founding process reports back instead of reaching into seeding's state.
   */
  onSettled: (origin: Origin, formed: boolean) => void = () => {};

  /** Start an attempt led by slot `leader`; returns false when it failed at once. */
  start(ctx: Ctx, leader: number, origin: Origin, parent: number): boolean {
    const { st, p, t } = ctx;
    const invited = this.invite(ctx, leader);
    const key = monthKey(ctx.keys.commit, t, leader);
    const slots = [leader];
    for (const j of invited) {
      const wasAware = st.aware[j] === 1;
      st.becomeAware(j);
      if (st.willing[j] && u01(key, j) < p.commit * (wasAware ? 1 : 0.5)) slots.push(j);
    }
    if (slots.length < p.foundingMin) {
      this.fail(ctx, leader, origin);
      return false;
    }
    for (const s of slots) st.reserved[s] = 1;
    this.pending.push({ due: t + p.foundingWindow - 1, leader, slots, occs: slots.map((s) => st.occ[s]), origin, parent });
    return true;
  }

  /** Found the circles whose window ends this month (or fail them when people fell away). */
  resolve(ctx: Ctx): void {
    const { st, p, t } = ctx;
    const keep: Attempt[] = [];
    for (const a of this.pending) {
      if (a.due > t) {
        keep.push(a);
        continue;
      }
      const here = a.slots.filter((s, k) => st.occ[s] === a.occs[k] && st.circle[s] < 0);
      for (const s of a.slots) if (st.occ[s] >= 0) st.reserved[s] = 0;
      if (here.length < p.foundingMin) {
        this.fail(ctx, a.leader, a.origin);
        continue;
      }
      const lead =
        here.includes(a.leader) && (a.origin === Origin.Spontaneous || a.origin === Origin.External)
          ? a.leader
          : (here.find((s) => st.potential[s]) ?? here[0]);
      found(ctx, a.origin, a.parent, lead, here);
      this.onSettled(a.origin, true);
    }
    this.pending = keep;
  }

  get busy(): boolean {
    return this.pending.length > 0;
  }

  private fail(ctx: Ctx, leader: number, origin: Origin): void {
    if (origin === Origin.Spontaneous || origin === Origin.External) {
      ctx.m.failed[ctx.t + 1]++;
      ctx.st.cooldownUntil[leader] = Math.min(32_000, ctx.t + ctx.p.cooldown);
    } else {
      ctx.m.seedFailed[ctx.t + 1]++;
      this.onSettled(origin, false);
    }
  }

  /** Contacts first, then the nearest neighbours, who are free to join (not in or promised to a circle). */
  private invite(ctx: Ctx, leader: number): number[] {
    const { st, w, p } = ctx;
    const free = (j: number) => j !== leader && st.isFree(j);
    const out: number[] = [];
    const seen = new Set<number>();
    for (let k = w.ties.start[leader]; k < w.ties.start[leader + 1] && out.length < p.invitees; k++) {
      const j = w.ties.list[k];
      if (free(j) && !seen.has(j)) {
        seen.add(j);
        out.push(j);
      }
    }
    if (out.length < p.invitees) {
      const r = radiusOf(ctx, w.pl.buurt[leader]);
      const near = nearestWithin(w.grid, w.pl.x, w.pl.y, w.pl.x[leader], w.pl.y[leader], r, p.invitees - out.length, (j) => free(j) && !seen.has(j));
      out.push(...near);
    }
    return out;
  }
}

/** Create a circle with these members; the leader becomes the connector. */
export function found(ctx: Ctx, origin: Origin, parent: number, leader: number, members: number[]): number {
  const { st, w, t } = ctx;
  const c = st.circles.add(origin, parent, t, w.pl.x[leader], w.pl.y[leader], w.pl.buurt[leader]);
  st.join(leader, c);
  for (const s of members) if (s !== leader) st.join(s, c);
  ctx.m.foundings[(t + 1) * N_ORIGINS + origin]++;
  if (parent >= 0 && (origin === Origin.Spontaneous || origin === Origin.Split)) ctx.m.offspring[t + 1]++;
  return c;
}
