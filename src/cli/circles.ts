/**
 * `--circles FILE`: the circle register on every command that runs the model. Read after the area
 * is known (x,y columns are located in the buurten of the area's gemeenten; the 65+ check needs the
 * buurten), then carried in the scenario as `circles` with `start` (default: this month), so the
 * run starts from what exists and the scenario JSON reproduces it.
 */
import type { AreaInput } from '../core/area.ts';
import type { Geometry } from 'geojson';
import type { Lang } from '../core/errors.ts';
import { say } from '../i18n/engine/index.ts';
import { formatNumber, messages } from '../i18n/index.ts';
import { readRegister } from '../data/register.ts';
import { buurtLocator, currentMonth, registerForArea, type RegisterInArea } from '../data/registerArea.ts';
import { gemeenteOf } from '../data/regions.ts';
import type { RegionTable } from '../data/types.ts';
import type { ReadWarning } from '../data/types.ts';
import { validateScenario, type Scenario } from '../experiments/scenario.ts';
import type { Today } from '../experiments/scenarioCircles.ts';
import type { Options } from './command.ts';
import { areaFromTable, readBytes } from '../node/data.ts';

export const CIRCLES_OPTION = {
  circles: { type: 'string', arg: 'FILE', help: say('cli.circles.circlesHelp') },
} as const satisfies Options;

export interface RegisterUse {
  scenario: Scenario;
  register: { file: string; start: string; rows: number; outside: number; ended: number; later: number; warnings: ReadWarning[] } | null;
}

/** The scenario with the register's circles that exist at its start month in `area` (unchanged without --circles). */
export function withCircles(path: string | undefined, scenario: Scenario, table: RegionTable, area: AreaInput, own?: Map<string, Geometry>): RegisterUse {
  if (path === undefined) return { scenario, register: null };
  const today = currentMonth();
  const start = scenario.start ?? today;
  const gemeenten = [...new Set(area.buurten.map((b) => gemeenteOf(b.code)).filter((g): g is string => g !== null))];
  let locate: ((x: number, y: number) => string | null) | undefined;
  const locator = () => (locate ??= buurtLocator(areaFromTable(table, gemeenten, [], own).buurten));
  const reg = readRegister(readBytes(path), path, { today, regions: table.byCode, locate: (x, y) => locator()(x, y) });
  const inArea: RegisterInArea = registerForArea(reg, area, start);
  return {
    scenario: validateScenario({ ...scenario, start, circles: inArea.circles }, { allowEmptyPlan: true }),
    register: { file: path, start, rows: reg.rows.length, outside: inArea.outside, ended: inArea.ended, later: inArea.later, warnings: reg.warnings },
  };
}

/** Plain lines about the register for the text reports. */
export function registerLines(use: RegisterUse['register'], today: Today | undefined, lang: Lang): string[] {
  if (!use) return [];
  const t = messages(lang).cli.register;
  // One decimal, no thousands separator needed: a share of at most 100%.
  const pct = (x: number) => `${formatNumber(lang, x * 100, 1, 1)}%`;
  const lines: string[] = [];
  if (today) {
    lines.push(t.today(today.start, today.circles, today.active, today.members, pct(today.coverage)));
    for (const b of today.buurten) lines.push(t.buurt(b.code, b.name, b.circles, b.members, pct(b.coverage)));
  }
  if (use.outside || use.ended || use.later) lines.push(t.leftOut(use.file, use.rows, use.outside, use.ended, use.later));
  for (const w of use.warnings) lines.push(t.warning(use.file, w.line, w.messages[lang]));
  return lines;
}
