/**
 * `sneeuwbal critical-mass --area CODE [--route a|b|c|mix] [--target 0.9] [--max-k K] [--reps N]
 *   [--seed N] [--params FILE] [--workers N] …` → {area, route, target, criticalMass:{k50,k90},
 * curve:[{k,p,lo,hi,reps}], reason} (INTERFACES.md), extended with the uncertainty of k50/k90,
 * time to takeoff, R by local density, costs and the takeoff rule in words.
 * `reason` is the explanation in --lang; `reasonCode` and `reasonText` {nl,en} come beside it.
 */
import type { Lang } from '../core/errors.ts';
import { t } from '../core/params/spec.ts';
import { DEFAULT_REPS, findCriticalMass, type CriticalMassOptions, type CriticalMassResult } from '../experiments/criticalMass.ts';
import { SEARCH_ROUTES, type MixWeights, type SearchRoute } from '../experiments/criticalMassPlan.ts';
import type { Scenario } from '../experiments/scenario.ts';
import type { Band } from '../experiments/summarise.ts';
import { badOption, defineCommand, type Options } from './command.ts';
import { messages, routeDescribed, routeList } from '../i18n/index.ts';
import { CIRCLES_OPTION, registerLines, withCircles, type RegisterUse } from './circles.ts';
import { fmt } from './format.ts';
import type { AreaInput } from '../core/area.ts';
import { registerAnswer } from '../experiments/registerAnswer.ts';
import { todayOf } from '../experiments/scenarioCircles.ts';
import { areaFromTable, loadGeometry, loadTable, sourceLine } from '../node/data.ts';
import { checkScenario, loadParamSet, makePool, MODEL_OPTIONS, positiveInt, progressReporter, scenarioInput, SCENARIO_OPTIONS } from './model.ts';
import { BOUNDS, fits, numeric } from '../experiments/scenarioLimits.ts';

/** Options shared with `rank`: what to search for and how takeoff is judged. */
export const SEARCH_OPTIONS = {
  route: { type: 'string', arg: 'a|b|c|mix', help: t(`route: ${routeList('nl')}, mix alle drie tegelijk (standaard)`, `route: ${routeList('en')}, mix all three at once (default)`) },
  mix: { type: 'string', arg: 'A:B:C', help: t('verdeling van k over a, b, c bij --route mix (standaard 1:1:1)', 'split of k over a, b, c with --route mix (default 1:1:1)') },
  target: { type: 'string', arg: '0..1', help: t('kans op zelfstandige groei die als kritische massa telt (standaard 0,9)', 'probability of self-sustaining growth that counts as critical mass (default 0.9)') },
  drivers: { type: 'string', arg: 'yes|no', help: t('ook de drie parameters zoeken waar het antwoord het meest van afhangt, met het antwoord bij hun grenzen (critical-mass: standaard yes; rank: standaard no, want het kost per plek een paar extra zoektochten)', 'also find the three parameters the answer depends on most, with the answer at their bounds (critical-mass: default yes; rank: default no, as it costs a few extra searches per place)') },
  'max-k': { type: 'string', arg: 'K', help: t('hoogste aantal gestarte cirkels om te proberen', 'largest number of seeded circles to try') },
  'takeoff-years': { type: 'string', arg: 'N', help: t('jaren na het stoppen met starten waarna wordt gekeken of de sneeuwbal rolt (standaard 8)', 'years after seeding stops at which takeoff is judged (default 8)') },
  'takeoff-min': { type: 'string', arg: 'N', help: t('minimaal aantal cirkels dat ouderen begonnen door andere cirkels, dan nog bestaand (standaard 2)', 'least number of circles older people started because of other circles, existing then (default 2)') },
  'takeoff-trend': { type: 'string', arg: 'N', help: t('de laatste N jaar voor het oordeel, waarin nog zulke cirkels moeten ontstaan (standaard 3)', 'the last N years before the judgement, in which such circles must still be started (default 3)') },
  'takeoff-recent': { type: 'string', arg: 'N', help: t('minimaal aantal zulke nieuwe cirkels in die jaren (standaard 1; 0 = geen eis)', 'least number of such new circles in those years (default 1; 0 = no requirement)') },
  'takeoff-saturation': { type: 'string', arg: 'X', help: t('deel van de bereidwilligen in een cirkel dat telt als gerold (standaard 0,5; 0 = uit)', 'share of the willing in a circle that counts as rolled (default 0.5; 0 = off)') },
  'takeoff-growth': { type: 'string', arg: 'X', help: t('aan het eind minstens X keer zoveel van die cirkels als N jaar eerder (standaard 0 = uit)', 'at the end at least X times those circles of N years earlier (default 0 = off)') },
  'takeoff-ratio': { type: 'string', arg: 'X', help: t('ook minstens X keer zoveel zelf gestarte als gestarte cirkels (standaard 0 = uit; 1 = MODEL.md letterlijk)', 'also at least X times as many self-started as seeded circles (default 0 = off; 1 = MODEL.md literally)') },
} as const satisfies Options;

