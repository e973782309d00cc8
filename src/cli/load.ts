/**
 * Node-only loading for the CLI: the bundled data (paths relative to this file, not the working
 * directory) or a file the user names. Reading is here; parsing stays in the pure src/data modules.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { InputError } from '../core/errors.ts';
import { readCbsTable } from '../data/cbs/index.ts';
import { parseGemeenteExtras, withEstimates, type GemeenteExtras } from '../data/estimates.ts';
import { levelOf } from '../data/regions.ts';
import type { RegionTable } from '../data/types.ts';

const dataDir = new URL('../../data/', import.meta.url);

export const BUNDLED_TABLE = fileURLToPath(new URL('kwb-2024.csv', dataDir));
export const BUNDLED_EXTRAS = fileURLToPath(new URL('gemeenten-2024-extra.csv', dataDir));

/** Attribution for output that uses the bundled data (CC BY 4.0 requires naming CBS). */
export const BUNDLED_SOURCE = 'Bron: CBS, Kerncijfers wijken en buurten 2024; geometrie CBS/Kadaster (bewerkt)';

/** The source line of a command's output: the bundled attribution, or the table given with --data. */
export function sourceLine(data: string | undefined, table: RegionTable): string {
  return data === undefined ? BUNDLED_SOURCE : `Bron: ${table.file}`;
}

/** A file's bytes, or an InputError that says plainly why it cannot be read. */
export function readBytes(path: string, shownAs = path): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? { nl: 'bestand niet gevonden.', en: 'file not found.' }
        : code === 'EISDIR'
          ? { nl: 'dit is een map, geen bestand.', en: 'this is a directory, not a file.' }
          : code === 'EACCES' || code === 'EPERM'
            ? { nl: 'geen leesrechten voor dit bestand.', en: 'no permission to read this file.' }
            : { nl: `bestand kan niet gelezen worden (${code ?? 'onbekende fout'}).`, en: `file cannot be read (${code ?? 'unknown error'}).` };
    throw new InputError('unreadable-file', why, { file: shownAs });
  }
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
    bundled.plain ??= readCbsTable(readBytes(BUNDLED_TABLE), 'kwb-2024.csv');
    if (!estimates) return bundled.plain;
    bundled.estimated ??= withEstimates(bundled.plain, loadExtras());
    return bundled.estimated;
  }
  const table = readCbsTable(readBytes(file), file);
  return estimates ? withEstimates(table, loadExtras()) : table;
}

export function loadExtras(): GemeenteExtras {
  return parseGemeenteExtras(readBytes(BUNDLED_EXTRAS), 'gemeenten-2024-extra.csv');
}

/** The bundled TopoJSON of one gemeente (objects gemeente, wijken, buurten), or null if none is bundled. */
export function loadGemeenteGeometry(gemeente: string): Topology | null {
  if (levelOf(gemeente) !== 'gemeente') return null;
  const path = fileURLToPath(new URL(`${gemeente}.topo.json`, new URL('geo/', dataDir)));
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  return JSON.parse(text) as Topology;
}
