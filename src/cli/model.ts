/**
 * What every command that runs the model shares (INTERFACES.md "Options shared by every command
 * that runs the model"): --data, --params, --set NAME=VALUE, --scenario, --area, the plan flags,
 * --workers; building the area with its geometry; progress on stderr.
 */
import { availableParallelism } from 'node:os';
import { InputError, type Lang } from '../core/errors.ts';
import { parseJson } from '../core/json.ts';
import { t } from '../core/params/spec.ts';
import { ROUTES } from '../core/plan.ts';
import { parseParamSet, type ParamSet } from '../experiments/paramset.ts';
import { validateScenario, type Scenario } from '../experiments/scenario.ts';
import { InlinePool, type ReplicationPool } from '../experiments/pool.ts';
import { NodePool } from '../workers/node-pool.ts';
import { badOption, type Options, type Output } from './command.ts';
import { readBytes, SIZE_LIMITS } from '../node/data.ts';

export const MODEL_OPTIONS = {
  data: { type: 'string', arg: 'FILE', help: t('CBS-tabel wijken en buurten (standaard de meegeleverde van 2024)', 'CBS wijken en buurten table (default: the bundled 2024 one)') },
  geometry: { type: 'string', arg: 'FILE', help: t('eigen grenzen: GeoJSON of TopoJSON, WGS84 of RD New (gaat voor de meegeleverde kaart)', 'own boundaries: GeoJSON or TopoJSON, WGS84 or RD New (before the bundled map)') },
  params: { type: 'string', arg: 'FILE', help: t('parameterset (JSON) of posterior van calibrate', 'parameter set (JSON) or a posterior from calibrate') },
  set: { type: 'string', multiple: true, arg: 'NAME=VALUE', help: t('één parameter aanpassen (herhaalbaar); zie sneeuwbal params', 'override one parameter (repeatable); see sneeuwbal params') },
  workers: { type: 'string', arg: 'N', help: t('aantal parallelle workers (standaard: aantal kernen)', 'number of parallel workers (default: number of cores)') },
  seed: { type: 'string', arg: 'N', help: t('startgetal van het toeval (zelfde seed → zelfde uitkomst)', 'random seed (same seed → same result)') },
  reps: { type: 'string', arg: 'N', help: t('aantal herhalingen (gesimuleerde toekomsten)', 'number of replications (simulated futures)') },
} as const satisfies Options;

export const SCENARIO_OPTIONS = {
  scenario: { type: 'string', arg: 'FILE', help: t('scenario (JSON) zoals de app het bewaart; vlaggen ernaast gaan voor', 'scenario (JSON) as the app saves it; flags beside it take precedence') },
  area: { type: 'string', arg: 'CODE[,CODE…]', help: t('gebied(en): gemeente-, wijk- of buurtcode of groepsnaam', 'area(s): gemeente, wijk or buurt code or group name') },
  plan: { type: 'string', arg: 'a=N,b=N,c=N', help: t('cirkels te starten per route: a corporatiecomplex, b buurt, c indicatie', 'circles to seed per route: a corporation complex, b neighbourhood, c indication') },
  'seed-months': { type: 'string', arg: 'FROM-TO', help: t('maanden waarin professionals starten (standaard 0-24)', 'months in which professionals seed (default 0-24)') },
  placement: { type: 'string', arg: 'clustered|spread|auto|chosen', help: t('waar: bij elkaar, verspreid, automatisch, of in --buurten', 'where: together, spread, automatic, or in --buurten') },
  buurten: { type: 'string', arg: 'CODE[,CODE…]', help: t('buurten voor plaatsing "chosen"', 'buurten for placement "chosen"') },
  pr: { type: 'string', arg: '0..1|SERIES', help: t('PR-inzet: één getal tijdens het starten (standaard 0,5), of een reeks VAN-TOT:NIVEAU,… of MAAND:NIVEAU,…', 'PR intensity: one number while seeding (default 0.5), or a series FROM-TO:LEVEL,… or MONTH:LEVEL,…') },
  media: { type: 'string', arg: 'SERIES', help: t('landelijke media als veelvoud van het gewone niveau, bijvoorbeeld 12-24:10 (een campagnejaar)', 'national media as a multiple of the usual level, e.g. 12-24:10 (a campaign year)') },
  spillover: { type: 'boolean', help: t('kan route a of b nergens meer, dan gaan haar cirkels naar de andere', 'when route a or b has no site left, its circles go to the other') },
  months: { type: 'string', arg: 'N', help: t('horizon in maanden (standaard 120)', 'horizon in months (default 120)') },
  start: { type: 'string', arg: 'YYYY-MM', help: t('kalendermaand van maand 0', 'calendar month of month 0') },
} as const satisfies Options;

