/**
 * Notebook (b): which behavioural parameters decide the critical mass? A Morris screening
 * (lib/morris.ts) of every behavioural parameter of the registry (information, joining, founding,
 * routes, circle life — calibratable today or not), each over its whole registry range, on Mill (WK198210) with the founder's mix of routes. Two outputs per point, both from one
 * critical-mass search (src/experiments/criticalMass.ts, common random numbers across points):
 *   k50 — the smallest number of seeded circles with P(takeoff) ≥ 50% (maxK + 1 when not reached);
 *   P(takeoff | k = K) at a fixed K.
 *   npx tsx notebooks/sensitivity.ts [--quick] [--out DIR] [--workers N]
 */
import { behavioural, calibratable, paramSpec } from '../src/core/params/index.ts';
import { sequence } from '../src/core/rng.ts';
import { areaFromTable, loadTable } from '../src/node/data.ts';
import { findCriticalMass } from '../src/experiments/criticalMass.ts';
import { validateScenario } from '../src/experiments/scenario.ts';
import { effects, trajectories } from './lib/morris.ts';
import { Notebook, poolFor, runIfMain, type NotebookOptions } from './lib/notebook.ts';
import { renderSvg } from './lib/render.ts';
import { morrisSpec } from './lib/specs.ts';

export const NAME = 'sensitivity';
const MILL = 'WK198210';
const sig = (x: number) => Number(x.toPrecision(3));

/** A unit-cube point as parameter values on the registry ranges (whole numbers rounded). */
export function valuesAt(names: readonly string[], unit: readonly number[]): Record<string, number> {
  return Object.fromEntries(
    names.map((n, i) => {
      const s = paramSpec(n)!;
      const v = s.min + unit[i] * (s.max - s.min);
      return [n, s.integer ? Math.round(v) : Number(v.toPrecision(12))];
    }),
  );
}

export async function run(o: NotebookOptions) {
  const names = behavioural();
  const fit = new Set(calibratable());
  const size = o.quick
    ? { r: 1, reps: 2, initialReps: 2, maxK: 2, maxRuns: 6, fixedK: 1, months: 60 }
    : { r: 6, reps: 32, initialReps: 8, maxK: 16, maxRuns: 256, fixedK: 4, months: 120 };
  const nb = new Notebook('Sensitivity of the critical mass (Morris screening, Mill)', o.outDir, o.quick);
  const area = areaFromTable(loadTable(), [MILL]);
  nb.text(
    `${area.name} (${MILL}, ${area.age65plus} people 65+). All ${names.length} behavioural parameters (${fit.size} of them calibratable today, marked * below) vary over their registry ranges on a 4-level grid; ${size.r} Morris trajectories of ${names.length + 1} points each.`,
    `At every point a critical-mass search (route mix, at most ${size.reps} replications per k, k up to ${size.maxK}, ${size.maxRuns} replications in all, seed 1) gives k50 — censored at ${size.maxK + 1} when P(takeoff) stays below 50% — and P(takeoff | k = ${size.fixedK}).`,
    'Elementary effects are per whole prior range (a change of Δ = 2/3 of the range, scaled to 1), so μ* compares parameters on the scale of what is plausible for each.',
  );
  const trajs = trajectories(names.length, size.r, sequence('morris', 1));
  const k50: number[][] = [],
    pk: number[][] = [];
  const rows: unknown[][] = [];
  let censored = 0,
    points = 0;
  const pool = poolFor(o);
  try {
    for (const [n, t] of trajs.entries()) {
      k50.push([]);
      pk.push([]);
      for (const unit of t.points) {
        const values = valuesAt(names, unit);
        const scenario = validateScenario({ area: [MILL], params: values, seed: 1, months: size.months }, { allowEmptyPlan: true });
        const res = await findCriticalMass(
          area,
          {
            scenario,
            route: 'mix',
            maxK: size.maxK,
            reps: size.reps,
            initialReps: size.initialReps,
            maxRuns: size.maxRuns,
            extra: [{ k: size.fixedK, reps: size.reps }],
          },
          pool,
        );
        const k = res.criticalMass.k50 ?? size.maxK + 1;
        const p = res.curve.find((c) => c.k === size.fixedK)?.p ?? NaN;
        if (res.criticalMass.k50 === null) censored++;
        points++;
        k50[n].push(k);
        pk[n].push(p);
        rows.push([n, ...names.map((x) => values[x]), k, p, res.search.runs]);
      }
    }
  } finally {
    await pool.close();
  }
  const eK = effects(names.length, trajs, k50),
    eP = effects(names.length, trajs, pk);
  const order = [...eK].sort((a, b) => b.muStar - a.muStar);
  nb.heading('Ranking');
  nb.table(
    ['parameter', 'μ* k50', 'μ k50', 'σ k50', `μ* P(takeoff | k=${size.fixedK})`, `μ P(takeoff | k=${size.fixedK})`],
    order.map((e) => [
      `${names[e.index]}${fit.has(names[e.index]) ? ' *' : ''}`,
      sig(e.muStar),
      sig(e.mu),
      sig(e.sigma),
      sig(eP[e.index].muStar),
      sig(eP[e.index].mu),
    ]),
  );
  nb.text(`${points} critical-mass searches; k50 was not reached within k = ${size.maxK} at ${censored} of them (counted as ${size.maxK + 1}).`);
  nb.figure(
    'morris-k50.svg',
    renderSvg(morrisSpec('morris-k50', 'Morris: critical mass k50', names, eK)),
    'μ* against σ for k50: far right matters most; high σ means interactions or a non-linear effect.',
  );
  nb.figure(
    'morris-ptakeoff.svg',
    renderSvg(morrisSpec('morris-ptakeoff', `Morris: P(takeoff | k = ${size.fixedK})`, names, eP)),
    `μ* against σ for P(takeoff | k = ${size.fixedK}).`,
  );
  nb.csv('morris-points.csv', ['trajectory', ...names, 'k50', `p_takeoff_k${size.fixedK}`, 'runs'], rows);
  nb.csv(
    'morris-effects.csv',
    ['parameter', 'mu_star_k50', 'mu_k50', 'sigma_k50', 'mu_star_p', 'mu_p', 'sigma_p'],
    eK.map((e, i) => [names[i], e.muStar, e.mu, e.sigma, eP[i].muStar, eP[i].mu, eP[i].sigma]),
  );
  return { files: nb.write(), effects: { k50: eK, pTakeoff: eP }, names };
}

runIfMain(import.meta, NAME, run);
