/**
 * The mutable state of one run on a world: per slot typed arrays plus the circle table.
 * Tie counts are kept up to date incrementally (push on every change), so the monthly passes read
 * two or three small integers per person instead of scanning everyone's ties.
 *
 * Invariants (checked in test/core/state.test.ts):
 *   nAware[i]   = ties of i whose occupant is aware and not in a circle
 *   nActive[i]  = ties of i who are members of an active circle
 *   nPassive[i] = ties of i who are members of a passive circle
 *   settled[i]  = 1 exactly when i is lived in, aware, and in a circle or not willing: nothing the
 *                 monthly pass over people (processes/people.ts) can do for i
 *   bit i of `open`       = lived in and not settled: the slots that pass visits (32 per word, so a
 *                           word of settled or empty slots costs one read)
 *   bit i of `connectors` = potential[i]: the few self-initiation (processes/initiation.ts) looks at
 */
import { CircleTable } from './circles.ts';
import type { Params } from './params/index.ts';
import { u01 } from './rng.ts';
import type { World } from './world.ts';

/** Tie counts below this (each of aware, active, passive) have their hearing chance memoised (people.ts). */
export const MEMO_SIDE = 16;

export class RunState {
  readonly n: number;
  /** Current occupant per slot, -1 while the slot is not yet lived in. */
  readonly occ: Int32Array;
  readonly willing: Uint8Array;
  readonly potential: Uint8Array;
  readonly aware: Uint8Array;
  readonly circle: Int32Array;
  /** 1 while someone has committed to a founding that is still gathering people. */
  readonly reserved: Uint8Array;
  readonly nAware: Uint16Array;
  readonly nActive: Uint16Array;
  readonly nPassive: Uint16Array;
  readonly cooldownUntil: Int16Array;
  readonly settled: Uint8Array;
  /** Bit sets over slots (see the invariants above), 32 slots per element. */
  readonly open: Int32Array;
  readonly connectors: Int32Array;
  readonly next: Int32Array;
  readonly prev: Int32Array;
  readonly circles = new CircleTable();
  /** Working arrays of circlesKnown (processes/known.ts): the circles a person knows, and how many members of each. */
  readonly knownSeen: number[] = [];
  readonly knownCounts: number[] = [];
  members = 0;
  /** Chance of hearing per tie-count combination (people.ts), valid for one value of outside influence. */
  private readonly hearing = new Float64Array(MEMO_SIDE ** 3).fill(NaN);
  private hearingFor = NaN;

  constructor(
    readonly world: World,
    readonly params: Params,
    private readonly traitKey: number,
  ) {
    const n = (this.n = world.pl.n);
    this.occ = new Int32Array(n).fill(-1);
    this.willing = new Uint8Array(n);
    this.potential = new Uint8Array(n);
    this.aware = new Uint8Array(n);
    this.circle = new Int32Array(n).fill(-1);
    this.reserved = new Uint8Array(n);
    this.nAware = new Uint16Array(n);
    this.nActive = new Uint16Array(n);
    this.nPassive = new Uint16Array(n);
    this.cooldownUntil = new Int16Array(n);
    this.settled = new Uint8Array(n);
    this.open = new Int32Array((n + 31) >>> 5);
    this.connectors = new Int32Array((n + 31) >>> 5);
    this.next = new Int32Array(n).fill(-1);
    this.prev = new Int32Array(n).fill(-1);
  }

  /**
   * Move an occupant into slot s. Traits are keyed draws on the occupant's id, so a person is
   * willing or a potential connector in every scenario alike; raising `willing` only adds people.
   */
  moveIn(s: number, o: number, awareShare: number): void {
    const w = this.world,
      p = this.params;
    this.occ[s] = o;
    const alone = w.pl.alone[s] === 1;
    // A potential connector is by definition willing (they lead a circle they are in), so the
    // others are willing with (willing − verbinderShare) / (1 − verbinderShare): the mean stays at
    // p.willing, while people living alone are aloneWilling× as likely.
    const shareAlone = w.pl.aloneShare;
    const potential = u01(this.traitKey, 3 * o + 1) < p.verbinderShare;
    const rest = Math.max(0, p.willing - p.verbinderShare) / Math.max(1e-9, 1 - p.verbinderShare);
    const base = rest / (1 + (p.aloneWilling - 1) * shareAlone);
    this.potential[s] = potential ? 1 : 0;
    setBit(this.connectors, s, potential);
    this.willing[s] = potential || u01(this.traitKey, 3 * o) < Math.min(1, base * (alone ? p.aloneWilling : 1)) ? 1 : 0;
    this.cooldownUntil[s] = 0;
    if (u01(this.traitKey, 3 * o + 2) < awareShare) this.becomeAware(s);
    this.settle(s);
  }

  /** Keep `settled` (see the invariants above) after any change of occupant, awareness or circle. */
  private settle(s: number): void {
    const settled = this.occ[s] >= 0 && this.aware[s] === 1 && (this.circle[s] >= 0 || this.willing[s] === 0);
    this.settled[s] = settled ? 1 : 0;
    setBit(this.open, s, this.occ[s] >= 0 && !settled);
  }

  /** Working arrays of initiation (processes/initiation.ts): the circles that exist this month, grown on demand. */
  private live = { x: new Float64Array(64), y: new Float64Array(64), w: new Float64Array(64), id: new Int32Array(64) };
  liveCircles(count: number): { x: Float64Array; y: Float64Array; w: Float64Array; id: Int32Array } {
    if (count > this.live.id.length) {
      const n = Math.max(count, 2 * this.live.id.length);
      this.live = { x: new Float64Array(n), y: new Float64Array(n), w: new Float64Array(n), id: new Int32Array(n) };
    }
    return this.live;
  }

