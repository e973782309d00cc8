/**
 * ABC-SMC (Toni, Welch, Strelkowa, Ipsen & Stumpf 2009, J R Soc Interface 6:187; model-science.md
 * §4.1) over the behavioural parameters, with an adaptive tolerance schedule (Del Moral, Doucet &
 * Jasra 2012; pyABC's default):
 *   generation 0: N draws from the prior, all kept; they fix the distance's scales (distance.ts);
 *   generation t ≥ 1: ε_t = the α-quantile (default the median) of generation t−1's weighted
 *     distances; propose θ* by drawing a particle by weight and perturbing it (kernel.ts), simulate,
 *     keep it when d ≤ ε_t, until N are kept; weight w ∝ π(θ*) / Σ_j w_j K(θ*|θ_j).
 * Stops after `generations`, when ε shrinks by less than `minEpsilonChange` (relative), when a
 * generation's acceptance rate falls below `minAcceptance` (a generation that would need more than
 * N / minAcceptance simulations — judged from its rate so far, once it has run N — is abandoned and
 * the previous population kept), or at a budget.
 *
 * Determinism: proposals come from one seeded stream per generation, drawn in order in this thread;
 * simulation j of generation t is replication t·REP_STRIDE + j of its own Job, and results are taken
 * in proposal order, so the posterior is the same whatever the pool and its number of workers.
 */
import type { AreaInput } from '../core/area.ts';
import type { ParamName, Params } from '../core/params/index.ts';
import { sequence } from '../core/rng.ts';
import { CancelledError, type ReplicationPool } from '../experiments/pool.ts';
import type { Job } from '../experiments/replicate.ts';
import { Distance, scalesFrom } from './distance.ts';
import { Kernel, normalSource } from './kernel.ts';
import { simulatedValues, type Target } from './observed.ts';
import { logPrior, priorDraw, type Prior } from './prior.ts';
import { effectiveSampleSize, normalise, weightedQuantile } from './weighted.ts';

/** A model structure: parameters held fixed or tied to others (simple vs complex contagion). */
export interface Model {
  name: string;
  fixed: Record<string, number>;
  tied: { name: ParamName; of: (p: Params) => number }[];
}

const FREE_MODEL: Model = { name: 'free', fixed: {}, tied: [] };

export interface Problem {
  area: AreaInput;
  /** Template job: base parameters, the seeding plan that really happened, seed, horizon. */
  job: Job;
  targets: Target[];
  prior: Prior;
  model?: Model;
}

export interface SmcOptions {
  particles?: number;
  generations?: number;
  /** α: ε_t is this quantile of the previous generation's distances. */
  quantile?: number;
  minEpsilonChange?: number;
  minAcceptance?: number;
  maxSimulations?: number;
  /** Distance scales to reuse (model comparison needs one distance for all models). */
  scales?: readonly number[];
  onProgress?: (p: SmcProgress) => void;
  signal?: AbortSignal;
}

export interface SmcProgress {
  generation: number;
  epsilon: number | null;
  /** Simulations so far, over all generations. */
  simulations: number;
  accepted: number;
  particles: number;
  /** Set when a generation has just finished. */
  finished?: Generation;
}

export interface Generation {
  t: number;
  /** null for generation 0 (the prior sample, no tolerance). */
  epsilon: number | null;
  simulations: number;
  accepted: number;
  acceptance: number;
  ess: number;
  /** Estimate of P(d ≤ ε_t) under the prior (the ABC evidence): mean of π/q over all proposals, 0 for rejected ones. */
  evidence: number;
}

interface Population {
  particles: number[][];
  weights: number[];
  distances: number[];
}

export type StopReason = 'generations' | 'epsilon' | 'acceptance' | 'budget';

export interface SmcResult extends Population {
  names: string[];
  prior: Prior;
  model: Model;
  generations: Generation[];
  simulations: number;
  /** Simulations of a generation given up (acceptance floor or budget); included in `simulations`. */
  abandoned: number;
  stop: StopReason;
  scales: number[];
  epsilon: number | null;
}

/**
 * Room for the replications of one generation (generation t uses t·REP_STRIDE + j).
 * Defaults: 100 particles and 6 generations after the prior sample keep one parameter on a kerkdorp
 * within about two minutes on two cores; below 5% acceptance a generation costs over 20 runs per
 * particle while ε shrinks by only ~10% (measured on Mill), so it is not worth running.
 */
export const REP_STRIDE = 1_000_000;
export const SMC_DEFAULTS = { particles: 100, generations: 6, quantile: 0.5, minEpsilonChange: 0.02, minAcceptance: 0.05 } as const;

/** The full parameter set for a particle: template, the model's fixed values, θ, then tied values. */
export function paramsFor(problem: Problem, theta: readonly number[]): Params {
  const model = problem.model ?? FREE_MODEL;
  const p: Record<string, number> = { ...problem.job.params, ...model.fixed };
  problem.prior.names.forEach((n, k) => (p[n] = theta[k]));
  for (const t of model.tied) p[t.name] = t.of(p as Params);
  // The prior's and the model's names were checked against the registry when they were read.
  return p as Params;
}

/** Simulate each θ as its own job and replication; summaries come back in the order given. */
export async function simulateAll(
  pool: ReplicationPool,
  problem: Problem,
  thetas: readonly number[][],
  reps: readonly number[],
  signal?: AbortSignal,
  onDone?: () => void,
): Promise<Float64Array[]> {
  return Promise.all(
    thetas.map(async (theta, i) => {
      const job: Job = { ...problem.job, params: paramsFor(problem, theta) };
      const [out] = await pool.run({ area: problem.area, job, reps: [reps[i]], signal });
      onDone?.();
      return simulatedValues(problem.targets, out);
    }),
  );
}

