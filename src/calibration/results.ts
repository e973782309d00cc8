/**
 * What a calibration tells a researcher: per parameter the posterior median, 90% interval and a
 * histogram on the prior's range; a pairwise sample; and the posterior as a parameter set in the
 * format `--params` reads (src/experiments/paramset.ts), so scenarios and critical-mass answers
 * average over it.
 */
import { defaultParams, isParamName } from '../core/params/index.ts';
import { streamKey, u01 } from '../core/rng.ts';
import type { Posterior } from '../experiments/paramset.ts';
import { paramsFor, type Problem, type SmcResult } from './smc.ts';
import { histogram, systematicResample, weightedMoments, weightedQuantile, type Histogram } from './weighted.ts';

export interface ParameterSummary {
  name: string;
  median: number;
  lo90: number;
  hi90: number;
  mean: number;
  sd: number;
  prior: { min: number; max: number };
  /** Width of the 90% interval as a share of the prior's width (< 1: the data narrowed it). */
  narrowing: number;
  histogram: Histogram;
}

/** Six significant digits: enough for any parameter here, and stable text. */
export const sig = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(6)) : x);

export function summariseParameters(r: SmcResult): ParameterSummary[] {
  return r.names.map((name, k) => {
    const v = r.particles.map((p) => p[k]);
    const lo = r.prior.lo[k],
      hi = r.prior.hi[k];
    const q = (x: number) => sig(weightedQuantile(v, r.weights, x));
    const { mean, sd } = weightedMoments(v, r.weights);
    const h = histogram(v, r.weights, lo, hi, 20, r.prior.integer[k]);
    const lo90 = q(0.05),
      hi90 = q(0.95);
    return {
      name,
      median: q(0.5),
      lo90,
      hi90,
      mean: sig(mean),
      sd: sig(sd),
      prior: { min: lo, max: hi },
      narrowing: sig((hi90 - lo90) / (hi - lo)),
      histogram: { edges: h.edges.map(sig), mass: h.mass.map(sig) },
    };
  });
}

/** Up to n points drawn by weight (systematic resampling), for the pairwise plot. */
export function pairsSample(r: SmcResult, seed: number, n = 200): { names: string[]; points: number[][] } {
  const idx = systematicResample(r.weights, Math.min(n, r.particles.length), u01(streamKey(seed, 'abc-pairs'), 0));
  return { names: r.names, points: idx.map((i) => r.particles[i].map(sig)) };
}

/** The posterior's particles with tied parameters as extra columns, so a scenario needs nothing else. */
export function posteriorOf(problem: Problem, r: SmcResult): Posterior {
  const tied = (problem.model?.tied ?? []).map((t) => t.name);
  return {
    names: [...r.names, ...tied],
    particles: r.particles.map((theta) => {
      const p = paramsFor(problem, theta);
      return [...theta, ...tied.map((n) => p[n])];
    }),
    weights: r.weights,
  };
}

export interface PosteriorFile {
  sneeuwbal: { kind: 'posterior'; area: string[]; start: string; observed: string; seed: number; model: string; epsilon: number | null; simulations: number };
  /** Parameters that differed from the registry defaults while calibrating (fixed in the model). */
  parameters: Record<string, number>;
  posterior: Posterior;
}

export function posteriorFile(problem: Problem, r: SmcResult, meta: { start: string; observed: string }): PosteriorFile {
  const defaults = defaultParams();
  const base = paramsFor(problem, r.particles[0]);
  const posterior = posteriorOf(problem, r);
  const fitted = new Set(posterior.names);
  const parameters: Record<string, number> = {};
  for (const [name, value] of Object.entries(base)) if (!fitted.has(name) && isParamName(name) && value !== defaults[name]) parameters[name] = value;
  return {
    sneeuwbal: {
      kind: 'posterior',
      area: problem.area.codes,
      start: meta.start,
      observed: meta.observed,
      seed: problem.job.seed,
      model: r.model.name,
      epsilon: r.epsilon,
      simulations: r.simulations,
    },
    parameters,
    posterior,
  };
}

/** The posterior file as text: readable header, one particle per line (files of thousands of particles stay scannable). */
export function posteriorJson(file: PosteriorFile): string {
  const { names, particles, weights } = file.posterior;
  return [
    '{',
    `  "sneeuwbal": ${JSON.stringify(file.sneeuwbal)},`,
    `  "parameters": ${JSON.stringify(file.parameters)},`,
    '  "posterior": {',
    `    "names": ${JSON.stringify(names)},`,
    '    "particles": [',
    particles.map((p) => `      ${JSON.stringify(p)}`).join(',\n'),
    '    ],',
    `    "weights": ${JSON.stringify(weights)}`,
    '  }',
    '}',
    '',
  ].join('\n');
}
