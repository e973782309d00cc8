/**
 * What a critical-mass answer rests on (issue #9 point 7): the three parameters that move it most
 * for this area, and the answer at their plausible bounds ("met 15% bereidwilligen in plaats van
 * 30%: geen kritische massa").
 *
 * Affordable in two steps, on the answer's own replications (common random numbers):
 *  1. screening: P(takeoff) at the answer's k (k90, else the best k) with each candidate at its low
 *     and its high bound, SCREEN_REPS replications each; the effect is the largest change of P;
 *  2. for the three largest effects, a cheaper critical-mass search at both bounds (at most
 *     BOUND_REPS replications per k): the answer there, with its reason code.
 * The bounds below are plausible ranges, narrower than the registry's hard limits (which only
 * say what the model accepts); each comes with where it comes from.
 */
import type { AreaInput } from '../core/area.ts';
import { resolveParams, type Params } from '../core/params/index.ts';
import type { ReasonCode } from './criticalMassReason.ts';
import { jobForK, setupSearch, type SetupOptions } from './criticalMassPlan.ts';
import type { SearchProgress } from './criticalMassSearch.ts';
import type { ParamSet } from './paramset.ts';
import { repRange, type ReplicationPool } from './pool.ts';
import { validateScenario, type Scenario } from './scenario.ts';
import { round } from './summarise.ts';
import { messages } from '../i18n/index.ts';
import { plain, say } from '../i18n/engine/index.ts';

/** Candidate parameters with plausible bounds (the default lies between them). */
const DRIVER_BOUNDS: readonly { name: string; low: number; high: number; why: string }[] = [
  { name: 'willing', low: 0.15, high: 0.45, why: 'model-science.md §2.8: at most 20–30% would ever join; half and 1.5× the default 0.3' },
  { name: 'invitees', low: 12, high: 50, why: 'half and double the assumed 25 (a street or a complex floor)' },
  { name: 'commit', low: 0.35, high: 0.95, why: 'half the assumed 0.7, and almost everyone asked in person' },
  { name: 'foundingMin', low: 6, high: 8, why: 'model-science.md §1.8: n_min 6–8' },
  { name: 'passiveRate', low: 0.1, high: 0.4, why: 'half and double the assumed 0.2 a year' },
  { name: 'initiation', low: 0.0015, high: 0.006, why: 'half and double the assumed 0.003 a month' },
];

const SCREEN_REPS = 48;
const BOUND_REPS = 64;

interface DriverAnswer {
  value: number;
  /** Decided k90 (null: none, or not decided with the cheaper search). */
  k90: number | null;
  /** Where the fitted curve crosses 90%, decided or not (null: not within the k tried). */
  around: number | null;
  reasonCode: ReasonCode;
}

export interface Driver {
  name: string;
  /** The answer with the parameter at its low and its high plausible bound. */
  low: DriverAnswer;
  high: DriverAnswer;
  /** The largest change of P(takeoff) at the answer's k between the bounds and the default (screening). */
  effect: number;
  /** In words, e.g. "met 0,15 in plaats van 0,3: geen kritische massa". */
  text: { nl: string; en: string };
}

/**
 * What the drivers need of the critical-mass search: its options (those that shape the setup, and
 * the search sizes it overrides) and of its answer. findCriticalMass passes itself in as `find`,
 * so this module does not import it back (no import cycle).
 */
interface DriverOptions {
  scenario?: Scenario;
  route?: SetupOptions['route'];
  weights?: SetupOptions['weights'];
  placement?: SetupOptions['placement'];
  buurten?: SetupOptions['buurten'];
  months?: SetupOptions['months'];
  takeoff?: SetupOptions['takeoff'];
  paramSet?: ParamSet;
  reps?: number;
  initialReps?: number;
  maxRuns?: number;
  maxK?: number;
  extra?: { k: number; reps: number }[];
}
interface DriverBase {
  curve: readonly { k: number; p: number }[];
  criticalMass: { k90: number | null };
  levels: readonly { level: number; k: number | null }[];
  reasonCode: ReasonCode;
  search: { maxK: number; runs: number };
}
type Find<O> = (
  area: AreaInput,
  options: O,
  pool: ReplicationPool,
  ctx: { signal?: AbortSignal; onProgress?: (p: SearchProgress) => void },
) => Promise<DriverBase>;

const withParam = (s: Scenario, name: string, value: number) => validateScenario({ ...s, params: { ...s.params, [name]: value } }, { allowEmptyPlan: true });

