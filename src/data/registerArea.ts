/**
 * The register against the area a run is about: which circles lie in it and exist at the start
 * month, and the checks that need the area — a register of another gemeente, and more members in
 * a buurt than it has people 65+ (said plainly, never papered over by inventing people).
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import type { AreaInput } from '../core/area.ts';
import { InputError } from '../core/errors.ts';
import { say } from '../i18n/engine/index.ts';
import { rdToLonLat } from './geometry.ts';
import { existsAt, type RegisterCircle, type RegisterRow } from './register.ts';
import { gemeenteOf } from './regions.ts';

export interface RegisterInArea {
  /** Circles in the area that exist at the start month, in register order. */
  circles: RegisterCircle[];
  /** Register circles outside the area (left out), ended before the start (history), founded after it. */
  outside: number;
  ended: number;
  later: number;
}

/** Where a row is shown to the user: a file line, or a table row in the app (line = row number). */
export interface RegisterSource {
  file: string;
  rows: readonly RegisterRow[];
}

/** What the checks need of an area: its name and its buurten with their 65+ (an AreaInput, or the app's CBS rows). */
export type RegisterAreaInput = Pick<AreaInput, 'name'> & { buurten: readonly Pick<AreaInput['buurten'][number], 'code' | 'name' | 'age65plus'>[] };

export function registerForArea(reg: RegisterSource, area: RegisterAreaInput, start: string): RegisterInArea {
  const byCode = new Map(area.buurten.map((b) => [b.code, b]));
  const inside = reg.rows.filter((r) => byCode.has(r.buurt));
  if (inside.length === 0 && reg.rows.length > 0) {
    const theirs = [...new Set(reg.rows.map((r) => gemeenteOf(r.buurt) ?? r.buurt))];
    const ours = [...new Set(area.buurten.map((b) => gemeenteOf(b.code) ?? b.code))];
    const same = theirs.join(', ') === ours.join(', ');
    throw new InputError(
      'register.other-area',
      same ? say('data.registerArea.noneInArea', { count: reg.rows.length, area: area.name }) : say('data.registerArea.otherGemeente', { theirs, area: area.name, ours }),
      { file: reg.file, line: reg.rows[0].line, column: 'buurt' },
    );
  }
  const circles: RegisterCircle[] = [];
  const members = new Map<string, number>();
  let ended = 0, later = 0;
  for (const r of inside) {
    if (r.founded > start) later++;
    else if (!existsAt(r, start)) ended++;
    else {
      const b = byCode.get(r.buurt)!;
      const sum = (members.get(r.buurt) ?? 0) + r.members;
      if (sum > b.age65plus) {
        throw new InputError(
          'register.too-many-members',
          say('data.registerArea.tooManyMembers', { name: b.name, code: b.code, sum, age65plus: b.age65plus }),
          { file: reg.file, line: r.line, column: 'members' },
        );
      }
      members.set(r.buurt, sum);
      const { line: _line, ...circle } = r;
      circles.push(circle);
    }
  }
  return { circles, outside: reg.rows.length - inside.length, ended, later };
}

/** Buurt code at an RD New point among these buurten (their WGS84 polygons), or null. */
export function buurtLocator(buurten: readonly { code: string; geometry: Polygon | MultiPolygon | null }[]): (x: number, y: number) => string | null {
  return (x, y) => {
    const p = rdToLonLat(x, y);
    for (const b of buurten) if (b.geometry && booleanPointInPolygon(p, b.geometry)) return b.code;
    return null;
  };
}

/** The current month "YYYY-MM" (callers outside the pure core pass it in; the core never reads the clock). */
export function currentMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}
