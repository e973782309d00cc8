/**
 * Model comparison between simple and complex contagion (model-science.md §1.3–1.4, §4.2 step 6):
 *   simple:  reinforcement = 1 (each known circle inspires on its own) and joinTwo = 2·joinOne
 *            (two known members are exactly twice one: no extra pull from reinforcement);
 *   complex: both free (or at the template's values when not fitted).
 * Both are fitted by ABC-SMC with one distance (the complex model's scales). The evidence of each
 * is then estimated at a common tolerance ε* (the smaller final ε: ABC Bayes factors are exact only
 * as ε → 0, and a model that cannot come that close should lose) from one more round of proposals
 * θ ~ q, the final population's kernel mixture: Ẑ = mean of π(θ)/q(θ)·1(d ≤ ε*), an unbiased
 * estimate of P(d ≤ ε* | model) under its prior (Toni et al. 2009 compare models the same way,
 * through acceptance at a shared tolerance). Equal prior odds give P(model | data) ∝ Ẑ.
 */
import { InputError } from '../core/errors.ts';
import { paramSpec } from '../core/params/index.ts';
import { sequence } from '../core/rng.ts';
import { say } from '../i18n/engine/index.ts';
import type { ReplicationPool } from '../experiments/pool.ts';
import { Distance } from './distance.ts';
import { Kernel, normalSource } from './kernel.ts';
import { logPrior, type Prior } from './prior.ts';
import { sig } from './results.ts';
import { REP_STRIDE, runSmc, simulateAll, type Model, type Problem, type SmcOptions, type SmcResult } from './smc.ts';

const JOIN_TWO_MAX = paramSpec('joinTwo')?.max ?? 0.9;

const COMPLEX_CONTAGION: Model = { name: 'complex', fixed: {}, tied: [] };
/** joinTwo = 2·joinOne, capped at joinTwo's registry maximum so every particle stays a valid parameter set. */
export const SIMPLE_CONTAGION: Model = {
  name: 'simple',
  fixed: { reinforcement: 1 },
  tied: [{ name: 'joinTwo', of: (p) => Math.min(JOIN_TWO_MAX, 2 * p.joinOne) }],
};

interface ModelEvidence {
  model: string;
  fit: string[];
  evidence: number;
  probability: number;
  /** Proposals in the evidence round that came within ε*. */
  accepted: number;
  simulations: number;
}

export interface Comparison {
  epsilon: number;
  models: ModelEvidence[];
  /** Ẑ(complex) / Ẑ(simple); > 1 favours complex contagion. null when simple contagion never came within ε*. */
  bayesFactor: number | null;
  results: Record<'simple' | 'complex', SmcResult>;
}

function without(prior: Prior, model: Model): Prior {
  const keep = prior.names.map((n, k) => (n in model.fixed || model.tied.some((t) => t.name === n) ? -1 : k)).filter((k) => k >= 0);
  return {
    names: keep.map((k) => prior.names[k]),
    lo: keep.map((k) => prior.lo[k]),
    hi: keep.map((k) => prior.hi[k]),
    integer: keep.map((k) => prior.integer[k]),
  };
}

/** Ẑ at tolerance ε from `rounds` proposals of the final population's kernel. */
async function evidenceAt(pool: ReplicationPool, problem: Problem, r: SmcResult, epsilon: number, rounds: number, signal?: AbortSignal) {
  const kernel = new Kernel(problem.prior, r.particles, r.weights);
  const u = sequence(problem.job.seed, 'abc-evidence', r.model.name),
    normal = normalSource(u);
  const thetas = Array.from({ length: rounds }, () => kernel.propose(u, normal));
  const values = await simulateAll(
    pool,
    problem,
    thetas,
    thetas.map((_, j) => 999 * REP_STRIDE + j),
    signal,
  );
  const distance = new Distance(problem.targets, r.scales);
  let sum = 0,
    accepted = 0;
  values.forEach((v, j) => {
    if (distance.of(v) > epsilon) return;
    accepted++;
    sum += Math.exp(logPrior(problem.prior, thetas[j]) - kernel.logMixture(thetas[j]));
  });
  // Proposals outside the prior were drawn again: scale by the mixture's mass inside it (kernel.ts).
  return { evidence: (sum / rounds) * kernel.insideShare, accepted, simulations: rounds };
}

export async function compareContagion(pool: ReplicationPool, problem: Problem, options: SmcOptions = {}): Promise<Comparison> {
  const simplePrior = without(problem.prior, SIMPLE_CONTAGION);
  if (simplePrior.names.length === 0) {
    throw new InputError('calibration.compare', say('calibration.compare.onlyContagion'), { field: '--fit' });
  }
  const complexProblem: Problem = { ...problem, model: COMPLEX_CONTAGION };
  const simpleProblem: Problem = { ...problem, prior: simplePrior, model: SIMPLE_CONTAGION };
  const complex = await runSmc(pool, complexProblem, options);
  const simple = await runSmc(pool, simpleProblem, { ...options, scales: complex.scales });
  const epsilon = Math.min(complex.epsilon ?? Infinity, simple.epsilon ?? Infinity);
  const rounds = options.particles ?? 100;
  const ev = {
    complex: await evidenceAt(pool, complexProblem, complex, epsilon, rounds, options.signal),
    simple: await evidenceAt(pool, simpleProblem, simple, epsilon, rounds, options.signal),
  };
  const total = ev.complex.evidence + ev.simple.evidence;
  const models = (['simple', 'complex'] as const).map((m) => ({
    model: m,
    fit: (m === 'simple' ? simple : complex).names,
    evidence: sig(ev[m].evidence),
    probability: total > 0 ? sig(ev[m].evidence / total) : 0.5,
    accepted: ev[m].accepted,
    simulations: ev[m].simulations,
  }));
  return {
    epsilon: sig(epsilon),
    models,
    bayesFactor: ev.simple.evidence > 0 ? sig(ev.complex.evidence / ev.simple.evidence) : null,
    results: { simple, complex },
  };
}
