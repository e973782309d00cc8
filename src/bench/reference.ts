/**
 * The reference loop of the benchmark (INTERFACES.md "Benchmark"): the least a snowball model can
 * do per person-month — one random draw and a scan of 8 neighbours — as a minimal typed-array
 * kernel on the same people as the full model. The neighbours are each person's first 8 ties
 * (padded with the person), laid out 8 per person in one Int32Array, so the scan is a fixed-stride
 * read with no per-person bounds; the draw is the same keyed u01 the model uses. The ratio full
 * model ÷ this loop says how much the real processes cost on top of that floor (issue #10: the
 * earlier loop scanned every tie through the CSR offsets and cost ≈ 3× this floor, so the ratio
 * read ≈ 1 and meant little).
 */
import { monthKey, u01 } from '../core/rng.ts';
import type { World } from '../core/world.ts';

const NEIGHBOURS = 8;

/** Each person's first 8 ties, padded with the person itself: n × 8 slots. */
export function eightNeighbours(world: World): Int32Array {
  const { start, list } = world.ties;
  const n = world.pl.n;
  const out = new Int32Array(n * NEIGHBOURS);
  for (let s = 0; s < n; s++) {
    const deg = Math.min(NEIGHBOURS, start[s + 1] - start[s]);
    for (let j = 0; j < NEIGHBOURS; j++) out[s * NEIGHBOURS + j] = j < deg ? list[start[s] + j] : s;
  }
  return out;
}

/** Runs `months` months of a minimal threshold contagion; returns person-months done and adopters. */
export function referenceLoop(world: World, months: number, key: number, nbr: Int32Array = eightNeighbours(world)): { personMonths: number; adopters: number } {
  const n = world.pl.n;
  const state = new Uint8Array(n);
  for (let s = 0; s < n; s += 97) state[s] = 1; // a few seeds so the scan finds something to count
  let personMonths = 0;
  for (let t = 0; t < months; t++) {
    const k = monthKey(key, t);
    for (let s = 0, e = 0; s < n; s++, e += NEIGHBOURS) {
      const m =
        state[nbr[e]] +
        state[nbr[e + 1]] +
        state[nbr[e + 2]] +
        state[nbr[e + 3]] +
        state[nbr[e + 4]] +
        state[nbr[e + 5]] +
        state[nbr[e + 6]] +
        state[nbr[e + 7]];
      // One draw per person-month, adopters included (the model draws for everyone too).
      if (u01(k, s) < 0.01 * m) state[s] = 1;
    }
    personMonths += n;
  }
  let adopters = 0;
  for (let s = 0; s < n; s++) adopters += state[s];
  return { personMonths, adopters };
}
