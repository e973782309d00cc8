/**
 * Field observations → targets the model can be compared with. An observation dated in calendar
 * month M is the state at the end of M: model index m = months(start → M) + 1 (index 0 is the
 * start, see core/metrics.ts). A count covers the circles that exist then, in its area, narrowed
 * to one route or to seeded/spontaneous circles when the row says so.
 * Areas are the calibrated area itself or parts of it (a wijk or buurt, a group of buurten); the
 * model keeps members per month only for the whole area, so members of a part are left out (noted).
 */
import type { AreaInput } from '../core/area.ts';
import { Origin } from '../core/circles.ts';
import { InputError } from '../core/errors.ts';
import { ROUTES, type Route } from '../core/plan.ts';
import { monthsBetween, type FieldData, type FieldOrigin } from '../data/field.ts';
import { isRegionCode, isWithin } from '../data/regions.ts';
import { plain, say } from '../i18n/engine/index.ts';
import type { BuurtGroup } from '../experiments/area.ts';
import type { RepOutput } from '../experiments/replicate.ts';

export interface Target {
  /** Model index m (state at the end of month m − 1). */
  month: number;
  /** Calendar month "YYYY-MM" of the observation. */
  date: string;
  area: string;
  /** Which of the area's buurten count (by index); null = the whole area. */
  buurten: Uint8Array | null;
  route: Route | null;
  origin: FieldOrigin | null;
  kind: 'circles' | 'members';
  observed: number;
  line: number;
}

export interface Targets {
  targets: Target[];
  /** Months to simulate: the last observation's index. */
  months: number;
  /** Some target needs per-circle records (a part of the area). */
  needsTree: boolean;
  notes: { nl: string; en: string }[];
}

/** Buurt mask of an observed area inside the calibrated one; null when it is the whole area. */
function maskOf(name: string, area: AreaInput, groups: readonly BuurtGroup[], where: { file: string; line: number }): Uint8Array | null {
  const codes = area.buurten.map((b) => b.code);
  let mask: Uint8Array;
  const group = groups.find((g) => g.name === name);
  if (area.codes.length === 1 && area.codes[0] === name) return null;
  if (group) {
    mask = Uint8Array.from(codes, (c) => (group.buurten.some((b) => b.trim().toUpperCase() === c) ? 1 : 0));
  } else {
    const inside = isRegionCode(name) && (area.codes.some((c) => isRegionCode(c) && isWithin(name, c)) || codes.includes(name));
    mask = Uint8Array.from(codes, (c) => (inside && isWithin(c, name) ? 1 : 0));
  }
  const n = mask.reduce((s, v) => s + v, 0);
  if (n === 0 || (group && n < group.buurten.length)) {
    throw new InputError('calibration.area', say('calibration.observed.outside', { name, area: area.name, codes: area.codes }), where);
  }
  return n === codes.length ? null : mask;
}

export function targetsFor(data: FieldData, area: AreaInput, start: string, groups: readonly BuurtGroup[] = []): Targets {
  const targets: Target[] = [];
  const notes: Targets['notes'] = [];
  const masks = new Map<string, Uint8Array | null>();
  const skipped: number[] = [];
  for (const row of data.rows) {
    const where = { file: data.file, line: row.line };
    const month = monthsBetween(start, row.month) + 1;
    if (month < 1) {
      throw new InputError('calibration.start', say('calibration.observed.beforeStart', { month: row.month, start }), { ...where, column: 'date' });
    }
    if (!masks.has(row.area)) masks.set(row.area, maskOf(row.area, area, groups, where));
    const buurten = masks.get(row.area)!;
    const base = { month, date: row.month, area: row.area, buurten, route: row.route, origin: row.route ? ('seeded' as const) : row.origin, line: row.line };
    targets.push({ ...base, kind: 'circles', observed: row.circles });
    if (row.members === null) continue;
    if (buurten || base.origin) skipped.push(row.line);
    else targets.push({ ...base, kind: 'members', observed: row.members });
  }
  if (skipped.length) {
    notes.push(plain(say('calibration.observed.membersSkipped', { lines: skipped })));
  }
  const months = Math.max(...targets.map((t) => t.month));
  return { targets, months, needsTree: targets.some((t) => t.buurten !== null), notes };
}

const SEEDED = (o: number) => o <= Origin.C;

/** The simulated value of every target in one replication. */
export function simulatedValues(targets: readonly Target[], out: RepOutput): Float64Array {
  const v = new Float64Array(targets.length);
  targets.forEach((t, i) => {
    const m = t.month;
    if (t.kind === 'members') v[i] = out.members[m];
    else if (t.buurten === null) {
      if (t.route) v[i] = out.seededByRoute[3 * m + ROUTES.indexOf(t.route)];
      else if (t.origin === 'seeded') v[i] = out.seededByRoute[3 * m] + out.seededByRoute[3 * m + 1] + out.seededByRoute[3 * m + 2];
      else if (t.origin === 'spontaneous') v[i] = out.spontaneous[m];
      else v[i] = out.circles[m];
    } else {
      const tree = out.tree;
      if (!tree) throw new Error('per-area targets need the offspring tree (job.keepTree)');
      const route = t.route ? ROUTES.indexOf(t.route) : -1;
      let n = 0;
      for (let c = 0; c < tree.origin.length; c++) {
        // Exists at index m: founded in a month before m, not ended in a month before m.
        if (tree.founded[c] > m - 1 || (tree.ended[c] >= 0 && tree.ended[c] < m) || !t.buurten[tree.buurt[c]]) continue;
        const o = tree.origin[c];
        if (route >= 0 ? o !== route : t.origin === 'seeded' ? !SEEDED(o) : t.origin === 'spontaneous' ? SEEDED(o) : false) continue;
        n++;
      }
      v[i] = n;
    }
  });
  return v;
}
