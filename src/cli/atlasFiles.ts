/**
 * The atlas on disk. Each shard writes `shard-I-of-N.jsonl` in the output folder: a first line with
 * what the run is (places, level, settings, parameters, seed, source) and then one row per place,
 * appended and flushed as soon as it is computed. So a shard that is stopped (a killed batch job, a
 * pre-empted node) and started again keeps its rows and computes only the missing ones; a line cut
 * off mid-write is dropped. `merge` checks that the shards belong together (same run, every shard
 * 0…N−1 once, each complete) and writes `atlas.json` and `atlas.csv`; an unsharded run writes them
 * with the same function, so the merged files are byte-identical to one run's, whatever N.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { InputError, type Lang, type Said } from '../core/errors.ts';
import { say } from '../i18n/engine/index.ts';
import type { AtlasRow, Shard } from '../experiments/atlas.ts';

/** What one atlas run is: equal for every shard of the run (the shard itself is kept apart). */
export interface AtlasRun {
  kind: 'sneeuwbal-atlas';
  version: 1;
  scope: string;
  level: string;
  places: number;
  settings: Record<string, unknown>;
  source: string;
}

interface ShardHead {
  run: AtlasRun;
  shard: Shard;
  /** Rows this shard must hold when complete. */
  rows: number;
}

const SHARD_FILE = /^shard-(\d+)-of-(\d+)\.jsonl$/;
const shardFile = (dir: string, s: Shard) => join(dir, `shard-${s.index}-of-${s.count}.jsonl`);
const fail = (file: string, said: Said) => new InputError('atlas.shard', said, { file });

/** Which part of the run differs, in words, for the message about a shard from another run. */
function difference(a: AtlasRun, b: AtlasRun): 'places' | 'seed' | 'parameters' | 'data' | 'settings' {
  const s = (x: unknown) => JSON.stringify(x);
  if (a.scope !== b.scope || a.level !== b.level || a.places !== b.places) return 'places';
  const sa = a.settings as Record<string, { seed?: unknown; params?: unknown }>,
    sb = b.settings as typeof sa;
  if (s(sa.scenario?.seed) !== s(sb.scenario?.seed)) return 'seed';
  if (s(sa.scenario?.params) !== s(sb.scenario?.params) || s(sa.paramSet) !== s(sb.paramSet)) return 'parameters';
  if (a.source !== b.source) return 'data';
  return 'settings';
}

/**
 * Opens a shard for writing: the rows it already holds (from an earlier, stopped run), with the
 * file cut back to its last complete row. A file from another run is refused, never mixed in.
 */
