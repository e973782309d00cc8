/**
 * The circle register inside a scenario: `circles` (the register's rows as plain JSON, what the app
 * keeps in IndexedDB and what `--circles FILE` reads) with `start`, the calendar month of model
 * month 0. validateCircles checks the JSON field by field (a scenario file may be edited by hand);
 * existingAt turns the rows into the circles that exist at the start month for the core.
 */
import { InputError } from '../core/errors.ts';
import type { ExistingCircle } from '../core/plan.ts';
import { existsAt, MAX_MEMBERS, REGISTER_ROUTES, type RegisterCircle, type RegisterRoute } from '../data/register.ts';
import { monthsBetween } from '../data/field.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const bad = (field: string, nl: string, en: string) => new InputError('scenario.invalid', { nl, en }, { field });

export function validateCircles(v: unknown, start: string | undefined): RegisterCircle[] {
  if (!Array.isArray(v)) throw bad('circles', 'circles moet een lijst cirkels zijn (het register)', 'circles must be a list of circles (the register)');
  if (v.length > 0 && start === undefined) throw bad('start', 'met een register van bestaande cirkels hoort een startmaand (start, JJJJ-MM)', 'a register of existing circles needs a start month (start, YYYY-MM)');
  return v.map((c, i) => {
    const f = (k: string) => `circles[${i}].${k}`;
    if (typeof c !== 'object' || c === null) throw bad(`circles[${i}]`, 'een cirkel is een object {founded, buurt, route, members, status, ended}', 'a circle is an object {founded, buurt, route, members, status, ended}');
    const o = c as Record<string, unknown>;
    if (typeof o.founded !== 'string' || !MONTH.test(o.founded)) throw bad(f('founded'), `founded moet JJJJ-MM zijn; gekregen: ${JSON.stringify(o.founded)}`, `founded must be YYYY-MM; got: ${JSON.stringify(o.founded)}`);
    const ended = o.ended ?? null;
    if (ended !== null && (typeof ended !== 'string' || !MONTH.test(ended) || ended < o.founded)) throw bad(f('ended'), `ended moet leeg of JJJJ-MM na founded zijn; gekregen: ${JSON.stringify(o.ended)}`, `ended must be empty or YYYY-MM after founded; got: ${JSON.stringify(o.ended)}`);
    if (typeof o.buurt !== 'string' || !/^BU\d{8}$/.test(o.buurt)) throw bad(f('buurt'), `buurt moet een buurtcode BU… zijn; gekregen: ${JSON.stringify(o.buurt)}`, `buurt must be a buurt code BU…; got: ${JSON.stringify(o.buurt)}`);
    if (!REGISTER_ROUTES.includes(o.route as RegisterRoute)) throw bad(f('route'), `route moet een van ${REGISTER_ROUTES.join(', ')} zijn`, `route must be one of ${REGISTER_ROUTES.join(', ')}`);
    if (typeof o.members !== 'number' || !Number.isInteger(o.members) || o.members < 1 || o.members > MAX_MEMBERS) throw bad(f('members'), `members moet een heel getal van 1 tot en met ${MAX_MEMBERS} zijn`, `members must be a whole number from 1 to ${MAX_MEMBERS}`);
    if (o.status !== 'active' && o.status !== 'passive') throw bad(f('status'), 'status moet active of passive zijn', 'status must be active or passive');
    return { ...(typeof o.id === 'string' && o.id ? { id: o.id } : {}), founded: o.founded, buurt: o.buurt, route: o.route as RegisterRoute, members: o.members, status: o.status, ended: ended as string | null };
  });
}

/** The register's circles that exist at `start`, as the core places them at month 0. */
export function existingAt(circles: readonly RegisterCircle[], start: string): ExistingCircle[] {
  return circles.filter((c) => existsAt(c, start)).map((c) => ({ buurt: c.buurt, age: monthsBetween(c.founded, start), route: c.route, members: c.members, active: c.status === 'active' }));
}

/** Today's state from the register: circles and members per buurt at the start month (what the report opens with). */
export interface Today {
  start: string;
  circles: number;
  active: number;
  members: number;
  age65plus: number;
  /** Members ÷ people 65+ of the area (CBS). */
  coverage: number;
  buurten: { code: string; name: string; age65plus: number; circles: number; members: number; coverage: number }[];
}

export function todayOf(circles: readonly RegisterCircle[], start: string, area: { age65plus: number; buurten: readonly { code: string; name: string; age65plus: number }[] }): Today {
  const byCode = new Map(area.buurten.map((b) => [b.code, { code: b.code, name: b.name, age65plus: b.age65plus, circles: 0, members: 0, coverage: 0 }]));
  let n = 0, active = 0, members = 0;
  for (const c of circles) {
    const b = byCode.get(c.buurt);
    if (!b || !existsAt(c, start)) continue;
    n++;
    if (c.status === 'active') active++;
    members += c.members;
    b.circles++;
    b.members += c.members;
  }
  const buurten = [...byCode.values()].filter((b) => b.circles > 0).map((b) => ({ ...b, coverage: b.age65plus ? b.members / b.age65plus : 0 }));
  return { start, circles: n, active, members, age65plus: area.age65plus, coverage: area.age65plus ? members / area.age65plus : 0, buurten };
}
