/**
 * The all-of-NL figure of the benchmark (issue #15 point 7): one replication of a 120-month
 * scenario over every gemeente of the bundled table (3.7 million people aged 65+), in this
 * thread, timed in wall-clock seconds for building the world (people, meeting places, ties, life
 * courses) and for running it, with the process's peak memory. Not a timed test: it takes minutes
 * and is run on request (`sneeuwbal bench --all-nl`), with progress on stderr.
 */
import type { AreaInput } from '../core/area.ts';
import { resolveParams } from '../core/params/index.ts';
import { runReplication } from '../core/simulation.ts';
import { buildWorld } from '../core/world.ts';
import { benchPlan } from './bench.ts';

export interface AllNlResult {
  gemeenten: number;
  buurten: number;
  age65plus: number;
  /** People slots built (today's 65+ plus room for growth over 120 months). */
  slots: number;
  world_build_s: number;
  run_s: number;
  peak_mb: number;
}

/** `area`: all gemeenten as one area; `say` gets a line per stage (stderr). */
export function benchAllNl(area: AreaInput, gemeenten: number, say: (line: string) => void = () => {}): AllNlResult {
  const params = resolveParams({});
  const plan = benchPlan(20, 20, 0);
  say(`all NL: ${gemeenten} gemeenten, ${area.buurten.length} buurten, ${area.age65plus} people 65+: building the world…`);
  let t0 = performance.now();
  const world = buildWorld(area, params, plan.months, 1, 0);
  const world_build_s = (performance.now() - t0) / 1000;
  say(`all NL: world built in ${world_build_s.toFixed(1)} s (${world.pl.n} slots); running 120 months…`);
  t0 = performance.now();
  let lastSaid = t0;
  runReplication(world, params, plan, 1, 0, {
    inspect: (_, t) => {
      const now = performance.now();
      if (now - lastSaid > 5000) {
        lastSaid = now;
        say(`all NL: month ${t + 1}/${plan.months}`);
      }
    },
  });
  const run_s = (performance.now() - t0) / 1000;
  return {
    gemeenten,
    buurten: area.buurten.length,
    age65plus: area.age65plus,
    slots: world.pl.n,
    world_build_s: Math.round(world_build_s * 10) / 10,
    run_s: Math.round(run_s * 10) / 10,
    peak_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}
