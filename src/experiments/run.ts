/**
 * Run a scenario: validate, build the job, run the replications on a pool, summarise. The JSON this
 * returns is what `sneeuwbal simulate --json` prints and what the app charts (INTERFACES.md:
 * {scenario, summary:{age65plus, circles, coverage, spontaneous, …}, series:[{month, circles:{p10,p50,p90}, …}], cost}).
 */
import type { AreaInput } from '../core/area.ts';
import { InputError } from '../core/errors.ts';
import { ROUTES, seedingEnd } from '../core/plan.ts';
import { resolveParams } from '../core/params/index.ts';
import { fixedCost } from '../core/simulation.ts';
import type { ParamSet } from './paramset.ts';
import { areaId, repRange, type ReplicationPool } from './pool.ts';
import type { Job, RepOutput } from './replicate.ts';
import { toRunPlan, type Scenario } from './scenario.ts';
import { summariseBuurten, summariseHeadline, summariseSeries, type Band, type BuurtCoverage, type Headline, type SeriesPoint } from './summarise.ts';
import { describeTakeoff, monthsNeeded } from './takeoff.ts';
import { todayOf, type Today } from './scenarioCircles.ts';
import { plain, say } from '../i18n/engine/index.ts';

export interface ScenarioResult {
  scenario: Scenario;
  area: { codes: string[]; name: string; age65plus: number; buurten: number; notes: { nl: string; en: string }[] };
  summary: Headline & { age65plus: number; months: number; reps: number; seed: number };
  /**
   * The takeoff rule, and when this run judged it: `judgedAfterYears` after seeding stops (the
   * horizon cuts it short when it ends before the rule's years; `complete` false then, and the
   * text says so: the chance shown is then a provisional one, not critical-mass's verdict).
   */
  takeoffRule: { rule: Scenario['takeoff']; text: { nl: string; en: string }; judgedAfterYears: number; complete: boolean };
  series: SeriesPoint[];
  buurten: BuurtCoverage[];
  cost: { fixed: number; perAttempt: { a: number; b: number; c: number }; prPerMonth: number; total: Band };
  /** Parameters used (defaults with overrides); `posterior` when replications average over one. */
  parameters: Record<string, number>;
  posterior?: { names: string[]; particles: number };
  /** The circles that already exist at the start month (only with a circle register). */
  today?: Today;
}

export function jobFor(scenario: Scenario, area: AreaInput, paramSet?: ParamSet): Job {
  const inArea = new Set(area.buurten.map((b) => b.code));
  for (const r of ROUTES) {
    const outside = (scenario.plan[r].buurten ?? []).filter((c) => !inArea.has(c.trim().toUpperCase()));
    if (outside.length) {
      throw new InputError('plan.buurten', say('experiments.run.buurtenOutside', { outside, area: area.name }), { field: `plan.${r}.buurten` });
    }
  }
  const params = resolveParams({ ...(paramSet?.parameters ?? {}), ...scenario.params });
  return {
    areaId: areaId(area),
    params,
    plan: toRunPlan(scenario),
    seed: scenario.seed,
    takeoff: scenario.takeoff,
    ...(paramSet?.posterior ? { posterior: paramSet.posterior } : {}),
  };
}

export function summariseScenario(scenario: Scenario, area: AreaInput, job: Job, reps: RepOutput[]): ScenarioResult {
  const p = job.params;
  const headline = summariseHeadline(reps);
  return {
    scenario,
    area: { codes: area.codes, name: area.name, age65plus: area.age65plus, buurten: area.buurten.length, notes: area.notes },
    summary: { age65plus: area.age65plus, months: scenario.months, reps: reps.length, seed: scenario.seed, ...headline },
    takeoffRule: takeoffJudgement(scenario, job),
    series: summariseSeries(reps),
    buurten: summariseBuurten(reps, area.buurten),
    cost: { fixed: fixedCost(p), perAttempt: { a: p.costAttemptA, b: p.costAttemptB, c: p.costAttemptC }, prPerMonth: p.costPrMonth, total: headline.cost },
    parameters: { ...p },
    ...(job.posterior ? { posterior: { names: job.posterior.names, particles: job.posterior.particles.length } } : {}),
    ...(scenario.circles?.length && scenario.start ? { today: todayOf(scenario.circles, scenario.start, area) } : {}),
  };
}

/**
 * The rule as this scenario applies it. judgeTakeoff judges at the rule's years after seeding
 * stops, or at the horizon when that comes first (simulate's default 10 years leave 8 after a
 * two-year window, not 12): then the text says how early it was judged and how to get the full
 * judgement, so a user never reads an early look as the critical-mass verdict.
 */
export function takeoffJudgement(scenario: Scenario, job: Job): ScenarioResult['takeoffRule'] {
  const rule = scenario.takeoff,
    seedEnd = job.seedEnd ?? seedingEnd(job.plan);
  const needed = monthsNeeded(seedEnd, rule),
    judgedAt = Math.min(job.plan.months, needed);
  const judgedAfterYears = Math.max(0, Math.round(((judgedAt - seedEnd) / 12) * 10) / 10);
  const text = describeTakeoff(rule),
    complete = judgedAt >= needed;
  if (complete) return { rule, text, judgedAfterYears, complete };
  return { rule, judgedAfterYears, complete, text: plain(say('experiments.run.provisional', { rule: text, judgedAfterYears, years: rule.years, needed })) };
}

export async function runScenario(
  scenario: Scenario,
  area: AreaInput,
  pool: ReplicationPool,
  opts: {
    paramSet?: ParamSet;
    onProgress?: (done: number, total: number) => void;
    onMonth?: (month: number, months: number) => void;
    signal?: AbortSignal;
  } = {},
): Promise<ScenarioResult> {
  const job = jobFor(scenario, area, opts.paramSet);
  const onMonth = opts.onMonth ? (m: number) => opts.onMonth!(m, scenario.months) : undefined;
  const reps = await pool.run({
    area,
    job,
    reps: repRange(scenario.reps),
    onProgress: (d) => opts.onProgress?.(d, scenario.reps),
    ...(onMonth ? { onMonth } : {}),
    signal: opts.signal,
  });
  return summariseScenario(scenario, area, job, reps);
}
