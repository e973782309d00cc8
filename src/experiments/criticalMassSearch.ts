/**
 * The adaptive search for k_ℓ, the smallest number of seeds with P(takeoff | k) ≥ ℓ, for a few
 * levels ℓ at once (50%, 90%, the user's target). Pure bookkeeping: it is told how many of the
 * replications 0 … n − 1 took off at each k and answers which (k, n) to run next; the caller runs
 * them (on any pool) and reports back. Decisions depend only on those counts, so the result is the
 * same whatever runs the replications.
 *
 * Strategy (model-science.md §5.2–5.3, without brute-forcing every k):
 *  1. Bracketing: k = 0, 1, 2, 4, 8, … up to K with a few replications each, stopping as soon as
 *     some k reaches the highest level.
 *  2. Bisection between the largest k below a level and the smallest k at or above it, until the
 *     two are neighbours.
 *  3. Refinement: more replications only at the k next to the crossing whose Wilson interval
 *     still contains the level, until the crossing is pinned down to ±`precision` seeds (k − 1
 *     surely below, k + 1 surely at or above) or those points reach `maxReps` (or could only be
 *     decided with more: see `hopeless`).
 *  4. When no k reaches a level, more replications at the most promising k (highest estimate), so
 *     that "not reached" rests on a tight interval there rather than on a handful of runs.
 *  5. Only when 1–4 ask for nothing more and every level is reached: a level that is not shown
 *     surely reached within ±precision (a curve that levels off near it, as in Mill: 0.88 at 1,
 *     0.92 at 2, 0.93 at 4, 0.96 at 8 with 400 replications each) gets a sure bound from further
 *     up the ladder, so the answer can say from which k it surely is reached ("vanaf 8 zeker wel")
 *     instead of nothing. Points 1–4 tried keep their replications, so what they decided stands.
 * Replications are always numbered from 0, so every k shares worlds and random streams (CRN).
 */
import { wilson } from './stats.ts';

/** z of the intervals that decide (see CurveSearch.decide). */
const Z_DECIDE = 2.7;

/** Progress of a search in runs (critical-mass, and the drivers' searches together). */
export interface SearchProgress {
  runs: number;
  /** Runs asked for so far (grows as the search goes: it is adaptive). */
  planned: number;
}

export interface SearchSettings {
  /** Levels to locate, e.g. [0.5, 0.9]. */
  levels: number[];
  maxK: number;
  /** Replications at a newly tried k. */
  initialReps: number;
  /** Replications added at a time where the answer is still uncertain. */
  batch: number;
  /** Most replications at one k. */
  maxReps: number;
  /** Most replications in the whole search (a time budget). */
  maxRuns: number;
  /** Wanted half-width of the interval around each k_ℓ, in seeds. */
  precision: number;
  /** Step 5: a sure bound from further up when ±precision cannot be decided (default true). */
  bound?: boolean;
  /** k values to evaluate in any case (e.g. a budget), with this many replications. */
  extra?: { k: number; reps: number }[];
}

export interface Request {
  k: number;
  /** Run replications up to (not including) n. */
  n: number;
}

export interface LevelAnswer {
  level: number;
  /** Smallest tried k whose estimate (on the monotone fit) reaches the level; null when none up to K does. */
  k: number | null;
  /** Interval for k: below `lower` P is surely under the level, from `upper` on surely at or above it (null: not shown within K). */
  lower: number | null;
  upper: number | null;
  /** The interval is within ±precision of k. */
  settled: boolean;
}

/** a, a + 1, …, b (empty when b < a). */
const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i);

interface Point {
  n: number;
  s: number;
}

export class CurveSearch {
  private points = new Map<number, Point>();
  private ladder: number[];
  /** Ladder values first tried by step 5 (a bound, not part of the search for the crossing). */
  private bounds = new Set<number>();
  private runs = 0;
  readonly levels: number[];

  constructor(readonly settings: SearchSettings) {
    this.levels = [...new Set(settings.levels)].sort((a, b) => a - b);
    const ladder = [0];
    for (let k = 1; k < settings.maxK; k *= 2) ladder.push(k);
    ladder.push(settings.maxK);
    this.ladder = [...new Set(ladder)];
  }

  /** Record the outcomes of replications n_k … n − 1 at k (takeoffs among them). */
  add(k: number, n: number, takeoffs: number): void {
    const p = this.points.get(k) ?? { n: 0, s: 0 };
    this.runs += n - p.n;
    this.points.set(k, { n, s: p.s + takeoffs });
    this.fit = null;
  }

  get totalRuns(): number {
    return this.runs;
  }

