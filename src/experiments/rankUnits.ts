/**
 * The places a gemeente (or wijk) can be ranked by: its wijken or kerkdorpen, its buurten, or
 * user-defined groups of buurten (the founder plans per kerkdorp, plan §7). Places without people
 * 65+ (business parks) are kept as skipped with the reason, never dropped silently or crashed on.
 */
import type { AreaInput } from '../core/area.ts';
import { InputError, isInputError } from '../core/errors.ts';
import { levelOf, regionsWithin } from '../data/regions.ts';
import type { RegionTable } from '../data/types.ts';
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

const bad = (field: string, nl: string, en: string) => new InputError('rank.invalid', { nl, en }, { field });

export function rankUnits(table: RegionTable, within: string, level: RankLevel, build: AreaBuilder, groups: readonly BuurtGroup[] = []): RankUnit[] {
  const code = within.trim().toUpperCase();
  const region = table.byCode.get(code);
  const lvl = levelOf(code);
  if (!region || !lvl || lvl === 'buurt') {
    throw bad('--within', `${within} is geen gemeente of wijk in ${table.file}; geef bijvoorbeeld --within GM1982`, `${within} is not a gemeente or wijk in ${table.file}; give for instance --within GM1982`);
  }
  if (level === 'wijk' && lvl !== 'gemeente') throw bad('--level', `wijken rangschikken kan binnen een gemeente, niet binnen ${lvl} ${code}`, `wijken can be ranked within a gemeente, not within ${lvl} ${code}`);
  let targets: { code: string; name: string; codes: string[] }[];
  if (level === 'group') {
    if (!groups.length) throw bad('--groups', 'geef groepen van buurten (--groups BESTAND) om groepen te rangschikken', 'give groups of buurten (--groups FILE) to rank groups');
    targets = groups.map((g) => ({ code: g.name, name: g.name, codes: [g.name] }));
  } else {
    targets = regionsWithin(table, code, level).map((r) => ({ code: r.code, name: r.name, codes: [r.code] }));
  }
  if (!targets.length) throw bad('--within', `${region.name} (${code}) heeft geen ${level === 'wijk' ? 'wijken' : 'buurten'} in ${table.file}`, `${region.name} (${code}) has no ${level === 'wijk' ? 'wijken' : 'buurten'} in ${table.file}`);
  return targets.map((t) => {
    try {
      return { code: t.code, name: t.name, area: build(t.codes, groups) };
    } catch (e) {
      if (isInputError(e) && e.code === 'area.empty') return { code: t.code, name: t.name, area: null, skipped: e.messages };
      throw e;
    }
  });
}