export async function findDrivers<O extends DriverOptions>(
  find: Find<O>,
  area: AreaInput,
  options: O,
  base: DriverBase,
  pool: ReplicationPool,
  signal?: AbortSignal,
  /** Runs done and planned so far: the screening's fixed share first, then each search's as it plans them. */
  onProgress?: (p: SearchProgress) => void,
): Promise<Driver[]> {
  const scenario = options.scenario ?? validateScenario({ area: area.codes }, { allowEmptyPlan: true });
  const best = [...base.curve].sort((x, y) => y.p - x.p || x.k - y.k)[0];
  const k = base.criticalMass.k90 ?? best.k;
  const setupOpts = {
    route: options.route ?? 'mix',
    weights: options.weights,
    placement: options.placement,
    buurten: options.buurten,
    months: options.months,
    takeoff: options.takeoff,
  };
  let screenReps = SCREEN_REPS;
  // Runs finished and planned by the steps done so far: the screening (two bounds at a time), then the searches one by one.
  let runsBefore = 0,
    plannedBefore = 0;
  const report = (runs: number, planned: number) => onProgress?.({ runs: runsBefore + runs, planned: plannedBefore + planned });
  const pAt = async (s: Scenario) => {
    const setup = setupSearch(area, s, setupOpts, options.paramSet);
    let seen = 0;
    const out = await pool.run({
      area,
      job: jobForK(setup, k),
      reps: repRange(screenReps),
      signal,
      onProgress: (d) => {
        runsBefore += d - seen;
        seen = d;
        report(0, 0);
      },
    });
    return out.filter((o) => o.takeoff.takeoff).length / out.length;
  };
  screenReps = Math.min(SCREEN_REPS, options.reps ?? SCREEN_REPS);
  // The screening's share is known at the start: the base and each parameter at both bounds.
  plannedBefore = screenReps * (1 + 2 * DRIVER_BOUNDS.length);
  report(0, 0);
  const boundReps = Math.min(BOUND_REPS, options.reps ?? BOUND_REPS);
  const p0 = await pAt(scenario);
  const screened = [];
  for (const c of DRIVER_BOUNDS) {
    const [lo, hi] = await Promise.all([pAt(withParam(scenario, c.name, c.low)), pAt(withParam(scenario, c.name, c.high))]);
    screened.push({ ...c, effect: Math.max(Math.abs(lo - p0), Math.abs(hi - p0)) });
  }
  screened.sort((a, b) => b.effect - a.effect || (a.name < b.name ? -1 : 1));
  const answer = async (name: string, value: number): Promise<DriverAnswer> => {
    const r = await find(
      area,
      {
        ...options,
        scenario: withParam(scenario, name, value),
        reps: boundReps,
        initialReps: Math.min(16, boundReps),
        maxRuns: 6 * boundReps,
        // Only k (or none) is reported at a bound: a sure upper bound would cost runs no one reads.
        bound: false,
        extra: [],
        maxK: base.search.maxK,
      },
      pool,
      { signal, onProgress: (p) => report(p.runs, p.planned) },
    );
    runsBefore += r.search.runs;
    plannedBefore += r.search.runs;
    report(0, 0);
    return { value, k90: r.criticalMass.k90, around: r.levels.find((l) => l.level === 0.9)?.k ?? null, reasonCode: r.reasonCode };
  };
  const drivers: Driver[] = [];
  for (const c of screened.slice(0, 3)) {
    const low = await answer(c.name, c.low),
      high = await answer(c.name, c.high);
    const dflt = resolveParams({ ...(options.paramSet?.parameters ?? {}), ...scenario.params })[c.name as keyof Params] as number;
    // The answer at a bound in the app's words for it (src/i18n, drivers.answer), in both languages.
    const words = (a: DriverAnswer) => {
      const one = (lang: 'nl' | 'en') => {
        const w = messages(lang).drivers.answer;
        return a.k90 !== null
          ? w.k(a.k90)
          : a.reasonCode === 'undecided' && a.around !== null
            ? w.around(a.around)
            : a.reasonCode === 'undecided'
              ? w.undecided
              : w.none;
      };
      return { nl: one('nl'), en: one('en') };
    };
    drivers.push({
      name: c.name,
      low,
      high,
      effect: round(c.effect, 3),
      text: plain(say('experiments.drivers.text', { name: c.name, low: c.low, dflt, high: c.high, atLow: words(low), atHigh: words(high) })),
    });
  }
  return drivers;
}