  /** Tried k values with their counts, ascending. */
  tried(): { k: number; n: number; s: number }[] {
    return [...this.points.entries()].sort((a, b) => a[0] - b[0]).map(([k, p]) => ({ k, ...p }));
  }

  private est(k: number) {
    const p = this.points.get(k)!;
    return { ...wilson(p.s, p.n), n: p.n };
  }

  /**
   * The interval a decision ("surely below / at or above the level") rests on. Wider than 95%:
   * the search looks again after every batch and stops as soon as a point looks sure, and with
   * 95% at each look a flat curve near the level is "decided" by noise far more often than 1 in
   * 40 (measured on Mill: k90 = 3, 6 and 4 for seeds 1–3). Z_DECIDE ≈ 2.7 (99.3% two-sided) keeps
   * the chance of a wrong decision over about six looks near 5% (Bonferroni).
   */
  private decide(k: number) {
    const p = this.points.get(k)!;
    return wilson(p.s, p.n, Z_DECIDE);
  }

  /**
   * Whether k's estimate reaches the level on the monotone fit of the curve (isotonic regression,
   * pool-adjacent-violators weighted by replications): P(takeoff | k) should not fall with k, so a
   * dip at one k with few replications is pooled with its neighbours instead of sending the
   * bisection after noise.
   */
  private reaches(k: number, level: number): boolean {
    return this.fitted().get(k)! >= level;
  }

  private fit: Map<number, number> | null = null;

  fitted(): Map<number, number> {
    if (this.fit) return this.fit;
    const blocks: { ks: number[]; s: number; n: number }[] = [];
    for (const t of this.tried()) {
      blocks.push({ ks: [t.k], s: t.s, n: t.n });
      while (blocks.length > 1 && blocks[blocks.length - 2].s / blocks[blocks.length - 2].n > blocks[blocks.length - 1].s / blocks[blocks.length - 1].n) {
        const b = blocks.pop()!,
          a = blocks[blocks.length - 1];
        a.ks.push(...b.ks);
        a.s += b.s;
        a.n += b.n;
      }
    }
    this.fit = new Map(blocks.flatMap((b) => b.ks.map((k) => [k, b.s / b.n] as [number, number])));
    return this.fit;
  }

  /**
   * Whether deciding k against the level would take more than `maxReps` replications: with its
   * chance p that close to the level, the Wilson interval only excludes the level after about
   * z²·p(1 − p)/(level − p)² replications. p is taken one standard error away from the level
   * (the favourable side), and only once k has two rounds of replications, so a point is not
   * written off on one unlucky round. Such a point keeps its interval (which says how uncertain it
   * is) instead of eating the budget.
   */
  private hopeless(k: number, level: number): boolean {
    const { n, s } = this.points.get(k)!;
    if (n < 2 * this.settings.initialReps) return false;
    const est = s / n,
      se = Math.sqrt(Math.max(est * (1 - est), 0.25 / n) / n);
    const p = est < level ? Math.max(0, est - se) : Math.min(1, est + se);
    const needed = (Z_DECIDE ** 2 * Math.max(p * (1 - p), 1 / n)) / Math.max((level - p) ** 2, 1e-9);
    return needed > this.settings.maxReps;
  }

  /** The next replications to run; empty when done. */
  next(): Request[] {
    const { initialReps, batch, maxReps, maxRuns } = this.settings;
    const wants = new Map<number, number>();
    const want = (k: number, n: number) => {
      n = Math.min(n, maxReps);
      if (n > (this.points.get(k)?.n ?? 0) && n > (wants.get(k) ?? 0)) wants.set(k, n);
    };
    // Where more are needed, add at least half as many again: a point that decides the answer gets its hundreds
    // in a few rounds, while points whose answer is clear keep their initialReps.
    const more = (k: number) =>
      want(k, (this.points.get(k)?.n ?? 0) + (this.points.has(k) ? Math.max(batch, Math.ceil(this.points.get(k)!.n / 2)) : initialReps));
    for (const e of this.settings.extra ?? []) if (e.k <= this.settings.maxK) want(e.k, e.reps);
    // 1. Bracketing: the next ladder step until some k reaches the highest level.
    const top = this.levels[this.levels.length - 1];
    const topReached = this.tried().some((t) => this.reaches(t.k, top));
    const untried = this.ladder.filter((k) => !this.points.has(k));
    if (!topReached && untried.length) for (const k of untried.slice(0, this.points.size ? 2 : 4)) more(k);
    else for (const level of this.levels) this.forLevel(level, untried.length === 0, more);
    if (wants.size === 0 && this.settings.bound !== false) this.beyond(more);
    // Within the run budget, earlier requests first (the loop above lists them by priority).
    const out: Request[] = [];
    let budget = maxRuns - this.runs;
    for (const [k, n] of wants) {
      const have = this.points.get(k)?.n ?? 0;
      const take = Math.min(n - have, budget);
      if (take <= 0) break;
      out.push({ k, n: have + take });
      budget -= take;
    }
    return out;
  }

