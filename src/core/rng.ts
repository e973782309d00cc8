/**
 * Seeded randomness, split into named streams.
 *
 * Two kinds of draws:
 * - **Keyed draws** `u01(key, i)`: a uniform number for person/slot `i` under a 32-bit key. Keys are
 *   made per (stream, month, draw slot) with `monthKey`, so the draw a person gets in a month does
 *   not depend on what other people did or on the order they were visited. That is what keeps
 *   common random numbers aligned: two scenarios that differ in one process share every other draw,
 *   and a difference from month 24 on leaves everything before month 24 identical.
 * - **Sequential streams** `sequence(...)`: seedrandom's alea (passes BigCrush per its docs) for
 *   world building and the rare draws that are not tied to one person.
 *
 * Keys come from alea, so every stream key is a function of the seed and the stream's name only.
 * For fixed key, i → u01(key, i) is a bijection of 32-bit integers (murmur3's finaliser after an
 * odd multiply), so no two people share a draw within a month; different keys decorrelate.
 */
import seedrandom from 'seedrandom';

export type Seed = number | string;

/** A 32-bit key for a named stream: streamKey(seed, 'rep', 3, 'joining'). */
export function streamKey(...parts: (string | number)[]): number {
  return seedrandom.alea(parts.join('|')).int32() >>> 0;
}

/** murmur3 fmix32: a bijective avalanche mix on 32-bit integers. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Key for the draws of one stream in one month; `slot` separates several draws per person-month. */
export function monthKey(stream: number, month: number, slot = 0): number {
  return fmix(fmix(stream ^ Math.imul(month + 1, 0x27d4eb2f)) ^ Math.imul(slot + 1, 0x165667b1));
}

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/** Uniform in [0, 1) for index i under key (see monthKey). */
export function u01(key: number, i: number): number {
  return fmix(key ^ Math.imul(i + 1, 0x9e3779b1)) * TWO_POW_MINUS_32;
}

/** A sequential generator: uniform in [0, 1). */
export interface Sequence {
  (): number;
  /** Integer in [0, n). */
  int(n: number): number;
}

/** A sequential alea stream for the named key (world building, placement choices). */
export function sequence(...parts: (string | number)[]): Sequence {
  const g = seedrandom.alea(parts.join('|'));
  const s = (() => g()) as Sequence;
  s.int = (n: number) => Math.floor(g() * n);
  return s;
}

/** A sequential stream built on keyed draws: cheap, for hot loops that need many draws. */
export function keyedSequence(key: number): Sequence & { reset(key: number): void } {
  let i = 0;
  const s = (() => u01(key, i++)) as Sequence & { reset(key: number): void };
  s.int = (n: number) => Math.floor(u01(key, i++) * n);
  // One stream object reused for many keys (one per slot) avoids a closure per slot.
  s.reset = (k: number) => {
    key = k;
    i = 0;
  };
  return s;
}
