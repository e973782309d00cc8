/**
 * Where to start: ranking places by seeds and euros for takeoff, and greedy placement of a budget
 * (MODEL.md "Where to start"; model-science.md §1.10). A greedy placement never does worse than a
 * random placement of the same budget on the same replications; places without people 65+ are
 * listed as skipped with the reason.
 */
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/errors.ts';
import { greedyPlacement } from '../../src/experiments/greedy.ts';
import { InlinePool } from '../../src/experiments/pool.ts';
import { compareRows, rankAreas } from '../../src/experiments/rank.ts';
import { rankUnits } from '../../src/experiments/rankUnits.ts';
import { validateScenario } from '../../src/experiments/scenario.ts';
import { areaFromTable } from '../../src/node/data.ts';
import { area, bundledTable, MILL } from '../helpers/areas.ts';

const build = (codes: readonly string[]) => areaFromTable(bundledTable(), codes);

describe('ranking places', () => {
  it('lists the buurten of Mill, keeping the business park apart with the reason', () => {
    const units = rankUnits(bundledTable(), MILL, 'buurt', build);
    expect(units).toHaveLength(9);
    const park = units.find((u) => u.code === 'BU19821011')!; // Bedrijventerrein De Meeren
    expect(park.area).toBeNull();
    expect(park.skipped!.en).toMatch(/no inhabitants aged 65 or over/);
    expect(units.filter((u) => u.area).every((u) => u.area!.age65plus > 0)).toBe(true);
  });

  it('refuses to rank wijken inside a buurt or an unknown code', () => {
    for (const [within, level] of [
      ['BU19821011', 'buurt'],
      ['WK198210', 'wijk'],
      ['GM9999', 'wijk'],
    ] as const) {
      const e = (() => {
        try {
          rankUnits(bundledTable(), within, level, build);
        } catch (x) {
          return x;
        }
      })();
      expect(isInputError(e), `${within} ${level}`).toBe(true);
    }
  });

  it('ranks by seeds for the target, then euros, then the chance with the budget, with costs from the plan table', async () => {
    const units = rankUnits(bundledTable(), MILL, 'buurt', build);
    const scenario = validateScenario({ area: [MILL], seed: 5 }, { allowEmptyPlan: true });
    const r = await rankAreas(units, { scenario, route: 'b', reps: 16, initialReps: 8, budget: 3, maxK: 6, months: 84 }, new InlinePool());
    expect(r.ranking).toHaveLength(8);
    expect(r.skipped.map((s) => s.code)).toEqual(['BU19821011']);
    for (let i = 1; i < r.ranking.length; i++) expect(compareRows(r.ranking[i - 1], r.ranking[i])).toBeLessThanOrEqual(0);
    for (const row of r.ranking) {
      expect(Object.keys(row).slice(0, 5)).toEqual(['code', 'name', 'k90', 'cost', 'pTakeoffAtBudget']);
      expect(row.atBudget.k).toBe(3);
      expect(row.atBudget.reps).toBeGreaterThanOrEqual(16);
      expect(row.pTakeoffAtBudget).toBe(row.atBudget.p);
      expect(row.cost === null).toBe(row.kTarget === null);
      if (row.costBreakdown) {
        // Fixed (plan §11) + staff attempts + PR make up the euros when seeding stops (median vs means: loosely).
        expect(row.costBreakdown.fixed).toBe(7400);
        const sum = row.costBreakdown.fixed + row.costBreakdown.attempts.a + row.costBreakdown.attempts.b + row.costBreakdown.attempts.c + row.costBreakdown.pr;
        expect(Math.abs(sum - row.costBreakdown.total.p50)).toBeLessThanOrEqual(2 * 900);
      }
      expect(row.atBudget.coverage5).not.toBeNull();
      expect(row.atBudget.coverage10).not.toBeNull(); // takeoff is judged 12 years after the stop: the runs pass 10 years anyway
      expect(row.reason.en.length).toBeGreaterThan(20);
    }
    expect(r.costTable).toMatchObject({ projectLeader: 2400, trainingLeader: 500, trainingStaff: 2500, supervisor: 2000, fixed: 7400 });
    expect(r.takeoffRule.text.nl).toMatch(/sneeuwbal rolt/);
    // The same rows ordered by coverage after 5 years with the budget.
    const byCover = [...r.ranking].sort((x, y) => compareRows(x, y, 'coverage5'));
    for (let i = 1; i < byCover.length; i++) expect(byCover[i - 1].atBudget.coverage5!.p50).toBeGreaterThanOrEqual(byCover[i].atBudget.coverage5!.p50);
  }, 60_000);
});

describe('ranking several places at once', () => {
  it('gives the same rows whether one or several places are searched at the same time', async () => {
    const units = rankUnits(bundledTable(), MILL, 'buurt', build)
      .filter((u) => u.area)
      .slice(0, 4);
    const scenario = validateScenario({ area: [MILL], seed: 7 }, { allowEmptyPlan: true });
    const options = { scenario, route: 'b' as const, reps: 16, initialReps: 8, budget: 2, maxK: 4, months: 60 };
    // A pool that claims 3 workers: rankAreas then keeps 4 searches in flight, interleaving their rounds.
    const wide = Object.assign(new InlinePool(), { size: 3 });
    const one = await rankAreas(units, options, new InlinePool());
    const many = await rankAreas(units, options, wide);
    expect(many.ranking.map((r) => r.code).sort()).toEqual(units.map((u) => u.code).sort());
    expect(JSON.stringify(many)).toBe(JSON.stringify(one));
  }, 60_000);
});

describe('greedy placement', () => {
  it('never does worse than random placement of the same budget on the same replications', async () => {
    const scenario = validateScenario({ area: [MILL], seed: 3 }, { allowEmptyPlan: true });
    const g = await greedyPlacement(area(MILL), { scenario, route: 'b', budget: 3, reps: 8, randomBaselines: 3 }, new InlinePool());
    expect(g.steps).toHaveLength(3);
    expect(g.allocation.reduce((s, a) => s + a.seeds, 0)).toBe(3);
    expect(g.allocation.every((a) => a.code !== 'BU19821011')).toBe(true); // no one to seed on the business park
    for (const d of g.baselines.random.draws) expect(g.value.mean, `random ${d.units.join('+')}`).toBeGreaterThanOrEqual(d.value);
    expect(g.value.mean).toBeGreaterThanOrEqual(g.baselines.auto);
    expect(g.value.mean).toBeGreaterThan(g.baselines.none);
    // Each greedy step adds the largest marginal gain found; the local search only moves seeds when that helps.
    expect(g.steps[0].value).toBeCloseTo(g.baselines.none + g.steps[0].gain, 5);
    const values = [g.steps[2].value, ...g.moves.map((m) => m.value)];
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]);
    expect(values[values.length - 1]).toBeCloseTo(g.value.mean, 5);
  }, 60_000);
});
