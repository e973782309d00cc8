/**
 * The field patterns table (pattern-oriented modelling, model-science.md §4.1–4.2; issue #10): the
 * situations the field documents describe, run in the model, each as the field's value beside the
 * model's median and 10–90% band, and whether the field value lies inside. A pattern the model
 * does not reproduce stays in the table, marked, with a reason the model measured — never tuned
 * away. Pure: runs in Node, a worker, a test or a notebook. Field values and their sources are in
 * patternDefs.ts; the situations (area, plan, horizon) are here.
 */
import type { AreaInput } from '../core/area.ts';
import { Origin } from '../core/circles.ts';
import { resolveParams, type Params } from '../core/params/index.ts';
import type { RunPlan } from '../core/plan.ts';
import { runReplication, type RepResult } from '../core/simulation.ts';
import type { Meeting } from '../core/processes/seeding.ts';
import type { RunState } from '../core/state.ts';
import { buildWorld } from '../core/world.ts';
import { say, type Said } from '../i18n/engine/index.ts';
import { FIELD, type FieldPattern, type PatternName } from './patternDefs.ts';
import { band, round, type Band } from './summarise.ts';
import { toRunPlan, validateScenario } from './scenario.ts';

export interface PatternRow {
  name: PatternName;
  label: { nl: string; en: string };
  source: string;
  /** The field value (for a range, its middle) and how the field put it. */
  field: number;
  /** The interval the field's words allow (a range such as 8–15, or ≈ ±10%); null for an exact count. */
  fieldRange: [number, number] | null;
  fieldText: string;
  model: Band;
  /** The field value lies in the model's 10–90% band. */
  inside: boolean;
  /** The area the situation ran in. */
  area: string;
  /** What the situation was, and — when not inside — why, from what the model measured. */
  note: { nl: string; en: string };
}

/**
 * Does the field value lie in the model's 10–90% band? A field range (circle sizes 8–15) holds when
 * the band lies inside it; an approximate value (≈ 70) when the interval its words allow overlaps it.
 */
export function insideBand(f: FieldPattern, model: Band): boolean {
  if (f.range) return model.p10 >= f.range[0] && model.p90 <= f.range[1];
  if (f.approx) return f.approx[1] >= model.p10 && f.approx[0] <= model.p90;
  return f.value >= model.p10 && f.value <= model.p90;
}

export interface PatternOptions {
  reps: number;
  seed: number;
  /** Run every situation in this area instead of the field's own. */
  area?: string;
  params?: Params;
}

/** Builds an area from CBS codes (the CLI reads the bundled table; tests use their helper). */
export type AreaOf = (code: string) => AreaInput;

interface Runs {
  results: RepResult[];
  states: RunState[];
  extra: number[][];
}

function runSituation(areaOf: AreaOf, code: string, plan: RunPlan, o: PatternOptions, watch?: (st: RunState, t: number, rep: number) => void): Runs {
  const params = o.params ?? resolveParams();
  const area = areaOf(code);
  const out: Runs = { results: [], states: [], extra: [] };
  for (let rep = 0; rep < o.reps; rep++) {
    const world = buildWorld(area, params, plan.months, o.seed, rep);
    let last: RunState | null = null;
    out.results.push(
      runReplication(world, params, plan, o.seed, rep, {
        settle: false,
        inspect: (st, t) => {
          last = st;
          watch?.(st, t, rep);
        },
      }),
    );
    out.states.push(last!);
  }
  return out;
}

const planOf = (code: string, plan: object, months: number) => toRunPlan(validateScenario({ area: [code], plan, months, reps: 1 }));

