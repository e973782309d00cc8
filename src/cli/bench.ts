/**
 * `sneeuwbal bench [--json]` (= `npm run bench`): the performance benchmark of INTERFACES.md,
 * {"ns_per_person_month":{"village","gemeente"}, "reference_ns_per_person_month", "ratio",
 *  "critical_mass_seconds":{"workers_1","workers_n","n"}, "peak_mb", …} for fixed seeds.
 */
import { availableParallelism } from 'node:os';
import { benchAllNl } from '../bench/allNl.ts';
import { benchAtlas } from '../bench/atlas.ts';
import { runBench, type BenchResult } from '../bench/bench.ts';
import { BENCH_AREA, benchCriticalMass } from '../bench/criticalMass.ts';
import { defineCommand } from './command.ts';
import { messages } from '../i18n/index.ts';
import { areaFromTable, loadTable } from '../node/data.ts';
import { positiveInt } from './model.ts';

export const command = defineCommand({
  name: 'bench',
  summary: { nl: 'Meet de snelheid van het model (ns per persoon-maand) en het geheugen.', en: 'Measures the speed of the model (ns per person-month) and its memory.' },
  usage: '[--passes N] [--workers N] [--all-nl] [--json]',
  details: {
    nl: 'Dorp: Mill (WK198210); gemeente: Land van Cuijk (GM1982). Referentie: één trekking en een scan van de buren per persoon-maand op dezelfde wereld. Tijden in CPU-tijd van dit proces, na opwarmen; lees eerst de verhoudingen.',
    en: 'Village: Mill (WK198210); gemeente: Land van Cuijk (GM1982). Reference: one draw and a scan of the neighbours per person-month on the same world. Times in CPU time of this process, after warm-up; read the ratios first.',
  },
  options: {
    passes: { type: 'string', arg: 'N', help: { nl: 'aantal meetrondes (standaard 5)', en: 'number of timed passes (default 5)' } },
    workers: { type: 'string', arg: 'N', help: { nl: 'workers voor de critical-mass-meting (standaard aantal kernen)', en: 'workers for the critical-mass timing (default: number of cores)' } },
    'all-nl': { type: 'boolean', help: { nl: 'alleen heel Nederland: één herhaling over alle gemeenten (minuten, ~3 GB geheugen)', en: 'only all of the Netherlands: one replication over every gemeente (minutes, ~3 GB of memory)' } },
    'atlas-every': { type: 'string', arg: 'N', help: { nl: 'atlasmeting op elke N-de wijk van Nederland (standaard 200; 0 = overslaan)', en: 'atlas timing on every N-th wijk of the Netherlands (default 200; 0 = skip)' } },
  },
  async run({ values, stdout, stderr, lang }) {
    if (values['all-nl']) {
      const table = loadTable();
      const codes = table.regions.filter((r) => r.level === 'gemeente').map((r) => r.code);
      const out = { all_nl: benchAllNl(areaFromTable(table, codes), codes.length, (line) => stderr.write(`${line}\n`)) };
      const a = out.all_nl;
      stdout.write(values.json ? JSON.stringify(out) + '\n' : `${messages(lang).cli.bench.allNl(a.gemeenten, a.age65plus, a.slots, a.world_build_s, a.run_s, a.peak_mb)}\n`);
      return 0;
    }
    const passes = positiveInt('passes', values.passes, 1, 100) ?? 5;
    const workers = positiveInt('workers', values.workers, 1, 64) ?? Math.max(2, availableParallelism());
    const table = loadTable();
    const result = runBench(areaFromTable(table, [BENCH_AREA]), areaFromTable(table, ['GM1982']), { passes });
    const every = positiveInt('atlas-every', values['atlas-every'], 0, 10_000) ?? 200;
    const critical = await benchCriticalMass(workers);
    const atlas = every > 0 ? await benchAtlas(workers, every) : null;
    const out: BenchResult & { atlas: typeof atlas } = { ...result, critical_mass_seconds: critical, atlas, peak_mb: Math.round(process.resourceUsage().maxRSS / 1024) };
    if (values.json) {
      stdout.write(JSON.stringify(out) + '\n');
      return 0;
    }
    const nl = lang === 'nl';
    const cm = out.critical_mass_seconds;
    stdout.write(
      [
        `${nl ? 'volledig model' : 'full model'}: ${out.ns_per_person_month.village} ns/${nl ? 'persoon-maand' : 'person-month'} (Mill, ${out.areas.village.age65plus} 65+), ${out.ns_per_person_month.gemeente} (Land van Cuijk, ${out.areas.gemeente.age65plus} 65+)`,
        `${nl ? 'referentielus' : 'reference loop'}: ${out.reference_ns_per_person_month} ns; ${nl ? 'verhouding' : 'ratio'} ${out.ratio}`,
        `${nl ? '10 jaar Mill' : '10 years of Mill'}: ${out.village_run_ms} ms; ${nl ? 'wereld bouwen' : 'world building'}: ${out.world_build_ms.village} ms (Mill), ${out.world_build_ms.gemeente} ms (Land van Cuijk)`,
        `${nl ? 'geheugen' : 'memory'}: ${out.bytes_per_person} ${nl ? 'bytes per persoon plus het netwerk' : 'bytes per person plus the network'}; ${nl ? 'piek' : 'peak'} ${out.peak_mb} MB`,
        `critical mass (Mill, 90%): ${cm.workers_1} s ${nl ? 'met 1 worker' : 'with 1 worker'}, ${cm.workers_n} s ${nl ? 'met' : 'with'} ${cm.n} (${nl ? 'CPU' : 'CPU'} ${cm.cpu_seconds.workers_1} s, ${cm.cpu_seconds.workers_n} s); ${cm.runs} ${nl ? 'herhalingen' : 'replications'}, k90 ${cm.k90 ?? (nl ? 'niet beslist' : 'not decided')} (${cm.reasonCode})`,
        ...(out.atlas ? [`atlas (${out.atlas.sample} ${nl ? 'van' : 'of'} ${out.atlas.wijken_nl} ${nl ? 'wijken' : 'wijken'}, ${out.atlas.workers} workers): ${nl ? 'mediaan' : 'median'} ${out.atlas.median_seconds_per_wijk} s/${nl ? 'wijk' : 'wijk'}, ${nl ? 'traagste' : 'slowest'} ${out.atlas.slowest.code} ${out.atlas.slowest.name} ${out.atlas.slowest.seconds} s; ${nl ? 'heel Nederland geschat' : 'whole Netherlands projected'} ${out.atlas.projected_nl_minutes} min`] : []),
        '',
      ].join('\n'),
    );
    return 0;
  },
});
