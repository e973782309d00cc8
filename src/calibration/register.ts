/**
 * The circle register as calibration data (issue #11): its history becomes observations of circles
 * over time, and its seeded circles say how professionals really seeded.
 * - Observations: every `every` months from the first founding to `until` (and at `until`), the
 *   circles existing then in the area: all of them, the self-started ones (origin spontaneous) and
 *   those of each route a, b, c. Circles with an unknown route count only in the total. Members
 *   are not used: a register says how many members a circle has now, not how many it had then.
 * - Seeding: per route, as many circles as the register holds, in a window from its first to its
 *   last founding (plan counts are circles formed: the model keeps trying until it has them).
 * The start month is the first founding. Pure: a Register in, FieldData and scenario fields out.
 */
import { ROUTES, type Route } from '../core/plan.ts';
import { addMonths, monthsBetween, type FieldData, type FieldRow } from '../data/field.ts';
import { existsAt, type RegisterRow } from '../data/register.ts';

/** Does this text look like a register (header with founded/opgericht) rather than counts? */
export function looksLikeRegister(text: string): boolean {
  const head =
    text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .find((l) => l.trim() !== '') ?? '';
  return head
    .toLowerCase()
    .split(/[,;\t|]/)
    .some((c) => ['founded', 'opgericht', 'gestart'].includes(c.trim().replace(/^"|"$/g, '')));
}

export interface RegisterHistory {
  data: FieldData;
  start: string;
  /** Plan JSON for validateScenario: per route count, from, to (model months). */
  plan: Record<Route, { count: number; from: number; to: number }>;
}

export function registerHistory(file: string, rows: readonly RegisterRow[], area: string, until: string, every = 6): RegisterHistory {
  const start = rows.reduce((m, r) => (r.founded < m ? r.founded : m), rows[0].founded);
  const dates: string[] = [];
  for (let k = every - 1; monthsBetween(start, addMonths(start, k)) <= monthsBetween(start, until); k += every) dates.push(addMonths(start, k));
  if (dates[dates.length - 1] !== until) dates.push(until);
  const out: FieldRow[] = [];
  let line = 0;
  const row = (month: string, circles: number, route: Route | null, origin: 'spontaneous' | null) =>
    out.push({ line: ++line, month, day: null, area, circles, members: null, route, origin });
  for (const d of dates) {
    const now = rows.filter((r) => existsAt(r, d));
    row(d, now.length, null, null);
    row(d, now.filter((r) => r.route === 'self').length, null, 'spontaneous');
    for (const r of ROUTES) row(d, now.filter((c) => c.route === r).length, r, null);
  }
  const plan = Object.fromEntries(
    ROUTES.map((r) => {
      const seeded = rows.filter((c) => c.route === r).map((c) => monthsBetween(start, c.founded));
      return [r, seeded.length ? { count: seeded.length, from: Math.min(...seeded), to: Math.max(...seeded) + 1 } : { count: 0, from: 0, to: 1 }];
    }),
  ) as RegisterHistory['plan'];
  const data: FieldData = { file, rows: out, areas: [area], first: dates[0], last: until, has: { members: false, route: true, origin: true }, warnings: [] };
  return { data, start, plan };
}
