/**
 * `sneeuwbal atlas (--within CODE | --nl) --level wijk|buurt|group [--shard i/n] --out DIR` and
 * `sneeuwbal atlas merge DIR --out DIR` (INTERFACES.md): the critical-mass answer for every place,
 * one row each, as atlas.json and atlas.csv with the source line, the parameters and the seed.
 * Rows are computed by the same function as `rank` (src/experiments/atlas.ts) and streamed to the
 * shard's file (atlasFiles.ts), so a stopped run resumes and memory stays flat. Batch engines run
 * the shards: jobs/slurm/atlas.sbatch (a Slurm array) and jobs/k8s/atlas-job.yaml (an Indexed Job).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { resolveParams } from '../core/params/index.ts';
import { say } from '../i18n/engine/index.ts';
import { DEFAULT_REPS } from '../experiments/criticalMass.ts';
import { atlasPlaces, atlasRow, parseShard, shardPlaces, type AtlasRow } from '../experiments/atlas.ts';
import type { RankLevel } from '../experiments/rankUnits.ts';
import { bundleText } from '../experiments/atlasBundle.ts';
import { bundleAtlas } from './atlasBundle.ts';
import { appendRow, openShard, readShards, writeAtlas, type AtlasRun } from './atlasFiles.ts';
import { badOption, defineCommand } from './command.ts';
import { messages } from '../i18n/index.ts';
import { SEARCH_OPTIONS, searchOptions, searchScenario } from './critical-mass.ts';
import { areaFromTable, loadGeometry, loadTable, sourceLine } from '../node/data.ts';
import { makePool, MODEL_OPTIONS, positiveInt, SCENARIO_OPTIONS } from './model.ts';
import { groupsOf } from './rank.ts';
import { BOUNDS } from '../experiments/scenarioLimits.ts';

const { area: _a, plan: _p, buurten: _b, ...scenarioOptions } = SCENARIO_OPTIONS;

export const command = defineCommand({
  name: 'atlas',
  summary: say('cli.atlas.summary'),
  usage:
    '(--within CODE | --nl) --level wijk|buurt|group [--groups FILE] [--shard i/n] --out DIR [--route …] [--target 0.9] [--reps N] [--seed N] [--params FILE] [--workers N]  |  merge DIR --out DIR  |  bundle DIR [DIR …] --out FILE [--commit SHA]',
  details: say('cli.atlas.details'),
  positionals: true,
  options: {
    ...scenarioOptions,
    ...MODEL_OPTIONS,
    ...SEARCH_OPTIONS,
    within: { type: 'string', arg: 'CODE', help: say('cli.atlas.withinHelp') },
    nl: { type: 'boolean', help: say('cli.atlas.nlHelp') },
    level: { type: 'string', arg: 'wijk|buurt|group', help: say('cli.atlas.levelHelp') },
    groups: { type: 'string', arg: 'FILE', help: say('cli.atlas.groupsHelp') },
    budget: { type: 'string', arg: 'K', help: say('cli.atlas.budgetHelp') },
    shard: { type: 'string', arg: 'i/n', help: say('cli.atlas.shardHelp') },
    out: { type: 'string', arg: 'DIR', help: say('cli.atlas.outHelp') },
    commit: { type: 'string', arg: 'SHA', help: say('cli.atlas.commitHelp') },
  },
  async run({ values, positionals, stdout, stderr, lang }) {
    if (values.out === undefined) throw badOption('out', say('cli.atlas.noOut'));
    const out = resolve(values.out);
    /** atlas.json and atlas.csv from a complete run, and a line (or JSON) saying where they are. */
    const written = (run: AtlasRun, rows: AtlasRow[]) => {
      const files = writeAtlas(out, run, rows, lang);
      stdout.write(
        values.json ? JSON.stringify({ ...files, rows: rows.length }) + '\n' : `${messages(lang).cli.atlas.written(rows.length, files.csv, files.json)}\n`,
      );
      return 0;
    };
    if (positionals[0] === 'merge') {
      if (positionals.length !== 2) throw badOption('out', say('cli.atlas.mergeUsage'));
      const { run, rows } = readShards(resolve(positionals[1]));
      return written(run, rows);
    }
    if (positionals[0] === 'bundle') {
      if (positionals.length < 2) throw badOption('out', say('cli.atlas.bundleUsage'));
      const argv = [
        'sneeuwbal atlas bundle',
        ...positionals.slice(1),
        '--out',
        values.out,
        ...(values.commit ? ['--commit', values.commit] : []),
        ...(values.data ? ['--data', values.data] : []),
      ];
      const bundle = bundleAtlas(
        positionals.slice(1).map((d) => resolve(d)),
        loadTable(values.data),
        { bundledWith: argv.join(' '), ...(values.commit ? { commit: values.commit } : {}) },
      );
      const text = bundleText(bundle);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, text);
      const { computed, places } = bundle.provenance;
      stdout.write(
        values.json
          ? JSON.stringify({ file: out, computed, places, bytes: Buffer.byteLength(text) }) + '\n'
          : `${messages(lang).cli.atlas.bundled(out, computed, places, Math.round(Buffer.byteLength(text) / 1024))}\n`,
      );
      return 0;
    }
    if (positionals.length) throw badOption('out', say('cli.atlas.unknownArgument', { argument: positionals[0] }));
    if ((values.within === undefined) === (values.nl !== true)) throw badOption('within', say('cli.atlas.withinOrNl'));
    const level = (values.level ?? 'wijk').trim().toLowerCase() as RankLevel;
    if (!['wijk', 'buurt', 'group'].includes(level)) throw badOption('level', say('cli.rank.notLevel', { value: values.level }));
    const scope = values.nl ? 'NL' : values.within!.trim().toUpperCase();
    const shard = parseShard(values.shard);
    const scenario = searchScenario(values, {
      area: [scope === 'NL' ? 'NL00' : scope],
      ...(values.groups !== undefined ? { groups: groupsOf(values.groups) } : {}),
    });
    const budget = positiveInt('budget', values.budget, BOUNDS.budget.min, BOUNDS.budget.max) ?? BOUNDS.budget.fallback;
    // The same search as `rank` (its replications; drivers only with --drivers yes: they cost a few searches per place).
    const options = { ...searchOptions(values, scenario, DEFAULT_REPS, false), budget };
    const table = loadTable(values.data);
    const own = loadGeometry(values.geometry);
    const places = atlasPlaces(table, scope, level, scenario.groups);
    const mine = shardPlaces(places, shard);
    const source = sourceLine(values.data, table);
    const { scenario: _s, paramSet, ...search } = options;
    const run: AtlasRun = {
      kind: 'sneeuwbal-atlas',
      version: 1,
      scope,
      level,
      places: places.length,
      settings: { ...search, scenario, paramSet: paramSet ?? null, parameters: resolveParams({ ...(paramSet?.parameters ?? {}), ...scenario.params }) },
      source,
    };
    const done = openShard(out, { run, shard, rows: mine.length });
    const todo = mine.filter((p) => !done.has(p.index));
    const pool = makePool(values.workers, options.reps);
    const show = values.progress || stderr.isTTY === true;
    const started = Date.now();
    try {
      for (const place of todo) {
        const row: AtlasRow = await atlasRow(place, (codes, gs) => areaFromTable(table, codes, gs, own), scenario.groups, options, pool);
        appendRow(out, shard, row);
        done.set(place.index, row);
        if (show)
          stderr.write(
            `atlas ${shard.index}/${shard.count}: ${done.size}/${mine.length} ${place.code} ${place.name} (${Math.round((Date.now() - started) / 1000)} s)\n`,
          );
      }
    } finally {
      await pool.close();
    }
    // One shard is the whole run: its rows (resumed and new) are all in `done`, in place order.
    if (shard.count === 1)
      return written(
        run,
        [...done.values()].sort((a, b) => a.index - b.index),
      );
    const msg = `${messages(lang).cli.atlas.shardDone(shard.index, shard.count, mine.length, values.out)}\n`;
    stdout.write(values.json ? JSON.stringify({ shard, rows: mine.length, file: `shard-${shard.index}-of-${shard.count}.jsonl` }) + '\n' : msg);
    return 0;
  },
});
