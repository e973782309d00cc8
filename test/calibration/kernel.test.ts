/**
 * The pieces of ABC-SMC with exact answers: the normal CDF (mathjs erf), the multivariate (and, for
 * whole numbers, discretised) perturbation kernel as a proper density, priors, weighted statistics.
 */
import { describe, expect, it } from 'vitest';
import { Kernel, normalCdf, normalMass, normalSource } from '../../src/calibration/kernel.ts';
import { checkFit, logPrior, makePrior, parsePriorFile, priorDraw } from '../../src/calibration/prior.ts';
import { effectiveSampleSize, histogram, systematicResample, weightedMoments, weightedQuantile } from '../../src/calibration/weighted.ts';
import { sequence } from '../../src/core/rng.ts';
import { isInputError } from '../../src/core/errors.ts';

describe('normal distribution', () => {
  it('matches tabulated values of Φ, in both tails', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-3) / 0.0013498980316301).toBeCloseTo(1, 5);
    expect(normalMass(5, 6) / (2.8665157187919e-7 - 9.8658765e-10)).toBeCloseTo(1, 4);
    expect(normalMass(-1, 1)).toBeCloseTo(0.682689492137, 10);
  });

  it('draws standard normal numbers', () => {
    const z = normalSource(sequence('normal-test'));
    const xs = Array.from({ length: 20_000 }, z);
    const m = xs.reduce((s, x) => s + x, 0) / xs.length;
    const v = xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length;
    expect(Math.abs(m)).toBeLessThan(0.03);
    expect(Math.abs(v - 1)).toBeLessThan(0.04);
  });
});

describe('perturbation kernel', () => {
  const prior = makePrior(['willing', 'foundingMin']);
  const kernel = new Kernel(
    prior,
    [
      [0.05, 2],
      [0.4, 7],
      [0.85, 11],
    ],
    [0.2, 0.5, 0.3],
  );

  it('is twice the weighted variance, per component', () => {
    const { sd } = weightedMoments([0.05, 0.4, 0.85], [0.2, 0.5, 0.3]);
    expect(kernel.sd[0]).toBeCloseTo(Math.sqrt(2) * sd, 8); // a 1e-9 relative jitter keeps the matrix invertible
  });

  it('is a density: integrates (and sums over whole values) to 1', () => {
    for (const j of [0, 1, 2]) {
      const sd = kernel.sd[0],
        lo = -0.5 - 8 * sd,
        hi = 1.5 + 8 * sd,
        steps = 3000;
      let integral = 0;
      for (let i = 0; i < steps; i++) {
        const x = lo + ((i + 0.5) * (hi - lo)) / steps;
        let sum = 0;
        for (let k = -30; k <= 45; k++) sum += Math.exp(kernel.logDensity([x, k], j));
        integral += (sum * (hi - lo)) / steps;
      }
      expect(integral).toBeCloseTo(1, 4);
    }
  });

  it('proposes only values inside the bounds, whole numbers for integer parameters, and counts what it drew', () => {
    const u = sequence('kernel-test'),
      z = normalSource(u);
    const k = new Kernel(
      prior,
      [
        [0.05, 2],
        [0.4, 7],
        [0.85, 11],
      ],
      [0.2, 0.5, 0.3],
    );
    for (let i = 0; i < 2000; i++) {
      const [w, f] = k.propose(u, z);
      expect(w).toBeGreaterThanOrEqual(prior.lo[0]);
      expect(w).toBeLessThanOrEqual(prior.hi[0]);
      expect(Number.isInteger(f) && f >= 1 && f <= 12).toBe(true);
    }
    expect(k.kept).toBe(2000);
    expect(k.drawn).toBeGreaterThan(2000);
    expect(k.insideShare).toBeGreaterThan(0.3);
    expect(k.insideShare).toBeLessThan(1);
  });

  it('is multivariate: correlated parameters are proposed along their ridge (covariance twice the weighted one)', () => {
    const p2 = makePrior(['willing', 'verbinderShare']);
    const u = sequence('kernel-corr');
    // A population where willing and verbinderShare move against each other (as calibration finds).
    const parts = Array.from({ length: 400 }, () => {
      const a = u();
      return [0.2 + 0.4 * a, 0.08 - 0.06 * a + 0.01 * (u() - 0.5)];
    });
    const w = parts.map(() => 1 / parts.length);
    const k = new Kernel(p2, parts, w);
    const corr = k.cov[0][1] / Math.sqrt(k.cov[0][0] * k.cov[1][1]);
    expect(corr).toBeLessThan(-0.9);
    expect(k.cov[0][0]).toBeCloseTo(
      2 *
        weightedMoments(
          parts.map((x) => x[0]),
          w,
        ).sd **
          2,
      10,
    );
    // Perturbations of one particle carry the same correlation.
    const z = normalSource(u);
    const d = Array.from({ length: 4000 }, () => {
      const x = k.perturb(200, z);
      return [x[0] - parts[200][0], x[1] - parts[200][1]];
    });
    const m0 = d.reduce((s, x) => s + x[0], 0) / d.length,
      m1 = d.reduce((s, x) => s + x[1], 0) / d.length;
    const c = d.reduce((s, x) => s + (x[0] - m0) * (x[1] - m1), 0) / d.length;
    const v0 = d.reduce((s, x) => s + (x[0] - m0) ** 2, 0) / d.length,
      v1 = d.reduce((s, x) => s + (x[1] - m1) ** 2, 0) / d.length;
    expect(c / Math.sqrt(v0 * v1)).toBeCloseTo(corr, 1);
    // The density is the bivariate normal: at the particle itself, 1 / (2π √det Σ).
    const detCov = k.cov[0][0] * k.cov[1][1] - k.cov[0][1] ** 2;
    expect(Math.exp(k.logDensity(parts[200], 200))).toBeCloseTo(1 / (2 * Math.PI * Math.sqrt(detCov)), 3);
  });

  it('gives the mixture density as Σ w_j K(θ|θ_j)', () => {
    const theta = [0.3, 6];
    const direct = [0, 1, 2].reduce((s, j) => s + [0.2, 0.5, 0.3][j] * Math.exp(kernel.logDensity(theta, j)), 0);
    expect(Math.exp(kernel.logMixture(theta))).toBeCloseTo(direct, 10);
  });
});

