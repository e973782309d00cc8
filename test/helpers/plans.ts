import type { PlacementMode, RunPlan } from '../../src/core/plan.ts';

/** Seed a, b, c circles in months 0–24 with PR 0.5 then, over `months`. */
export function millPlan(a: number, b: number, c: number, months = 120, placement: PlacementMode = 'auto', from = 0, to = 24): RunPlan {
  const r = (count: number) => ({ count, from, to, placement });
  return { months, routes: { a: r(a), b: r(b), c: r(c) }, pr: [{ from, to, intensity: 0.5 }] };
}
