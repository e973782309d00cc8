/**
 * The scenario's shape as one valibot schema: which fields exist, of which type, with which
 * bounds (from scenarioLimits.ts). `strictParse` is what files and the CLI get: the first problem
 * becomes an InputError naming the field in plain words and by its path, an unknown field with
 * the nearest known one ("onbekend veld 'sed' — bedoelde u 'seed'?"). Fields whose bounds depend
 * on another field (a seeding window inside the horizon) are checked after it, in scenario.ts.
 */
import * as v from 'valibot';
import { InputError } from '../core/errors.ts';
import { excerpt } from '../core/json.ts';
import { checkKeys } from '../core/suggest.ts';
import type { PlacementMode } from '../core/plan.ts';
import { plain, say, type Said } from '../i18n/engine/index.ts';
import { BOUNDS, boundMessage, fits, numeric, type BoundName } from './scenarioLimits.ts';

const PLACEMENTS: readonly PlacementMode[] = ['clustered', 'spread', 'auto', 'chosen'];
export const START_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Valibot's messages here are codes; `problem` below turns a code, the field and the value into
 * the sentence in both languages (one place for the wording, and no English-only library text).
 */
type Code = 'object' | 'list' | 'codes' | 'placement' | 'route' | 'boolean' | 'version' | 'start' | 'groupName' | `bound:${BoundName}`;
const code = (c: Code) => c;

/** A strict object (unknown keys refused) that is not a list: valibot's object check lets an array through. */
const record = <E extends v.ObjectEntries>(entries: E) =>
  v.pipe(
    v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), code('object')),
    v.strictObject(entries, code('object')),
  );

/** A number within bound `name` (numeric text from a flag counts); absent stays absent. */
const bounded = (name: BoundName) =>
  v.optional(
    v.pipe(
      v.unknown(),
      v.transform(numeric),
      v.check((n) => fits(BOUNDS[name], n), code(`bound:${name}`)),
    ),
  );
/** CBS codes or group names: a list, or one text with commas (as a flag gives them). */
const codes = v.union([v.string(), v.array(v.string())], code('codes'));

const routeEntries = {
  count: bounded('count'),
  // The window's bounds depend on the horizon: checked in scenario.ts once months is known.
  from: v.optional(v.unknown()),
  to: v.optional(v.unknown()),
  placement: v.optional(v.picklist(PLACEMENTS, code('placement'))),
  buurten: v.optional(codes),
};
const routeSchema = record(routeEntries);

const takeoffEntries = {
  years: bounded('takeoff.years'),
  minSelfStarted: bounded('takeoff.minSelfStarted'),
  trendYears: bounded('takeoff.trendYears'),
  growth: bounded('takeoff.growth'),
  ratio: bounded('takeoff.ratio'),
  minRecent: bounded('takeoff.minRecent'),
  saturation: bounded('takeoff.saturation'),
};
const takeoffSchema = record(takeoffEntries);
export const TAKEOFF_KEYS = Object.keys(takeoffEntries) as (keyof typeof takeoffEntries)[];

const groupSchema = record({ name: v.pipe(v.string(code('groupName')), v.trim(), v.nonEmpty(code('groupName'))), buurten: codes });
const planSchema = record({ a: v.optional(routeSchema), b: v.optional(routeSchema), c: v.optional(routeSchema) });

const scenarioEntries = {
  version: v.optional(v.literal(1, code('version'))),
  name: v.optional(v.unknown()),
  area: v.optional(codes),
  groups: v.optional(v.array(groupSchema, code('list'))),
  plan: v.optional(planSchema),
  spillover: v.optional(v.boolean(code('boolean'))),
  // Series have three written forms and bounds that depend on the horizon: series.ts reads them.
  pr: v.optional(v.unknown()),
  media: v.optional(v.unknown()),
  months: bounded('months'),
  // Parameters are checked one by one against the parameter registry (checkParam).
  params: v.optional(v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), code('object'))),
  reps: bounded('reps'),
  seed: bounded('seed'),
  start: v.optional(v.pipe(v.string(code('start')), v.regex(START_MONTH, code('start')))),
  takeoff: v.optional(takeoffSchema),
  circles: v.optional(v.unknown()),
  // For hand-written files: a JSON schema link and a description are allowed and ignored.
  $schema: v.optional(v.unknown()),
  description: v.optional(v.unknown()),
};
const scenarioSchema = record(scenarioEntries);
export type ScenarioInput = v.InferOutput<typeof scenarioSchema>;

