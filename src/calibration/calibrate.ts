/**
 * A whole calibration as the CLI, the app and the notebooks run it: ABC-SMC (optionally for both
 * contagion models, then the free/complex one is the posterior), the posterior predictive check,
 * and a report with everything a researcher inspects plus the posterior file to save.
 */
import type { ReplicationPool } from '../experiments/pool.ts';
import { compareContagion, type Comparison } from './compare.ts';
import { posteriorPredictive, type Predictive } from './predictive.ts';
import { pairsSample, posteriorFile, sig, summariseParameters, type ParameterSummary, type PosteriorFile } from './results.ts';
import type { Setup } from './setup.ts';
import { runSmc, type Generation, type SmcOptions, type SmcResult, type StopReason } from './smc.ts';

export interface CalibrateOptions extends SmcOptions {
  /** Posterior predictive replications (0: skip the check). */
  predictive?: number;
  /** Also fit simple contagion and compare the two. */
  compare?: boolean;
  onPredictive?: (done: number, total: number) => void;
}

export interface CalibrationReport {
  area: { codes: string[]; name: string; age65plus: number };
  observed: { file: string; rows: number; targets: number; first: string; last: string };
  start: string;
  months: number;
  model: string;
  parameters: ParameterSummary[];
  /** Acceptance rate and tolerance of each generation after the prior sample. */
  acceptance: number[];
  epsilon: number[];
  generations: Generation[];
  simulations: number;
  /** Simulations of a last generation given up below the acceptance floor (included in `simulations`). */
  abandoned: number;
  stop: StopReason;
  ess: number;
  pairs: { names: string[]; points: number[][] };
  predictive: Predictive | null;
  comparison?: Omit<Comparison, 'results'> & { parameters: Record<string, ParameterSummary[]> };
  notes: { nl: string; en: string }[];
  posteriorFile: PosteriorFile;
}

export async function calibrate(pool: ReplicationPool, setup: Setup, observedFile: string, options: CalibrateOptions = {}): Promise<CalibrationReport> {
  const { start } = setup;
  let problem = setup.problem;
  let result: SmcResult;
  let comparison: CalibrationReport['comparison'];
  let simulations: number;
  if (options.compare) {
    const c = await compareContagion(pool, problem, options);
    result = c.results.complex;
    problem = { ...problem, model: result.model };
    simulations = c.results.complex.simulations + c.results.simple.simulations + c.models.reduce((s, m) => s + m.simulations, 0);
    comparison = {
      epsilon: c.epsilon,
      models: c.models,
      bayesFactor: c.bayesFactor,
      parameters: { simple: summariseParameters(c.results.simple), complex: summariseParameters(c.results.complex) },
    };
  } else {
    result = await runSmc(pool, problem, options);
    simulations = result.simulations;
  }
  const reps = options.predictive ?? 100;
  const predictive =
    reps > 0 ? await posteriorPredictive(pool, problem, result, start, reps, { signal: options.signal, onProgress: options.onPredictive }) : null;
  const later = result.generations.slice(1);
  const rows = new Set(problem.targets.map((t) => t.line)).size;
  return {
    area: { codes: problem.area.codes, name: problem.area.name, age65plus: problem.area.age65plus },
    observed: {
      file: observedFile,
      rows,
      targets: problem.targets.length,
      first: problem.targets[0]?.date ?? start,
      last: problem.targets.reduce((a, t) => (t.date > a ? t.date : a), start),
    },
    start,
    months: problem.job.plan.months,
    model: result.model.name,
    parameters: summariseParameters(result),
    acceptance: later.map((g) => sig(g.acceptance)),
    epsilon: later.map((g) => sig(g.epsilon ?? NaN)),
    generations: result.generations.map((g) => ({
      ...g,
      epsilon: g.epsilon === null ? null : sig(g.epsilon),
      acceptance: sig(g.acceptance),
      ess: sig(g.ess),
      evidence: sig(g.evidence),
    })),
    simulations,
    abandoned: result.abandoned,
    stop: result.stop,
    ess: sig(later.length ? later[later.length - 1].ess : result.particles.length),
    pairs: pairsSample(result, problem.job.seed),
    predictive,
    ...(comparison ? { comparison } : {}),
    notes: setup.notes,
    posteriorFile: posteriorFile(problem, result, { start, observed: observedFile }),
  };
}
