/**
 * Where professionals seed (the placement lever): which corporation complex (route a) or meeting
 * place (route b) gets the next meeting.
 *   clustered — next to the first seed (circles that can see each other; complex contagion)
 *   spread    — as far as possible from earlier seeds
 *   auto      — where most people 65+ live within reach who are not yet near a circle
 *   chosen    — only in the buurten the user picked, the least-seeded one first
 * Deterministic given the state: no randomness, so the same plan picks the same places.
 */
import type { Ctx } from '../context.ts';
import { forEachWithin } from '../grid.ts';
import type { RoutePlan } from '../plan.ts';

export interface Site {
  id: number;
  x: number;
  y: number;
  buurt: number;
}

/**
 * People 65+ within walking distance of the site who are free to join, skipping those `covered`
 * (within walking distance of a circle). Walking distance even in rural buurten: there the cycling
 * radius spans a whole village, so "not yet near a circle" would stop meaning anything.
 */
function reach(ctx: Ctx, site: Site, covered: Uint8Array | null): number {
  const { st, w } = ctx;
  let n = 0;
  forEachWithin(w.grid, w.pl.x, w.pl.y, site.x, site.y, ctx.p.walkRadiusUrban, (j) => {
    if (st.occ[j] >= 0 && st.circle[j] < 0 && !(covered && covered[j])) n++;
  });
  return n;
}

/** People living within walking distance of an existing circle (they can already join one). */
function coveredByCircles(ctx: Ctx): Uint8Array {
  const { st, w } = ctx;
  const cs = st.circles;
  const covered = new Uint8Array(st.n);
  for (let c = 0; c < cs.count; c++) {
    if (cs.ended[c] >= 0) continue;
    forEachWithin(w.grid, w.pl.x, w.pl.y, cs.x[c], cs.y[c], ctx.p.walkRadiusUrban, (j) => (covered[j] = 1));
  }
  return covered;
}

const d2 = (a: { x: number; y: number }, b: { x: number; y: number }) => (a.x - b.x) ** 2 + (a.y - b.y) ** 2;

/**
 * The next site for a route. `sites` are the unused candidates, `seeded` earlier seed locations of
 * this plan (all routes), `chosenBuurten` indices for placement 'chosen', `perBuurt` seeds so far.
 */
export function chooseSite(
  ctx: Ctx,
  plan: RoutePlan,
  sites: Site[],
  seeded: { x: number; y: number }[],
  chosenBuurten: number[] | null,
  perBuurt: Map<number, number>,
): Site | null {
  let pool = sites;
  // 'chosen': buurten listed n times want n seeds; the one furthest below its share goes first.
  const wanted = (b: number) => (chosenBuurten ? chosenBuurten.filter((c) => c === b).length : 0);
  if (plan.placement === 'chosen' && chosenBuurten) pool = sites.filter((s) => chosenBuurten.includes(s.buurt));
  if (pool.length === 0) return null;
  const covered = plan.placement === 'auto' ? coveredByCircles(ctx) : null;
  const score = (s: Site): number => {
    switch (plan.placement) {
      case 'clustered':
        return seeded.length ? -d2(s, seeded[0]) : reach(ctx, s, null);
      case 'spread':
        return seeded.length ? Math.min(...seeded.map((q) => d2(s, q))) : reach(ctx, s, null);
      case 'chosen':
        return (wanted(s.buurt) - (perBuurt.get(s.buurt) ?? 0)) * 1e9 + reach(ctx, s, null);
      default:
        return reach(ctx, s, covered);
    }
  };
  let best: Site | null = null,
    bestScore = -Infinity;
  for (const s of pool) {
    const v = score(s);
    if (v > bestScore || (v === bestScore && best !== null && s.id < best.id)) {
      best = s;
      bestScore = v;
    }
  }
  return best;
}
