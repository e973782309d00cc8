/**
 * Circles that already exist when a run starts (the circle register, issue #11), placed into a
 * run's state at month 0 before anything else happens. Each becomes an ordinary circle — it talks,
 * inspires, loses and replaces members and may end like any other — with its age (founded months
 * before month 0, so `founded` is negative) and its activity.
 *
 * Who the members are: the register says how many, never who. The leader is drawn among the
 * buurt's residents who are free, preferring a willing potential connector, then anyone willing
 * (the model's own traits: real members are people who would join). Members are the leader's
 * nearest free, willing neighbours within walking/cycling distance; when there are not enough,
 * the buurt's other willing residents by distance; only then residents the model drew as
 * unwilling (the circle exists, so its members evidently did join). registerForArea refuses
 * registers with more members in a buurt than it has people 65+, so the count is always met.
 * Draws come from their own stream ('existing'), identical for every plan on the same world, so
 * scenarios and every k of a critical-mass search start from the same placed circles.
 */
import { Origin } from './circles.ts';
import { radiusOf, type Ctx } from './context.ts';
import { nearestWithin } from './grid.ts';
import type { ExistingCircle, ExistingRoute } from './plan.ts';
import { u01 } from './rng.ts';

const ORIGIN: Record<ExistingRoute, Origin> = { a: Origin.A, b: Origin.B, c: Origin.C, self: Origin.Spontaneous, unknown: Origin.Unknown };

/** Place the circles whose buurt lies in this run's area (others belong to another area: skipped). */
export function placeExisting(ctx: Ctx, list: readonly ExistingCircle[]): number[] {
  const { st, w } = ctx;
  const index = new Map(w.area.buurten.map((b, i) => [b.code, i]));
  const residents = new Map<number, number[]>();
  const placed: number[] = [];
  list.forEach((e, i) => {
    const b = index.get(e.buurt);
    if (b === undefined) return;
    if (!residents.has(b)) residents.set(b, slotsIn(ctx, b));
    const here = residents.get(b)!.filter((s) => st.isFree(s));
    if (here.length === 0) return;
    const leader =
      pick(here, (s) => st.willing[s] === 1 && st.potential[s] === 1, u01(ctx.keys.existing, 2 * i)) ??
      pick(here, (s) => st.willing[s] === 1, u01(ctx.keys.existing, 2 * i)) ??
      here[Math.floor(u01(ctx.keys.existing, 2 * i + 1) * here.length)];
    const members = [leader, ...membersFor(ctx, leader, here, e.members - 1)];
    // founded < 0 marks a register circle everywhere (takeoff.ts): one founded in the start month counts as month −1.
    const c = st.circles.add(ORIGIN[e.route], -1, -Math.max(1, e.age), w.pl.x[leader], w.pl.y[leader], b);
    for (const s of members) st.join(s, c);
    if (!e.active) st.setActive(c, false);
    placed.push(c);
  });
  return placed;
}

/** Slots of buurt b lived in at month 0. */
function slotsIn(ctx: Ctx, b: number): number[] {
  const out: number[] = [];
  for (let s = 0; s < ctx.st.n; s++) if (ctx.w.pl.buurt[s] === b && ctx.st.occ[s] >= 0) out.push(s);
  return out;
}

function pick(slots: number[], ok: (s: number) => boolean, u: number): number | undefined {
  const fit = slots.filter(ok);
  return fit.length ? fit[Math.floor(u * fit.length)] : undefined;
}

function membersFor(ctx: Ctx, leader: number, buurt: number[], need: number): number[] {
  const { st, w } = ctx;
  if (need <= 0) return [];
  const taken = new Set<number>([leader]);
  const free = (j: number) => !taken.has(j) && st.isFree(j);
  const out = nearestWithin(
    w.grid,
    w.pl.x,
    w.pl.y,
    w.pl.x[leader],
    w.pl.y[leader],
    radiusOf(ctx, w.pl.buurt[leader]),
    need,
    (j) => free(j) && st.willing[j] === 1,
  );
  for (const s of out) taken.add(s);
  const d2 = (s: number) => (w.pl.x[s] - w.pl.x[leader]) ** 2 + (w.pl.y[s] - w.pl.y[leader]) ** 2;
  const byDistance = buurt.filter(free).sort((p, q) => d2(p) - d2(q) || p - q);
  for (const wantWilling of [1, 0]) {
    for (const s of byDistance) {
      if (out.length >= need) return out;
      if (st.willing[s] === wantWilling && !taken.has(s)) {
        taken.add(s);
        out.push(s);
      }
    }
  }
  return out;
}
