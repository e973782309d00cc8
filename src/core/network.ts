/**
 * The tie network between slots (MODEL.md process 2; model-science.md §2.6, §6.2): partners,
 * neighbours drawn with a distance-decaying kernel P(tie | d) ∝ 1 / (1 + (d/d₀)^α), dense ties
 * inside corporation complexes, and ties through meeting places (foci) that bridge 1–3 km.
 * Stored as a symmetric CSR list (Int32Array offsets + targets): no object per person.
 */
import { countAround, type Grid } from './grid.ts';
import type { Params } from './params/index.ts';
import type { Placement } from './population.ts';
import type { Sequence } from './rng.ts';
import { poisson } from './sample.ts';

export interface Ties {
  start: Int32Array;
  list: Int32Array;
}

/** Enough candidates to draw a handful of ties from without looking across the whole gemeente. */
const MIN_CANDIDATES = 40;
const MAX_RADIUS = 5000;
const KERNEL_STEP = 5;
const KERNEL_BINS = (2 * MAX_RADIUS) / KERNEL_STEP;

class EdgeBuffer {
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  n = 0;
  push(i: number, j: number): void {
    if (i === j) return;
    if (this.n === this.a.length) {
      const a = new Int32Array(this.n * 2),
        b = new Int32Array(this.n * 2);
      a.set(this.a);
      b.set(this.b);
      this.a = a;
      this.b = b;
    }
    this.a[this.n] = Math.min(i, j);
    this.b[this.n++] = Math.max(i, j);
  }
}

/** Members of each group (complex or focus) as CSR, from a per-slot group id (-1 = none). */
export function groupMembers(group: Int32Array, groups: number): Ties {
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < group.length; i++) if (group[i] >= 0) start[group[i] + 1]++;
  for (let g = 0; g < groups; g++) start[g + 1] += start[g];
  const fill = start.slice(0, groups),
    list = new Int32Array(start[groups]);
  for (let i = 0; i < group.length; i++) if (group[i] >= 0) list[fill[group[i]]++] = i;
  return { start, list };
}

function neighbourTies(pl: Placement, grid: Grid, params: Params, rng: Sequence, edges: EdgeBuffer): void {
  const d0 = params.tieDistance,
    alpha = params.tieDecay;
  // P(tie | d) ∝ 1 / (1 + (d/d₀)^α), tabulated in 5 m steps (the model's positions are not finer).
  const kernel = Float64Array.from({ length: KERNEL_BINS }, (_, b) => 1 / (1 + Math.pow(((b + 0.5) * KERNEL_STEP) / d0, alpha)));
  // Candidate buffers reused for every person (typed, grown on demand): no array churn per person.
  let cand = new Int32Array(256),
    weight = new Float64Array(256);
  for (let i = 0; i < pl.n; i++) {
    const m = poisson(rng, params.neighbourTies / 2); // each tie has two ends: mean degree ≈ neighbourTies
    if (m === 0) continue;
    const x = pl.x[i],
      y = pl.y[i];
    // The kernel has a heavy tail (α < 2 in the plane), so the neighbourhood is where the nearest
    // MIN_CANDIDATES people live: grow the radius on cell counts first, then weigh only those.
    let r = d0 / 2;
    while (r < MAX_RADIUS && countAround(grid, x, y, r) < MIN_CANDIDATES) r *= 1.5;
    let nc = 0;
    // forEachWithin, inlined: a callback per person is measurable here (≈ 2 × 10⁵ visits per world).
    const c0 = Math.max(0, Math.floor((x - r - grid.x0) / grid.cell)),
      c1 = Math.min(grid.cols - 1, Math.floor((x + r - grid.x0) / grid.cell));
    const r0 = Math.max(0, Math.floor((y - r - grid.y0) / grid.cell)),
      r1 = Math.min(grid.rows - 1, Math.floor((y + r - grid.y0) / grid.cell));
    for (let row = r0; row <= r1; row++) {
      for (let k = grid.start[row * grid.cols + c0], end = grid.start[row * grid.cols + c1 + 1]; k < end; k++) {
        const j = grid.items[k];
        const dx = pl.x[j] - x,
          dy = pl.y[j] - y,
          d2 = dx * dx + dy * dy;
        if (j === i || d2 > r * r) continue;
        if (nc === cand.length) {
          const c2 = new Int32Array(2 * nc),
            w2 = new Float64Array(2 * nc);
          c2.set(cand);
          w2.set(weight);
          cand = c2;
          weight = w2;
        }
        cand[nc] = j;
        weight[nc++] = kernel[Math.min(KERNEL_BINS - 1, Math.floor(Math.sqrt(d2) / KERNEL_STEP))];
      }
    }
    let total = 0;
    for (let c = 0; c < nc; c++) total += weight[c];
    for (let k = 0; k < m && total > 1e-12; k++) {
      let u = rng() * total,
        c = 0;
      while (c < nc - 1 && u >= weight[c]) u -= weight[c++];
      edges.push(i, cand[c]);
      total -= weight[c];
      weight[c] = 0; // without replacement
    }
  }
}

