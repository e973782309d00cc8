/**
 * `sneeuwbal critical-mass --area CODE [--route a|b|c|mix] [--target 0.9] [--max-k K] [--reps N]
 *   [--seed N] [--params FILE] [--workers N] …` → {area, route, target, criticalMass:{k50,k90},
 * curve:[{k,p,lo,hi,reps}], reason} (INTERFACES.md), extended with the uncertainty of k50/k90,
 * time to takeoff, R by local density, costs and the takeoff rule in words.
 * `reason` is the explanation in --lang; `reasonCode` and `reasonText` {nl,en} come beside it.
 */
import type { Lang } from '../core/errors.ts';
import { DEFAULT_REPS, findCriticalMass, type CriticalMassOptions, type CriticalMassResult } from '../experiments/criticalMass.ts';
import { SEARCH_ROUTES, type MixWeights, type SearchRoute } from '../experiments/criticalMassPlan.ts';
import type { Scenario } from '../experiments/scenario.ts';
import type { Band } from '../experiments/summarise.ts';
import { badOption, defineCommand, type Options } from './command.ts';
import { messages, routeDescribed } from '../i18n/index.ts';
import { say } from '../i18n/engine/index.ts';
import { CIRCLES_OPTION, registerLines, withCircles, type RegisterUse } from './circles.ts';
import { fmt } from './format.ts';
import type { AreaInput } from '../core/area.ts';
import { registerAnswer } from '../experiments/registerAnswer.ts';
import { unnamedLevel } from '../experiments/criticalMassReason.ts';
import { todayOf } from '../experiments/scenarioCircles.ts';
import { areaFromTable, loadGeometry, loadTable, sourceLine } from '../node/data.ts';
import { checkScenario, loadParamSet, makePool, MODEL_OPTIONS, positiveInt, progressReporter, scenarioInput, SCENARIO_OPTIONS } from './model.ts';
import { BOUNDS, fits, numeric } from '../experiments/scenarioLimits.ts';
import { defaultTakeoff } from '../experiments/takeoff.ts';

/** Options shared with `rank`: what to search for and how takeoff is judged. */
export const SEARCH_OPTIONS = {
  route: { type: 'string', arg: 'a|b|c|mix', help: { nl: messages('nl').cli.help.route, en: messages('en').cli.help.route } },
  mix: { type: 'string', arg: 'A:B:C', help: say('cli.criticalMass.mixHelp') },
  target: { type: 'string', arg: '0..1', help: say('cli.criticalMass.targetHelp') },
  drivers: { type: 'string', arg: 'yes|no', help: say('cli.criticalMass.driversHelp') },
  'max-k': { type: 'string', arg: 'K', help: say('cli.criticalMass.maxKHelp') },
  'takeoff-years': { type: 'string', arg: 'N', help: say('cli.criticalMass.takeoffYearsHelp', { dflt: defaultTakeoff.years }) },
  'takeoff-min': { type: 'string', arg: 'N', help: say('cli.criticalMass.takeoffMinHelp', { dflt: defaultTakeoff.minSelfStarted }) },
  'takeoff-trend': { type: 'string', arg: 'N', help: say('cli.criticalMass.takeoffTrendHelp', { dflt: defaultTakeoff.trendYears }) },
  'takeoff-recent': { type: 'string', arg: 'N', help: say('cli.criticalMass.takeoffRecentHelp', { dflt: defaultTakeoff.minRecent }) },
  'takeoff-saturation': { type: 'string', arg: 'X', help: say('cli.criticalMass.takeoffSaturationHelp', { dflt: defaultTakeoff.saturation }) },
  'takeoff-growth': { type: 'string', arg: 'X', help: say('cli.criticalMass.takeoffGrowthHelp', { dflt: defaultTakeoff.growth }) },
  'takeoff-ratio': { type: 'string', arg: 'X', help: say('cli.criticalMass.takeoffRatioHelp', { dflt: defaultTakeoff.ratio }) },
} as const satisfies Options;

export function parseRoute(v: string | undefined): SearchRoute {
  const r = (v ?? 'mix').trim().toLowerCase();
  if ((SEARCH_ROUTES as readonly string[]).includes(r)) return r as SearchRoute;
  throw badOption('route', say('cli.criticalMass.notRoute', { value: v }));
}

export function parseMix(v: string | undefined): MixWeights | undefined {
  if (v === undefined) return undefined;
  const parts = v.split(':').map((x) => Number(x.trim().replace(',', '.')));
  if (parts.length !== 3 || parts.some((x) => !Number.isFinite(x) || x < 0) || parts.every((x) => x === 0)) {
    throw badOption('mix', say('cli.criticalMass.badMix', { value: v }));
  }
  return { a: parts[0], b: parts[1], c: parts[2] };
}

