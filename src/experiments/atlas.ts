/**
 * The national atlas (issue "The national atlas"): the critical-mass answer for every wijk, buurt
 * or kerkdorp group within an area or all of the Netherlands, one row per place. Each row is made
 * by the same function as `rank` (rankAreas on that one place), so an atlas row and a ranking row
 * for the same place, seed and settings are the same answer.
 *
 * Places are listed without building them (an area is built only when its row is computed), so
 * memory stays flat however many places there are. A shard i of n takes the places whose index
 * modulo n is i: interleaving spreads large and small places evenly over the shards, and since a
 * row depends only on its place and the settings (never on the rows before it), any split gives the
 * same rows.
 */
import type { AreaInput } from '../core/area.ts';
import { InputError, isInputError } from '../core/errors.ts';
import { levelOf, regionsWithin } from '../data/regions.ts';
import type { RegionTable } from '../data/types.ts';
import { plain, say, type Said } from '../i18n/engine/index.ts';
import type { BuurtGroup } from './area.ts';
import type { ReplicationPool } from './pool.ts';
import { rankAreas, type RankOptions, type RankRow } from './rank.ts';
import type { AreaBuilder, RankLevel } from './rankUnits.ts';

/** A place of the atlas before it is built: its index in the whole list fixes its shard and order. */
export interface AtlasPlace {
  index: number;
  code: string;
  name: string;
  /** The gemeente it lies in (for groups: the gemeente of their first buurt). */
  gemeente: string;
  codes: string[];
}

export interface Shard {
  index: number;
  count: number;
}

/** One row of the atlas: a ranked place, or a place that cannot be simulated (no people 65+). */
export type AtlasRow =
  | ({ index: number; gemeente: string; status: 'answered' } & RankRow)
  | { index: number; gemeente: string; status: 'skipped'; code: string; name: string; reason: { nl: string; en: string } };

const bad = (field: string, said: Said) => new InputError('atlas.invalid', said, { field });

/**
 * The places of `scope` ('NL' for the whole country, else a gemeente or wijk code) at `level`,
 * in table order (gemeente by gemeente for NL).
 */
export function atlasPlaces(table: RegionTable, scope: string, level: RankLevel, groups: readonly BuurtGroup[] = []): AtlasPlace[] {
  const gemeenteOf = (code: string) => `GM${code.slice(2, 6)}`;
  if (level === 'group') {
    if (!groups.length) throw bad('--groups', say('experiments.atlas.noGroups'));
    return groups.map((g, index) => ({ index, code: g.name, name: g.name, gemeente: gemeenteOf(g.buurten[0] ?? ''), codes: [g.name] }));
  }
  let regions;
  if (scope === 'NL') {
    regions = table.regions.filter((r) => r.level === level);
  } else {
    const own = levelOf(scope);
    if (!table.byCode.has(scope) || !own || own === 'buurt') {
      throw bad('--within', say('experiments.atlas.notGemeenteOrWijk', { scope, file: table.file }));
    }
    if (level === 'wijk' && own !== 'gemeente') throw bad('--level', say('experiments.atlas.wijkInWijk', { scope }));
    regions = regionsWithin(table, scope, level);
  }
  if (!regions.length) throw bad('--within', say('experiments.atlas.noPlaces', { level, scope, file: table.file }));
  return regions.map((r, index) => ({ index, code: r.code, name: r.name, gemeente: gemeenteOf(r.code), codes: [r.code] }));
}

/** `i/n` → a shard, exit 2 naming the shard when it is not one of 0…n−1. */
export function parseShard(text: string | undefined): Shard {
  if (text === undefined) return { index: 0, count: 1 };
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN,
    count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || count > 100_000 || index >= count) {
    throw bad('--shard', say('experiments.atlas.badShard', { text }));
  }
  return { index, count };
}

/** The places of one shard, in order. */
export const shardPlaces = (places: readonly AtlasPlace[], shard: Shard) => places.filter((p) => p.index % shard.count === shard.index);

/**
 * One row: the place built and answered exactly as `rank` answers it. A place without people 65+
 * (a business park) is a skipped row with the reason, as in the ranking.
 */
export async function atlasRow(
  place: AtlasPlace,
  build: AreaBuilder,
  groups: readonly BuurtGroup[],
  options: RankOptions,
  pool: ReplicationPool,
  signal?: AbortSignal,
): Promise<AtlasRow> {
  let area: AreaInput;
  try {
    area = build(place.codes, groups);
  } catch (e) {
    if (isInputError(e) && e.code === 'area.empty')
      return { index: place.index, gemeente: place.gemeente, status: 'skipped', code: place.code, name: place.name, reason: e.messages };
    throw e;
  }
  const result = await rankAreas([{ code: place.code, name: place.name, area }], options, pool, { signal });
  const row = result.ranking[0];
  if (!row) {
    const why = result.skipped[0]?.reason ?? plain(say('experiments.rank.cannotSimulate'));
    return { index: place.index, gemeente: place.gemeente, status: 'skipped', code: place.code, name: place.name, reason: why };
  }
  return { index: place.index, gemeente: place.gemeente, status: 'answered', ...row };
}
