/**
 * What the calibration tests calibrate against:
 * - FakePool, a stand-in model for testing the ABC machinery fast and against known answers: a
 *   ReplicationPool whose "replication" returns circle counts from a formula in the parameters plus
 *   seeded Gaussian noise, keyed on (seed, rep) like the real model, so call order never matters;
 * - millField, field-like data from the model itself: Mill (WK198210) seeded as a welfare
 *   organisation might have done it (1 complex meeting, 2 coffee mornings, 2 nurse proposals in
 *   the first two years, PR 0.5 meanwhile), counted every half year for eight years from January
 *   2018. The data come from a replication and seed that calibration never uses, so their noise is
 *   independent of its runs.
 */
import type { AreaInput } from '../../src/core/area.ts';
import { resolveParams, type Params } from '../../src/core/params/index.ts';
import { streamKey, u01 } from '../../src/core/rng.ts';
import type { Target } from '../../src/calibration/observed.ts';
import type { Problem } from '../../src/calibration/smc.ts';
import { makePrior } from '../../src/calibration/prior.ts';
import { CancelledError, type ReplicationPool, type RunRequest } from '../../src/experiments/pool.ts';
import type { RepOutput } from '../../src/experiments/replicate.ts';
import { defaultTakeoff } from '../../src/experiments/takeoff.ts';
import { addMonths, readFieldData, fieldCsv, type FieldData } from '../../src/data/field.ts';
import { runReplication } from '../../src/core/simulation.ts';
import { buildWorld } from '../../src/core/world.ts';
import { jobFor } from '../../src/experiments/run.ts';
import { validateScenario } from '../../src/experiments/scenario.ts';
import { area, MILL } from '../helpers/areas.ts';

/** Means of the observed summaries (index 1, 2, …) for a parameter set. */
export type FakeModel = (p: Params) => number[];

const gauss = (seed: number, rep: number, j: number) => {
  const k = streamKey(seed, 'fake', rep);
  return Math.sqrt(-2 * Math.log(1 - u01(k, 2 * j))) * Math.cos(2 * Math.PI * u01(k, 2 * j + 1));
};

export class FakePool implements ReplicationPool {
  readonly size = 1;
  runs = 0;
  /** `delay` (ms per first rep of a request) lets replications finish out of order, like a pool of workers. */
  constructor(
    private readonly model: FakeModel,
    private readonly noise: number,
    private readonly delay?: (rep: number) => number,
  ) {}

  async run(req: RunRequest): Promise<RepOutput[]> {
    if (req.signal?.aborted) throw new CancelledError();
    if (this.delay) await new Promise((r) => setTimeout(r, this.delay!(req.reps[0])));
    return req.reps.map((rep) => {
      this.runs++;
      const means = this.model(req.job.params);
      const circles = new Int32Array(means.length + 1);
      means.forEach((m, j) => (circles[j + 1] = Math.max(0, Math.round(m + this.noise * gauss(req.job.seed, rep, j)))));
      return { rep, months: means.length, circles, members: new Int32Array(means.length + 1) } as unknown as RepOutput;
    });
  }

  async close(): Promise<void> {}
}

const stubArea: AreaInput = { codes: ['X'], name: 'X', age65plus: 1000, buurten: [], notes: [] };

function targetsOf(observed: number[]): Target[] {
  return observed.map((v, j) => ({
    month: j + 1,
    date: `2020-${String(j + 1).padStart(2, '0')}`,
    area: 'X',
    buurten: null,
    route: null,
    origin: null,
    kind: 'circles',
    observed: v,
    line: j + 2,
  }));
}

export function fakeProblem(fit: string[], observed: number[], seed = 1, bounds: Record<string, [number, number]> = {}): Problem {
  return {
    area: stubArea,
    job: {
      areaId: 'X',
      params: resolveParams({}),
      plan: {
        months: observed.length,
        routes: {
          a: { count: 0, from: 0, to: 1, placement: 'auto' },
          b: { count: 0, from: 0, to: 1, placement: 'auto' },
          c: { count: 0, from: 0, to: 1, placement: 'auto' },
        },
        pr: [],
      },
      seed,
      takeoff: defaultTakeoff,
    },
    targets: targetsOf(observed),
    prior: makePrior(fit, bounds),
  };
}

export { MILL };
export const MILL_SCENARIO = { area: [MILL], plan: { a: { count: 1 }, b: { count: 2 }, c: { count: 2 } }, pr: 0.5, start: '2018-01' };

export function millField(truth: Record<string, number>, opts: { members?: boolean; seed?: number; rep?: number; years?: number } = {}): FieldData {
  const months = 12 * (opts.years ?? 8),
    seed = opts.seed ?? 99,
    rep = opts.rep ?? 4242;
  const job = jobFor(validateScenario({ ...MILL_SCENARIO, months, params: truth }), area(MILL));
  const res = runReplication(buildWorld(area(MILL), job.params, months, seed, rep), job.params, job.plan, seed, rep);
  const rows = [];
  for (let m = 6; m <= months; m += 6) {
    rows.push({
      month: addMonths('2018-01', m - 1),
      day: null,
      area: MILL,
      circles: res.metrics.circles[m],
      members: opts.members ? res.metrics.members[m] : null,
      route: null,
      origin: null,
    });
  }
  return readFieldData(fieldCsv(rows), 'mill-simulated.csv');
}
