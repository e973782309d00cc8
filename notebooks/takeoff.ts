/**
 * Notebook (c): the takeoff curve P(takeoff | k seeded circles) of three demo areas, with the
 * critical mass k50 / k90, R of circles and the reason in plain words (src/experiments/criticalMass.ts):
 *   Mill (WK198210), a kerkdorp of Land van Cuijk, where the first circles started;
 *   Brandevoort (WK079421), the Helmond wijk with 13 circles (NOS 2026);
 *   Muziekwijk Noord (WK003428), Almere, where a coffee morning made 2 circles (context seed 002).
 * With the registry defaults, or with a posterior (--params FILE) so the curves average over it.
 *   npx tsx notebooks/takeoff.ts [--quick] [--out DIR] [--workers N] [--params posterior.json]
 */
import { readFileSync } from 'node:fs';
import { areaFromTable, loadTable } from '../src/node/data.ts';
import { findCriticalMass, type CriticalMassResult } from '../src/experiments/criticalMass.ts';
import { parseParamSet, type ParamSet } from '../src/experiments/paramset.ts';
import { Notebook, poolFor, runIfMain, type NotebookOptions } from './lib/notebook.ts';
import { takeoffSpec } from '../src/ui/charts/takeoffSpec.ts';
import { localeFor } from '../src/ui/i18n/index.ts';
import { renderSvg } from './lib/render.ts';

export const NAME = 'takeoff';
export const DEMO_AREAS = [
  { code: 'WK198210', label: 'Mill (Land van Cuijk)' },
  { code: 'WK079421', label: 'Brandevoort (Helmond)' },
  { code: 'WK003428', label: 'Muziekwijk Noord (Almere)' },
];
const sig = (x: number | null) => (x === null ? '–' : Number(x.toPrecision(3)));

export async function run(o: NotebookOptions & { params?: string }) {
  const size = o.quick ? { reps: 4, initialReps: 4, maxK: 3, maxRuns: 16 } : { reps: 96, initialReps: 16, maxK: 24, maxRuns: 960 };
  const areas = o.quick ? DEMO_AREAS.slice(0, 1) : DEMO_AREAS;
  const paramSet: ParamSet | undefined = o.params ? parseParamSet(readFileSync(o.params, 'utf8'), o.params) : undefined;
  const nb = new Notebook('Takeoff curves of the demo areas', o.outDir, o.quick);
  nb.text(
    `P(takeoff | k): the share of simulated futures in which the snowball rolls after k circles were seeded through the founder's mix of routes a, b and c (months 0–24, PR 0.5), with its 95% Wilson interval. ` +
      `Adaptive search: at most ${size.reps} replications per k, k up to ${size.maxK}, seed 1; ${paramSet?.posterior ? `parameters averaged over the posterior in ${o.params}` : 'registry default parameters'}.`,
  );
  const table = loadTable();
  const pool = poolFor(o);
  const results: CriticalMassResult[] = [];
  try {
    for (const a of areas) {
      const area = areaFromTable(table, [a.code]);
      results.push(
        await findCriticalMass(
          area,
          { route: 'mix', maxK: size.maxK, reps: size.reps, initialReps: size.initialReps, maxRuns: size.maxRuns, ...(paramSet ? { paramSet } : {}) },
          pool,
        ),
      );
    }
  } finally {
    await pool.close();
  }
  nb.heading('Critical mass');
  nb.table(
    ['area', 'people 65+', 'k50', 'k90', 'R of circles (90% interval)', 'replications'],
    results.map((r, i) => [
      `${areas[i].label} (${r.area})`,
      r.age65plus,
      r.criticalMass.k50 ?? `not within ${size.maxK}`,
      r.criticalMass.k90 ?? `not within ${size.maxK}`,
      `${sig(r.R.R)} (${sig(r.R.lo)} – ${sig(r.R.hi)})`,
      r.search.runs,
    ]),
  );
  results.forEach((r, i) => nb.text(`**${areas[i].label}.** ${r.reason.en}`));
  nb.text(results[0].takeoffRule.text.en);
  // The app's own critical-mass chart, one per area (as the app shows it for the area chosen).
  results.forEach((r, i) => {
    const { k50, k90, atTarget } = r.criticalMass;
    const spec = takeoffSpec({ locale: localeFor('en'), areaName: areas[i].label, curve: r.curve, k50, k90: atTarget ?? k90, target: r.target, width: 640 });
    nb.figure(
      `takeoff-${r.area}.svg`,
      renderSvg(spec),
      `${areas[i].label}: P(takeoff | k) with its 95% Wilson interval per k; the line is the monotone fit, the marks k50 and k90.`,
    );
  });
  nb.csv(
    'takeoff-curves.csv',
    ['area', 'k', 'p', 'lo', 'hi', 'reps'],
    results.flatMap((r) => r.curve.map((c) => [r.area, c.k, c.p, c.lo, c.hi, c.reps])),
  );
  return { files: nb.write(), results };
}

runIfMain(import.meta, NAME, (o) => {
  const i = process.argv.indexOf('--params');
  return run({ ...o, ...(i >= 0 ? { params: process.argv[i + 1] } : {}) });
});
