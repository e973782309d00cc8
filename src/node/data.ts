/**
 * Loading data in Node, for the CLI, the benchmark, the notebooks and the docs: the bundled data
 * (paths relative to this file, not the working directory) or a file the user names, and the
 * model's area built from them. Reading is here; parsing stays in the pure src/data modules, and
 * "table + geometry → area" in src/experiments/areaGeometry.ts, shared with the app's data worker.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { AreaInput } from '../core/area.ts';
import { InputError, type Where } from '../core/errors.ts';
import { BUNDLED_EXTRAS_FILE, BUNDLED_SOURCE, BUNDLED_TABLE_FILE, geometryFileOf } from '../data/bundled.ts';
import { fileSource } from '../i18n/index.ts';
import { say } from '../i18n/engine/index.ts';
import { readCbsTable } from '../data/cbs/index.ts';
import { readGeometry } from '../data/geometry.ts';
import { parseGemeenteExtras, withEstimates, type GemeenteExtras } from '../data/estimates.ts';
import { levelOf } from '../data/regions.ts';
import type { RegionTable } from '../data/types.ts';
import type { BuurtGroup } from '../experiments/area.ts';
import { areaWithGeometry, shapesOfTopology } from '../experiments/areaGeometry.ts';

export { BUNDLED_SOURCE };

const dataDir = new URL('../../data/', import.meta.url);

export const BUNDLED_TABLE = fileURLToPath(new URL(BUNDLED_TABLE_FILE, dataDir));
const BUNDLED_EXTRAS = fileURLToPath(new URL(BUNDLED_EXTRAS_FILE, dataDir));

/** The source line of a command's output: the bundled attribution, or the table given with --data. */
export function sourceLine(data: string | undefined, table: RegionTable): string {
  return data === undefined ? BUNDLED_SOURCE : fileSource('nl', table.file);
}

/**
 * The most bytes each kind of input may have, checked before reading (a stat for a plain file,
 * counted while reading a pipe or device such as /dev/zero). Each is far above real files:
 * the full CBS kwb table with every column is about 30 MB; PDOK's national buurt GeoJSON at full
 * detail about 250 MB; a posterior of 10,000 particles under 5 MB.
 */
export const SIZE_LIMITS = {
  table: 256 * 2 ** 20,
  geometry: 400 * 2 ** 20,
  json: 32 * 2 ** 20,
  other: 64 * 2 ** 20,
} as const;

const megabytes = (n: number) => Math.round(n / 2 ** 20);

function tooLarge(shownAs: string, limit: number, size?: number): InputError {
  return new InputError('file-too-large', say('cli.nodeData.tooLarge', { limit: megabytes(limit), size: size === undefined ? null : megabytes(size) }), {
    file: shownAs,
  });
}

/** A file's bytes (at most `limit`), or an InputError that says plainly why it cannot be read. */
export function readBytes(path: string, shownAs = path, limit: number = SIZE_LIMITS.other): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (stat.isFile()) {
      if (stat.size > limit) throw tooLarge(shownAs, limit, stat.size);
      return readFileSync(fd);
    }
    // A pipe or a device (/dev/zero, /dev/stdin): no size to look at, so count while reading.
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > limit) throw tooLarge(shownAs, limit);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? say('cli.nodeData.notFound')
        : code === 'EISDIR'
          ? say('cli.nodeData.directory')
          : code === 'EACCES' || code === 'EPERM'
            ? say('cli.nodeData.noPermission')
            : say('cli.nodeData.unreadable', { code });
    throw new InputError('unreadable-file', why, { file: shownAs });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Where the warnings of a table read with --data go (a cut-off last line, Windows-1252, skipped
 * lines): main.ts points this at stderr, so every command shows them, not only `regions`.
 */
type WarningSink = (messages: { nl: string; en: string }, where: Where) => void;
let warningSink: WarningSink | undefined;
export function onTableWarnings(sink: WarningSink | undefined): void {
  warningSink = sink;
}

function reportWarnings(table: RegionTable): void {
  for (const w of table.warnings) warningSink?.(w.messages, { file: table.file, line: w.line, column: w.column });
}

export interface LoadOptions {
  /** Add derived values (withEstimates with the bundled gemeente extras). Default true. */
  estimates?: boolean;
}

/** The bundled table is read once per process (commands do not modify tables). */
const bundled: { plain?: RegionTable; estimated?: RegionTable } = {};

/** The bundled national table, or `file` (any CBS form readCbsTable accepts). */
export function loadTable(file?: string, options: LoadOptions = {}): RegionTable {
  const estimates = options.estimates !== false;
  if (file === undefined) {
    bundled.plain ??= readCbsTable(readBytes(BUNDLED_TABLE), BUNDLED_TABLE_FILE);
    if (!estimates) return bundled.plain;
    bundled.estimated ??= withEstimates(bundled.plain, loadExtras());
    return bundled.estimated;
  }
  const table = readCbsTable(readBytes(file, file, SIZE_LIMITS.table), file);
  reportWarnings(table);
  return estimates ? withEstimates(table, loadExtras()) : table;
}

function loadExtras(): GemeenteExtras {
  return parseGemeenteExtras(readBytes(BUNDLED_EXTRAS), BUNDLED_EXTRAS_FILE);
}

/** The bundled TopoJSON of one gemeente (objects gemeente, wijken, buurten), or null if none is bundled. */
export function loadGemeenteGeometry(gemeente: string): Topology | null {
  if (levelOf(gemeente) !== 'gemeente') return null;
  const path = fileURLToPath(new URL(geometryFileOf(gemeente), new URL('geo/', dataDir)));
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  return JSON.parse(text) as Topology;
}

/** A geometry file given with --geometry (GeoJSON/TopoJSON, WGS84 or RD New). */
export function loadGeometry(path: string | undefined): Map<string, Geometry> | undefined {
  return path === undefined ? undefined : readGeometry(readBytes(path, path, SIZE_LIMITS.geometry), path).byCode;
}

/** The bundled boundaries by code of one gemeente, or null when none is bundled. */
function bundledShapes(gemeente: string): Map<string, Geometry> | null {
  const topo = loadGemeenteGeometry(gemeente);
  return topo ? shapesOfTopology(topo, gemeente) : null;
}

/**
 * The area with buurt geometry: the user's own (--geometry) first, else the bundled maps; null
 * geometry for codes neither has (the model then places people on a disc of the land area).
 */
export function areaFromTable(table: RegionTable, codes: readonly string[], groups: readonly BuurtGroup[] = [], own?: Map<string, Geometry>): AreaInput {
  return areaWithGeometry(table, codes, bundledShapes, groups, { own, field: '--area' });
}