export function parseTarget(v: string | undefined): number {
  if (v === undefined) return BOUNDS.target.fallback;
  const x = numeric(v);
  if (!fits(BOUNDS.target, x)) throw badOption('target', say('cli.criticalMass.badTarget', { value: v }));
  return x;
}

/** The base scenario: --scenario and the scenario flags, with the takeoff flags and `extra` fields applied. */
export function searchScenario(values: Record<string, unknown>, extra: Record<string, unknown> = {}): Scenario {
  const input = { ...scenarioInput(values), ...extra };
  const takeoff: Record<string, unknown> = { ...((input.takeoff as object) ?? {}) };
  const map: Record<string, string> = {
    'takeoff-years': 'years',
    'takeoff-min': 'minSelfStarted',
    'takeoff-trend': 'trendYears',
    'takeoff-recent': 'minRecent',
    'takeoff-saturation': 'saturation',
    'takeoff-growth': 'growth',
    'takeoff-ratio': 'ratio',
  };
  for (const [flag, field] of Object.entries(map)) if (values[flag] !== undefined) takeoff[field] = String(values[flag]);
  return checkScenario(values, { ...input, takeoff }, { allowEmptyPlan: true });
}

/** The search flags as findCriticalMass options (shared with `rank`, which searches with fewer replications by default). */
export function searchOptions(
  values: { route?: string; mix?: string; target?: string; 'max-k'?: string; reps?: string; params?: string; months?: string; drivers?: string },
  scenario: Scenario,
  defaultReps: number,
  defaultDrivers = true,
): CriticalMassOptions & { reps: number } {
  const d = values.drivers?.trim().toLowerCase();
  if (d !== undefined && !['yes', 'no', 'ja', 'nee'].includes(d)) throw badOption('drivers', say('cli.criticalMass.badDrivers', { value: values.drivers }));
  return {
    drivers: d === undefined ? defaultDrivers : d === 'yes' || d === 'ja',
    scenario,
    route: parseRoute(values.route),
    weights: parseMix(values.mix),
    target: parseTarget(values.target),
    maxK: positiveInt('max-k', values['max-k'], BOUNDS.maxK.min, BOUNDS.maxK.max),
    reps: positiveInt('reps', values.reps, BOUNDS.searchReps.min, BOUNDS.searchReps.max) ?? defaultReps,
    paramSet: loadParamSet(values.params),
    ...(values.months !== undefined ? { months: scenario.months } : {}),
  };
}

export const command = defineCommand({
  name: 'critical-mass',
  summary: say('cli.criticalMass.summary'),
  usage:
    '--area CODE [--route a|b|c|mix] [--target 0.9] [--max-k K] [--reps N] [--seed N] [--params FILE] [--set NAME=VALUE] [--placement …] [--workers N] [--data FILE] [--circles FILE]',
  details: say('cli.criticalMass.details'),
  options: { ...SCENARIO_OPTIONS, ...MODEL_OPTIONS, ...SEARCH_OPTIONS, ...CIRCLES_OPTION },
  async run({ values, stdout, stderr, lang }) {
    const searched = searchScenario(values);
    const table = loadTable(values.data);
    const own = loadGeometry(values.geometry);
    const area = areaFromTable(table, searched.area, searched.groups, own);
    const { scenario, register } = withCircles(values.circles, searched, table, area, own);
    const options = searchOptions(values, scenario, DEFAULT_REPS);
    const pool = makePool(values.workers, options.reps);
    const progress = progressReporter(stderr, values.progress, lang, say('cli.model.progressReplications'));
    try {
      const result = await findCriticalMass(area, options, pool, { onProgress: (p) => progress.update(p.runs, p.planned) });
      const source = sourceLine(values.data, table);
      const existing = registerSummary(register, scenario, area, result);
      const doc = { ...criticalMassJson(result, lang, source), ...(existing ? { register: existing } : {}) };
      const text = existing ? [...registerLines(register, existing.today, lang), existing.answer.text[lang], ''].join('\n') + '\n' : '';
      stdout.write(values.json ? JSON.stringify(doc) + '\n' : text + report(result, lang, source));
    } finally {
      await pool.close();
    }
    return 0;
  },
});

/** The CLI document: the API result with `reason` as text in the chosen language. */
export function criticalMassJson(r: CriticalMassResult, lang: Lang, source: string) {
  return { ...r, reason: r.reason[lang], reasonCode: r.reason.code, reasonText: { nl: r.reason.nl, en: r.reason.en }, source };
}

