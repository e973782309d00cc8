import type { GreedyOptions, GreedyResult, GreedyUnit } from '../../experiments/greedy.ts';
import type { RegionRow } from '../../workers/dataApi.ts';
import { chosenRoutes, type Draft } from '../state/workspace.ts';

/**
 * "Let the model choose the buurten": greedy placement (influence maximisation) of the circles a
 * draft seeds in chosen buurten. Pure helpers: the options for the engine from a draft and the
 * planning area, and the chosen list from the engine's answer.
 */

/** Above this many places a greedy search in a browser takes minutes; wijken then stand for their buurten. */
export const MAX_BUURT_UNITS = 25;

export function greedyOptions(draft: Draft, buurten: readonly RegionRow[], wijkNames: ReadonlyMap<string, string>): Omit<GreedyOptions, 'scenario'> | null {
  const routes = chosenRoutes(draft, true);
  const budget = routes.reduce((s, r) => s + draft.plan[r].count, 0);
  if (budget === 0) return null;
  const people = (b: RegionRow) => (typeof b.figures.age65plus === 'number' ? b.figures.age65plus : 0);
  const living = buurten.filter((b) => people(b) > 0);
  let units: GreedyUnit[];
  if (living.length <= MAX_BUURT_UNITS) units = living.map((b) => ({ code: b.code, name: b.name, buurten: [b.code] }));
  else {
    // A wijk's n-th seed goes to its n-th largest buurt (by people 65+).
    const byWijk = new Map<string, RegionRow[]>();
    for (const b of living) byWijk.set(b.parent ?? b.code, [...(byWijk.get(b.parent ?? b.code) ?? []), b]);
    units = [...byWijk].map(([wijk, rows]) => ({
      code: wijk,
      name: wijkNames.get(wijk) ?? wijk,
      buurten: [...rows].sort((x, y) => people(y) - people(x)).map((r) => r.code),
    }));
  }
  const small = units.length <= 12;
  return {
    budget,
    units,
    route: routes.length === 1 ? routes[0] : 'mix',
    ...(routes.length > 1
      ? {
          weights: {
            a: routes.includes('a') ? draft.plan.a.count : 0,
            b: routes.includes('b') ? draft.plan.b.count : 0,
            c: routes.includes('c') ? draft.plan.c.count : 0,
          },
        }
      : {}),
    reps: 8,
    objective: 'coverage',
    // Local search and random comparisons cost (places × places) runs; only where that is quick.
    refine: small ? 1 : 0,
    randomBaselines: small ? 2 : 1,
  };
}

/** The chosen list for the draft: a buurt named once per seed it gets. */
export function chosenFrom(result: GreedyResult, units: readonly GreedyUnit[]): string[] {
  return result.allocation.flatMap((a) => {
    const unit = units.find((u) => u.code === a.code);
    const list = unit?.buurten ?? a.buurten;
    return Array.from({ length: a.seeds }, (_, i) => list[i % list.length]);
  });
}
