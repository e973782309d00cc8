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
import { say, type Said } from '../i18n/engine/index.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const bad = (field: string, said: Said) => new InputError('scenario.invalid', said, { field });

export function validateCircles(v: unknown, start: string | undefined): RegisterCircle[] {
  if (!Array.isArray(v)) throw bad('circles', say('experiments.scenarioCircles.notList'));
  if (v.length > 0 && start === undefined) throw bad('start', say('experiments.scenarioCircles.noStart'));
  return v.map((c, i) => {
    const f = (k: string) => `circles[${i}].${k}`;
    if (typeof c !== 'object' || c === null) throw bad(`circles[${i}]`, say('experiments.scenarioCircles.notObject'));
    const o = c as Record<string, unknown>;
    if (typeof o.founded !== 'string' || !MONTH.test(o.founded))
      throw bad(f('founded'), say('experiments.scenarioCircles.founded', { got: JSON.stringify(o.founded) }));
    const ended = o.ended ?? null;
    if (ended !== null && (typeof ended !== 'string' || !MONTH.test(ended) || ended < o.founded))
      throw bad(f('ended'), say('experiments.scenarioCircles.ended', { got: JSON.stringify(o.ended) }));
    if (typeof o.buurt !== 'string' || !/^BU\d{8}$/.test(o.buurt))
      throw bad(f('buurt'), say('experiments.scenarioCircles.buurt', { got: JSON.stringify(o.buurt) }));
    if (!REGISTER_ROUTES.includes(o.route as RegisterRoute)) throw bad(f('route'), say('experiments.scenarioCircles.route', { allowed: REGISTER_ROUTES }));
    if (typeof o.members !== 'number' || !Number.isInteger(o.members) || o.members < 1 || o.members > MAX_MEMBERS)
      throw bad(f('members'), say('experiments.scenarioCircles.members', { max: MAX_MEMBERS }));
    if (o.status !== 'active' && o.status !== 'passive') throw bad(f('status'), say('experiments.scenarioCircles.status'));
    return {
      ...(typeof o.id === 'string' && o.id ? { id: o.id } : {}),
      founded: o.founded,
      buurt: o.buurt,
      route: o.route as RegisterRoute,
      members: o.members,
      status: o.status,
      ended: ended as string | null,
    };
  });
}

/** The register's circles that exist at `start`, as the core places them at month 0. */
export function existingAt(circles: readonly RegisterCircle[], start: string): ExistingCircle[] {
  return circles
    .filter((c) => existsAt(c, start))
    .map((c) => ({ buurt: c.buurt, age: monthsBetween(c.founded, start), route: c.route, members: c.members, active: c.status === 'active' }));
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

export function todayOf(
  circles: readonly RegisterCircle[],
  start: string,
  area: { age65plus: number; buurten: readonly { code: string; name: string; age65plus: number }[] },
): Today {
  const byCode = new Map(area.buurten.map((b) => [b.code, { code: b.code, name: b.name, age65plus: b.age65plus, circles: 0, members: 0, coverage: 0 }]));
  let n = 0,
    active = 0,
    members = 0;
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
