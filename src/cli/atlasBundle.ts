/**
 * `sneeuwbal atlas bundle DIR --out FILE` (npm run atlas:bundle): one compact file for the app from
 * an atlas folder, finished or still being computed. The shards' rows are read as they are: a last
 * line cut off mid-write is left out, shards of another run are refused naming the file, and the
 * provenance says how many of how many places the bundle holds, so a partial atlas never passes
 * for a whole one.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, type Said } from '../core/errors.ts';
import { say } from '../i18n/engine/index.ts';
import { atlasPlaces, type AtlasRow } from '../experiments/atlas.ts';
import { makeBundle, type AtlasBundle } from '../experiments/atlasBundle.ts';
import type { RankLevel } from '../experiments/rankUnits.ts';
import type { RegionTable } from '../data/types.ts';
import { listShards, type AtlasRun } from './atlasFiles.ts';

const fail = (file: string, said: Said) => new InputError('atlas.bundle', said, { file });

/** The run and every complete row in the folder's shards, in place order, and when the last was written. */
function readPartialAtlas(dir: string): { run: AtlasRun; rows: AtlasRow[]; modified: Date } {
  let run: AtlasRun | null = null,
    first = '';
  let modified = new Date(0);
  const byIndex = new Map<number, AtlasRow>();
  for (const { file, head, lines } of listShards(dir, fail)) {
    if (head.run?.kind !== 'sneeuwbal-atlas') throw fail(file, say('cli.atlasBundle.notShard'));
    if (run === null) [run, first] = [head.run, file];
    else if (JSON.stringify(head.run) !== JSON.stringify(run)) throw fail(file, say('cli.atlasBundle.otherRun', { file: first }));
    // Rows are whole lines; a line cut off by a stop (or being written right now) is not a row yet.
    for (const line of lines) {
      let row: AtlasRow;
      try {
        row = JSON.parse(line) as AtlasRow;
      } catch {
        continue;
      }
      byIndex.set(row.index, row);
    }
    const m = statSync(file).mtime;
    if (m > modified) modified = m;
  }
  return { run: run!, rows: [...byIndex.values()].sort((a, b) => a.index - b.index), modified };
}

/** `--set` for each parameter the run changed, so the rebuilt command gives the same rows. */
function rebuiltCommand(run: AtlasRun): string {
  const s = run.settings as {
    route?: string;
    target?: number;
    reps?: number;
    maxK?: number;
    budget?: number;
    scenario?: { seed?: number; months?: number; params?: Record<string, unknown> };
    paramSet?: unknown;
  };
  const parts = ['sneeuwbal atlas', run.scope === 'NL' ? '--nl' : `--within ${run.scope}`, `--level ${run.level}`];
  if (s.route) parts.push(`--route ${s.route}`);
  if (s.target !== undefined) parts.push(`--target ${s.target}`);
  if (s.reps !== undefined) parts.push(`--reps ${s.reps}`);
  if (s.maxK !== undefined) parts.push(`--max-k ${s.maxK}`);
  if (s.budget !== undefined) parts.push(`--budget ${s.budget}`);
  if (s.scenario?.months !== undefined) parts.push(`--months ${s.scenario.months}`);
  if (s.scenario?.seed !== undefined) parts.push(`--seed ${s.scenario.seed}`);
  for (const [k, v] of Object.entries(s.scenario?.params ?? {})) parts.push(`--set ${k}=${String(v)}`);
  if (s.paramSet) parts.push('--params FILE');
  return parts.join(' ');
}

/** A text file of the folder (COMMAND, COMMIT) when there is one. */
const note = (dir: string, name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8').trim() || null : null);

/** The settings that decide a row, without the area the run covered (a place's row depends only on the place and these). */
function rowSettings(run: AtlasRun): string {
  const { scenario, ...rest } = run.settings as { scenario?: Record<string, unknown> };
  const { area: _a, ...own } = scenario ?? {};
  return JSON.stringify({ level: run.level, source: run.source, ...rest, scenario: own });
}

export interface BundleOptions {
  /** The command line that made this bundle (for the provenance). */
  bundledWith: string;
  /** The commit the rows were computed with, when a folder has no COMMIT file. */
  commit?: string;
  /** Now, as the bundle's date (given by tests for a fixed file). */
  now?: Date;
}

/**
 * The bundle of atlas folders. The first folder's run is the atlas (e.g. all of NL, still being
 * computed); further folders hold runs with the same settings over a smaller area (e.g. one
 * gemeente, finished), whose rows fill in places the first has not reached. `table` is the data the
 * runs were computed from: it lists the places of each gemeente, also the ones not computed yet.
 */
export function bundleAtlas(dirs: readonly string[], table: RegionTable, options: BundleOptions): AtlasBundle {
  const parts = dirs.map((dir) => ({ dir, ...readPartialAtlas(dir) }));
  const { run, dir } = parts[0];
  if (run.level === 'group') throw fail(dir, say('cli.atlasBundle.groups'));
  const places = atlasPlaces(table, run.scope, run.level as RankLevel);
  if (places.length !== run.places) throw fail(dir, say('cli.atlasBundle.otherData', { places: places.length, atlas: run.places }));
  const counts: Record<string, number> = {};
  for (const p of places) counts[p.gemeente] = (counts[p.gemeente] ?? 0) + 1;
  const indexOf = new Map(places.map((p) => [p.code, p.index]));
  const rows = new Map<number, AtlasRow>();
  const used = parts.map((part) => {
    if (rowSettings(part.run) !== rowSettings(run)) throw fail(part.dir, say('cli.atlasBundle.otherSettings', { dir }));
    let taken = 0;
    for (const r of part.rows) {
      const index = indexOf.get(r.code);
      if (index === undefined || rows.has(index)) continue;
      rows.set(index, { ...r, index });
      taken++;
    }
    const recorded = note(part.dir, 'COMMAND');
    return {
      command: recorded ?? rebuiltCommand(part.run),
      commandRebuilt: recorded === null,
      commit: note(part.dir, 'COMMIT') ?? options.commit ?? null,
      computedUntil: part.modified.toISOString(),
      rows: taken,
    };
  });
  const scenario = (run.settings as { scenario?: { seed?: number } }).scenario;
  return makeBundle(
    {
      runs: used,
      bundledWith: options.bundledWith,
      bundled: (options.now ?? new Date()).toISOString(),
      scope: run.scope,
      level: run.level,
      seed: scenario?.seed ?? null,
      source: run.source,
      settings: run.settings,
      places: run.places,
    },
    counts,
    [...rows.values()].sort((a, b) => a.index - b.index),
  );
}
