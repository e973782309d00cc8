/**
 * The reference loop of the benchmark (INTERFACES.md "Benchmark"): the least a snowball model can
 * do per person-month — one random draw and a scan of the person's neighbours (~8–10 here) — on the
 * same world (same people, same tie network, same random-number function) as the full model.
 * The ratio full model ÷ this loop says how much the real processes cost on top of that floor.
 */
import { monthKey, u01 } from '../core/rng.ts';
import type { World } from '../core/world.ts';

/** Runs `months` months of a minimal threshold contagion; returns person-months done and adopters. */
export function referenceLoop(world: World, months: number, key: number): { personMonths: number; adopters: number } {
  const { start, list } = world.ties;
  const n = world.pl.n;
  const state = new Uint8Array(n);
  for (let s = 0; s < n; s += 97) state[s] = 1; // a few seeds so the scan finds something to count
  let personMonths = 0;
  for (let t = 0; t < months; t++) {
    const k = monthKey(key, t);
    for (let s = 0; s < n; s++) {
      let m = 0;
      for (let e = start[s]; e < start[s + 1]; e++) m += state[list[e]];
      if (state[s] === 0 && u01(k, s) < 0.01 * m) state[s] = 1;
    }
    personMonths += n;
  }
  let adopters = 0;
  for (let s = 0; s < n; s++) adopters += state[s];
  return { personMonths, adopters };
}
