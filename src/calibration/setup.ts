/**
 * From field data, an area and the seeding that really happened (a scenario: plan, window, PR,
 * start month) to a calibration Problem. The scenario's horizon becomes the last observation; its
 * start month (`--start`) defaults to the first observed month.
 */
import type { AreaInput } from '../core/area.ts';
import { InputError } from '../core/errors.ts';
import type { FieldData } from '../data/field.ts';
import { plain, say } from '../i18n/engine/index.ts';
import type { BuurtGroup } from '../experiments/area.ts';
import type { ParamSet } from '../experiments/paramset.ts';
import { jobFor } from '../experiments/run.ts';
import { validateScenario, type Scenario } from '../experiments/scenario.ts';
import { targetsFor } from './observed.ts';
import { defaultFit, makePrior } from './prior.ts';
import type { Model, Problem } from './smc.ts';

export interface SetupInput {
  data: FieldData;
  /** Scenario JSON as given (flags or a scenario file): area, groups, plan, pr, start, seed, params. */
  scenario: Record<string, unknown>;
  /** Builds the model's area for the scenario's codes and groups (CLI: from the CBS table). */
  area: (codes: string[], groups: BuurtGroup[]) => AreaInput;
  paramSet?: ParamSet;
  fit?: readonly string[];
  /** Narrower prior bounds per parameter (a prior file). */
  priors?: Readonly<Record<string, readonly [number, number]>>;
  priorFile?: string;
  model?: Model;
}

export interface Setup {
  problem: Problem;
  scenario: Scenario;
  start: string;
  notes: { nl: string; en: string }[];
}

export function setupCalibration(input: SetupInput): Setup {
  const start = typeof input.scenario.start === 'string' ? input.scenario.start : input.data.first;
  const first = validateScenario({ ...input.scenario, start }, { allowEmptyPlan: true });
  const groups = first.groups;
  const area = input.area(first.area, groups);
  const { targets, months, needsTree, notes } = targetsFor(input.data, area, start, groups);
  let scenario: Scenario;
  try {
    scenario = validateScenario({ ...input.scenario, start, months: Math.max(12, months) }, { allowEmptyPlan: true });
  } catch (e) {
    if ((e as InputError).code !== 'scenario.invalid') throw e;
    throw new InputError(
      'calibration.horizon',
      say('calibration.setup.horizon', { months, start, cause: (e as InputError).messages }),
      (e as InputError).where,
    );
  }
  if (input.paramSet?.posterior) {
    notes.push(plain(say('calibration.setup.posteriorNotUsed')));
  }
  const job = jobFor(scenario, area, input.paramSet ? { parameters: input.paramSet.parameters } : undefined);
  if (needsTree) job.keepTree = true;
  job.cacheWorld = false; // every simulation is a fresh replication: nothing to reuse
  const model = input.model;
  const fit = (input.fit?.length ? input.fit : defaultFit()).filter((n) => !(model && (n in model.fixed || model.tied.some((t) => t.name === n))));
  const prior = makePrior(fit, input.priors, input.priorFile);
  return { problem: { area, job, targets, prior, ...(model ? { model } : {}) }, scenario, start, notes };
}
