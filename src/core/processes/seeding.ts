/**
 * Seeding by professionals through the three entry routes (MODEL.md process 5; founder's plan §5):
 *   (a) a meeting for all 65+ of a corporation complex: attend `aAttend`, join at once `aJoin`
 *       (field: 40 invited → ~20 came → 8 joined, +1 later);
 *   (b) an information meeting at a meeting place for the 65+ within reach: attend `bAttend`
 *       (at most 80), interested `bInterest`, grouped by where they live into circles of 8–15
 *       (field: ~70 → ~30 → 2 circles);
 *   (c) at a home-nursing indication the nurse proposes a network (`cCoverage`), client and family
 *       take it up (`cSuccess`) and ask neighbours: a founding with the usual threshold.
 * A plan of N circles for a route spreads attempts over its window and keeps trying (other sites)
 * until N circles exist or the window closes. Every attempt costs staff time.
 */
import { Origin } from '../circles.ts';
import { radiusOf, type Ctx } from '../context.ts';
import { nearestWithin } from '../grid.ts';
import { ROUTES, type Route, type RunPlan } from '../plan.ts';
import { monthKey, u01 } from '../rng.ts';
import { found } from './founding.ts';
import { chooseSite, type Site } from './siting.ts';

export interface RouteProgress {
  /** Circles this route is to seed: the plan's count, plus or minus what spilled over. */
  target: number;
  formed: number;
  attempts: number;
  /** Route c foundings still gathering people. */
  inProgress: number;
  /** Why the route could not (fully) be carried out, e.g. 'no-complex'. */
  unavailable: string | null;
}

const MAX_ATTEMPTS_PER_MONTH = 6;
const MEETING_CAPACITY = 80;

export class Seeding {
  progress: Record<Route, RouteProgress>;
  private seeded: { x: number; y: number }[] = [];
  private perBuurt = new Map<number, number>();
  private unusedComplexes: Site[];
  private unusedFoci: Site[];
  private chosen: Record<Route, number[] | null>;

  constructor(ctx: Pick<Ctx, 'w' | 'plan'>) {
    const { w, plan } = ctx;
    const start = (r: Route): RouteProgress => ({ target: plan.routes[r].count, formed: 0, attempts: 0, inProgress: 0, unavailable: null });
    this.progress = { a: start('a'), b: start('b'), c: start('c') };
    this.unusedComplexes = w.pl.complexes.map((c, id) => ({ id, x: c.x, y: c.y, buurt: c.buurt }));
    this.unusedFoci = w.pl.foci.map((f, id) => ({ id, x: f.x, y: f.y, buurt: f.buurt }));
    const index = new Map(w.area.buurten.map((b, i) => [b.code, i]));
    const pick = (r: Route) => (plan.routes[r].placement === 'chosen' && plan.routes[r].buurten ? plan.routes[r].buurten!.map((c) => index.get(c) ?? -1).filter((i) => i >= 0) : null);
    this.chosen = { a: pick('a'), b: pick('b'), c: pick('c') };
  }

  /** True while some route may still act (used to decide that a run can stop early). */
  active(plan: RunPlan, t: number): boolean {
    return ROUTES.some((r) => this.progress[r].target > this.progress[r].formed && t < plan.routes[r].to) || this.progress.c.inProgress > 0;
  }

  /** At the end of a run: route c can only wait for indication moments; say so when it fell short. */
  finish(): void {
    const c = this.progress.c;
    if (c.target > c.formed && !c.unavailable) c.unavailable = 'too-few-indications';
  }

  apply(ctx: Ctx): void {
    for (const r of ['a', 'b'] as const) this.meetings(ctx, r);
    this.nurses(ctx);
  }

  private meetings(ctx: Ctx, r: 'a' | 'b'): void {
    const plan = ctx.plan.routes[r], prog = this.progress[r], t = ctx.t;
    if (prog.target <= prog.formed || t < plan.from || t >= plan.to || prog.unavailable) return;
    // Circles that should exist by the end of this month if attempts are spread over the seeding months.
    const due = Math.min(prog.target, Math.ceil(((t - plan.from + 1) * prog.target) / Math.max(1, plan.to - plan.from)));
    for (let tries = 0; prog.formed < due && tries < MAX_ATTEMPTS_PER_MONTH; tries++) {
      const pool = r === 'a' ? this.unusedComplexes.filter((s) => this.residentsFree(ctx, s.id) >= ctx.p.foundingMin) : this.unusedFoci;
      const site = chooseSite(ctx, plan, pool, this.seeded, this.chosen[r], this.perBuurt);
      if (!site) {
        const none = r === 'a' ? ctx.w.pl.complexes.length === 0 : ctx.w.pl.foci.length === 0;
        prog.unavailable = r === 'a' ? (none ? 'no-complex' : 'complexes-exhausted') : none ? 'no-venue' : 'venues-exhausted';
        if (ctx.plan.spillover) {
          const other = this.progress[r === 'a' ? 'b' : 'a'];
          if (!other.unavailable) {
            other.target += prog.target - prog.formed;
            prog.target = prog.formed;
          }
        }
        return;
      }
      if (r === 'a') this.unusedComplexes = this.unusedComplexes.filter((s) => s !== site);
      else this.unusedFoci = this.unusedFoci.filter((s) => s !== site);
      prog.attempts++;
      ctx.cost += r === 'a' ? ctx.p.costAttemptA : ctx.p.costAttemptB;
      const made = r === 'a' ? this.complexMeeting(ctx, site, prog.target - prog.formed) : this.infoMeeting(ctx, site, prog.target - prog.formed);
      if (made === 0) ctx.m.seedFailed[t + 1]++;
      prog.formed += made;
      if (made > 0) {
        this.seeded.push(site);
        this.perBuurt.set(site.buurt, (this.perBuurt.get(site.buurt) ?? 0) + made);
      }
    }
  }

