/**
 * Circles as a struct of arrays that grows as circles are founded. A circle never disappears from
 * the table: dissolution sets `ended`, so the offspring tree (parent → children) stays complete
 * for R and the reports.
 */
/**
 * How a circle started: seeded by a route (A, B, C); by older people inspired by another circle
 * (Spontaneous, with that circle as parent); as the split of a full circle (Split, parent = the
 * full circle); or by older people moved by PR or media (External: no parent — the influence came
 * from outside, so it is not offspring and does not count towards takeoff or R); Unknown: a circle
 * from the register whose route nobody recorded (never founded during a run).
 */
export const enum Origin {
  A = 0,
  B = 1,
  C = 2,
  Spontaneous = 3,
  Split = 4,
  External = 5,
  Unknown = 6,
}
export const ORIGIN_NAMES = ['a', 'b', 'c', 'spontaneous', 'split', 'external', 'unknown'] as const;
/** Circles older people started themselves, whatever moved them (for the summaries' "spontaneous"). */
export const selfMade = (o: number) => o === Origin.Spontaneous || o === Origin.Split || o === Origin.External;

export class CircleTable {
  count = 0;
  private cap = 0;
  head = new Int32Array(0);
  size = new Int16Array(0);
  verbinder = new Int32Array(0);
  origin = new Uint8Array(0);
  parent = new Int32Array(0);
  founded = new Int16Array(0);
  ended = new Int16Array(0);
  active = new Uint8Array(0);
  belowSince = new Int16Array(0);
  buurt = new Uint16Array(0);
  x = new Float32Array(0);
  y = new Float32Array(0);
  offspring = new Int32Array(0);

  constructor(initial = 64) {
    this.grow(initial);
  }

  private grow(cap: number): void {
    const copy = <T extends Int32Array | Int16Array | Uint8Array | Uint16Array | Float32Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.head = copy(this.head, (n) => new Int32Array(n));
    this.size = copy(this.size, (n) => new Int16Array(n));
    this.verbinder = copy(this.verbinder, (n) => new Int32Array(n));
    this.origin = copy(this.origin, (n) => new Uint8Array(n));
    this.parent = copy(this.parent, (n) => new Int32Array(n));
    this.founded = copy(this.founded, (n) => new Int16Array(n));
    this.ended = copy(this.ended, (n) => new Int16Array(n));
    this.active = copy(this.active, (n) => new Uint8Array(n));
    this.belowSince = copy(this.belowSince, (n) => new Int16Array(n));
    this.buurt = copy(this.buurt, (n) => new Uint16Array(n));
    this.x = copy(this.x, (n) => new Float32Array(n));
    this.y = copy(this.y, (n) => new Float32Array(n));
    this.offspring = copy(this.offspring, (n) => new Int32Array(n));
    this.cap = cap;
  }

  /** A new, empty, active circle; members are added with RunState.join. */
  add(origin: Origin, parent: number, month: number, x: number, y: number, buurt: number): number {
    if (this.count === this.cap) this.grow(this.cap * 2);
    const c = this.count++;
    this.head[c] = -1;
    this.size[c] = 0;
    this.verbinder[c] = -1;
    this.origin[c] = origin;
    this.parent[c] = parent;
    this.founded[c] = month;
    this.ended[c] = -1;
    this.active[c] = 1;
    this.belowSince[c] = -1;
    this.buurt[c] = buurt;
    this.x[c] = x;
    this.y[c] = y;
    this.offspring[c] = 0;
    if (parent >= 0) this.offspring[parent]++;
    return c;
  }

  exists(c: number): boolean {
    return this.ended[c] < 0;
  }
}
