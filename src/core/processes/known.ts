/**
 * Which circles a person knows through their ties, and how many members of each: used by joining
 * (join the circle you know best) and self-initiation (E distinct circles, the inspiring parent).
 * Reuses two scratch arrays: these run for every would-be joiner and connector, every month.
 */
import type { Ties } from '../network.ts';
import type { RunState } from '../state.ts';

const seen: number[] = [];
const counts: number[] = [];
const result = { seen: seen as readonly number[], counts: counts as readonly number[] };

/** Valid until the next call (shared scratch arrays). */
export function circlesKnown(st: RunState, ties: Ties, s: number): { readonly seen: readonly number[]; readonly counts: readonly number[] } {
  seen.length = 0;
  counts.length = 0;
  for (let k = ties.start[s]; k < ties.start[s + 1]; k++) {
    const c = st.circle[ties.list[k]];
    if (c < 0) continue;
    const i = seen.indexOf(c);
    if (i < 0) {
      seen.push(c);
      counts.push(1);
    } else counts[i]++;
  }
  return result;
}