export function runPatterns(areaOf: AreaOf, o: PatternOptions): PatternRow[] {
  const params = o.params ?? resolveParams();
  const where = (f: FieldPattern) => o.area ?? f.area;
  const rows: PatternRow[] = [];
  const row = (name: PatternName, area: string, values: number[], note: { nl: string; en: string }) => {
    const f = FIELD[name],
      model = band(values, 2);
    const inside = insideBand(f, model);
    rows.push({
      name,
      label: f.label,
      source: f.source,
      field: f.value,
      fieldRange: f.range ?? f.approx ?? null,
      fieldText: f.fieldText,
      model,
      inside,
      area,
      note,
    });
  };

  // Route a: one meeting in a corporation complex (Emmeloord), and who joins its circle later.
  const aCode = where(FIELD.aCame);
  const complex = (p: Params) => complexRuns(areaOf, aCode, { ...o, params: p });
  const { firstA, allA, later, perRep } = complex(params);
  // The same meetings without PR sign-ups and without circles recruiting: who joins then.
  const bare = complex({ ...params, prJoin: 0, recruitRate: 0 }).later;
  const per40 = (x: number, invited: number) => (invited > 0 ? (40 * x) / invited : 0);
  const none = allA.filter((m) => m.circles.length === 0);
  const tooFew = none.filter((m) => m.interested < params.foundingMin).length;
  const aNote = (detail: Said) => note(say('experiments.patterns.aNote', { meetings: allA.length, reps: o.reps, detail }));
  row(
    'aCame',
    aCode,
    firstA.map(({ m }) => per40(m.came, m.invited)),
    aNote(
      say('experiments.patterns.aCame', {
        invited: band(
          firstA.map(({ m }) => m.invited),
          0,
        ).p50,
      }),
    ),
  );
  row(
    'aJoined',
    aCode,
    firstA.map(({ m }) => per40(m.joined, m.invited)),
    aNote(say('experiments.patterns.aJoined')),
  );
  row('aLater', aCode, later, aNote(say('experiments.patterns.aLater', { bare: band(bare, 1).p50 })));
  row(
    'aNoCircle',
    aCode,
    perRep.map((ms) => (ms.length ? ms.filter((m) => m.circles.length === 0).length / ms.length : 0)),
    note(say('experiments.patterns.aNoCircle', { none: none.length, meetings: allA.length, tooFew, foundingMin: params.foundingMin })),
  );

  // Route b: one coffee morning (Almere Muziekwijk).
  const bCode = where(FIELD.bCame);
  const b = runSituation(areaOf, bCode, planOf(bCode, { b: { count: 1, from: 0, to: 1 } }, 12), o);
  const firstB = b.results.map((r) => r.meetings[0]).filter((m) => m !== undefined);
  const bNote = note(say('experiments.patterns.bNote', { reps: o.reps }));
  row(
    'bCame',
    bCode,
    firstB.map((m) => m.came),
    bNote,
  );
  row(
    'bInterested',
    bCode,
    firstB.map((m) => m.interested),
    bNote,
  );
  row(
    'bCircles',
    bCode,
    firstB.map((m) => m.circles.length),
    bNote,
  );

  // Densities after years: Land van Cuijk (first circles through district nursing), Brandevoort.
  const lCode = where(FIELD.cuijk);
  const l = runSituation(areaOf, lCode, planOf(lCode, FIELD.cuijk.plan!, FIELD.cuijk.months!), o);
  row(
    'cuijk',
    lCode,
    l.results.map((r) => r.metrics.circles[r.months]),
    densityNote(l, FIELD.cuijk),
  );
  const hCode = where(FIELD.brandevoort);
  const h = runSituation(areaOf, hCode, planOf(hCode, FIELD.brandevoort.plan!, FIELD.brandevoort.months!), o);
  row(
    'brandevoort',
    hCode,
    h.results.map((r) => r.metrics.circles[r.months]),
    densityNote(h, FIELD.brandevoort),
  );

  // Sizes and the active/passive split, over the circles of the Land van Cuijk runs at the horizon.
  const sizes: number[] = [],
    passive: number[] = [];
  let small = 0,
    smallPassive = 0;
  for (const st of l.states) {
    const cs = st.circles;
    let n = 0,
      p = 0;
    for (let c = 0; c < cs.count; c++) {
      if (cs.ended[c] >= 0) continue;
      sizes.push(cs.size[c]);
      n++;
      if (!cs.active[c]) p++;
      if (cs.size[c] < 8) {
        small++;
        if (!cs.active[c]) smallPassive++;
      }
    }
    if (n) passive.push(p / n);
  }
  const pct = (x: number, of: number) => (of ? Math.round((100 * x) / of) : 0);
  row(
    'size',
    lCode,
    sizes,
    note(
      say('experiments.patterns.size', { circles: sizes.length, area: lCode, smallPct: pct(small, sizes.length), smallPassivePct: pct(smallPassive, small) }),
    ),
  );
  row(
    'passive',
    lCode,
    passive,
    note(
      say('experiments.patterns.passive', {
        area: lCode,
        passiveRate: params.passiveRate,
        reactivateRate: params.reactivateRate,
        passiveDissolve: params.passiveDissolve,
      }),
    ),
  );
  return rows;
}

