/** English words of src/calibration (see ./index.ts), the same keys and values as nl-calibration.ts. */
import type { nlCalibration } from './nl-calibration.ts';

export const enCalibration: typeof nlCalibration = {
  // prior.ts: --fit and the prior file
  'calibration.prior.noFit': () => 'choose at least one parameter to fit',
  'calibration.prior.unknown': (v) => `unknown parameter "${v.name}"; parameters that can be fitted: ${v.fittable.join(', ')}`,
  'calibration.prior.demography': () => 'demography is fixed from CBS data and never fitted',
  'calibration.prior.notBehaviour': () => 'this parameter is not marked as behaviour that calibration may fit',
  'calibration.prior.notFittable': (v) => `${v.name} cannot be fitted: ${v.why.en}. Parameters that can be fitted: ${v.fittable.join(', ')}`,
  'calibration.prior.twice': (v) => `${v.name} is listed twice`,
  'calibration.prior.range': (v) => `the range ${v.lo} … ${v.hi} for ${v.name} must lie within ${v.min} … ${v.max}, with lower < upper`,
  'calibration.prior.notFitted': (v) => `the prior file names ${v.name}, which is not being fitted (see --fit)`,
  'calibration.prior.notJson': () => 'this is not valid JSON',
  'calibration.prior.notPriors': () => 'expected {"priors": {"name": [min, max]}}',
  'calibration.prior.notPair': (v) => `${v.name}: expected [min, max] or {"min": …, "max": …} with numbers`,
  // setup.ts
  'calibration.setup.horizon': (v) => `the observations run to month ${v.months} after ${v.start}; ${v.cause.en}`,
  'calibration.setup.posteriorNotUsed': () =>
    'the posterior in --params was not used as a starting point: only its fixed parameters; the fit starts from the uniform prior',
  // observed.ts
  'calibration.observed.outside': (v) =>
    `area ${v.name} does not lie (entirely) inside the calibrated area ${v.area} (${v.codes.join(', ')}); choose an --area that contains it`,
  'calibration.observed.beforeStart': (v) => `the observation of ${v.month} lies before the start month ${v.start}; choose an earlier --start`,
  'calibration.observed.membersSkipped': (v) =>
    `members on line ${v.lines.join(', ')} not used: the model keeps monthly members only for the whole area, not per route, origin or part of it`,
  // compare.ts
  'calibration.compare.onlyContagion': () =>
    'model comparison needs --fit to include a parameter besides reinforcement and joinTwo (those are fixed in the simple model)',
};
