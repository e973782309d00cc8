/**
 * What a run records, month by month (Mesa's DataCollector, columnar): index m is the state at the
 * end of month m − 1, so index 0 is the start and index `months` the horizon.
 */
import { ORIGIN_NAMES } from './circles.ts';
import type { RunState } from './state.ts';

export const N_ORIGINS = ORIGIN_NAMES.length;

export class Metrics {
  readonly len: number;
  /** Existing circles (active + passive). */
  readonly circles: Int32Array;
  readonly active: Int32Array;
  /** Existing circles by origin: [m * N_ORIGINS + origin]. */
  readonly byOrigin: Int32Array;
  readonly members: Int32Array;
  /** New circles founded in the month, by origin. */
  readonly foundings: Int32Array;
  /** Spontaneous founding attempts that failed the founding threshold in the month. */
  readonly failed: Int32Array;
  /** Professional attempts (meetings, nurse proposals) that produced no circle in the month. */
  readonly seedFailed: Int32Array;
  /** Spontaneous foundings inspired by an existing circle (offspring, for R). */
  readonly offspring: Int32Array;
  /** Cumulative cost in euros. */
  readonly cost: Float64Array;
  /** Per buurt at whole years (index 0, 12, 24, …): members (people 65+ per buurt: World). */
  readonly years: number;
  readonly buurtMembers: Int32Array;
  /** Potential connectors free to start a circle (vital, under 80, not in a circle) at whole years. */
  readonly freeConnectors: Int32Array;
  /** At whole years: all potential connectors still vital (free or not), people 65+ ever willing to join, and those of them in a circle (depletion, for takeoff's saturation and the reasons). */
  readonly connectors: Int32Array;
  readonly willing: Int32Array;
  readonly willingMembers: Int32Array;

  constructor(
    readonly months: number,
    readonly nBuurten: number,
  ) {
    const len = (this.len = months + 1);
    this.circles = new Int32Array(len);
    this.active = new Int32Array(len);
    this.byOrigin = new Int32Array(len * N_ORIGINS);
    this.members = new Int32Array(len);
    this.foundings = new Int32Array(len * N_ORIGINS);
    this.failed = new Int32Array(len);
    this.seedFailed = new Int32Array(len);
    this.offspring = new Int32Array(len);
    this.cost = new Float64Array(len);
    this.years = Math.floor(months / 12) + 1;
    this.buurtMembers = new Int32Array(this.years * nBuurten);
    this.freeConnectors = new Int32Array(this.years);
    this.connectors = new Int32Array(this.years);
    this.willing = new Int32Array(this.years);
    this.willingMembers = new Int32Array(this.years);
  }

  /** Snapshot the state as index m (called with m = t + 1 after month t, and m = 0 at the start). */
  record(st: RunState, m: number, cost: number): void {
    const cs = st.circles;
    let circles = 0,
      active = 0;
    for (let c = 0; c < cs.count; c++) {
      if (cs.ended[c] >= 0) continue;
      circles++;
      active += cs.active[c];
      this.byOrigin[m * N_ORIGINS + cs.origin[c]]++;
    }
    this.circles[m] = circles;
    this.active[m] = active;
    this.members[m] = st.members;
    this.cost[m] = cost;
    if (m % 12 === 0) {
      const b = st.world.pl.buurt,
        off = (m / 12) * this.nBuurten,
        vitalUntil = st.world.life.vitalUntil;
      let free = 0,
        connectors = 0,
        willing = 0,
        willingIn = 0;
      for (let s = 0; s < st.n; s++) {
        if (st.circle[s] >= 0) this.buurtMembers[off + b[s]]++;
        if (st.occ[s] < 0) continue;
        if (st.potential[s] && m < vitalUntil[st.occ[s]]) {
          connectors++;
          if (st.circle[s] < 0) free++;
        }
        if (st.willing[s]) {
          willing++;
          if (st.circle[s] >= 0) willingIn++;
        }
      }
      const y = m / 12;
      this.freeConnectors[y] = free;
      this.connectors[y] = connectors;
      this.willing[y] = willing;
      this.willingMembers[y] = willingIn;
    }
  }

  /**
   * Carry the last state forward from index `from` when a run stopped early because nothing can
   * change any more (no circle, no pending founding, no seeding or PR left): counts stay as they are.
   */
  fillFrom(from: number): void {
    for (let m = from; m < this.len; m++) {
      this.circles[m] = this.circles[from - 1];
      this.active[m] = this.active[from - 1];
      this.members[m] = this.members[from - 1];
      this.cost[m] = this.cost[from - 1];
      if (m % 12 === 0) {
        const y = m / 12,
          last = Math.floor((from - 1) / 12);
        this.freeConnectors[y] = this.freeConnectors[last];
        this.connectors[y] = this.connectors[last];
        this.willing[y] = this.willing[last];
        this.willingMembers[y] = this.willingMembers[last];
      }
      for (let o = 0; o < N_ORIGINS; o++) this.byOrigin[m * N_ORIGINS + o] = this.byOrigin[(from - 1) * N_ORIGINS + o];
    }
  }
}