/** One complex meeting per run (more when one forms no circle), and who joined its circle in the next 12 months. */
function complexRuns(
  areaOf: AreaOf,
  code: string,
  o: PatternOptions,
): { firstA: { m: Meeting; rep: number }[]; allA: Meeting[]; later: number[]; perRep: Meeting[][] } {
  // rep → circle → occupants at the meeting, and those who joined in the 12 months after it.
  const joins = new Map<number, Map<number, { atOnce: Set<number>; later: Set<number> }>>();
  const a = runSituation(areaOf, code, planOf(code, { a: { count: 1, from: 0, to: 12 } }, 24), o, (st, t, rep) => {
    const mine = joins.get(rep) ?? new Map<number, { atOnce: Set<number>; later: Set<number> }>();
    joins.set(rep, mine);
    for (let s = 0; s < st.n; s++) {
      const c = st.circle[s];
      if (c < 0 || st.circles.origin[c] !== Origin.A) continue;
      const j = mine.get(c) ?? { atOnce: new Set<number>(), later: new Set<number>() };
      mine.set(c, j);
      if (t === st.circles.founded[c]) j.atOnce.add(st.occ[s]);
      else if (t <= st.circles.founded[c] + 12 && !j.atOnce.has(st.occ[s])) j.later.add(st.occ[s]);
    }
  });
  const firstA: { m: Meeting; rep: number }[] = [];
  a.results.forEach((r, rep) => {
    const m = r.meetings.find((x) => x.circles.length > 0);
    if (m) firstA.push({ m, rep });
  });
  // Per 40 invited, as the field's complex.
  const later = firstA.map(({ m, rep }) => (40 * m.circles.reduce((n, c) => n + (joins.get(rep)?.get(c)?.later.size ?? 0), 0)) / Math.max(1, m.invited));
  return { firstA, allA: a.results.flatMap((r) => r.meetings), later, perRep: a.results.map((r) => r.meetings) };
}

/** A note as the patterns table has always written it: English first (the key order of `patterns --json`). */
const note = (s: Said): { nl: string; en: string } => ({ en: s.en, nl: s.nl });

function densityNote(r: Runs, f: FieldPattern): { nl: string; en: string } {
  const seeded = band(
    r.results.map((x) => x.routes.a.formed + x.routes.b.formed + x.routes.c.formed),
    1,
  ).p50;
  const self = band(
    r.results.map((x) => {
      let s = 0;
      for (let c = 0; c < x.tree.origin.length; c++) if (x.tree.origin[c] >= Origin.Spontaneous && x.tree.ended[c] < 0) s++;
      return s;
    }),
    1,
  ).p50;
  const years = round(f.months! / 12, 1);
  // Self-started circles per active circle per year over the run: the snowball's own pace (R over a circle's life).
  const rate = band(
    r.results.map((x) => {
      let births = 0,
        circleMonths = 0;
      for (let m = 1; m <= x.months; m++) {
        births += x.metrics.offspring[m];
        circleMonths += x.metrics.active[m - 1];
      }
      return circleMonths ? (12 * births) / circleMonths : 0;
    }),
    2,
  ).p50;
  return note(say('experiments.patterns.density', { situation: f.situation, years, seeded, self, rate }));
}