function groupTies(members: Ties, perPerson: number, rng: Sequence, edges: EdgeBuffer): void {
  for (let g = 0; g + 1 < members.start.length; g++) {
    const a = members.start[g],
      size = members.start[g + 1] - a;
    if (size < 2) continue;
    const draws = Math.min(size - 1, Math.ceil(perPerson / 2));
    for (let k = a; k < a + size; k++) {
      for (let d = 0; d < draws; d++) edges.push(members.list[k], members.list[a + rng.int(size)]);
    }
  }
}

export function buildTies(pl: Placement, grid: Grid, complexes: Ties, foci: Ties, params: Params, rng: Sequence): Ties {
  const edges = new EdgeBuffer();
  for (let i = 0; i < pl.n; i++) if (pl.partner[i] > i) edges.push(i, pl.partner[i]);
  groupTies(complexes, params.complexTies, rng, edges);
  groupTies(foci, params.focusTies, rng, edges);
  neighbourTies(pl, grid, params, rng, edges);
  // Deduplicate pairs (a < b) in ascending (a, b) order: a counting sort by a, then each row's b
  // sorted (rows are short). The same order a sort of the keys a·n + b gave, at a fraction of the
  // cost (sorting a Float64Array of all edges was a fifth of world building, measured).
  const n = pl.n,
    rowStart = new Int32Array(n + 1);
  for (let e = 0; e < edges.n; e++) rowStart[edges.a[e] + 1]++;
  for (let i = 0; i < n; i++) rowStart[i + 1] += rowStart[i];
  const rowFill = rowStart.slice(0, n),
    bs = new Int32Array(edges.n);
  for (let e = 0; e < edges.n; e++) bs[rowFill[edges.a[e]]++] = edges.b[e];
  const start = new Int32Array(n + 1);
  let unique = 0;
  const ua = new Int32Array(edges.n),
    ub = new Int32Array(edges.n);
  for (let a = 0; a < n; a++) {
    const from = rowStart[a],
      to = rowStart[a + 1];
    if (to - from > 32) bs.subarray(from, to).sort();
    else
      for (let k = from + 1; k < to; k++) {
        // insertion sort
        const v = bs[k];
        let j = k - 1;
        while (j >= from && bs[j] > v) {
          bs[j + 1] = bs[j];
          j--;
        }
        bs[j + 1] = v;
      }
    for (let k = from; k < to; k++) {
      if (k > from && bs[k] === bs[k - 1]) continue;
      ua[unique] = a;
      ub[unique++] = bs[k];
      start[a + 1]++;
      start[bs[k] + 1]++;
    }
  }
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n),
    list = new Int32Array(start[n]);
  for (let e = 0; e < unique; e++) {
    const a = ua[e],
      b = ub[e];
    list[fill[a]++] = b;
    list[fill[b]++] = a;
  }
  return { start, list };
}
