/**
 * The ABC-SMC perturbation kernel (Toni et al. 2009; Beaumont et al. 2009; Filippi et al. 2013):
 * a multivariate normal with covariance twice the weighted covariance of the previous population,
 * so correlated parameters (willing and verbinderShare come out at −0.72) are proposed along their
 * ridge instead of component by component, which wastes simulations. Integer parameters
 * (foundingMin, invitees) get their own rounded normal, independent of the rest (a discrete kernel).
 *
 * A proposal outside the prior is discarded and a new particle drawn (not re-perturbed), so the
 * proposals have density q(θ) = Σ_j w_j K(θ | θ_j) restricted to the prior, up to one constant Q
 * (the mixture's mass inside the prior): the importance weights π(θ)/q(θ) are exact after
 * normalising, and evidence estimates are multiplied by Q̂ = kept / drawn (`insideShare`).
 * Linear algebra (covariance square root, inverse, determinant) and erf come from mathjs.
 */
import { det, erf, inv, sqrtm } from 'mathjs';
import { weightedIndex } from '../core/sample.ts';
import type { Prior } from './prior.ts';

/** Standard normal CDF, Φ(x) = ½(1 + erf(x/√2)), evaluated in the lower tail for precision. */
export function normalCdf(x: number): number {
  const e = erf(Math.abs(x) / Math.SQRT2) as number;
  return x >= 0 ? 0.5 * (1 + e) : 0.5 * (1 - e);
}

/** P(a < Z < b) for a standard normal Z, taken in the tail where both ends lie. */
export function normalMass(a: number, b: number): number {
  return a > 0 ? normalCdf(-a) - normalCdf(-b) : normalCdf(b) - normalCdf(a);
}

const LOG_2PI = Math.log(2 * Math.PI);

/** Smallest kernel widths: a fraction of the prior width, and half a step for whole numbers, so a collapsed population can still move. */
const MIN_SD_SHARE = 1e-4;
const MIN_SD_INTEGER = 0.5;
const MAX_DRAWS = 100_000;

export class Kernel {
  /** Standard deviation per parameter (the square root of the covariance's diagonal for continuous ones). */
  readonly sd: number[];
  /** Covariance of the continuous parameters (indices `cont`), twice the weighted covariance. */
  readonly cov: number[][];
  readonly cont: number[];
  readonly ints: number[];
  private readonly root: number[][];
  private readonly precision: number[][];
  private readonly logNorm: number;
  /** Proposals drawn and kept (inside the prior), for Q̂. */
  drawn = 0;
  kept = 0;

  /** Kernel for a population (particles[i][k], normalised weights). */
  constructor(
    readonly prior: Prior,
    readonly particles: readonly number[][],
    readonly weights: readonly number[],
  ) {
    const dims = prior.names.map((_, k) => k);
    this.cont = dims.filter((k) => !prior.integer[k]);
    this.ints = dims.filter((k) => prior.integer[k]);
    const mean = dims.map((k) => particles.reduce((s, p, i) => s + weights[i] * p[k], 0));
    const cov = (a: number, b: number) => 2 * particles.reduce((s, p, i) => s + weights[i] * (p[a] - mean[a]) * (p[b] - mean[b]), 0);
    this.cov = this.cont.map((a) => this.cont.map((b) => cov(a, b)));
    // Floor the variances so a collapsed population still moves (and the matrix stays invertible).
    this.cont.forEach((a, i) => (this.cov[i][i] = Math.max(this.cov[i][i], (MIN_SD_SHARE * (prior.hi[a] - prior.lo[a])) ** 2)));
    for (let i = 0; i < this.cont.length; i++) this.cov[i][i] *= 1 + 1e-9;
    const n = this.cont.length;
    this.root = n ? (sqrtm(this.cov) as number[][]) : [];
    this.precision = n ? (inv(this.cov) as number[][]) : [];
    this.logNorm = n ? -0.5 * (n * LOG_2PI + Math.log(det(this.cov) as number)) : 0;
    this.sd = dims.map((k) =>
      prior.integer[k] ? Math.max(Math.sqrt(cov(k, k)), MIN_SD_INTEGER) : Math.sqrt(this.cov[this.cont.indexOf(k)][this.cont.indexOf(k)]),
    );
  }

  /** One perturbation of particle j (it may lie outside the prior). */
  perturb(j: number, normal: () => number): number[] {
    const x = [...this.particles[j]];
    const z = this.cont.map(() => normal());
    this.cont.forEach((k, i) => {
      let d = 0;
      for (let m = 0; m < z.length; m++) d += this.root[i][m] * z[m];
      x[k] += d;
    });
    for (const k of this.ints) x[k] = Math.round(x[k] + this.sd[k] * normal());
    return x;
  }

  /** A proposal from the mixture restricted to the prior: particle by weight, perturbed, drawn again when outside. */
  propose(u: () => number, normal: () => number): number[] {
    for (let tries = 0; tries < MAX_DRAWS; tries++) {
      const x = this.perturb(weightedIndex(u(), this.weights), normal);
      this.drawn++;
      if (x.every((v, k) => v >= this.prior.lo[k] && v <= this.prior.hi[k])) {
        this.kept++;
        return x;
      }
    }
    throw new Error('the perturbation kernel found no proposal inside the prior');
  }

  /** Q̂: the share of the mixture's mass inside the prior, as drawn so far (1 before any draw). */
  get insideShare(): number {
    return this.drawn ? this.kept / this.drawn : 1;
  }

  /** log K(θ | θ_j): the multivariate normal of the continuous parameters times the rounded normals of the integer ones. */
  logDensity(theta: ArrayLike<number>, j: number): number {
    const from = this.particles[j];
    let ld = this.logNorm;
    const d = this.cont.map((k) => theta[k] - from[k]);
    let q = 0;
    for (let a = 0; a < d.length; a++) for (let b = 0; b < d.length; b++) q += d[a] * this.precision[a][b] * d[b];
    ld -= 0.5 * q;
    for (const k of this.ints) {
      const sd = this.sd[k],
        mu = from[k];
      ld += Math.log(Math.max(normalMass((theta[k] - 0.5 - mu) / sd, (theta[k] + 0.5 - mu) / sd), 1e-300));
    }
    return ld;
  }

  /** log Σ_j w_j K(θ | θ_j): the density of the whole proposal mixture at θ (log-sum-exp). */
  logMixture(theta: ArrayLike<number>): number {
    let max = -Infinity;
    const terms = this.particles.map((_, j) => {
      const v = this.weights[j] > 0 ? Math.log(this.weights[j]) + this.logDensity(theta, j) : -Infinity;
      if (v > max) max = v;
      return v;
    });
    if (max === -Infinity) return -Infinity;
    let s = 0;
    for (const v of terms) s += Math.exp(v - max);
    return max + Math.log(s);
  }
}

/** Standard normal draws from a uniform source (Box–Muller; one pair per two uniforms, the sine half kept for the next call). */
export function normalSource(u: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const z = spare;
      spare = null;
      return z;
    }
    const r = Math.sqrt(-2 * Math.log(1 - u())),
      a = 2 * Math.PI * u();
    spare = r * Math.sin(a);
    return r * Math.cos(a);
  };
}
