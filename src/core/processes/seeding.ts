/**
 * Seeding by professionals through the three entry routes (MODEL.md process 5; founder's plan §5):
 *   (a) a meeting for all 65+ of a corporation complex: turnout `aAttend`, and of the willing who
 *       came a share `aJoin` joins at once (field: 40 invited → ~20 came → 8 joined, +1 later);
 *   (b) an information meeting at a meeting place for the 65+ within reach: turnout `bAttend`
 *       (at most 80), and of the willing who came a share `bInterest` wants to join
 *       (field: ~70 → ~30 → 2 circles);
 *   (c) at a home-nursing indication the nurse proposes a network (`cCoverage`), a willing client
 *       and family take it up (`cSuccess`) and ask neighbours: a founding with the usual threshold.
 * Turnout leans to the willing (`attendLean`); nobody marked never willing joins through any route.
 * A meeting forms as many circles as its people and their homes support (grouping.ts), so the
 * Almere and Emmeloord yields come out of the mechanism. The plan speaks in circles to start (the
 * founder's unit): a route holds meetings, spread over its window at other sites, until that many
 * circles exist or the window closes; a meeting may yield more circles than were still wanted.
 * Every attempt costs staff time, counted per route. */
import { Origin } from '../circles.ts';
import { radiusOf, type Ctx } from '../context.ts';
import { nearestWithin } from '../grid.ts';
import { ROUTES, type Route, type RunPlan } from '../plan.ts';
import { monthKey, u01 } from '../rng.ts';
import { formCircles } from './grouping.ts';
import { chooseSite, type Site } from './siting.ts';

export interface RouteProgress {
  /** Circles this route is to seed: the plan's count, plus or minus what spilled over. */
  target: number;
  formed: number;
  /** Meetings held (routes a, b) or proposals made (route c). */
  attempts: number;
  /** Staff cost of those attempts in euros. */
  cost: number;
  /** Route c foundings still gathering people. */
  inProgress: number;
  /** Why the route could not (fully) be carried out, e.g. 'no-complex'. */
  unavailable: string | null;
}

/** One meeting and what it yielded. */
export interface Meeting {
  route: 'a' | 'b';
  month: number;
  site: number;
  /** Free 65+ asked to come (a complex's residents; a venue's regulars and neighbours until full). */
  invited: number;
  came: number;
  /** Joined at once (a) or wanted to join (b). */
  interested: number;
  /** Members of the circles formed at the meeting. */
  joined: number;
  circles: number[];
}

const MAX_ATTEMPTS_PER_MONTH = 6;
const MEETING_CAPACITY = 80;

export class Seeding {
  progress: Record<Route, RouteProgress>;
  /** Every meeting held (routes a and b), for the field patterns (src/experiments/patterns.ts). */
  readonly meetings: Meeting[] = [];
  private seeded: { x: number; y: number }[] = [];
  private perBuurt = new Map<number, number>();
  private unusedComplexes: Site[];
  private unusedFoci: Site[];
  private chosen: Record<Route, number[] | null>;

  constructor(ctx: Pick<Ctx, 'w' | 'plan'>) {
    const { w, plan } = ctx;
    const start = (r: Route): RouteProgress => ({ target: plan.routes[r].count, formed: 0, attempts: 0, cost: 0, inProgress: 0, unavailable: null });
    this.progress = { a: start('a'), b: start('b'), c: start('c') };
    this.unusedComplexes = w.pl.complexes.map((c, id) => ({ id, x: c.x, y: c.y, buurt: c.buurt }));
    this.unusedFoci = w.pl.foci.map((f, id) => ({ id, x: f.x, y: f.y, buurt: f.buurt }));
    const index = new Map(w.area.buurten.map((b, i) => [b.code, i]));
    const pick = (r: Route) =>
      plan.routes[r].placement === 'chosen' && plan.routes[r].buurten ? plan.routes[r].buurten!.map((c) => index.get(c) ?? -1).filter((i) => i >= 0) : null;
    this.chosen = { a: pick('a'), b: pick('b'), c: pick('c') };
  }