/** Known keys per object, for the suggestion with an unknown one ('plan.a' → the route's fields). */
function knownKeys(path: string): readonly string[] {
  if (path === '') return Object.keys(scenarioEntries);
  if (path === 'plan') return ['a', 'b', 'c'];
  if (/^plan\.[abc]$/.test(path)) return Object.keys(routeEntries);
  if (path === 'takeoff') return TAKEOFF_KEYS;
  return ['name', 'buurten'];
}

const pathOf = (issue: v.BaseIssue<unknown>): string =>
  (issue.path ?? []).reduce((s: string, p) => (typeof p.key === 'number' ? `${s}[${p.key}]` : s ? `${s}.${String(p.key)}` : String(p.key)), '');

/** One issue as an InputError in both languages, naming the field. */
function problem(issue: v.BaseIssue<unknown>): InputError {
  const field = pathOf(issue);
  const where = { field: field || 'scenario' };
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    // An unknown key: the path ends in it; name it with the nearest known key of its object.
    const parent = field.includes('.') ? field.slice(0, field.lastIndexOf('.')) : '';
    const key = String(issue.path?.at(-1)?.key);
    if (parent === 'plan') return new InputError('scenario.invalid', say('experiments.scenarioSchema.unknownRoute', { route: excerpt(key) }), where);
    try {
      checkKeys({ [key]: true }, knownKeys(parent), parent);
    } catch (e) {
      return e as InputError;
    }
  }
  const c = issue.message as Code;
  const got = excerpt(issue.input);
  if (c.startsWith('bound:')) {
    const b = BOUNDS[c.slice(6) as BoundName];
    return new InputError('scenario.invalid', boundMessage(b, field, issue.input), where);
  }
  const t = (said: Said) => new InputError('scenario.invalid', said, where);
  const name = field || 'scenario';
  switch (c) {
    case 'placement':
      return t(say('experiments.scenarioSchema.placement', { name, allowed: PLACEMENTS, got }));
    case 'codes':
      return t(say('experiments.scenarioSchema.codes', { name }));
    case 'list':
      return t(say('experiments.scenarioSchema.list', { name }));
    case 'boolean':
      return t(say('experiments.scenarioSchema.boolean', { name }));
    case 'version':
      return t(say('experiments.scenarioSchema.version', { got }));
    case 'start':
      return t(say('experiments.scenarioSchema.start', { got }));
    case 'groupName':
      return t(say('experiments.scenarioSchema.groupName'));
    default:
      return field ? t(say('experiments.scenarioSchema.object', { name })) : t(say('experiments.scenarioSchema.notObject'));
  }
}

/**
 * Files and the CLI: the scenario as the schema reads it, or an InputError for its first problem
 * (an unknown field first: a typo explains the rest).
 */
export function strictParse(input: unknown): ScenarioInput {
  const r = v.safeParse(scenarioSchema, input);
  if (r.success) return r.output;
  const issues = r.issues;
  const unknown = issues.find((i) => i.type === 'strict_object' && i.expected === 'never');
  throw problem(unknown ?? issues[0]);
}

/** What lenient reading left out: the field and why, in both languages (the app says so). */
export interface Dropped {
  field: string;
  message: { nl: string; en: string };
}

/**
 * Links: a number within bound `name` (and `lo`…`hi`), or `fallback` with the reason recorded in
 * `dropped`. Absent is not a problem: it is the fallback without a note.
 */
export function lenient(name: BoundName, raw: unknown, field: string, fallback: number, dropped: Dropped[], lo?: number, hi?: number): number {
  if (raw === undefined) return fallback;
  const b = BOUNDS[name];
  if (typeof raw === 'number' && fits(b, raw, lo, hi)) return raw;
  dropped.push({ field, message: plain(boundMessage(b, field, raw, lo ?? b.min, hi ?? b.max)) });
  return fallback;
}
