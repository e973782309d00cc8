/**
 * Parameter sets on disk (`--params FILE`): either fixed values
 *   { "parameters": { "joinOne": 0.01, … } }   (a flat { "joinOne": 0.01 } is accepted too)
 * or a posterior written by `sneeuwbal calibrate`
 *   { "parameters": {…fixed…}, "posterior": { "names": [...], "particles": [[...], …], "weights": [...] } }
 * With a posterior, replication r uses particle i(r) drawn by weight from its own stream, so every
 * answer (scenario bands, takeoff curves) averages over the posterior uncertainty.
 */
import { InputError } from '../core/errors.ts';
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

const fail = (file: string, nl: string, en: string, field?: string) => new InputError('params.file', { nl, en }, { file, ...(field ? { field } : {}) });

export function parseParamSet(text: string, file: string): ParamSet {
  const json = parseJson(text, 'params.json', { file });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw fail(file, 'verwacht een JSON-object met parameters', 'expected a JSON object with parameters');
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
    if (!Array.isArray(p.names) || !Array.isArray(p.particles) || !Array.isArray(p.weights) || p.particles.length === 0 || p.particles.length !== p.weights.length) {
      throw fail(file, 'posterior moet names, particles en weights hebben (even veel particles als weights)', 'posterior needs names, particles and weights (as many particles as weights)', 'posterior');
    }
    const badName = p.names.findIndex((n, i) => typeof n !== 'string' || p.names!.indexOf(n) !== i);
    if (badName >= 0) throw fail(file, 'names moet een lijst van verschillende parameternamen zijn', 'names must be a list of distinct parameter names', `posterior.names[${badName}]`);
    p.particles.forEach((row, i) => {
      if (!Array.isArray(row) || row.length !== p.names!.length) throw fail(file, `particle ${i} heeft niet ${p.names!.length} waarden`, `particle ${i} does not have ${p.names!.length} values`, `posterior.particles[${i}]`);
      row.forEach((v, j) => checkParam(p.names![j], v, { file, field: `posterior.particles[${i}][${j}]` }));
    });
    // Finite only: one Infinity weight would make every replication draw that particle (and NaN
    // the others), which is not a posterior but a silent single parameter set.
    const badWeight = p.weights.findIndex((w) => typeof w !== 'number' || !Number.isFinite(w) || w < 0);
    if (badWeight >= 0) throw fail(file, 'weights moeten eindige getallen ≥ 0 zijn', 'weights must be finite numbers ≥ 0', `posterior.weights[${badWeight}]`);
    const sum = p.weights.reduce((s, w) => s + w, 0);
    if (!(sum > 0) || !Number.isFinite(sum)) throw fail(file, 'de som van weights moet positief en eindig zijn', 'the weights must have a positive, finite sum', 'posterior.weights');
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
