/**
 * Which circles a person knows through their ties, and how many members of each: used by joining
 * (join the circle you know best) and self-initiation (E distinct circles, the inspiring parent).
 * Reuses the run's two working arrays (RunState.knownSeen/knownCounts): these run for every
 * would-be joiner and connector, every month, and the core keeps no module-level state.
 */
import type { Ties } from '../network.ts';
import type { RunState } from '../state.ts';

/** Valid until the next call for the same run (the run's working arrays). */
export function circlesKnown(st: RunState, ties: Ties, s: number): { readonly seen: readonly number[]; readonly counts: readonly number[] } {
  const seen = st.knownSeen,
    counts = st.knownCounts;
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
  return { seen, counts };
}
