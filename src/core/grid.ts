/**
 * A uniform grid over slot positions for radius and nearest-neighbour queries (world building and
 * the rare run-time lookups: who lives within walking distance of a venue or a connector).
 * Items are stored sorted by cell (CSR), so a query touches a few contiguous ranges.
 */
export interface Grid {
  cell: number;
  x0: number;
  y0: number;
  cols: number;
  rows: number;
  start: Int32Array; // cols*rows + 1
  items: Int32Array;
  /**
   * Working array of nearestWithin (packed keys), owned by the grid rather than the module so the
   * core keeps no module-level state; grown on demand, valid only during one call.
   */
  scratch: Float64Array;
}

export function buildGrid(x: Float32Array, y: Float32Array, n: number, cell: number): Grid {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (let i = 0; i < n; i++) {
    if (x[i] < x0) x0 = x[i];
    if (y[i] < y0) y0 = y[i];
    if (x[i] > x1) x1 = x[i];
    if (y[i] > y1) y1 = y[i];
  }
  if (n === 0) x0 = y0 = x1 = y1 = 0;
  const cols = Math.max(1, Math.floor((x1 - x0) / cell) + 1);
  const rows = Math.max(1, Math.floor((y1 - y0) / cell) + 1);
  const start = new Int32Array(cols * rows + 1);
  const cellOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = Math.floor((y[i] - y0) / cell) * cols + Math.floor((x[i] - x0) / cell);
    cellOf[i] = c;
    start[c + 1]++;
  }
  for (let c = 0; c < cols * rows; c++) start[c + 1] += start[c];
  const fill = start.slice(0, cols * rows);
  const items = new Int32Array(n);
  for (let i = 0; i < n; i++) items[fill[cellOf[i]]++] = i;
  return { cell, x0, y0, cols, rows, start, items, scratch: new Float64Array(1024) };
}

/** Calls visit(i, d²) for every item within radius r of (px, py). */
export function forEachWithin(g: Grid, x: Float32Array, y: Float32Array, px: number, py: number, r: number, visit: (i: number, d2: number) => void): void {
  const c0 = Math.max(0, Math.floor((px - r - g.x0) / g.cell));
  const c1 = Math.min(g.cols - 1, Math.floor((px + r - g.x0) / g.cell));
  const r0 = Math.max(0, Math.floor((py - r - g.y0) / g.cell));
  const r1 = Math.min(g.rows - 1, Math.floor((py + r - g.y0) / g.cell));
  const r2 = r * r;
  for (let row = r0; row <= r1; row++) {
    for (let col = c0; col <= c1; col++) {
      const c = row * g.cols + col;
      for (let k = g.start[c]; k < g.start[c + 1]; k++) {
        const i = g.items[k];
        const dx = x[i] - px,
          dy = y[i] - py;
        const d2 = dx * dx + dy * dy;
        if (d2 <= r2) visit(i, d2);
      }
    }
  }
}

/**
 * The items within radius r sorted by distance (nearest first), filtered by `keep`, at most `max`.
 * Used for "the nearest neighbours who are not yet in a circle". Searches outward in rings (most
 * answers lie close by) and sorts packed numeric keys (d² · 2²¹ + i) instead of objects.
 */
export function nearestWithin(
  g: Grid,
  x: Float32Array,
  y: Float32Array,
  px: number,
  py: number,
  r: number,
  max: number,
  keep: (i: number) => boolean,
): number[] {
  if (max <= 0) return [];
  // Start where the cell counts promise enough candidates (twice `max`, as some are filtered out).
  let radius = Math.min(r, g.cell);
  while (radius < r && countAround(g, px, py, radius) < 2 * max) radius = Math.min(r, radius * 2);
  for (;;) {
    let n = 0;
    // forEachWithin, inlined (a callback per candidate showed in profiles of founders' invitations):
    // the cells of one row are contiguous in `items`.
    const c0 = Math.max(0, Math.floor((px - radius - g.x0) / g.cell)),
      c1 = Math.min(g.cols - 1, Math.floor((px + radius - g.x0) / g.cell));
    const r0 = Math.max(0, Math.floor((py - radius - g.y0) / g.cell)),
      r1 = Math.min(g.rows - 1, Math.floor((py + radius - g.y0) / g.cell));
    const r2 = radius * radius;
    for (let row = r0; row <= r1; row++) {
      for (let k = g.start[row * g.cols + c0], end = g.start[row * g.cols + c1 + 1]; k < end; k++) {
        const i = g.items[k];
        const dx = x[i] - px,
          dy = y[i] - py;
        const d2 = dx * dx + dy * dy;
        if (d2 > r2 || !keep(i)) continue;
        if (n === g.scratch.length) g.scratch = growScratch(g.scratch);
        g.scratch[n++] = Math.floor(d2) * PACK + i;
      }
    }
    if (n >= max || radius >= r) return smallest(g.scratch, n, max).map((key) => key % PACK);
    radius = Math.min(r, radius * 2);
  }
}

/**
 * The `max` smallest of keys[0 … n − 1], ascending: what sorting them all and taking the first
 * `max` gives (keys are distinct), without sorting the whole neighbourhood when only some are
 * wanted (founders invite 25 out of hundreds: the sort was most of this lookup, measured).
 */
function smallest(keys: Float64Array, n: number, max: number): number[] {
  if (max > 64 || n <= max) return Array.from(keys.subarray(0, n).sort().subarray(0, Math.min(n, max)));
  const top: number[] = [];
  for (let k = 0; k < n; k++) {
    const v = keys[k];
    if (top.length === max && v >= top[max - 1]) continue;
    let j = top.length === max ? max - 1 : top.length;
    while (j > 0 && top[j - 1] > v) {
      top[j] = top[j - 1];
      j--;
    }
    top[j] = v;
  }
  return top;
}

/** 2²¹: slot indices stay below it (two million people 65+ in one area is far beyond any gemeente). */
const PACK = 2 ** 21;
const growScratch = (a: Float64Array) => {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
};

/** Number of items in the cells overlapping the square of half-width r around (px, py): an upper bound on those within r. */
export function countAround(g: Grid, px: number, py: number, r: number): number {
  const c0 = Math.max(0, Math.floor((px - r - g.x0) / g.cell));
  const c1 = Math.min(g.cols - 1, Math.floor((px + r - g.x0) / g.cell));
  const r0 = Math.max(0, Math.floor((py - r - g.y0) / g.cell));
  const r1 = Math.min(g.rows - 1, Math.floor((py + r - g.y0) / g.cell));
  let n = 0;
  for (let row = r0; row <= r1; row++) n += g.start[row * g.cols + c1 + 1] - g.start[row * g.cols + c0];
  return n;
}