export function parseRoute(v: string | undefined): SearchRoute {
  const r = (v ?? 'mix').trim().toLowerCase();
  if ((SEARCH_ROUTES as readonly string[]).includes(r)) return r as SearchRoute;
  throw badOption('route', t(`'${v}' is geen route. Verwacht: a, b, c of mix.`, `'${v}' is not a route. Expected: a, b, c or mix.`));
}

export function parseMix(v: string | undefined): MixWeights | undefined {
  if (v === undefined) return undefined;
  const parts = v.split(':').map((x) => Number(x.trim().replace(',', '.')));
  if (parts.length !== 3 || parts.some((x) => !Number.isFinite(x) || x < 0) || parts.every((x) => x === 0)) {
    throw badOption('mix', t(`'${v}' begrijp ik niet: verwacht drie gewichten A:B:C (≥ 0, niet alle 0), bijvoorbeeld 1:2:1.`, `cannot read '${v}': expected three weights A:B:C (≥ 0, not all 0), e.g. 1:2:1.`));
  }
  return { a: parts[0], b: parts[1], c: parts[2] };
}

export function parseTarget(v: string | undefined): number {
  if (v === undefined) return BOUNDS.target.fallback;
  const x = numeric(v);
  if (!fits(BOUNDS.target, x)) throw badOption('target', t(`moet een kans tussen 0 en 1 zijn (bijvoorbeeld 0,9), niet '${v}'.`, `must be a probability between 0 and 1 (e.g. 0.9), not '${v}'.`));
  return x;
}

/** The base scenario: --scenario and the scenario flags, with the takeoff flags and `extra` fields applied. */
export function searchScenario(values: Record<string, unknown>, extra: Record<string, unknown> = {}): Scenario {
  const input = { ...scenarioInput(values), ...extra };
  const takeoff: Record<string, unknown> = { ...((input.takeoff as object) ?? {}) };
  const map: Record<string, string> = { 'takeoff-years': 'years', 'takeoff-min': 'minSelfStarted', 'takeoff-trend': 'trendYears', 'takeoff-recent': 'minRecent', 'takeoff-saturation': 'saturation', 'takeoff-growth': 'growth', 'takeoff-ratio': 'ratio' };
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
  if (d !== undefined && !['yes', 'no', 'ja', 'nee'].includes(d)) throw badOption('drivers', t(`'${values.drivers}' begrijp ik niet: verwacht yes of no.`, `cannot read '${values.drivers}': expected yes or no.`));
  return {
    drivers: d === undefined ? defaultDrivers : d === 'yes' || d === 'ja',
    scenario, route: parseRoute(values.route), weights: parseMix(values.mix), target: parseTarget(values.target),
    maxK: positiveInt('max-k', values['max-k'], BOUNDS.maxK.min, BOUNDS.maxK.max), reps: positiveInt('reps', values.reps, BOUNDS.searchReps.min, BOUNDS.searchReps.max) ?? defaultReps,
    paramSet: loadParamSet(values.params), ...(values.months !== undefined ? { months: scenario.months } : {}),
  };
}

