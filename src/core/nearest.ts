/**
 * The k nearest of a fixed set of points (meeting places) to a query point, exactly as a scan over
 * every point would find them: ordered by squared distance, equal distances by lower index. A
 * uniform grid with a ring search makes a query cost about k cells instead of every point, so
 * assigning 3.7 million people to 15,000 meeting places (all of NL) is linear, not quadratic
 * (issue #15 point 7: the scan took 236 s for 160 gemeenten).
 */

/** Points per cell on average: a few, so a ring of 3×3 cells usually holds the three nearest. */
const PER_CELL = 2;
/**
 * Relative slack on the stopping rule: a point outside the searched block is at least `bound`
 * away, but its squared distance is computed in doubles; stopping only when the k-th is below
 * bound² by more than rounding can move it keeps ties resolved exactly as in a full scan.
 */
const SLACK = 1e-9;

export class NearestIndex {
  private readonly x0: number;
  private readonly y0: number;
  private readonly cell: number;
  private readonly cols: number;
  private readonly rows: number;
  private readonly start: Int32Array;
  private readonly items: Int32Array;

  constructor(
    private readonly x: ArrayLike<number>,
    private readonly y: ArrayLike<number>,
  ) {
    const n = x.length;
    let x0 = Infinity,
      y0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) throw new RangeError(`NearestIndex: point ${i} is not finite`);
      x0 = Math.min(x0, x[i]);
      x1 = Math.max(x1, x[i]);
      y0 = Math.min(y0, y[i]);
      y1 = Math.max(y1, y[i]);
    }
    if (n === 0) x0 = y0 = x1 = y1 = 0;
    const w = Math.max(x1 - x0, 1),
      h = Math.max(y1 - y0, 1);
    this.cell = Math.max(1, Math.sqrt((w * h * PER_CELL) / Math.max(1, n)));
    this.x0 = x0;
    this.y0 = y0;
    this.cols = Math.floor(w / this.cell) + 1;
    this.rows = Math.floor(h / this.cell) + 1;
    const cells = this.cols * this.rows;
    this.start = new Int32Array(cells + 1);
    const cellOf = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      cellOf[i] = Math.floor((y[i] - y0) / this.cell) * this.cols + Math.floor((x[i] - x0) / this.cell);
      this.start[cellOf[i] + 1]++;
    }
    for (let c = 0; c < cells; c++) this.start[c + 1] += this.start[c];
    const fill = this.start.slice(0, cells);
    this.items = new Int32Array(n);
    // Ascending i within a cell (not needed for correctness: ties are broken by index below).
    for (let i = 0; i < n; i++) this.items[fill[cellOf[i]]++] = i;
  }

  /**
   * Writes the indices of the (up to) k nearest points to (px, py) into `out`, nearest first, and
   * returns how many. `px`, `py` must be finite (the caller falls back to a scan otherwise).
   */
  nearest(px: number, py: number, k: number, out: Int32Array, dist: Float64Array): number {
    let found = 0;
    const cx = Math.floor((px - this.x0) / this.cell),
      cy = Math.floor((py - this.y0) / this.cell);
    // Rings that miss the grid hold nothing: start at the first ring that touches it.
    const first = Math.max(0, -cx, cx - (this.cols - 1), -cy, cy - (this.rows - 1));
    for (let r = first; ; r++) {
      const cLo = cx - r,
        cHi = cx + r,
        rLo = cy - r,
        rHi = cy + r;
      for (let row = Math.max(0, rLo); row <= Math.min(this.rows - 1, rHi); row++) {
        const edgeRow = row === rLo || row === rHi;
        // Inside the ring only its left and right columns are new.
        const step = edgeRow ? 1 : cHi - cLo;
        for (let col = cLo; col <= cHi; col += step || 1) {
          if (col < 0 || col >= this.cols) continue;
          const c = row * this.cols + col;
          for (let q = this.start[c]; q < this.start[c + 1]; q++) {
            const f = this.items[q];
            const d = (this.x[f] - px) ** 2 + (this.y[f] - py) ** 2;
            found = insert(out, dist, found, k, f, d);
          }
        }
      }
      const covered = cLo <= 0 && rLo <= 0 && cHi >= this.cols - 1 && rHi >= this.rows - 1;
      if (covered) return found;
      if (found === k) {
        const bound = Math.min(
          px - (this.x0 + cLo * this.cell),
          this.x0 + (cHi + 1) * this.cell - px,
          py - (this.y0 + rLo * this.cell),
          this.y0 + (rHi + 1) * this.cell - py,
        );
        if (bound > 0 && dist[k - 1] < bound * bound * (1 - SLACK)) return found;
      }
    }
  }
}

/** Keeps out[0..found) sorted by (distance, index); returns the new count (at most k). */
function insert(out: Int32Array, dist: Float64Array, found: number, k: number, f: number, d: number): number {
  if (!(d === d)) return found; // NaN is never nearer, as in the scan
  let s = found < k ? found : k;
  while (s > 0 && (dist[s - 1] > d || (dist[s - 1] === d && out[s - 1] > f))) s--;
  if (s >= k) return found;
  for (let u = Math.min(found, k - 1); u > s; u--) {
    out[u] = out[u - 1];
    dist[u] = dist[u - 1];
  }
  out[s] = f;
  dist[s] = d;
  return Math.min(found + 1, k);
}
