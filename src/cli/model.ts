/**
 * What every command that runs the model shares (INTERFACES.md "Options shared by every command
 * that runs the model"): --data, --params, --set NAME=VALUE, --scenario, --area, the plan flags,
 * --workers; building the area with its geometry; progress on stderr.
 */
import { availableParallelism } from 'node:os';
import { InputError, type Lang, type Said } from '../core/errors.ts';
import { parseJson } from '../core/json.ts';
import { say } from '../i18n/engine/index.ts';
import { messages } from '../i18n/index.ts';
import { ROUTES } from '../core/plan.ts';
import { parseParamSet, type ParamSet } from '../experiments/paramset.ts';
import { validateScenario, type Scenario } from '../experiments/scenario.ts';
import { InlinePool, type ReplicationPool } from '../experiments/pool.ts';
import { NodePool } from '../workers/node-pool.ts';
import { badOption, type Options, type Output } from './command.ts';
import { readBytes, SIZE_LIMITS } from '../node/data.ts';

export const MODEL_OPTIONS = {
  data: { type: 'string', arg: 'FILE', help: say('cli.model.dataHelp') },
  geometry: { type: 'string', arg: 'FILE', help: say('cli.model.geometryHelp') },
  params: { type: 'string', arg: 'FILE', help: say('cli.model.paramsHelp') },
  set: { type: 'string', multiple: true, arg: 'NAME=VALUE', help: say('cli.model.setHelp') },
  workers: { type: 'string', arg: 'N', help: say('cli.model.workersHelp') },
  seed: { type: 'string', arg: 'N', help: say('cli.model.seedHelp') },
  reps: { type: 'string', arg: 'N', help: say('cli.model.repsHelp') },
} as const satisfies Options;

export const SCENARIO_OPTIONS = {
  scenario: { type: 'string', arg: 'FILE', help: say('cli.model.scenarioHelp') },
  area: { type: 'string', arg: 'CODE[,CODE…]', help: say('cli.model.areaHelp') },
  plan: { type: 'string', arg: 'a=N,b=N,c=N', help: { nl: messages('nl').cli.help.plan, en: messages('en').cli.help.plan } },
  'seed-months': { type: 'string', arg: 'FROM-TO', help: say('cli.model.seedMonthsHelp') },
  placement: { type: 'string', arg: 'clustered|spread|auto|chosen', help: say('cli.model.placementHelp') },
  buurten: { type: 'string', arg: 'CODE[,CODE…]', help: say('cli.model.buurtenHelp') },
  pr: { type: 'string', arg: '0..1|SERIES', help: say('cli.model.prHelp') },
  media: { type: 'string', arg: 'SERIES', help: say('cli.model.mediaHelp') },
  spillover: { type: 'boolean', help: say('cli.model.spilloverHelp') },
  months: { type: 'string', arg: 'N', help: say('cli.model.monthsHelp') },
  start: { type: 'string', arg: 'YYYY-MM', help: say('cli.model.startHelp') },
} as const satisfies Options;

export function parseSets(values: string[] | undefined): Record<string, string> {
  // No prototype: `--set __proto__=1` is then a key like any other, refused as an unknown
  // parameter, instead of silently setting the object's prototype.
  const out: Record<string, string> = Object.create(null);
  for (const kv of values ?? []) {
    const i = kv.indexOf('=');
    if (i <= 0) throw badOption('set', say('cli.model.notNameValue', { value: kv }));
    out[kv.slice(0, i).trim()] = kv.slice(i + 1).trim();
  }
  return out;
}

export function readJsonFile(path: string): unknown {
  const text = new TextDecoder().decode(readBytes(path, path, SIZE_LIMITS.json));
  return parseJson(text, 'json', { file: path }, say('cli.model.notJson'));
}

export function loadParamSet(path: string | undefined): ParamSet | undefined {
  return path === undefined ? undefined : parseParamSet(new TextDecoder().decode(readBytes(path, path, SIZE_LIMITS.json)), path);
}

export function positiveInt(option: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw badOption(option, say('cli.model.notWholeNumber', { min, max, value }));
  return n;
}