export const command = defineCommand({
  name: 'critical-mass',
  summary: {
    nl: 'Hoeveel gestarte cirkels zijn nodig voordat ouderen zelf cirkels beginnen (de kritische massa)?',
    en: 'How many seeded circles does it take before elderly start circles themselves (the critical mass)?',
  },
  usage: '--area CODE [--route a|b|c|mix] [--target 0.9] [--max-k K] [--reps N] [--seed N] [--params FILE] [--set NAME=VALUE] [--placement …] [--workers N] [--data FILE] [--circles FILE]',
  details: {
    nl: 'Zoekt adaptief: eerst k = 0, 1, 2, 4, 8, …, dan bisectie, en alleen meer herhalingen waar het antwoord nog onzeker is. --reps is het maximum aantal herhalingen per k (standaard 400: zoveel krijgt alleen de k die het antwoord beslist). Een kritische massa wordt alleen genoemd als de herhalingen hem op één cirkel na beslissen; anders zegt het antwoord wat wel bekend is (reasonCode undecided). Herhaling r gebruikt voor elke k dezelfde wereld en hetzelfde toeval. Van een --scenario worden startperiode, PR, parameters en seed gebruikt; de aantallen in het plan worden k. Zelfde --seed geeft dezelfde uitkomst, ook met een ander aantal --workers.',
    en: 'Searches adaptively: first k = 0, 1, 2, 4, 8, …, then bisection, and more replications only where the answer is still uncertain. --reps is the most replications per k (default 400: only the k that decides the answer gets that many). A critical mass is only named when the replications decide it to within one circle; otherwise the answer says what is known (reasonCode undecided). Replication r uses the same world and random numbers for every k. From a --scenario the seeding window, PR, parameters and seed are used; the plan counts become k. The same --seed gives the same result, whatever the number of --workers.',
  },
  options: { ...SCENARIO_OPTIONS, ...MODEL_OPTIONS, ...SEARCH_OPTIONS, ...CIRCLES_OPTION },
  async run({ values, stdout, stderr, lang }) {
    const searched = searchScenario(values);
    const table = loadTable(values.data);
    const own = loadGeometry(values.geometry);
    const area = areaFromTable(table, searched.area, searched.groups, own);
    const { scenario, register } = withCircles(values.circles, searched, table, area, own);
    const options = searchOptions(values, scenario, DEFAULT_REPS);
    const pool = makePool(values.workers, options.reps);
    const progress = progressReporter(stderr, values.progress, lang, { nl: 'herhalingen', en: 'replications' });
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
const bandText = (lang: Lang, b: Band | null, digits = 0) => (b ? `${fmt(lang, b.p50, digits)} (${fmt(lang, b.p10, digits)}–${fmt(lang, b.p90, digits)})` : '–');

function kText(lang: Lang, l: CriticalMassResult['levels'][number], maxK: number): string {
  const t = messages(lang).cli.criticalMass;
  if (l.k === null) return t.notWithin(maxK);
  if (l.upper === null) return t.uncertainAbove(l.k, l.lower, maxK);
  return l.lower === l.upper ? String(l.k) : `${l.k} (${l.lower}–${l.upper})`;
}

function report(r: CriticalMassResult, lang: Lang, source: string): string {
  const t = messages(lang).cli.criticalMass;
  const mix = r.weights ? ` ${r.weights.a}:${r.weights.b}:${r.weights.c}` : '';
  const levels = r.levels.map((l) => `k${Math.round(l.level * 100)} = ${kText(lang, l, r.search.maxK)}`).join(', ');
  const head = [t.heading(r.areaName, fmt(lang, r.age65plus), `${routeDescribed(lang, r.route)}${mix}`, r.placement), '', t.levels(pct(lang, r.target), levels)];
  const cols = t.columns;
  const rows = r.curve.map((p) => [String(p.k), pct(lang, p.p), `${pct(lang, p.lo)}–${pct(lang, p.hi)}`, String(p.reps), fmt(lang, p.seeded, 1), bandText(lang, p.monthsToTakeoff), fmt(lang, p.cost.p50)]);
  const widths = cols.map((c, i) => Math.max(c.length, ...rows.map((x) => x[i].length)));
  const line = (cells: string[]) => '  ' + cells.map((c, i) => (i === 5 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  const density = r.density.map((d) => `  ${d.nearby.padStart(3)}  ${fmt(lang, d.circleYears, 0).padStart(8)}  ${String(d.children).padStart(6)}  ${fmt(lang, d.perCircleYear ?? 0, 3).padStart(7)}  ${d.R === null ? '–' : fmt(lang, d.R, 2)}`);
  const c = r.cost, f = (x: number) => fmt(lang, x);
  const costWords = { fixed: f(c.fixed), projectLeader: f(c.table.projectLeader), trainingLeader: f(c.table.trainingLeader), trainingStaff: f(c.table.trainingStaff), supervisor: f(c.table.supervisor), a: f(c.perAttempt.a), b: f(c.perAttempt.b), c: f(c.perAttempt.c), pr: f(c.prDuringSeeding) };
  const time = r.timeToTakeoff;
  const lines = [
    ...head, '', r.reason[lang], '',
    ...(r.drivers.length ? [t.drivers, ...r.drivers.map((d) => `  ${d.text[lang]}`), ''] : []),
    t.curve, line(cols), ...rows.map(line), '',
    ...(time ? [t.time(time.k, fmt(lang, time.months.p50), fmt(lang, time.months.p10), fmt(lang, time.months.p90)), ''] : []),
    t.density, t.densityHead, ...density, '',
    t.cost(costWords, c.atTarget ? bandText(lang, c.atTarget) : null),
    '', r.takeoffRule.text[lang],
    t.search(r.search.runs, r.search.reps, r.search.seed, r.search.months, r.search.monotone),
    source, '',
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