export async function runSmc(pool: ReplicationPool, problem: Problem, options: SmcOptions = {}): Promise<SmcResult> {
  const o = { ...SMC_DEFAULTS, ...options };
  const { prior } = problem,
    n = o.particles,
    model = problem.model ?? FREE_MODEL,
    seed = problem.job.seed;
  if (!(n >= 2 && o.generations >= 1 && o.quantile > 0 && o.quantile < 1 && o.minAcceptance > 0 && n / o.minAcceptance <= REP_STRIDE)) {
    throw new RangeError(`ABC-SMC options out of range: ${JSON.stringify({ n, g: o.generations, q: o.quantile, a: o.minAcceptance })}`);
  }
  let simulations = 0;
  const budgetLeft = () => (o.maxSimulations ?? Infinity) - simulations;
  const progress = (generation: number, epsilon: number | null, accepted: number, finished?: Generation) =>
    o.onProgress?.({ generation, epsilon, simulations, accepted, particles: n, ...(finished ? { finished } : {}) });

  // Generation 0: the prior sample, which also sets the distance's scales.
  const draw = sequence(seed, 'abc', model.name, 0);
  const thetas0 = Array.from({ length: n }, () => priorDraw(prior, draw));
  const values0 = await simulateAll(
    pool,
    problem,
    thetas0,
    thetas0.map((_, j) => j),
    o.signal,
    () => (simulations++, progress(0, null, 0)),
  );
  const scales = o.scales ? [...o.scales] : scalesFrom(values0, problem.targets.length);
  const distance = new Distance(problem.targets, scales);
  let pop: Population = { particles: thetas0, weights: thetas0.map(() => 1 / n), distances: values0.map((v) => distance.of(v)) };
  const generations: Generation[] = [{ t: 0, epsilon: null, simulations: n, accepted: n, acceptance: 1, ess: n, evidence: 1 }];
  progress(0, null, n, generations[0]);
  let stop: StopReason = 'generations';
  let abandoned = 0;

  for (let t = 1; t <= o.generations; t++) {
    if (o.signal?.aborted) throw new CancelledError();
    const epsilon = weightedQuantile(pop.distances, pop.weights, o.quantile);
    const kernel = new Kernel(prior, pop.particles, pop.weights);
    const u = sequence(seed, 'abc', model.name, t),
      normal = normalSource(u);
    const kept: { theta: number[]; d: number; logw: number }[] = [];
    const limit = Math.ceil(n / o.minAcceptance);
    // Every proposal within ε counts for the acceptance rate and the evidence, also those of the
    // last batch beyond the N kept (leaving them out would bias both downwards).
    let tried = 0,
      hits = 0,
      evidenceSum = 0;
    const previousRate = generations[t - 1].acceptance;
    while (kept.length < n) {
      // Abandon as soon as the rate so far says the generation would need more than `limit` runs.
      if (tried >= limit || (tried >= n && (kept.length === 0 || (tried * n) / kept.length > limit))) {
        stop = 'acceptance';
        break;
      }
      if (budgetLeft() <= 0) {
        stop = 'budget';
        break;
      }
      const needed = n - kept.length;
      const rate = Math.max(o.minAcceptance, tried > 0 ? kept.length / tried : previousRate);
      const size = Math.max(1, Math.min(limit - tried, budgetLeft(), Math.max(8, Math.min(2 * n, Math.ceil((1.1 * needed) / rate)))));
      const proposals = Array.from({ length: size }, () => kernel.propose(u, normal));
      const reps = proposals.map((_, j) => t * REP_STRIDE + tried + j);
      const values = await simulateAll(pool, problem, proposals, reps, o.signal, () => (simulations++, progress(t, epsilon, kept.length)));
      tried += size;
      values.forEach((v, j) => {
        const d = distance.of(v);
        if (d > epsilon) return;
        const logw = logPrior(prior, proposals[j]) - kernel.logMixture(proposals[j]);
        hits++;
        evidenceSum += Math.exp(logw);
        if (kept.length < n) kept.push({ theta: proposals[j], d, logw });
      });
      progress(t, epsilon, kept.length);
    }
    if (kept.length < n) {
      abandoned = tried;
      break;
    }
    const maxLog = Math.max(...kept.map((k) => k.logw));
    const raw = kept.map((k) => Math.exp(k.logw - maxLog));
    const weights = normalise(raw);
    pop = { particles: kept.map((k) => k.theta), weights, distances: kept.map((k) => k.d) };
    const gen: Generation = {
      t,
      epsilon,
      simulations: tried,
      accepted: n,
      acceptance: hits / tried,
      ess: effectiveSampleSize(weights),
      evidence: (evidenceSum / tried) * kernel.insideShare,
    };
    generations.push(gen);
    progress(t, epsilon, n, gen);
    const before = generations[t - 1].epsilon;
    if (gen.acceptance < o.minAcceptance) {
      stop = 'acceptance';
      break;
    }
    if (epsilon === 0 || (before !== null && (before - epsilon) / before < o.minEpsilonChange)) {
      stop = 'epsilon';
      break;
    }
    if (budgetLeft() <= 0 && t < o.generations) {
      stop = 'budget';
      break;
    }
  }
  const last = generations[generations.length - 1];
  return { ...pop, names: [...prior.names], prior, model, generations, simulations, abandoned, stop, scales, epsilon: last.epsilon };
}