export function parseSets(values: string[] | undefined): Record<string, string> {
  // No prototype: `--set __proto__=1` is then a key like any other, refused as an unknown
  // parameter, instead of silently setting the object's prototype.
  const out: Record<string, string> = Object.create(null);
  for (const kv of values ?? []) {
    const i = kv.indexOf('=');
    if (i <= 0) throw badOption('set', t(`'${kv}' moet de vorm NAAM=WAARDE hebben, bijvoorbeeld snowball=0.`, `'${kv}' must look like NAME=VALUE, e.g. snowball=0.`));
    out[kv.slice(0, i).trim()] = kv.slice(i + 1).trim();
  }
  return out;
}

export function readJsonFile(path: string): unknown {
  const text = new TextDecoder().decode(readBytes(path, path, SIZE_LIMITS.json));
  return parseJson(text, 'json', { file: path }, t('dit is geen geldige JSON.', 'this is not valid JSON.'));
}

export function loadParamSet(path: string | undefined): ParamSet | undefined {
  return path === undefined ? undefined : parseParamSet(new TextDecoder().decode(readBytes(path, path, SIZE_LIMITS.json)), path);
}

export function positiveInt(option: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw badOption(option, t(`moet een heel getal van ${min} tot en met ${max} zijn, niet '${value}'.`, `must be a whole number from ${min} to ${max}, not '${value}'.`));
  return n;
}

/** Scenario JSON from --scenario FILE, with the flags given beside it applied on top. */
export function scenarioInput(values: Record<string, unknown>): Record<string, unknown> {
  const base = values.scenario !== undefined ? (readJsonFile(String(values.scenario)) as Record<string, unknown>) : {};
  if (typeof base !== 'object' || base === null || Array.isArray(base)) throw new InputError('scenario.invalid', t('een scenario is een JSON-object.', 'a scenario is a JSON object.'), { file: String(values.scenario) });
  const s: Record<string, unknown> = { ...base, plan: { ...((base.plan as object) ?? {}) } };
  const plan = s.plan as Record<string, Record<string, unknown>>;
  if (values.area !== undefined) s.area = String(values.area).split(',').map((c) => c.trim()).filter(Boolean);
  if (values.plan !== undefined) {
    const text = String(values.plan).trim();
    if (!text) throw badOption('plan', t('het plan is leeg; schrijf bijvoorbeeld a=1,b=2.', 'the plan is empty; write for instance a=1,b=2.'));
    for (const part of text.split(',')) {
      const [k, v] = part.split('=').map((x) => x.trim());
      if (!ROUTES.includes(k as never) || v === undefined || !/^\d+$/.test(v)) {
        throw badOption('plan', t(`'${part}' begrijp ik niet: verwacht route=aantal met route a, b of c, bijvoorbeeld a=1,b=2.`, `cannot read '${part}': expected route=count with route a, b or c, e.g. a=1,b=2.`));
      }
      plan[k] = { ...(plan[k] ?? {}), count: Number(v) };
    }
  }
  if (values['seed-months'] !== undefined) {
    const m = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(String(values['seed-months']));
    if (!m || Number(m[1]) >= Number(m[2])) throw badOption('seed-months', t(`verwacht VAN-TOT in maanden met VAN < TOT, bijvoorbeeld 0-24; niet '${values['seed-months']}'.`, `expected FROM-TO in months with FROM < TO, e.g. 0-24; not '${values['seed-months']}'.`));
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
  area: 'area', plan: 'plan', 'seed-months': 'plan', placement: 'plan', buurten: 'plan', pr: 'pr', media: 'media', spillover: 'spillover',
  months: 'months', reps: 'reps', seed: 'seed', start: 'start', set: 'params',
  'takeoff-years': 'takeoff', 'takeoff-min': 'takeoff', 'takeoff-trend': 'takeoff', 'takeoff-recent': 'takeoff', 'takeoff-saturation': 'takeoff', 'takeoff-growth': 'takeoff', 'takeoff-ratio': 'takeoff',
};

/**
 * The strict parse of a scenario built from --scenario and the flags (scenarioInput): a problem
 * in a field the file gave names the file as well as the field.
 */
export function checkScenario(values: Record<string, unknown>, input: unknown, opts: { allowEmptyPlan?: boolean } = {}): Scenario {
  if (values.scenario === undefined) return validateScenario(input, opts);
  const fromFlags = Object.keys(FLAG_FIELDS).filter((f) => values[f] !== undefined && values[f] !== false).map((f) => FLAG_FIELDS[f]);
  return validateScenario(input, { ...opts, file: String(values.scenario), fromFlags });
}

export function makePool(workersFlag: string | undefined, reps: number): ReplicationPool {
  const n = positiveInt('workers', workersFlag, 1, 64) ?? Math.min(availableParallelism(), Math.max(1, Math.floor(reps / 10)));
  return n <= 1 ? new InlinePool() : new NodePool(n);
}

/** Progress on stderr: only when stderr is a terminal or --progress was given. */
export function progressReporter(stderr: Output, show: boolean, lang: Lang, label: { nl: string; en: string }) {
  const on = show || stderr.isTTY === true;
  let last = 0;
  let done = 0, total = 0;
  const monthWord = { nl: 'maand', en: 'month' };
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
