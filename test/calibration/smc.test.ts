/**
 * ABC-SMC on a stand-in model with a known posterior (models.ts, FakePool): it finds the posterior that
 * Bayes' rule gives, weights stay importance weights, whole-number parameters work, the result is
 * the same however replications finish, the stopping rules and cancelling work, and the comparison
 * of simple and complex contagion picks the structure that generated the data.
 */
import { describe, expect, it } from 'vitest';
import { compareContagion, SIMPLE_CONTAGION } from '../../src/calibration/compare.ts';
import { posteriorFile, posteriorJson, posteriorOf, summariseParameters } from '../../src/calibration/results.ts';
import { runSmc } from '../../src/calibration/smc.ts';
import { parseParamSet, paramsForRep } from '../../src/experiments/paramset.ts';
import { CancelledError } from '../../src/experiments/pool.ts';
import { resolveParams } from '../../src/core/params/index.ts';
import { fakeProblem, FakePool } from './models.ts';

/** Four counts with mean 200·willing and noise sd 6: posterior N(mean/200, 6/(200·√4)). */
const linear = (p: Record<string, number>) => [0, 1, 2, 3].map(() => 200 * p.willing);
const OBS = [80, 84, 76, 82];

describe('ABC-SMC against a known posterior', () => {
  it('recovers the posterior mean and spread of a Gaussian model', async () => {
    const pool = new FakePool(linear, 6);
    const r = await runSmc(pool, fakeProblem(['willing'], OBS, 3), { particles: 300, generations: 8, minEpsilonChange: 0 });
    const [s] = summariseParameters(r);
    const mean = 80.5 / 200,
      sd = 6 / 400;
    expect(Math.abs(s.mean - mean)).toBeLessThan(0.4 * sd);
    // ABC with a finite tolerance widens the posterior a little, never narrows it much.
    expect(s.sd).toBeGreaterThan(0.8 * sd);
    expect(s.sd).toBeLessThan(1.6 * sd);
    expect(s.lo90).toBeLessThan(mean);
    expect(s.hi90).toBeGreaterThan(mean);
    // Tolerances shrink; weights are proper; the run counts its simulations.
    const eps = r.generations.slice(1).map((g) => g.epsilon!);
    eps.slice(1).forEach((e, i) => expect(e).toBeLessThan(eps[i]));
    expect(r.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(r.generations.at(-1)!.ess).toBeGreaterThan(100);
    expect(r.simulations).toBe(pool.runs);
    expect(r.simulations).toBe(r.generations.reduce((a, g) => a + g.simulations, 0) + r.abandoned);
    expect(r.abandoned > 0).toBe(r.stop === 'acceptance' && r.generations.length < 9);
  });

  it('fits a whole-number parameter (foundingMin) next to a continuous one', async () => {
    const model = (p: Record<string, number>) => [10 * p.foundingMin, 10 * p.foundingMin, 200 * p.willing];
    const r = await runSmc(new FakePool(model, 2), fakeProblem(['willing', 'foundingMin'], [70, 71, 60], 4), { particles: 150, generations: 8 });
    const mass = (k: number) => r.particles.reduce((s, p, i) => s + (p[1] === k ? r.weights[i] : 0), 0);
    // The exact posterior puts nearly all mass on 7; ABC at a finite tolerance keeps some on 6 and 8.
    expect(mass(7)).toBeGreaterThan(0.75);
    expect(mass(6) + mass(7) + mass(8)).toBeGreaterThan(0.99);
    expect(r.particles.every((p) => Number.isInteger(p[1]))).toBe(true);
    const [w] = summariseParameters(r);
    expect(w.lo90).toBeLessThan(0.3);
    expect(w.hi90).toBeGreaterThan(0.3);
  });
});

describe('determinism, stopping and cancelling', () => {
  const problem = fakeProblem(['willing', 'joinOne'], [60, 66, 58, 61], 9);
  const model = (p: Record<string, number>) => [0, 1, 2, 3].map((j) => 150 * p.willing + 100 * p.joinOne * j);

  it('gives the same posterior whatever order replications finish in', async () => {
    const a = await runSmc(new FakePool(model, 5), problem, { particles: 40, generations: 3 });
    const b = await runSmc(new FakePool(model, 5, (rep) => (rep * 7919) % 5), problem, { particles: 40, generations: 3 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const c = await runSmc(new FakePool(model, 5), { ...problem, job: { ...problem.job, seed: 10 } }, { particles: 40, generations: 3 });
    expect(JSON.stringify(c.particles)).not.toBe(JSON.stringify(a.particles));
  });

  it('stops at the generation limit, at a budget, at a stalled tolerance, and below the acceptance floor', async () => {
    expect((await runSmc(new FakePool(model, 5), problem, { particles: 30, generations: 2 })).stop).toBe('generations');
    const budget = await runSmc(new FakePool(model, 5), problem, { particles: 30, generations: 20, maxSimulations: 200 });
    expect(budget.stop).toBe('budget');
    expect(budget.simulations).toBeLessThanOrEqual(200);
    // Data the model cannot reach: the tolerance stalls or acceptance collapses, and it stops by itself.
    const stuck = await runSmc(new FakePool(() => [0, 0, 0, 0], 0.5), problem, { particles: 30, generations: 20 });
    expect(stuck.stop).toBe('epsilon');
    const floor = await runSmc(new FakePool(model, 40), problem, { particles: 30, generations: 20, minAcceptance: 0.2, minEpsilonChange: 0 });
    expect(floor.stop).toBe('acceptance');
    expect(floor.generations.at(-1)!.acceptance).toBeGreaterThanOrEqual(0.2);
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    const run = runSmc(new FakePool(model, 5), problem, {
      particles: 30,
      generations: 10,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.generation === 2) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(CancelledError);
  });
});

describe('the posterior as a parameter set', () => {
  it('is written in the --params format and scenarios draw particles from it by weight', async () => {
    const problem = fakeProblem(['willing'], OBS, 3);
    const r = await runSmc(new FakePool(linear, 6), problem, { particles: 50, generations: 2 });
    const text = posteriorJson(posteriorFile(problem, r, { start: '2020-01', observed: 'veld.csv' }));
    const set = parseParamSet(text, 'posterior.json');
    expect(set.posterior!.names).toEqual(['willing']);
    expect(set.posterior!.particles).toEqual(r.particles);
    const drawn = new Set(Array.from({ length: 40 }, (_, rep) => paramsForRep(resolveParams({}), set.posterior, 1, rep).willing));
    for (const w of drawn) expect(r.particles.some((p) => p[0] === w)).toBe(true);
    expect(drawn.size).toBeGreaterThan(5);
  });

  it('carries tied parameters of the simple model as columns', async () => {
    const problem = { ...fakeProblem(['joinOne'], [50, 50], 2), model: SIMPLE_CONTAGION };
    const r = await runSmc(new FakePool((p) => [1000 * p.joinOne, 1000 * p.joinOne], 3), problem, { particles: 30, generations: 1 });
    const post = posteriorOf(problem, r);
    expect(post.names).toEqual(['joinOne', 'joinTwo']);
    post.particles.forEach((row) => expect(row[1]).toBeCloseTo(Math.min(0.9, 2 * row[0]), 12));
    const file = posteriorFile(problem, r, { start: '2020-01', observed: 'x.csv' });
    expect(file.parameters).toEqual({ reinforcement: 1 });
    expect(() => parseParamSet(posteriorJson(file), 'p.json')).not.toThrow();
  });
});

describe('simple versus complex contagion', () => {
  // reinforcement = 1 is the simple model's value; the complex model lets it range over 0.5 … 3.
  const model = (p: Record<string, number>) => [100 * p.willing, 40 * p.reinforcement, 40 * p.reinforcement];
  const problem = (obs: number[]) => fakeProblem(['willing', 'reinforcement'], obs, 5);

  it('prefers simple contagion for data made with reinforcement = 1, complex for reinforcement = 2.5', async () => {
    const simpleData = await compareContagion(new FakePool(model, 3), problem([40, 40, 41]), { particles: 80, generations: 4 });
    expect(simpleData.bayesFactor!).toBeLessThan(1);
    expect(simpleData.models.find((m) => m.model === 'simple')!.fit).toEqual(['willing']);
    const complexData = await compareContagion(new FakePool(model, 3), problem([40, 100, 99]), { particles: 80, generations: 4 });
    expect(complexData.models.find((m) => m.model === 'complex')!.probability).toBeGreaterThan(0.95);
  });
});
