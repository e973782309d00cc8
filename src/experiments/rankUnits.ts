/**
 * The places a gemeente (or wijk) can be ranked by: its wijken or kerkdorpen, its buurten, or
 * user-defined groups of buurten (the founder plans per kerkdorp, plan §7). Places without people
 * 65+ (business parks) are kept as skipped with the reason, never dropped silently or crashed on.
 */
import type { AreaInput } from '../core/area.ts';
import { InputError, isInputError } from '../core/errors.ts';
import { levelOf, regionsWithin } from '../data/regions.ts';
import type { RegionTable } from '../data/types.ts';
import { say, type Said } from '../i18n/engine/index.ts';
import type { BuurtGroup } from './area.ts';

export type RankLevel = 'wijk' | 'buurt' | 'group';

export interface RankUnit {
  code: string;
  name: string;
  /** The unit as a model area; null when it cannot be simulated (see `skipped`). */
  area: AreaInput | null;
  skipped?: { nl: string; en: string };
}

/** Builds an area from codes (CBS codes or group names); the CLI passes one with bundled geometry. */
export type AreaBuilder = (codes: readonly string[], groups: readonly BuurtGroup[]) => AreaInput;

const bad = (field: string, said: Said) => new InputError('rank.invalid', said, { field });

export function rankUnits(table: RegionTable, within: string, level: RankLevel, build: AreaBuilder, groups: readonly BuurtGroup[] = []): RankUnit[] {
  const code = within.trim().toUpperCase();
  const region = table.byCode.get(code);
  const lvl = levelOf(code);
  if (!region || !lvl || lvl === 'buurt') {
    throw bad('--within', say('experiments.rankUnits.notGemeenteOrWijk', { within, file: table.file }));
  }
  if (level === 'wijk' && lvl !== 'gemeente') throw bad('--level', say('experiments.rankUnits.wijkInWijk', { level: lvl, code }));
  let targets: { code: string; name: string; codes: string[] }[];
  if (level === 'group') {
    if (!groups.length) throw bad('--groups', say('experiments.rankUnits.noGroups'));
    targets = groups.map((g) => ({ code: g.name, name: g.name, codes: [g.name] }));
  } else {
    targets = regionsWithin(table, code, level).map((r) => ({ code: r.code, name: r.name, codes: [r.code] }));
  }
  if (!targets.length) throw bad('--within', say('experiments.rankUnits.noPlaces', { name: region.name, code, level, file: table.file }));
  return targets.map((t) => {
    try {
      return { code: t.code, name: t.name, area: build(t.codes, groups) };
    } catch (e) {
      if (isInputError(e) && e.code === 'area.empty') return { code: t.code, name: t.name, area: null, skipped: e.messages };
      throw e;
    }
  });
}
