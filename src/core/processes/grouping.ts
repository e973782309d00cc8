/**
 * How the people who want to join after a meeting (routes a and b) become circles: as many as they
 * and their homes support, not as many as the plan asked (issue #10; model-science.md §6.7: the
 * Almere coffee morning's ~30 interested people and their streets made 2 circles).
 *
 * Circles are neighbours within walking (urban) or cycling (rural) distance, foundingMin …
 * circleMax people each (MODEL.md: 8–15). Grouping goes out from the meeting place first: the n
 * interested who live within reach of it make m = ⌈n / circleMax⌉ circles, fewer when that would
 * leave a circle under foundingMin, cut along the wider axis of where they live so each circle is a
 * stretch of streets. People left over (regulars from further away) are grouped the same way around
 * each of them in turn; whoever still has too few neighbours to make a circle stays aware and may
 * join a circle later (joining, PR sign-up). Deterministic: no randomness is drawn here.
 */
import type { Origin } from '../circles.ts';
import { radiusOf, type Ctx } from '../context.ts';
import { found } from './founding.ts';

/** Form the circles; returns their ids (none when too few people live near enough to each other). */
export function formCircles(ctx: Ctx, people: readonly number[], site: { x: number; y: number; buurt: number }, origin: Origin): number[] {
  const { w, p } = ctx;
  const x = w.pl.x,
    y = w.pl.y;
  const r = radiusOf(ctx, site.buurt),
    r2 = r * r;
  const pool = new Set(people);
  const ids: number[] = [];
  // Anchors: the meeting place, then each person (west to east, south to north) not yet grouped.
  const order = [...people].sort((a, b) => x[a] - x[b] || y[a] - y[b] || a - b);
  const anchors: { x: number; y: number }[] = [{ x: site.x, y: site.y }, ...order.map((s) => ({ x: x[s], y: y[s] }))];
  for (let i = 0; i < anchors.length && pool.size >= p.foundingMin; i++) {
    if (i > 0 && !pool.has(order[i - 1])) continue;
    const { x: ax, y: ay } = anchors[i];
    const near = [...pool]
      .map((s) => ({ s, d: (x[s] - ax) ** 2 + (y[s] - ay) ** 2 }))
      .filter((e) => e.d <= r2)
      .sort((a, b) => a.d - b.d || a.s - b.s)
      .map((e) => e.s);
    let m = Math.ceil(near.length / p.circleMax);
    while (m > 0 && Math.floor(near.length / m) < p.foundingMin) m--;
    if (m === 0) continue;
    for (const group of cut(ctx, near.slice(0, m * p.circleMax), m)) {
      for (const s of group) pool.delete(s);
      const lead = group.find((s) => ctx.st.potential[s]) ?? group[0];
      ids.push(found(ctx, origin, -1, lead, group));
    }
  }
  return ids;
}

/** Cut people into m groups of (nearly) equal size along the wider axis of where they live. */
function cut(ctx: Ctx, people: number[], m: number): number[][] {
  const { x, y } = ctx.w.pl;
  let x0 = Infinity,
    x1 = -Infinity,
    y0 = Infinity,
    y1 = -Infinity;
  for (const s of people) {
    x0 = Math.min(x0, x[s]);
    x1 = Math.max(x1, x[s]);
    y0 = Math.min(y0, y[s]);
    y1 = Math.max(y1, y[s]);
  }
  const wide = x1 - x0 >= y1 - y0;
  const sorted = [...people].sort((a, b) => (wide ? x[a] - x[b] : y[a] - y[b]) || a - b);
  return Array.from({ length: m }, (_, g) => sorted.slice(Math.floor((g * sorted.length) / m), Math.floor(((g + 1) * sorted.length) / m)));
}