  /** True while some route may still act (used to decide that a run can stop early). */
  active(plan: RunPlan, t: number): boolean {
    return ROUTES.some((r) => this.progress[r].target > this.progress[r].formed && t < plan.routes[r].to) || this.progress.c.inProgress > 0;
  }

  /** A seeded founding attempt ended (founding.ts reports it): route c counts its moments in flight. */
  settled(origin: Origin, formed: boolean): void {
    if (origin !== Origin.C) return;
    const c = this.progress.c;
    if (formed) {
      c.formed++;
      c.inProgress--;
    } else c.inProgress = Math.max(0, c.inProgress - 1);
  }

  /** At the end of a run: route c can only wait for indication moments; say so when it fell short. */
  finish(): void {
    const c = this.progress.c;
    if (c.target > c.formed && !c.unavailable) c.unavailable = 'too-few-indications';
  }

  apply(ctx: Ctx): void {
    for (const r of ['a', 'b'] as const) this.hold(ctx, r);
    this.nurses(ctx);
  }

  private hold(ctx: Ctx, r: 'a' | 'b'): void {
    const plan = ctx.plan.routes[r],
      prog = this.progress[r],
      t = ctx.t;
    if (prog.target <= prog.formed || t < plan.from || t >= plan.to || prog.unavailable) return;
    // Circles that should exist by the end of this month if attempts are spread over the seeding months.
    const due = Math.min(prog.target, Math.ceil(((t - plan.from + 1) * prog.target) / Math.max(1, plan.to - plan.from)));
    for (let tries = 0; prog.formed < due && tries < MAX_ATTEMPTS_PER_MONTH; tries++) {
      const pool = r === 'a' ? this.unusedComplexes.filter((s) => this.residentsFree(ctx, s.id) >= ctx.p.foundingMin) : this.unusedFoci;
      const site = chooseSite(ctx, plan, pool, this.seeded, this.chosen[r], this.perBuurt);
      if (!site) {
        const none = r === 'a' ? ctx.w.pl.complexes.length === 0 : ctx.w.pl.foci.length === 0;
        prog.unavailable = r === 'a' ? (none ? 'no-complex' : 'complexes-exhausted') : none ? 'no-venue' : 'venues-exhausted';
        // Every site was used, and no meeting of this route drew enough willing people for one
        // circle (fewer than foundingMin wanted to join at each): that, not the sites, is the cause.
        const held = this.meetings.filter((m) => m.route === r);
        if (!none && held.length && held.every((m) => m.circles.length === 0 && m.interested < ctx.p.foundingMin)) prog.unavailable = 'meetings-too-small';
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
      const cost = r === 'a' ? ctx.p.costAttemptA : ctx.p.costAttemptB;
      ctx.cost += cost;
      prog.cost += cost;
      const made = r === 'a' ? this.complexMeeting(ctx, site) : this.infoMeeting(ctx, site);
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

  /**
   * Who comes to a meeting leans to the willing: they come `attendLean` times as often as others,
   * scaled so that the mean turnout stays `share` (model-science.md §2.8: those who would ever join
   * are the ones a meeting about circles draws). Returns P(come) for a willing and another person.
   */
  private turnout(ctx: Ctx, share: number): [number, number] {
    const { p } = ctx;
    const other = share / (1 + (p.attendLean - 1) * p.willing);
    return [Math.min(1, other * p.attendLean), Math.min(1, other)];
  }

  private complexMeeting(ctx: Ctx, site: Site): number {
    const { st, w, p, t } = ctx;
    const kAttend = monthKey(ctx.keys.seedA, t, 2 * site.id),
      kJoin = monthKey(ctx.keys.seedA, t, 2 * site.id + 1);
    const [comeWilling, comeOther] = this.turnout(ctx, p.aAttend);
    const joiners: number[] = [];
    let invited = 0,
      came = 0;
    for (let k = w.complexMembers.start[site.id]; k < w.complexMembers.start[site.id + 1]; k++) {
      const s = w.complexMembers.list[k];
      if (!st.isFree(s)) continue;
      invited++;
      if (u01(kAttend, s) >= (st.willing[s] ? comeWilling : comeOther)) continue;
      came++;
      st.becomeAware(s);
      // Only the willing join: someone marked never willing says no, however the question is put.
      if (st.willing[s] && u01(kJoin, s) < p.aJoin) joiners.push(s);
    }
    return this.record(ctx, 'a', site, invited, came, joiners, Origin.A);
  }

  private infoMeeting(ctx: Ctx, site: Site): number {
    const { st, w, p, t } = ctx;
    const kAttend = monthKey(ctx.keys.seedB, t, 2 * site.id),
      kInterest = monthKey(ctx.keys.seedB, t, 2 * site.id + 1);
    const [comeWilling, comeOther] = this.turnout(ctx, p.bAttend);
    const attendees: number[] = [];
    const regulars = new Set<number>();
    let invited = 0;
    // Regular visitors of this meeting place come first, wherever they live, and twice as often;
    // then the people within reach, nearest first, until the room is full.
    for (let k = w.focusMembers.start[site.id]; k < w.focusMembers.start[site.id + 1] && attendees.length < MEETING_CAPACITY; k++) {
      const s = w.focusMembers.list[k];
      regulars.add(s);
      if (!st.isFree(s)) continue;
      invited++;
      if (u01(kAttend, s) < 2 * (st.willing[s] ? comeWilling : comeOther)) attendees.push(s);
    }
    const near = nearestWithin(w.grid, w.pl.x, w.pl.y, site.x, site.y, radiusOf(ctx, site.buurt), st.n, (s) => !regulars.has(s) && st.isFree(s));
    for (const s of near) {
      if (attendees.length >= MEETING_CAPACITY) break;
      invited++;
      if (u01(kAttend, s) < (st.willing[s] ? comeWilling : comeOther)) attendees.push(s);
    }
    const interested: number[] = [];
    for (const s of attendees) {
      st.becomeAware(s);
      if (st.willing[s] && u01(kInterest, s) < p.bInterest) interested.push(s);
    }
    return this.record(ctx, 'b', site, invited, attendees.length, interested, Origin.B);
  }

  private record(ctx: Ctx, route: 'a' | 'b', site: Site, invited: number, came: number, people: number[], origin: Origin): number {
    const ids = formCircles(ctx, people, site, origin);
    let joined = 0;
    for (const c of ids) joined += ctx.st.circles.size[c];
    this.meetings.push({ route, month: ctx.t, site: site.id, invited, came, interested: people.length, joined, circles: ids });
    return ids.length;
  }

  private nurses(ctx: Ctx): void {
    const plan = ctx.plan.routes.c,
      prog = this.progress.c,
      { st, p, t } = ctx;
    if (prog.target <= prog.formed + prog.inProgress || t < plan.from || t >= plan.to) return;
    const kPrompt = monthKey(ctx.keys.seedC, t, 0),
      kTake = monthKey(ctx.keys.seedC, t, 1);
    const only = this.chosen.c;
    for (const s of ctx.indicated) {
      if (prog.formed + prog.inProgress >= prog.target) break;
      if (st.circle[s] >= 0 || st.reserved[s] || (only && !only.includes(ctx.w.pl.buurt[s]))) continue;
      // A client marked never willing declines the network (nobody never-willing joins any route).
      if (u01(kPrompt, s) >= p.cCoverage) continue;
      prog.attempts++;
      ctx.cost += p.costAttemptC;
      prog.cost += p.costAttemptC;
      st.becomeAware(s);
      if (!st.willing[s] || u01(kTake, s) >= p.cSuccess) {
        ctx.m.seedFailed[t + 1]++;
        continue;
      }
      prog.inProgress++;
      ctx.foundings.start(ctx, s, Origin.C, -1);
    }
  }
}