export function openShard(dir: string, head: ShardHead): Map<number, AtlasRow> {
  mkdirSync(dir, { recursive: true });
  const file = shardFile(dir, head.shard);
  const done = new Map<number, AtlasRow>();
  const first = JSON.stringify(head) + '\n';
  if (!existsSync(file)) {
    writeFileSync(file, first);
    return done;
  }
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  try {
    const old = JSON.parse(lines[0]) as ShardHead;
    if (lines[0] + '\n' !== first) {
      throw fail(file, say('cli.atlasFiles.otherRun', { what: difference(old.run, head.run) }));
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    writeFileSync(file, first);
    return done;
  }
  // Bytes, not characters: the file is cut back with truncateSync (names in the head may be non-ASCII).
  let kept = Buffer.byteLength(first);
  for (const line of lines.slice(1, -1)) {
    try {
      const row = JSON.parse(line) as AtlasRow;
      done.set(row.index, row);
      kept += Buffer.byteLength(line) + 1;
    } catch {
      break;
    }
  }
  truncateSync(file, kept);
  return done;
}

/** Appends one computed row (flushed at once, so a stop loses at most the row being computed). */
export const appendRow = (dir: string, shard: Shard, row: AtlasRow) => appendFileSync(shardFile(dir, shard), JSON.stringify(row) + '\n');

/** One shard file of a folder: its name, its first line read, and its other (non-empty) lines. */
interface ShardFile {
  file: string;
  name: string;
  head: ShardHead;
  lines: string[];
}

/**
 * The shard files of `dir` in shard order, for `merge` and for `atlas bundle`; a missing folder,
 * a folder without shards and an unreadable first line are refused with the caller's own error.
 */
export function listShards(dir: string, refuse: typeof fail = fail): ShardFile[] {
  if (!existsSync(dir)) throw refuse(dir, say('cli.atlasFiles.folderMissing'));
  const files = readdirSync(dir)
    .filter((f) => SHARD_FILE.test(f))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (!files.length) throw refuse(dir, say('cli.atlasFiles.noShards'));
  return files.map((name) => {
    const file = join(dir, name);
    const lines = readFileSync(file, 'utf8').split('\n');
    let head: ShardHead;
    try {
      head = JSON.parse(lines[0]) as ShardHead;
    } catch {
      throw refuse(file, say('cli.atlasFiles.unreadableHead'));
    }
    return { file, name, head, lines: lines.slice(1).filter((l) => l.length) };
  });
}

/** Reads every shard in `dir`, checks they make one complete run, and returns it with its rows in order. */
export function readShards(dir: string): { run: AtlasRun; rows: AtlasRow[] } {
  const heads = listShards(dir);
  for (const { file, name, head } of heads) {
    const m = SHARD_FILE.exec(name)!;
    if (head.run?.kind !== 'sneeuwbal-atlas' || head.shard?.index !== Number(m[1]) || head.shard?.count !== Number(m[2])) {
      throw fail(file, say('cli.atlasFiles.nameMismatch'));
    }
  }
  const n = heads[0].head.shard.count;
  const base = heads[0];
  for (const h of heads) {
    if (h.head.shard.count !== n) throw fail(h.file, say('cli.atlasFiles.mixedSplits', { count: n, other: h.head.shard.count }));
    if (JSON.stringify(h.head.run) !== JSON.stringify(base.head.run)) {
      throw fail(h.file, say('cli.atlasFiles.otherRunThan', { file: base.file, what: difference(base.head.run, h.head.run) }));
    }
  }
  for (let i = 0; i < n; i++) {
    if (!heads.some((h) => h.head.shard.index === i)) throw fail(shardFile(dir, { index: i, count: n }), say('cli.atlasFiles.missing', { index: i, count: n }));
  }
  const rows: AtlasRow[] = [];
  const seen = new Set<number>();
  for (const h of heads) {
    const own = h.lines.map((l) => JSON.parse(l) as AtlasRow);
    for (const r of own) {
      if (r.index % n !== h.head.shard.index || seen.has(r.index)) throw fail(h.file, say('cli.atlasFiles.duplicate', { code: r.code }));
      seen.add(r.index);
      rows.push(r);
    }
    if (own.length !== h.head.rows) {
      throw fail(h.file, say('cli.atlasFiles.unfinished', { index: h.head.shard.index, count: n, rows: own.length, expected: h.head.rows }));
    }
  }
  rows.sort((a, b) => a.index - b.index);
  return { run: base.head.run, rows };
}

/** Writes atlas.json (rows with reasons in both languages) and atlas.csv (one number per cell). */
export function writeAtlas(out: string, run: AtlasRun, rows: readonly AtlasRow[], lang: Lang): { json: string; csv: string } {
  mkdirSync(out, { recursive: true });
  const json = join(out, 'atlas.json'),
    csv = join(out, 'atlas.csv');
  writeFileSync(json, `{"atlas":${JSON.stringify(run)},"rows":[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`);
  writeFileSync(
    csv,
    Papa.unparse(
      rows.map((r) => csvRow(r, lang)),
      { columns: CSV_COLUMNS, newline: '\n', escapeFormulae: true },
    ) + '\n',
  );
  return { json, csv };
}

type Loose = Record<string, unknown>;
const DRIVER_COLUMNS = [1, 2, 3].flatMap((i) => [`driver${i}`, `driver${i}_low`, `driver${i}_high`]);
/** The CSV's columns, fixed so that every file has the same header whatever its first row. */
const CSV_COLUMNS = [
  'code',
  'name',
  'gemeente',
  'status',
  'age65plus',
  'k50',
  'k90',
  'k90_lo',
  'k90_hi',
  'R',
  'R_lo',
  'R_hi',
  'reason_code',
  'cost_eur',
  'p_takeoff_at_budget',
  ...DRIVER_COLUMNS,
  'reason',
];
const pair = (x: unknown, i: number) => (Array.isArray(x) ? (x[i] ?? null) : null);

/** One CSV line: numbers in their own cells; answers that a later model adds (intervals, drivers) when present. */
function csvRow(r: AtlasRow, lang: Lang): Loose {
  const base = { code: r.code, name: r.name, gemeente: r.gemeente, status: r.status };
  if (r.status === 'skipped')
    return {
      ...base,
      age65plus: null,
      k50: null,
      k90: null,
      k90_lo: null,
      k90_hi: null,
      R: null,
      R_lo: null,
      R_hi: null,
      reason_code: 'skipped',
      cost_eur: null,
      p_takeoff_at_budget: null,
      reason: r.reason[lang],
    };
  const x = r as unknown as Loose;
  const drivers = (Array.isArray(x.drivers) ? x.drivers : []) as { name: string; low: unknown; high: unknown }[];
  const driverCells: Loose = {};
  for (let i = 0; i < 3; i++) {
    const d = drivers[i];
    driverCells[`driver${i + 1}`] = d?.name ?? null;
    driverCells[`driver${i + 1}_low`] = d ? (typeof d.low === 'object' ? JSON.stringify(d.low) : d.low) : null;
    driverCells[`driver${i + 1}_high`] = d ? (typeof d.high === 'object' ? JSON.stringify(d.high) : d.high) : null;
  }
  return {
    ...base,
    age65plus: r.age65plus,
    k50: r.k50,
    k90: r.k90,
    k90_lo: pair(x.k90Interval, 0),
    k90_hi: pair(x.k90Interval, 1),
    R: r.R,
    R_lo: pair(x.Rinterval, 0),
    R_hi: pair(x.Rinterval, 1),
    reason_code: r.reason.code,
    cost_eur: r.cost,
    p_takeoff_at_budget: r.pTakeoffAtBudget,
    ...driverCells,
    reason: r.reason[lang],
  };
}