describe('priors', () => {
  it('are uniform on the registry bounds, or narrower ones from a file', () => {
    const p = makePrior(['willing', 'foundingMin'], parsePriorFile('{"priors": {"willing": [0.1, 0.5]}}', 'prior.json'));
    expect(p).toEqual({ names: ['willing', 'foundingMin'], lo: [0.1, 1], hi: [0.5, 12], integer: [false, true] });
    expect(logPrior(p, [0.3, 7])).toBeCloseTo(-Math.log(0.4) - Math.log(12), 12);
    expect(logPrior(p, [0.6, 7])).toBe(-Infinity);
    const u = sequence('prior-test');
    for (let i = 0; i < 500; i++) expect(Number.isInteger(priorDraw(p, u)[1])).toBe(true);
  });

  it('refuse demography, unknown names, duplicates and bounds outside the registry', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isInputError(e) ? e.code : 'other';
      }
      return 'none';
    };
    expect(code(() => checkFit(['mortality65']))).toBe('calibration.fit');
    expect(code(() => checkFit(['bogus']))).toBe('calibration.fit');
    expect(code(() => checkFit(['willing', 'willing']))).toBe('calibration.fit');
    expect(code(() => checkFit([]))).toBe('calibration.fit');
    expect(code(() => makePrior(['willing'], { willing: [0, 0.5] }))).toBe('calibration.prior');
    expect(code(() => makePrior(['willing'], { joinOne: [0, 0.1] }))).toBe('calibration.prior');
    expect(code(() => parsePriorFile('{"priors": {"willing": "wide"}}', 'p.json'))).toBe('calibration.prior');
    expect(code(() => parsePriorFile('{oops', 'p.json'))).toBe('calibration.prior');
  });
});

describe('weighted statistics', () => {
  it('quantiles, moments, ESS, histogram and systematic resampling follow the weights', () => {
    const v = [1, 2, 3, 4],
      w = [0.1, 0.2, 0.3, 0.4];
    expect([0.05, 0.3, 0.31, 0.95].map((q) => weightedQuantile(v, w, q))).toEqual([1, 2, 3, 4]);
    expect(weightedMoments(v, w).mean).toBeCloseTo(3, 12);
    expect(effectiveSampleSize([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(4, 12);
    expect(effectiveSampleSize([1, 0, 0, 0])).toBeCloseTo(1, 12);
    const h = histogram(v, w, 0, 4, 4);
    expect(h.edges).toEqual([0, 1, 2, 3, 4]);
    expect(h.mass.map((m) => Number(m.toFixed(6)))).toEqual([0, 0.1, 0.2, 0.7]);
    const counts = [0, 0, 0, 0];
    for (const i of systematicResample(w, 100, 0.37)) counts[i]++;
    expect(counts).toEqual([10, 20, 30, 40]);
    expect(histogram([7, 7, 8], [1, 1, 2], 1, 12, 20, true).edges).toHaveLength(13);
  });
});
