/**
 * The ABC-SMC perturbation kernel (Toni et al. 2009; Beaumont et al. 2009): component-wise
 * Gaussian with variance twice the weighted variance of the previous population, truncated to the
 * prior bounds (a proposal outside is drawn again). Because of the truncation its density is
 * renormalised per component, so the importance weights w ∝ π(θ)/Σ_j w_j K(θ|θ_j) stay exact.
 * Integer parameters use the same Gaussian rounded to whole values (a discrete kernel).
 */
import type { Prior } from './prior.ts';

/**
 * Standard normal CDF from erfc (Numerical Recipes' Chebyshev fit, fractional error < 1.2e-7
 * everywhere, so both tails keep their relative precision; the weights need nothing finer).
 */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? 1 - 0.5 * erfc : 0.5 * erfc;
}

/** P(a < Z < b) for a standard normal Z, taken in the tail where both ends lie, so small masses keep their precision. */
export function normalMass(a: number, b: number): number {
  return a > 0 ? normalCdf(-a) - normalCdf(-b) : normalCdf(b) - normalCdf(a);
}

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** Smallest kernel widths: a fraction of the prior width, and half a step for whole numbers, so a collapsed population can still move. */
const MIN_SD_SHARE = 1e-4;
const MIN_SD_INTEGER = 0.5;

export class Kernel {
  readonly sd: number[];

  /** Kernel for a population (particles[i][k], normalised weights). */
  constructor(readonly prior: Prior, readonly particles: readonly number[][], readonly weights: readonly number[]) {
    this.sd = prior.names.map((_, k) => {
      let mean = 0, v = 0;
      particles.forEach((p, i) => (mean += weights[i] * p[k]));
      particles.forEach((p, i) => (v += weights[i] * (p[k] - mean) ** 2));
      const floor = prior.integer[k] ? MIN_SD_INTEGER : MIN_SD_SHARE * (prior.hi[k] - prior.lo[k]);
      return Math.max(Math.sqrt(2 * v), floor);
    });
  }

  /** Perturb particle j: each component redrawn until it lies within the prior bounds. */
  perturb(j: number, normal: () => number): number[] {
    const from = this.particles[j];
    return from.map((x0, k) => {
      const lo = this.prior.lo[k], hi = this.prior.hi[k];
      for (let tries = 0; tries < 10_000; tries++) {
        let x = x0 + this.sd[k] * normal();
        if (this.prior.integer[k]) x = Math.round(x);
        if (x >= lo && x <= hi) return x;
      }
      return x0; // unreachable in practice: the bounds hold at least ~40% of the kernel's mass
    });
  }

  /** log K(θ | θ_j), the truncated (and for integers, discretised) product density. */
  logDensity(theta: ArrayLike<number>, j: number): number {
    const from = this.particles[j];
    let ld = 0;
    for (let k = 0; k < theta.length; k++) {
      const sd = this.sd[k], lo = this.prior.lo[k], hi = this.prior.hi[k], mu = from[k];
      if (this.prior.integer[k]) {
        const mass = normalMass((theta[k] - 0.5 - mu) / sd, (theta[k] + 0.5 - mu) / sd);
        const inside = normalMass((lo - 0.5 - mu) / sd, (hi + 0.5 - mu) / sd);
        ld += Math.log(Math.max(mass, 1e-300)) - Math.log(inside);
      } else {
        const z = (theta[k] - mu) / sd;
        const inside = normalMass((lo - mu) / sd, (hi - mu) / sd);
        ld += -0.5 * z * z - LOG_SQRT_2PI - Math.log(sd) - Math.log(inside);
      }
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
    const r = Math.sqrt(-2 * Math.log(1 - u())), a = 2 * Math.PI * u();
    spare = r * Math.sin(a);
    return r * Math.cos(a);
  };
}