/** Scenario JSON from --scenario FILE, with the flags given beside it applied on top. */
export function scenarioInput(values: Record<string, unknown>): Record<string, unknown> {
  const base = values.scenario !== undefined ? (readJsonFile(String(values.scenario)) as Record<string, unknown>) : {};
  if (typeof base !== 'object' || base === null || Array.isArray(base))
    throw new InputError('scenario.invalid', say('cli.model.scenarioNotObject'), { file: String(values.scenario) });
  const s: Record<string, unknown> = { ...base, plan: { ...((base.plan as object) ?? {}) } };
  const plan = s.plan as Record<string, Record<string, unknown>>;
  if (values.area !== undefined)
    s.area = String(values.area)
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
  if (values.plan !== undefined) {
    const text = String(values.plan).trim();
    if (!text) throw badOption('plan', say('cli.model.planEmpty'));
    for (const part of text.split(',')) {
      const [k, v] = part.split('=').map((x) => x.trim());
      if (!ROUTES.includes(k as never) || v === undefined || !/^\d+$/.test(v)) {
        throw badOption('plan', say('cli.model.planPart', { part }));
      }
      plan[k] = { ...(plan[k] ?? {}), count: Number(v) };
    }
  }
  if (values['seed-months'] !== undefined) {
    const m = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(String(values['seed-months']));
    if (!m || Number(m[1]) >= Number(m[2])) throw badOption('seed-months', say('cli.model.seedMonths', { value: String(values['seed-months']) }));
    for (const r of ROUTES) plan[r] = { ...(plan[r] ?? {}), from: Number(m[1]), to: Number(m[2]) };
  }
  if (values.placement !== undefined) for (const r of ROUTES) plan[r] = { ...(plan[r] ?? {}), placement: String(values.placement) };
  if (values.buurten !== undefined) for (const r of ROUTES) plan[r] = { ...(plan[r] ?? {}), buurten: String(values.buurten).split(',') };
  if (values.pr !== undefined) s.pr = String(values.pr);
  if (values.media !== undefined) s.media = String(values.media);
  if (values.spillover === true) s.spillover = true;
  if (values.months !== undefined) s.months = String(values.months);
  if (values.reps !== undefined) s.reps = String(values.reps);
  if (values.seed !== undefined) s.seed = String(values.seed);
  if (values.start !== undefined) s.start = String(values.start);
  const sets = parseSets(values.set as string[] | undefined);
  if (Object.keys(sets).length) s.params = { ...((base.params as object) ?? {}), ...sets };
  return s;
}

/** The scenario fields each flag sets (an error in one of them is the flag's, not the --scenario file's). */
const FLAG_FIELDS: Record<string, string> = {
  area: 'area',
  plan: 'plan',
  'seed-months': 'plan',
  placement: 'plan',
  buurten: 'plan',
  pr: 'pr',
  media: 'media',
  spillover: 'spillover',
  months: 'months',
  reps: 'reps',
  seed: 'seed',
  start: 'start',
  set: 'params',
  'takeoff-years': 'takeoff',
  'takeoff-min': 'takeoff',
  'takeoff-trend': 'takeoff',
  'takeoff-recent': 'takeoff',
  'takeoff-saturation': 'takeoff',
  'takeoff-growth': 'takeoff',
  'takeoff-ratio': 'takeoff',
};

/**
 * The strict parse of a scenario built from --scenario and the flags (scenarioInput): a problem
 * in a field the file gave names the file as well as the field.
 */
export function checkScenario(values: Record<string, unknown>, input: unknown, opts: { allowEmptyPlan?: boolean } = {}): Scenario {
  if (values.scenario === undefined) return validateScenario(input, opts);
  const fromFlags = Object.keys(FLAG_FIELDS)
    .filter((f) => values[f] !== undefined && values[f] !== false)
    .map((f) => FLAG_FIELDS[f]);
  return validateScenario(input, { ...opts, file: String(values.scenario), fromFlags });
}

export function makePool(workersFlag: string | undefined, reps: number): ReplicationPool {
  const n = positiveInt('workers', workersFlag, 1, 64) ?? Math.min(availableParallelism(), Math.max(1, Math.floor(reps / 10)));
  return n <= 1 ? new InlinePool() : new NodePool(n);
}

/** Progress on stderr: only when stderr is a terminal or --progress was given. */
export function progressReporter(stderr: Output, show: boolean, lang: Lang, label: Said) {
  const on = show || stderr.isTTY === true;
  let last = 0;
  let done = 0,
    total = 0;
  const monthWord = say('cli.model.progressMonth');
  return {
    on,
    update(d: number, t: number) {
      done = d;
      total = t;
      if (!on) return;
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      stderr.write(`\r${label[lang]}: ${done}/${total}${done === total ? '\n' : ''}`);
    },
    /** Within a replication (a long one: a large area): the month a worker has reached. */
    month(m: number, months: number) {
      if (!on || done >= total) return;
      const now = Date.now();
      if (now - last < 1000) return;
      last = now;
      stderr.write(`\r${label[lang]}: ${done}/${total}, ${monthWord[lang]} ${m}/${months}   `);
    },
  };
}
