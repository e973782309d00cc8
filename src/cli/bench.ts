/**
 * `sneeuwbal bench [--json]` (= `npm run bench`): the performance benchmark of INTERFACES.md,
 * {"ns_per_person_month":{"village","gemeente"}, "reference_ns_per_person_month", "ratio",
 *  "critical_mass_seconds":{"workers_1","workers_n","n"}, "peak_mb", …} for fixed seeds.
 */
import { availableParallelism } from 'node:os';
import { benchAllNl } from '../bench/allNl.ts';
import { benchAtlas, type AtlasBench } from '../bench/atlas.ts';
import type { Lang } from '../core/errors.ts';
import { runBench, type BenchResult } from '../bench/bench.ts';
import { BENCH_AREA, benchCriticalMass } from '../bench/criticalMass.ts';
import { defineCommand } from './command.ts';
import { messages } from '../i18n/index.ts';
import { say } from '../i18n/engine/index.ts';
import { areaFromTable, loadTable } from '../node/data.ts';
import { positiveInt } from './model.ts';

export const command = defineCommand({
  name: 'bench',
  summary: say('cli.bench.summary'),
  usage: '[--passes N] [--workers N] [--all-nl] [--json]',
  details: say('cli.bench.details'),
  options: {
    passes: { type: 'string', arg: 'N', help: say('cli.bench.passesHelp') },
    workers: { type: 'string', arg: 'N', help: say('cli.bench.workersHelp') },
    'all-nl': { type: 'boolean', help: say('cli.bench.allNlHelp') },
    'atlas-every': { type: 'string', arg: 'N', help: say('cli.bench.atlasEveryHelp') },
  },
  async run({ values, stdout, stderr, lang }) {
    if (values['all-nl']) {
      const table = loadTable();
      const codes = table.regions.filter((r) => r.level === 'gemeente').map((r) => r.code);
      const out = { all_nl: benchAllNl(areaFromTable(table, codes), codes.length, (line) => stderr.write(`${line}\n`)) };
      const a = out.all_nl;
      stdout.write(
        values.json
          ? JSON.stringify(out) + '\n'
          : `${messages(lang).cli.bench.allNl(a.gemeenten, a.age65plus, a.slots, a.world_build_s, a.run_s, a.peak_mb)}\n`,
      );
      return 0;
    }
    const passes = positiveInt('passes', values.passes, 1, 100) ?? 5;
    const workers = positiveInt('workers', values.workers, 1, 64) ?? Math.max(2, availableParallelism());
    const table = loadTable();
    const result = runBench(areaFromTable(table, [BENCH_AREA]), areaFromTable(table, ['GM1982']), { passes });
    const every = positiveInt('atlas-every', values['atlas-every'], 0, 10_000) ?? 200;
    const critical = await benchCriticalMass(workers);
    const atlas = every > 0 ? await benchAtlas(workers, every) : null;
    const out: BenchResult & { atlas: typeof atlas } = {
      ...result,
      critical_mass_seconds: critical,
      atlas,
      peak_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    if (values.json) {
      stdout.write(JSON.stringify(out) + '\n');
      return 0;
    }
    stdout.write(benchText(out, lang));
    return 0;
  },
});

/** The benchmark as lines of text; numbers as measured (they are read beside earlier runs, so no rounding or separators). */
export function benchText(out: BenchResult & { atlas: AtlasBench | null }, lang: Lang): string {
  const t = messages(lang).cli.bench;
  const cm = out.critical_mass_seconds,
    a = out.atlas;
  return [
    t.model(out.ns_per_person_month.village, out.areas.village.age65plus, out.ns_per_person_month.gemeente, out.areas.gemeente.age65plus),
    t.reference(out.reference_ns_per_person_month, out.ratio),
    t.run(out.village_run_ms, out.world_build_ms.village, out.world_build_ms.gemeente),
    t.memory(out.bytes_per_person, out.peak_mb),
    t.criticalMass({
      seconds1: cm.workers_1,
      secondsN: cm.workers_n,
      n: cm.n,
      cpu1: cm.cpu_seconds.workers_1,
      cpuN: cm.cpu_seconds.workers_n,
      runs: cm.runs,
      k90: cm.k90,
      reasonCode: cm.reasonCode,
    }),
    ...(a
      ? [
          t.atlas({
            sample: a.sample,
            wijken: a.wijken_nl,
            workers: a.workers,
            median: a.median_seconds_per_wijk,
            slowestCode: a.slowest.code,
            slowestName: a.slowest.name,
            slowestSeconds: a.slowest.seconds,
            minutes: a.projected_nl_minutes,
          }),
        ]
      : []),
    '',
  ].join('\n');
}
