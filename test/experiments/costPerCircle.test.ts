/**
 * Cost per started circle (issue #12, point 3): the app showed "€ 6.100 (€ 5.897 – € 12.200)",
 * where € 5.897 lay between two runs' values and no run could produce it. The band is now taken
 * per run (cost over the circles that run's routes formed) with quantiles that are values of runs.
 */
import { describe, expect, it } from 'vitest';
import { InlinePool, repRange } from '../../src/experiments/pool.ts';
import { jobFor, summariseScenario } from '../../src/experiments/run.ts';
import { validateScenario } from '../../src/experiments/scenario.ts';
import { observedBand, quantileObserved, summariseHeadline } from '../../src/experiments/summarise.ts';
import { area, MILL } from '../helpers/areas.ts';

describe('quantiles that occur', () => {
  it('picks the nearest rank, never a value in between', () => {
    const v = [4900, 6100, 12200];
    expect(quantileObserved(v, 0.1)).toBe(4900);
    expect(quantileObserved(v, 0.5)).toBe(6100);
    expect(quantileObserved(v, 0.9)).toBe(12200);
    // Ten values: the 10% quantile is the first, the median the fifth, the 90% the ninth.
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(observedBand(ten)).toEqual({ p10: 1, p50: 5, p90: 9 });
    expect(Number.isNaN(quantileObserved([], 0.5))).toBe(true);
  });
});

describe('cost per started circle', () => {
  it('every bound is the cost over circles formed of some run, over the runs that formed one', async () => {
    const mill = area(MILL);
    const scenario = validateScenario({ area: [MILL], plan: { a: { count: 1 }, b: { count: 2 }, c: { count: 1 } }, reps: 12, seed: 3, months: 36 });
    const job = jobFor(scenario, mill);
    const reps = await new InlinePool().run({ area: mill, job, reps: repRange(12) });
    const result = summariseScenario(scenario, mill, job, reps);
    const formed = reps.map((r) => r.routes.a.formed + r.routes.b.formed + r.routes.c.formed);
    const perRun = reps.map((r, i) => (formed[i] > 0 ? Math.round(r.cost[r.months] / formed[i]) : null)).filter((x): x is number => x !== null);
    const band = result.summary.costPerCircle!;
    expect(band).not.toBeNull();
    expect(result.summary.costPerCircleRuns).toBe(perRun.length);
    for (const bound of [band.p10, band.p50, band.p90]) expect(perRun).toContain(bound);
    expect(band.p10).toBeLessThanOrEqual(band.p50);
    expect(band.p50).toBeLessThanOrEqual(band.p90);
  });

  it('is null, not the whole cost, when no run formed a circle', async () => {
    const mill = area(MILL);
    const scenario = validateScenario({ area: [MILL], plan: { c: { count: 1 } }, reps: 3, seed: 1, months: 12 });
    const job = jobFor(scenario, mill);
    const reps = await new InlinePool().run({ area: mill, job, reps: repRange(3) });
    // The same runs as if no route had formed a circle (route c can fail in a short window).
    const none = reps.map((r) => ({ ...r, routes: { a: { ...r.routes.a, formed: 0 }, b: { ...r.routes.b, formed: 0 }, c: { ...r.routes.c, formed: 0 } } }));
    const headline = summariseHeadline(none);
    expect(headline.costPerCircle).toBeNull();
    expect(headline.costPerCircleRuns).toBe(0);
  });
});
