/**
 * Parameter sets on disk (`--params FILE`): either fixed values
 *   { "parameters": { "joinOne": 0.01, … } }   (a flat { "joinOne": 0.01 } is accepted too)
 * or a posterior written by `sneeuwbal calibrate`
 *   { "parameters": {…fixed…}, "posterior": { "names": [...], "particles": [[...], …], "weights": [...] } }
 * With a posterior, replication r uses particle i(r) drawn by weight from its own stream, so every
 * answer (scenario bands, takeoff curves) averages over the posterior uncertainty.
 */
import { InputError } from '../core/errors.ts';
import { say, type Said } from '../i18n/engine/index.ts';
import { parseJson } from '../core/json.ts';
import { checkParam, type Params } from '../core/params/index.ts';
import { streamKey, u01 } from '../core/rng.ts';
import { weightedIndex } from '../core/sample.ts';

export interface Posterior {
  names: string[];
  particles: number[][];
  weights: number[];
}

export interface ParamSet {
  parameters: Record<string, number>;
  posterior?: Posterior;
}

const fail = (file: string, said: Said, field?: string) => new InputError('params.file', said, { file, ...(field ? { field } : {}) });

export function parseParamSet(text: string, file: string): ParamSet {
  const json = parseJson(text, 'params.json', { file });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw fail(file, say('experiments.paramset.notObject'));
  const o = json as Record<string, unknown>;
  const fixed = (typeof o.parameters === 'object' && o.parameters !== null ? o.parameters : o.posterior ? {} : o) as Record<string, unknown>;
  const parameters: Record<string, number> = {};
  for (const [k, v] of Object.entries(fixed)) {
    if (k === 'posterior' || k === 'sneeuwbal' || k === 'meta') continue;
    parameters[k] = checkParam(k, v, { file, field: `parameters.${k}` });
  }
  const set: ParamSet = { parameters };
  if (o.posterior !== undefined) {
    const p = o.posterior as Partial<Posterior>;
    if (
      !Array.isArray(p.names) ||
      !Array.isArray(p.particles) ||
      !Array.isArray(p.weights) ||
      p.particles.length === 0 ||
      p.particles.length !== p.weights.length
    ) {
      throw fail(file, say('experiments.paramset.posteriorShape'), 'posterior');
    }
    const badName = p.names.findIndex((n, i) => typeof n !== 'string' || p.names!.indexOf(n) !== i);
    if (badName >= 0) throw fail(file, say('experiments.paramset.names'), `posterior.names[${badName}]`);
    p.particles.forEach((row, i) => {
      if (!Array.isArray(row) || row.length !== p.names!.length)
        throw fail(file, say('experiments.paramset.particleLength', { i, n: p.names!.length }), `posterior.particles[${i}]`);
      row.forEach((v, j) => checkParam(p.names![j], v, { file, field: `posterior.particles[${i}][${j}]` }));
    });
    // Finite only: one Infinity weight would make every replication draw that particle (and NaN
    // the others), which is not a posterior but a silent single parameter set.
    const badWeight = p.weights.findIndex((w) => typeof w !== 'number' || !Number.isFinite(w) || w < 0);
    if (badWeight >= 0) throw fail(file, say('experiments.paramset.weight'), `posterior.weights[${badWeight}]`);
    const sum = p.weights.reduce((s, w) => s + w, 0);
    if (!(sum > 0) || !Number.isFinite(sum)) throw fail(file, say('experiments.paramset.weightSum'), 'posterior.weights');
    set.posterior = { names: p.names, particles: p.particles, weights: p.weights };
  }
  return set;
}

/** Parameters for replication `rep`: the base set, with a posterior particle when there is one. */
export function paramsForRep(base: Params, posterior: Posterior | undefined, seed: number, rep: number): Params {
  if (!posterior) return base;
  const i = weightedIndex(u01(streamKey(seed, 'posterior'), rep), posterior.weights);
  const out: Record<string, number> = { ...base };
  posterior.names.forEach((n, j) => (out[n] = posterior.particles[i][j]));
  // The posterior's names were checked against the registry when it was read (readParamSet).
  return out as Params;
}