  private powers: Float64Array | null = null;
  /** (j/2)^exponent for j = 0 … top (initiation's hazard by circles known): the exponent is fixed for a run. */
  spawnPowers(top: number, exponent: number): Float64Array {
    if (!this.powers) {
      this.powers = new Float64Array(top + 1);
      for (let j = 0; j <= top; j++) this.powers[j] = Math.pow(j / 2, exponent);
    }
    return this.powers;
  }

  /**
   * The hearing-chance table of people.ts for this month's outside influence `lOut` (PR and media):
   * kept while lOut stays the same (most months), emptied (NaN) when it changes.
   */
  hearingMemo(lOut: number): Float64Array {
    if (lOut !== this.hearingFor) {
      this.hearing.fill(NaN);
      this.hearingFor = lOut;
    }
    return this.hearing;
  }

  /** The occupant leaves the area (death, nursing home, moving): the slot is empty until refilled. */
  moveOut(s: number, month: number): void {
    if (this.circle[s] >= 0) this.leave(s, month, false);
    else if (this.aware[s]) this.bump(this.nAware, s, -1);
    this.aware[s] = 0;
    this.reserved[s] = 0;
    this.occ[s] = -1;
    this.settle(s);
  }

  /** Slot s is lived in by someone who is neither in a circle nor committed to a founding. */
  isFree(s: number): boolean {
    return this.occ[s] >= 0 && this.circle[s] < 0 && !this.reserved[s];
  }

  becomeAware(s: number): void {
    if (this.aware[s]) return;
    this.aware[s] = 1;
    if (this.circle[s] < 0) this.bump(this.nAware, s, +1);
    this.settle(s);
  }

  join(s: number, c: number): void {
    const cs = this.circles;
    if (this.aware[s]) this.bump(this.nAware, s, -1);
    this.aware[s] = 1;
    this.reserved[s] = 0;
    this.circle[s] = c;
    this.next[s] = cs.head[c];
    this.prev[s] = -1;
    if (cs.head[c] >= 0) this.prev[cs.head[c]] = s;
    cs.head[c] = s;
    cs.size[c]++;
    if (cs.verbinder[c] < 0) cs.verbinder[c] = s;
    this.members++;
    this.settle(s);
    this.bump(cs.active[c] ? this.nActive : this.nPassive, s, +1);
  }

  /**
   * Remove s from its circle. `stays` = still living here (drop-out, dissolution): then s is an
   * aware non-member again. A connector who leaves is succeeded by another member with probability
   * `succession`, else the circle turns passive without a connector.
   */
  leave(s: number, month: number, stays: boolean, successionDraw = 0): void {
    const cs = this.circles,
      c = this.circle[s];
    this.bump(cs.active[c] ? this.nActive : this.nPassive, s, -1);
    if (this.prev[s] >= 0) this.next[this.prev[s]] = this.next[s];
    else cs.head[c] = this.next[s];
    if (this.next[s] >= 0) this.prev[this.next[s]] = this.prev[s];
    this.next[s] = this.prev[s] = -1;
    this.circle[s] = -1;
    this.settle(s);
    cs.size[c]--;
    this.members--;
    if (stays) this.bump(this.nAware, s, +1);
    if (cs.verbinder[c] === s) {
      cs.verbinder[c] = -1;
      if (cs.size[c] > 0 && successionDraw < this.params.succession) cs.verbinder[c] = cs.head[c];
      else if (cs.active[c]) this.setActive(c, false);
    }
    if (cs.size[c] === 0) cs.ended[c] = month;
  }

  /** Active ↔ passive: members of passive circles count as passive ties (they talk less). */
  setActive(c: number, active: boolean): void {
    const cs = this.circles;
    if ((cs.active[c] === 1) === active) return;
    for (let m = cs.head[c]; m >= 0; m = this.next[m]) {
      this.bump(cs.active[c] ? this.nActive : this.nPassive, m, -1);
      this.bump(active ? this.nActive : this.nPassive, m, +1);
    }
    cs.active[c] = active ? 1 : 0;
  }

  dissolve(c: number, month: number): void {
    while (this.circles.head[c] >= 0) this.leave(this.circles.head[c], month, true, 1);
    this.circles.ended[c] = month;
  }

  private bump(counts: Uint16Array, s: number, delta: number): void {
    const { start, list } = this.world.ties;
    for (let k = start[s]; k < start[s + 1]; k++) counts[list[k]] += delta;
  }
}

function setBit(bits: Int32Array, i: number, on: boolean): void {
  if (on) bits[i >>> 5] |= 1 << (i & 31);
  else bits[i >>> 5] &= ~(1 << (i & 31));
}

/**
 * Visiting the slots of a bit set in ascending order, re-reading the word after each visit (a visit
 * may open or settle later slots, which the plain loop over all slots would have seen too):
 *   for (let wi = 0, bit = 0; wi < bits.length; wi++)
 *     for (let word = bits[wi]; word !== 0; word = bits[wi] & (ABOVE << bit)) { bit = lowestBit(word); const s = (wi << 5) | bit; … }
 */
export const ABOVE = -2;
export const lowestBit = (b: number) => 31 - Math.clz32(b & -b);