  private residentsFree(ctx: Ctx, complex: number): number {
    const { st, w } = ctx;
    let n = 0;
    for (let k = w.complexMembers.start[complex]; k < w.complexMembers.start[complex + 1]; k++) {
      const s = w.complexMembers.list[k];
      if (st.isFree(s)) n++;
    }
    return n;
  }

  private complexMeeting(ctx: Ctx, site: Site, wanted: number): number {
    const { st, w, p, t } = ctx;
    const kAttend = monthKey(ctx.keys.seedA, t, 2 * site.id), kJoin = monthKey(ctx.keys.seedA, t, 2 * site.id + 1);
    const joiners: number[] = [];
    for (let k = w.complexMembers.start[site.id]; k < w.complexMembers.start[site.id + 1]; k++) {
      const s = w.complexMembers.list[k];
      if (!st.isFree(s) || u01(kAttend, s) >= p.aAttend) continue;
      st.becomeAware(s);
      if (u01(kJoin, s) < p.aJoin) joiners.push(s);
    }
    return this.formGroups(ctx, joiners, Origin.A, wanted);
  }

  private infoMeeting(ctx: Ctx, site: Site, wanted: number): number {
    const { st, w, p, t } = ctx;
    const kAttend = monthKey(ctx.keys.seedB, t, 2 * site.id), kInterest = monthKey(ctx.keys.seedB, t, 2 * site.id + 1);
    const attendees: number[] = [];
    const regulars = new Set<number>();
    // Regular visitors of this meeting place come first, wherever they live, and twice as often;
    // then the people within reach, nearest first, until the room is full.
    for (let k = w.focusMembers.start[site.id]; k < w.focusMembers.start[site.id + 1] && attendees.length < MEETING_CAPACITY; k++) {
      const s = w.focusMembers.list[k];
      regulars.add(s);
      if (st.isFree(s) && u01(kAttend, s) < 2 * p.bAttend) attendees.push(s);
    }
    const near = nearestWithin(w.grid, w.pl.x, w.pl.y, site.x, site.y, radiusOf(ctx, site.buurt), st.n, (s) => !regulars.has(s) && st.isFree(s));
    for (const s of near) {
      if (attendees.length >= MEETING_CAPACITY) break;
      if (u01(kAttend, s) < p.bAttend) attendees.push(s);
    }
    const interested: number[] = [];
    for (const s of attendees) {
      st.becomeAware(s);
      if (u01(kInterest, s) < p.bInterest) interested.push(s);
    }
    return this.formGroups(ctx, interested, Origin.B, wanted);
  }

  /**
   * Divide people into m circles of foundingMin … circleMax by where they live (sorted along the
   * wider axis, then cut into consecutive groups); m = 0 when there are too few. At most `wanted`
   * circles are formed (the plan's count); who does not fit stays aware and may join later.
   */
  private formGroups(ctx: Ctx, all: number[], origin: Origin, wanted: number): number {
    const { w, p } = ctx;
    const m = Math.min(wanted, Math.floor(all.length / p.foundingMin), Math.ceil(all.length / p.circleMax));
    if (m <= 0) return 0;
    const people = all.slice(0, m * p.circleMax);
    const xs = people.map((s) => w.pl.x[s]), ys = people.map((s) => w.pl.y[s]);
    const wide = Math.max(...xs) - Math.min(...xs) >= Math.max(...ys) - Math.min(...ys);
    const sorted = [...people].sort((a, b) => (wide ? w.pl.x[a] - w.pl.x[b] : w.pl.y[a] - w.pl.y[b]) || a - b);
    for (let g = 0; g < m; g++) {
      const group = sorted.slice(Math.floor((g * sorted.length) / m), Math.floor(((g + 1) * sorted.length) / m));
      const lead = group.find((s) => ctx.st.potential[s]) ?? group[0];
      found(ctx, origin, -1, lead, group);
    }
    return m;
  }

  private nurses(ctx: Ctx): void {
    const plan = ctx.plan.routes.c, prog = this.progress.c, { st, p, t } = ctx;
    if (prog.target <= prog.formed + prog.inProgress || t < plan.from || t >= plan.to) return;
    const kPrompt = monthKey(ctx.keys.seedC, t, 0), kTake = monthKey(ctx.keys.seedC, t, 1);
    const only = this.chosen.c;
    for (const s of ctx.indicated) {
      if (prog.formed + prog.inProgress >= prog.target) break;
      if (st.circle[s] >= 0 || st.reserved[s] || (only && !only.includes(ctx.w.pl.buurt[s]))) continue;
      if (u01(kPrompt, s) >= p.cCoverage) continue;
      prog.attempts++;
      ctx.cost += p.costAttemptC;
      st.becomeAware(s);
      if (u01(kTake, s) >= p.cSuccess) {
        ctx.m.seedFailed[t + 1]++;
        continue;
      }
      prog.inProgress++;
      ctx.foundings.start(ctx, s, Origin.C, -1);
    }
  }
}
