/**
 * `--circles FILE`: the circle register on every command that runs the model. Read after the area
 * is known (x,y columns are located in the buurten of the area's gemeenten; the 65+ check needs the
 * buurten), then carried in the scenario as `circles` with `start` (default: this month), so the
 * run starts from what exists and the scenario JSON reproduces it.
 */
import type { AreaInput } from '../core/area.ts';
import type { Geometry } from 'geojson';
import type { Lang } from '../core/errors.ts';
import { t } from '../core/params/spec.ts';
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
  circles: { type: 'string', arg: 'FILE', help: t('register van bestaande cirkels (CSV: founded,buurt,route,members,status,ended); de run begint bij wat er al is', 'register of existing circles (CSV: founded,buurt,route,members,status,ended); the run starts from what exists') },
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
  const nl = lang === 'nl';
  const pct = (x: number) => `${(x * 100).toFixed(1).replace('.', nl ? ',' : '.')}%`;
  const lines: string[] = [];
  if (today) {
    lines.push(nl
      ? `Vandaag (${today.start}): ${today.circles} ${today.circles === 1 ? 'cirkel' : 'cirkels'} (${today.active} actief), ${today.members} leden, ${pct(today.coverage)} van de 65-plussers.`
      : `Today (${today.start}): ${today.circles} ${today.circles === 1 ? 'circle' : 'circles'} (${today.active} active), ${today.members} members, ${pct(today.coverage)} of the people 65+.`);
    const word = (n: number) => (nl ? (n === 1 ? 'cirkel' : 'cirkels') : n === 1 ? 'circle' : 'circles');
    for (const b of today.buurten) lines.push(`  ${b.code} ${b.name}: ${b.circles} ${word(b.circles)}, ${b.members} ${nl ? 'leden' : 'members'} (${pct(b.coverage)})`);
  }
  const left: string[] = [];
  if (use.outside) left.push(nl ? `${use.outside} buiten het gebied` : `${use.outside} outside the area`);
  if (use.ended) left.push(nl ? `${use.ended} al gestopt (alleen geschiedenis)` : `${use.ended} already ended (history only)`);
  if (use.later) left.push(nl ? `${use.later} opgericht na de startmaand` : `${use.later} founded after the start month`);
  if (left.length) lines.push(nl ? `Register ${use.file}: ${use.rows} cirkels, niet meegenomen: ${left.join(', ')}.` : `Register ${use.file}: ${use.rows} circles, left out: ${left.join(', ')}.`);
  for (const w of use.warnings) lines.push(`${nl ? 'Let op' : 'Note'}: ${use.file}, ${nl ? 'regel' : 'line'} ${w.line}: ${w.messages[lang]}`);
  return lines;
}
