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
import { t } from '../core/params/spec.ts';
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
  summary: { nl: 'de kritische massa voor elke wijk, buurt of groep van een gebied of heel Nederland, als CSV en JSON', en: 'the critical mass for every wijk, buurt or group of an area or the whole Netherlands, as CSV and JSON' },
  usage: '(--within CODE | --nl) --level wijk|buurt|group [--groups FILE] [--shard i/n] --out DIR [--route …] [--target 0.9] [--reps N] [--seed N] [--params FILE] [--workers N]  |  merge DIR --out DIR  |  bundle DIR [DIR …] --out FILE [--commit SHA]',
  details: {
    nl: 'Elke rij is het antwoord van rank voor die ene plek (zelfde functie, zelfde instellingen). Rijen worden meteen weggeschreven in DIR/shard-I-of-N.jsonl: wordt de berekening gestopt, dan gaat dezelfde opdracht verder waar hij was. Met --shard i/n rekent deze opdracht alleen plek i, i+n, i+2n, …; "atlas merge DIR --out DIR" voegt de shards samen tot atlas.json en atlas.csv, byte voor byte gelijk aan één ongedeelde berekening. "atlas bundle DIR --out data/atlas-wijk-2024.json" maakt van een (ook half afgemaakte) atlas één klein bestand voor de app, met de opdracht, de commit, de seed en hoeveel plekken berekend zijn; verdere mappen met dezelfde instellingen (bijvoorbeeld één gemeente) vullen plekken aan die de eerste nog niet heeft. Zie jobs/slurm en jobs/k8s voor rekenclusters.',
    en: 'Each row is rank’s answer for that one place (same function, same settings). Rows are written at once to DIR/shard-I-of-N.jsonl: when the run is stopped, the same command carries on where it was. With --shard i/n this command computes places i, i+n, i+2n, … only; "atlas merge DIR --out DIR" joins the shards into atlas.json and atlas.csv, byte for byte equal to one unsharded run. "atlas bundle DIR --out data/atlas-wijk-2024.json" turns an atlas (finished or not) into one small file for the app, with the command, the commit, the seed and how many places are computed; further folders with the same settings (one gemeente, say) fill in places the first lacks. See jobs/slurm and jobs/k8s for clusters.',
  },
  positionals: true,
  options: {
    ...scenarioOptions, ...MODEL_OPTIONS, ...SEARCH_OPTIONS,
    within: { type: 'string', arg: 'CODE', help: t('gemeente of wijk waarvan alle plekken een rij krijgen', 'gemeente or wijk whose places each get a row') },
    nl: { type: 'boolean', help: t('heel Nederland', 'the whole Netherlands') },
    level: { type: 'string', arg: 'wijk|buurt|group', help: t('wat een rij is (standaard wijk)', 'what a row is (default wijk)') },
    groups: { type: 'string', arg: 'FILE', help: t('JSON-lijst van groepen buurten voor --level group', 'JSON list of groups of buurten for --level group') },
    budget: { type: 'string', arg: 'K', help: t('cirkels voor de kolom "kans met budget" (standaard 5)', 'circles for the "chance with budget" column (default 5)') },
    shard: { type: 'string', arg: 'i/n', help: t('reken alleen deel i van n (0 … n−1), voor een rekencluster', 'compute only part i of n (0 … n−1), for a cluster') },
    out: { type: 'string', arg: 'DIR', help: t('map voor de shards en atlas.json/atlas.csv (bij bundle: het bestand)', 'folder for the shards and atlas.json/atlas.csv (with bundle: the file)') },
    commit: { type: 'string', arg: 'SHA', help: t('bij bundle: de commit waarmee de rijen berekend zijn, als de map geen bestand COMMIT heeft', 'with bundle: the commit the rows were computed with, when the folder has no COMMIT file') },
  },
  async run({ values, positionals, stdout, stderr, lang }) {
    if (values.out === undefined) throw badOption('out', t('geef een map voor de uitvoer, bijvoorbeeld --out atlas/', 'give a folder for the output, e.g. --out atlas/'));
    const out = resolve(values.out);
    /** atlas.json and atlas.csv from a complete run, and a line (or JSON) saying where they are. */
    const written = (run: AtlasRun, rows: AtlasRow[]) => {
      const files = writeAtlas(out, run, rows, lang);
      stdout.write(values.json ? JSON.stringify({ ...files, rows: rows.length }) + '\n' : `${messages(lang).cli.atlas.written(rows.length, files.csv, files.json)}\n`);
      return 0;
    };
    if (positionals[0] === 'merge') {
      if (positionals.length !== 2) throw badOption('out', t('gebruik: sneeuwbal atlas merge MAP --out MAP', 'usage: sneeuwbal atlas merge DIR --out DIR'));
      const { run, rows } = readShards(resolve(positionals[1]));
      return written(run, rows);
    }
    if (positionals[0] === 'bundle') {
      if (positionals.length < 2) throw badOption('out', t('gebruik: sneeuwbal atlas bundle MAP [MAP …] --out BESTAND', 'usage: sneeuwbal atlas bundle DIR [DIR …] --out FILE'));
      const argv = ['sneeuwbal atlas bundle', ...positionals.slice(1), '--out', values.out, ...(values.commit ? ['--commit', values.commit] : []), ...(values.data ? ['--data', values.data] : [])];
      const bundle = bundleAtlas(positionals.slice(1).map((d) => resolve(d)), loadTable(values.data), { bundledWith: argv.join(' '), ...(values.commit ? { commit: values.commit } : {}) });
      const text = bundleText(bundle);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, text);
      const { computed, places } = bundle.provenance;
      stdout.write(values.json ? JSON.stringify({ file: out, computed, places, bytes: Buffer.byteLength(text) }) + '\n' : `${out}: ${computed} ${lang === 'nl' ? 'van' : 'of'} ${places} ${lang === 'nl' ? 'plekken' : 'places'}, ${Math.round(Buffer.byteLength(text) / 1024)} kB\n`);
      return 0;
    }
    if (positionals.length) throw badOption('out', t(`onbekend argument '${positionals[0]}'; bedoelde u 'atlas merge MAP'?`, `unknown argument '${positionals[0]}'; did you mean 'atlas merge DIR'?`));
    if ((values.within === undefined) === (values.nl !== true)) throw badOption('within', t('geef --within CODE of --nl (één van beide)', 'give --within CODE or --nl (one of them)'));
    const level = (values.level ?? 'wijk').trim().toLowerCase() as RankLevel;
    if (!['wijk', 'buurt', 'group'].includes(level)) throw badOption('level', t(`'${values.level}' is geen niveau. Verwacht: wijk, buurt of group.`, `'${values.level}' is not a level. Expected: wijk, buurt or group.`));
    const scope = values.nl ? 'NL' : values.within!.trim().toUpperCase();
    const shard = parseShard(values.shard);
    const scenario = searchScenario(values, { area: [scope === 'NL' ? 'NL00' : scope], ...(values.groups !== undefined ? { groups: groupsOf(values.groups) } : {}) });
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
      kind: 'sneeuwbal-atlas', version: 1, scope, level, places: places.length,
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
        if (show) stderr.write(`atlas ${shard.index}/${shard.count}: ${done.size}/${mine.length} ${place.code} ${place.name} (${Math.round((Date.now() - started) / 1000)} s)\n`);
      }
    } finally {
      await pool.close();
    }
    // One shard is the whole run: its rows (resumed and new) are all in `done`, in place order.
    if (shard.count === 1) return written(run, [...done.values()].sort((a, b) => a.index - b.index));
    const msg = `${messages(lang).cli.atlas.shardDone(shard.index, shard.count, mine.length, values.out)}\n`;
    stdout.write(values.json ? JSON.stringify({ shard, rows: mine.length, file: `shard-${shard.index}-of-${shard.count}.jsonl` }) + '\n' : msg);
    return 0;
  },
});
