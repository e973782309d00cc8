/**
 * Priors for calibration: uniform on each fitted parameter's registry bounds (MODEL.md
 * "Calibration": behavioural parameters only, demography stays fixed), or on narrower bounds from
 * a prior file. Integer parameters (foundingMin) get a discrete uniform prior on their whole values.
 */
import { InputError } from '../core/errors.ts';
import { calibratable, paramSpec } from '../core/params/index.ts';
import { say } from '../i18n/engine/index.ts';

export interface Prior {
  names: string[];
  lo: number[];
  hi: number[];
  integer: boolean[];
}

/** Parameters fitted when the user names none: every one the registry marks calibratable (INTERFACES.md). */
export const defaultFit = (): string[] => calibratable();

/** Check a --fit list against the registry: every name must exist and be marked calibratable. */
export function checkFit(names: readonly string[], field = '--fit'): string[] {
  const out: string[] = [];
  if (names.length === 0) throw new InputError('calibration.fit', say('calibration.prior.noFit'), { field });
  for (const raw of names) {
    const name = raw.trim();
    const spec = paramSpec(name);
    if (!spec) {
      throw new InputError('calibration.fit', say('calibration.prior.unknown', { name, fittable: calibratable() }), { field });
    }
    if (!spec.calibrate) {
      const why = spec.group === 'demography' ? say('calibration.prior.demography') : say('calibration.prior.notBehaviour');
      throw new InputError('calibration.fit', say('calibration.prior.notFittable', { name, why, fittable: calibratable() }), { field });
    }
    if (out.includes(name)) throw new InputError('calibration.fit', say('calibration.prior.twice', { name }), { field });
    out.push(name);
  }
  return out;
}

/** Uniform priors on the registry bounds, narrowed where `bounds` says so. */
export function makePrior(fit: readonly string[], bounds: Readonly<Record<string, readonly [number, number]>> = {}, file?: string): Prior {
  const names = checkFit(fit);
  const prior: Prior = { names, lo: [], hi: [], integer: [] };
  for (const name of names) {
    const spec = paramSpec(name)!;
    const [lo, hi] = bounds[name] ?? [spec.min, spec.max];
    const where = { file, field: `priors.${name}` };
    if (!(lo >= spec.min && hi <= spec.max && lo < hi)) {
      throw new InputError('calibration.prior', say('calibration.prior.range', { lo, hi, name, min: spec.min, max: spec.max }), where);
    }
    prior.lo.push(spec.integer ? Math.ceil(lo) : lo);
    prior.hi.push(spec.integer ? Math.floor(hi) : hi);
    prior.integer.push(spec.integer === true);
  }
  for (const name of Object.keys(bounds)) {
    if (!names.includes(name)) {
      throw new InputError('calibration.prior', say('calibration.prior.notFitted', { name }), { file, field: `priors.${name}` });
    }
  }
  return prior;
}

/**
 * A prior file narrows the uniform bounds: {"priors": {"initiation": [0.001, 0.05]}} or
 * {"priors": {"initiation": {"min": 0.001, "max": 0.05}}} (a bare object without "priors" too).
 */
export function parsePriorFile(text: string, file: string): Record<string, [number, number]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError('calibration.prior', say('calibration.prior.notJson'), { file });
  }
  const o = (json as { priors?: unknown })?.priors ?? json;
  if (typeof o !== 'object' || o === null || Array.isArray(o)) {
    throw new InputError('calibration.prior', say('calibration.prior.notPriors'), { file });
  }
  const out: Record<string, [number, number]> = {};
  for (const [name, v] of Object.entries(o as Record<string, unknown>)) {
    const pair = Array.isArray(v) ? v : typeof v === 'object' && v !== null ? [(v as { min?: unknown }).min, (v as { max?: unknown }).max] : [];
    if (pair.length !== 2 || !pair.every((x) => typeof x === 'number' && Number.isFinite(x))) {
      throw new InputError('calibration.prior', say('calibration.prior.notPair', { name }), { file, field: `priors.${name}` });
    }
    out[name] = [pair[0] as number, pair[1] as number];
  }
  return out;
}

/** log prior density (normalised: 1/width per continuous parameter, 1/count per integer one); −∞ outside. */
export function logPrior(prior: Prior, theta: ArrayLike<number>): number {
  let lp = 0;
  for (let k = 0; k < prior.names.length; k++) {
    const x = theta[k],
      lo = prior.lo[k],
      hi = prior.hi[k];
    if (!(x >= lo && x <= hi)) return -Infinity;
    lp -= Math.log(prior.integer[k] ? hi - lo + 1 : hi - lo);
  }
  return lp;
}

/** A draw from the prior, from uniforms u (one per parameter). */
export function priorDraw(prior: Prior, u: () => number): number[] {
  return prior.names.map((_, k) => {
    const lo = prior.lo[k],
      hi = prior.hi[k];
    return prior.integer[k] ? lo + Math.min(hi - lo, Math.floor(u() * (hi - lo + 1))) : lo + u() * (hi - lo);
  });
}
