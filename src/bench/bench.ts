/**
 * `npm run bench` / `sneeuwbal bench`: ns per person-month of the full model on a kerkdorp of about
 * 5,000 inhabitants (Mill, WK198210) and on a whole gemeente (Land van Cuijk, GM1982, ≈ 22,000
 * 65+), the reference loop on the same village world, their ratio, a 10-year kerkdorp run in ms,
 * world building, critical-mass wall time with 1 and N workers, and peak memory. Fixed seeds.
 * Timings are taken after a warm-up pass (the JIT), as the median of passes, in CPU time of this
 * process (on an idle machine the same as wall time; on a shared one it leaves out the time other
 * processes had the core). Machines are shared and noisy, so read ratios first.
 */
import type { CriticalMassBench } from './criticalMass.ts';
import type { AreaInput } from '../core/area.ts';
import { resolveParams, type Params } from '../core/params/index.ts';
import type { RunPlan } from '../core/plan.ts';
import { streamKey } from '../core/rng.ts';
import { runReplication } from '../core/simulation.ts';
import { RunState } from '../core/state.ts';
import { buildWorld, type World } from '../core/world.ts';
import { eightNeighbours, referenceLoop } from './reference.ts';

export interface BenchResult {
  ns_per_person_month: { village: number; gemeente: number };
  reference_ns_per_person_month: number;
  ratio: number;
  village_run_ms: number;
  world_build_ms: { village: number; gemeente: number };
  bytes_per_person: number;
  /** Wall seconds with 1 and n workers; also CPU seconds, replications and the answer (src/bench/criticalMass.ts). */
  critical_mass_seconds: CriticalMassBench;
  peak_mb: number;
  areas: { village: { code: string; age65plus: number }; gemeente: { code: string; age65plus: number } };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds of CPU time used by this process so far (user + system). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export function benchPlan(a: number, b: number, c: number): RunPlan {
  const r = (count: number) => ({ count, from: 0, to: 24, placement: 'auto' as const });
  return { months: 120, routes: { a: r(a), b: r(b), c: r(c) }, pr: [{ from: 0, to: 24, intensity: 0.5 }] };
}

/** ns per person-month of full 10-year runs (no early stop) over `reps` worlds, median of passes. */
function timeModel(worlds: World[], params: Params, plan: RunPlan, passes: number): { ns: number; runMs: number } {
  const nsPasses: number[] = [],
    msPasses: number[] = [];
  for (let pass = 0; pass <= passes; pass++) {
    let personMonths = 0;
    const t0 = cpuMs();
    worlds.forEach((w, r) => {
      const res = runReplication(w, params, plan, 101, r, { settle: false });
      for (let m = 1; m <= res.months; m++) personMonths += res.population[m];
    });
    const ms = cpuMs() - t0;
    if (pass === 0) continue; // warm-up
    nsPasses.push((ms * 1e6) / personMonths);
    msPasses.push(ms / worlds.length);
  }
  return { ns: median(nsPasses), runMs: median(msPasses) };
}

function timeReference(world: World, passes: number): number {
  const out: number[] = [];
  const nbr = eightNeighbours(world); // the layout is part of the kernel, built once (as the model's ties are)
  for (let pass = 0; pass <= passes; pass++) {
    const t0 = cpuMs();
    const { personMonths } = referenceLoop(world, 120, streamKey(101, 'reference', pass), nbr);
    const ms = cpuMs() - t0;
    if (pass > 0) out.push((ms * 1e6) / personMonths);
  }
  return median(out);
}

function timeWorlds(area: AreaInput, params: Params, count: number): { worlds: World[]; ms: number } {
  const t0 = cpuMs();
  const worlds = Array.from({ length: count }, (_, r) => buildWorld(area, params, 120, 101, r));
  return { worlds, ms: (cpuMs() - t0) / count };
}

/** Bytes per person of a world plus one run's state (measured on a real RunState), excluding the tie list. */
function bytesPerPerson(w: World, params: Params): number {
  const arrays = (o: object) => Object.values(o).reduce((s: number, v) => s + (ArrayBuffer.isView(v) ? v.byteLength : 0), 0);
  const world = arrays(w.pl) + arrays(w.life) + w.grid.items.byteLength + w.grid.start.byteLength + w.ties.start.byteLength;
  return (world + arrays(new RunState(w, params, 0))) / w.pl.n;
}

export function runBench(
  village: AreaInput,
  gemeente: AreaInput,
  opts: { passes?: number; reps?: number } = {},
): Omit<BenchResult, 'critical_mass_seconds' | 'peak_mb'> {
  const params = resolveParams({});
  const passes = opts.passes ?? 5,
    reps = opts.reps ?? 10;
  for (let r = 0; r < 20; r++) buildWorld(village, params, 120, 101, 1000 + r); // warm the JIT on the village (≈ 20 builds)
  const v = timeWorlds(village, params, reps);
  const g = timeWorlds(gemeente, params, 3);
  const villageTime = timeModel(v.worlds, params, benchPlan(1, 2, 0), passes);
  const gemeenteTime = timeModel(g.worlds, params, benchPlan(5, 10, 5), Math.max(2, Math.floor(passes / 2)));
  const reference = timeReference(v.worlds[0], passes);
  const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
  return {
    ns_per_person_month: { village: round(villageTime.ns), gemeente: round(gemeenteTime.ns) },
    reference_ns_per_person_month: round(reference),
    ratio: round(villageTime.ns / reference, 2),
    village_run_ms: round(villageTime.runMs, 2),
    world_build_ms: { village: round(v.ms), gemeente: round(g.ms) },
    bytes_per_person: Math.round(bytesPerPerson(v.worlds[0], params)),
    areas: {
      village: { code: village.codes.join('+'), age65plus: village.age65plus },
      gemeente: { code: gemeente.codes.join('+'), age65plus: gemeente.age65plus },
    },
  };
}