  private forLevel(level: number, ladderDone: boolean, more: (k: number) => void): void {
    const tried = this.tried();
    const hat = tried.find((t) => this.reaches(t.k, level));
    if (!hat) {
      // 4. Not reached (yet): sharpen the most promising k once the bracket covers 0 … K.
      if (!ladderDone) return;
      const best = [...tried].sort((x, y) => y.s / y.n - x.s / x.n || x.k - y.k)[0]; // highest raw estimate: the k most likely to reach it
      if (best && this.decide(best.k).hi >= level && !this.hopeless(best.k, level)) more(best.k);
      return;
    }
    const below = tried.filter((t) => t.k < hat.k).pop();
    if (below && hat.k - below.k > 1) {
      more(Math.floor((below.k + hat.k) / 2)); // 2. bisection
      return;
    }
    // 3. Refinement: the interval [lower, upper] must lie within ±precision of k. Below, some
    //    j in k − precision − 1 … k − 1 must be surely under the level; above, some j in
    //    k … k + precision surely at or over it. The point furthest from the crossing is tried
    //    first: its estimate lies furthest from the level, so it is decided with fewest runs.
    const p = this.settings.precision,
      maxReps = this.settings.maxReps;
    const lowJs = range(Math.max(0, hat.k - p - 1), hat.k - 1);
    if (hat.k > p && !lowJs.some((j) => this.points.has(j) && this.decide(j).hi < level)) {
      const j = lowJs.find((x) => !this.points.has(x) || (this.points.get(x)!.n < maxReps && !this.hopeless(x, level)));
      if (j !== undefined) more(j);
    }
    const highJs = range(hat.k, Math.min(this.settings.maxK, hat.k + p)).reverse();
    if (!highJs.some((j) => this.points.has(j) && this.decide(j).lo >= level)) {
      const j = highJs.find((x) => !this.points.has(x) || (this.points.get(x)!.n < maxReps && !this.hopeless(x, level)));
      if (j !== undefined) more(j);
    }
  }

  /**
   * 5. A sure bound from beyond the window, highest level first: the ladder values above
   * k + precision that 1–4 left untried, ascending. Each gets replications until it is surely at
   * or above the level (the bound) or deciding it is hopeless, then the next. Far above the
   * crossing a point lies furthest above the level, so it is decided with few runs. Only when
   * every level is reached, so step 4 (which sharpens the best point) never sees these points.
   */
  private beyond(more: (k: number) => void): void {
    const answers = this.answers();
    if (answers.some((a) => a.k === null)) return;
    const maxReps = this.settings.maxReps;
    for (const a of [...answers].reverse()) {
      if (a.upper !== null) continue;
      for (const j of this.ladder.filter((x) => x > a.k! + this.settings.precision)) {
        const p = this.points.get(j);
        if (p && (!this.bounds.has(j) || p.n >= maxReps || this.hopeless(j, a.level))) continue;
        this.bounds.add(j);
        more(j);
        return;
      }
    }
  }

  /** The k values step 5 tried for a bound only. */
  boundKs(): number[] {
    return [...this.bounds].sort((a, b) => a - b);
  }

  /** Where each level is crossed, with its interval (assuming P rises with k; see `monotone`). */
  answers(): LevelAnswer[] {
    const tried = this.tried();
    return this.levels.map((level) => {
      const hat = tried.find((t) => this.reaches(t.k, level));
      if (!hat) return { level, k: null, lower: null, upper: null, settled: false };
      const surelyBelow = tried.filter((t) => t.k < hat.k && this.decide(t.k).hi < level).pop();
      const surelyAbove = tried.find((t) => t.k >= hat.k && this.decide(t.k).lo >= level);
      const lower = surelyBelow ? surelyBelow.k + 1 : 0;
      const upper = surelyAbove ? surelyAbove.k : null;
      const p = this.settings.precision;
      return { level, k: hat.k, lower, upper, settled: hat.k - lower <= p && upper !== null && upper - hat.k <= p };
    });
  }

  /** True when no tried k lies surely below a smaller tried k (the curve does not fall beyond its intervals). */
  monotone(): boolean {
    const tried = this.tried().map((t) => ({ k: t.k, ...this.est(t.k) }));
    return tried.every((a, i) => tried.slice(i + 1).every((b) => b.hi >= a.lo));
  }
}