const pct = (lang: Lang, x: number) => `${fmt(lang, x * 100)}%`;
const bandText = (lang: Lang, b: Band | null, digits = 0) =>
  b ? `${fmt(lang, b.p50, digits)} (${fmt(lang, b.p10, digits)}–${fmt(lang, b.p90, digits)})` : '–';

/**
 * One level of the answer: the number only where the answer names it (criticalMass k50, k90 or
 * atTarget), so this line never gives a number the reason below withholds ("Daarom noemen we geen
 * aantal"); otherwise where the curve reaches it and what is sure, from the k values tried.
 */
function kText(lang: Lang, r: CriticalMassResult, l: CriticalMassResult['levels'][number]): string {
  const t = messages(lang).cli.criticalMass;
  if (l.k === null) return t.notWithin(r.search.maxK);
  const u = unnamedLevel(r, l.level);
  if (u) return u.withheld ? t.withheld(u.around) : t.unnamed(u.around, u.sureFrom, r.curve[r.curve.length - 1].k);
  return l.lower === l.upper || l.upper === null ? String(l.k) : `${l.k} (${l.lower}–${l.upper})`;
}

function report(r: CriticalMassResult, lang: Lang, source: string): string {
  const t = messages(lang).cli.criticalMass;
  const mix = r.weights ? ` ${r.weights.a}:${r.weights.b}:${r.weights.c}` : '';
  const levels = r.levels.map((l) => `k${Math.round(l.level * 100)} = ${kText(lang, r, l)}`).join(', ');
  const head = [
    t.heading(r.areaName, fmt(lang, r.age65plus), `${routeDescribed(lang, r.route)}${mix}`, r.placement),
    '',
    t.levels(pct(lang, r.target), levels),
  ];
  const cols = t.columns;
  const rows = r.curve.map((p) => [
    String(p.k),
    pct(lang, p.p),
    `${pct(lang, p.lo)}–${pct(lang, p.hi)}`,
    String(p.reps),
    fmt(lang, p.seeded, 1),
    bandText(lang, p.monthsToTakeoff),
    fmt(lang, p.cost.p50),
  ]);
  const widths = cols.map((c, i) => Math.max(c.length, ...rows.map((x) => x[i].length)));
  const line = (cells: string[]) =>
    '  ' +
    cells
      .map((c, i) => (i === 5 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const density = r.density.map(
    (d) =>
      `  ${d.nearby.padStart(3)}  ${fmt(lang, d.circleYears, 0).padStart(8)}  ${String(d.children).padStart(6)}  ${fmt(lang, d.perCircleYear ?? 0, 3).padStart(7)}  ${d.R === null ? '–' : fmt(lang, d.R, 2)}`,
  );
  const c = r.cost,
    f = (x: number) => fmt(lang, x);
  const costWords = {
    fixed: f(c.fixed),
    projectLeader: f(c.table.projectLeader),
    trainingLeader: f(c.table.trainingLeader),
    trainingStaff: f(c.table.trainingStaff),
    supervisor: f(c.table.supervisor),
    a: f(c.perAttempt.a),
    b: f(c.perAttempt.b),
    c: f(c.perAttempt.c),
    pr: f(c.prDuringSeeding),
  };
  const time = r.timeToTakeoff;
  const lines = [
    ...head,
    '',
    r.reason[lang],
    '',
    ...(r.drivers.length ? [t.drivers, ...r.drivers.map((d) => `  ${d.text[lang]}`), ''] : []),
    t.curve,
    line(cols),
    ...rows.map(line),
    '',
    ...(time ? [t.time(time.k, fmt(lang, time.months.p50), fmt(lang, time.months.p10), fmt(lang, time.months.p90)), ''] : []),
    t.density,
    t.densityHead,
    ...density,
    '',
    t.cost(costWords, c.atTarget ? bandText(lang, c.atTarget) : null),
    '',
    r.takeoffRule.text[lang],
    t.search(r.search.runs, r.search.reps, r.search.seed, r.search.months, r.search.monotone),
    source,
    '',
  ];
  return lines.join('\n');
}

/** The register beside a critical-mass answer: what exists today and how many more (k counts circles added to it). */
export function registerSummary(register: RegisterUse['register'], scenario: Scenario, area: AreaInput, r: CriticalMassResult) {
  if (!register || !scenario.start) return null;
  const today = todayOf(scenario.circles ?? [], scenario.start, area);
  const zero = r.curve.find((p) => p.k === 0)?.p ?? null;
  return { ...register, today, answer: registerAnswer(r.criticalMass.atTarget, r.target, zero, today) };
}
