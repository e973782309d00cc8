/**
 * `sneeuwbal rank --within CODE --level wijk|buurt|group [--groups FILE] [--route …] [--target 0.9]
 *   [--budget K] [--greedy K] …` → {ranking:[{code,name,k90,cost,pTakeoffAtBudget}]} (INTERFACES.md),
 * each row extended with k50, the k at the target with its interval, costs, coverage after 5 and 10
 * years with the budget, time to takeoff and R. `cost` is the median euros when seeding stops at
 * the critical mass for --target (null when not reached). --greedy K adds a greedy placement of K
 * seeds over the whole --within area (greedy.ts), with the best-ranked places as candidates.
 */
import type { Lang } from '../core/errors.ts';
import { t } from '../core/params/spec.ts';
import { greedyPlacement, type GreedyResult } from '../experiments/greedy.ts';
import { DEFAULT_REPS } from '../experiments/criticalMass.ts';
import { RANK_ORDERS, rankAreas, type RankOrder, type RankResult } from '../experiments/rank.ts';
import { rankUnits, type RankLevel } from '../experiments/rankUnits.ts';
import { badOption, defineCommand } from './command.ts';
import { SEARCH_OPTIONS, searchOptions, searchScenario } from './critical-mass.ts';
import { CIRCLES_OPTION, withCircles } from './circles.ts';
import { fmt } from './format.ts';
import { areaFromTable, loadGeometry, loadTable, sourceLine } from '../node/data.ts';
import { makePool, MODEL_OPTIONS, positiveInt, progressReporter, readJsonFile, SCENARIO_OPTIONS } from './model.ts';
import { BOUNDS } from '../experiments/scenarioLimits.ts';

const { area: _a, plan: _p, buurten: _b, ...scenarioOptions } = SCENARIO_OPTIONS;

export const command = defineCommand({
  name: 'rank',
  summary: { nl: 'Waar beginnen: rangschikt wijken, buurten of groepen naar de cirkels en euro’s die nodig zijn.', en: 'Where to start: ranks wijken, buurten or groups by the circles and euros needed.' },
  usage: '--within CODE --level wijk|buurt|group [--groups FILE] [--route a|b|c|mix] [--target 0.9] [--budget K] [--by seeds|coverage5|coverage10] [--greedy K] [--reps N] [--seed N] [--params FILE] [--workers N] [--data FILE] [--circles FILE]',
  details: {
    nl: 'Per plek precies de zoektocht van critical-mass, met dezelfde instellingen: voor dezelfde plek, seed en instellingen is k90 hier gelijk aan die van critical-mass. Volgorde: minste cirkels voor het doel, dan minste euro’s, dan hoogste kans met het budget. Plekken zonder 65-plussers (bedrijventerreinen) staan apart met de reden.',
    en: 'Per place exactly the search of critical-mass, with the same settings: for the same place, seed and settings k90 here equals that of critical-mass. Order: fewest circles for the target, then fewest euros, then the highest chance with the budget. Places without people 65+ (business parks) are listed apart with the reason.',
  },
  options: {
    ...scenarioOptions, ...MODEL_OPTIONS, ...SEARCH_OPTIONS, ...CIRCLES_OPTION,
    within: { type: 'string', arg: 'CODE', help: t('gemeente (of wijk) waarbinnen gerangschikt wordt', 'gemeente (or wijk) to rank within') },
    level: { type: 'string', arg: 'wijk|buurt|group', help: t('wat er gerangschikt wordt (standaard wijk)', 'what is ranked (default wijk)') },
    groups: { type: 'string', arg: 'FILE', help: t('JSON-lijst van groepen buurten [{"name":…,"buurten":[…]}] voor --level group', 'JSON list of groups of buurten [{"name":…,"buurten":[…]}] for --level group') },
    budget: { type: 'string', arg: 'K', help: t('aantal cirkels dat een plek kan krijgen, voor de kans en de dekking (standaard 5)', 'circles a place could get, for the chance and coverage columns (default 5)') },
    by: { type: 'string', arg: 'seeds|coverage5|coverage10', help: t('volgorde: minste cirkels voor het doel (standaard), of hoogste dekking na 5 of 10 jaar met het budget', 'order: fewest circles for the target (default), or highest coverage after 5 or 10 years with the budget') },
    greedy: { type: 'string', arg: 'K', help: t('ook een gulzige verdeling van K cirkels over het hele gebied (duurt minuten)', 'also a greedy placement of K circles over the whole area (takes minutes)') },
  },
  async run({ values, stdout, stderr, lang }) {
    if (values.within === undefined) throw badOption('within', t('geef de gemeente of wijk, bijvoorbeeld --within GM1982.', 'give the gemeente or wijk, e.g. --within GM1982.'));
    const level = (values.level ?? 'wijk').trim().toLowerCase();
    if (!['wijk', 'buurt', 'group'].includes(level)) throw badOption('level', t(`'${values.level}' is geen niveau. Verwacht: wijk, buurt of group.`, `'${values.level}' is not a level. Expected: wijk, buurt or group.`));
    const within = values.within.trim().toUpperCase();
    const grouped = searchScenario(values, { area: [within], ...(values.groups !== undefined ? { groups: groupsOf(values.groups) } : {}) });
    const table = loadTable(values.data);
    const own = loadGeometry(values.geometry);
    // The register is checked against the whole --within area; each place then starts from the circles inside it.
    const { scenario: withGroups, register } = values.circles === undefined ? { scenario: grouped, register: null } : withCircles(values.circles, grouped, table, areaFromTable(table, [within], grouped.groups, own), own);
    const units = rankUnits(table, within, level as RankLevel, (codes, gs) => areaFromTable(table, codes, gs, own), withGroups.groups);
    const by = (values.by ?? 'seeds').trim().toLowerCase() as RankOrder;
    if (!RANK_ORDERS.includes(by)) throw badOption('by', t(`'${values.by}' is geen volgorde. Verwacht: ${RANK_ORDERS.join(', ')}.`, `'${values.by}' is not an order. Expected: ${RANK_ORDERS.join(', ')}.`));
    const budget = positiveInt('budget', values.budget, BOUNDS.budget.min, BOUNDS.budget.max) ?? BOUNDS.budget.fallback;
    const greedyBudget = positiveInt('greedy', values.greedy, BOUNDS.budget.min, BOUNDS.budget.max);
    // Every flag is checked before makePool starts the workers: an error after it would leave them running and the process would not end.
    const options = { ...searchOptions(values, withGroups, DEFAULT_REPS, false), budget, by };
    const pool = makePool(values.workers, options.reps);
    const progress = progressReporter(stderr, values.progress, lang, { nl: 'plekken', en: 'places' });
    try {
      const result = await rankAreas(units, options, pool, { onProgress: (p) => progress.update(p.unit, p.units) });
      progress.update(units.length, units.length);
      let greedy: GreedyResult | undefined;
      if (greedyBudget !== undefined) {
        // Candidates: the best-ranked places (a full greedy over every wijk of a gemeente takes long).
        const byCode = new Map(units.map((u) => [u.code, u]));
        const candidates = result.ranking.slice(0, Math.max(8, 2 * greedyBudget)).map((r) => byCode.get(r.code)!).map((u) => ({
          code: u.code, name: u.name, buurten: [...u.area!.buurten].filter((b) => b.age65plus > 0).sort((x, y) => y.age65plus - x.age65plus || (x.code < y.code ? -1 : 1)).map((b) => b.code),
        }));
        const whole = areaFromTable(table, [within], withGroups.groups, own);
        greedy = await greedyPlacement(whole, { scenario: withGroups, route: options.route, weights: options.weights, budget: greedyBudget, units: candidates, reps: Math.min(options.reps, 16), paramSet: options.paramSet }, pool);
      }
      const source = sourceLine(values.data, table);
      const doc = { within, level, ...(register ? { register } : {}), ...result, ranking: result.ranking.map((r) => ({ ...r, reason: r.reason[lang], reasonCode: r.reason.code })), ...(greedy ? { greedy } : {}), source };
      stdout.write(values.json ? JSON.stringify(doc) + '\n' : report(result, greedy, lang, source));
    } finally {
      await pool.close();
    }
    return 0;
  },
});

/** Groups from --groups FILE: a JSON list, or {groups: [...]} (as in a scenario); validated with the scenario. */
export function groupsOf(file: string): unknown {
  const json = readJsonFile(file);
  const list = Array.isArray(json) ? json : (json as { groups?: unknown } | null)?.groups;
  if (!Array.isArray(list)) throw badOption('groups', t(`${file}: verwacht een JSON-lijst [{"name": …, "buurten": [ … ]}].`, `${file}: expected a JSON list [{"name": …, "buurten": [ … ]}].`));
  return list;
}


const ORDER_NAMES: Record<Lang, Record<RankOrder, string>> = {
  nl: { seeds: 'minste cirkels, dan minste euro’s', coverage5: 'hoogste dekking na 5 jaar met het budget', coverage10: 'hoogste dekking na 10 jaar met het budget' },
  en: { seeds: 'fewest circles, then fewest euros', coverage5: 'highest coverage after 5 years with the budget', coverage10: 'highest coverage after 10 years with the budget' },
};

function report(r: RankResult, greedy: GreedyResult | undefined, lang: Lang, source: string): string {
  const nl = lang === 'nl';
  const pct = (x: number) => `${fmt(lang, x * 100)}%`;
  const cols = nl
    ? ['#', 'code', 'naam', '65+', `k${Math.round(r.target * 100)}`, 'interval', 'k50', 'kosten €', `P bij ${r.budget}`, 'dekking 5 j', 'dekking 10 j']
    : ['#', 'code', 'name', '65+', `k${Math.round(r.target * 100)}`, 'interval', 'k50', 'cost €', `P at ${r.budget}`, 'cover 5 y', 'cover 10 y'];
  const rows = r.ranking.map((x, i) => [
    String(i + 1), x.code, x.name, fmt(lang, x.age65plus), x.kTarget === null ? '–' : String(x.kTarget),
    x.kTarget === null ? '' : `${x.kTargetRange.lower}–${x.kTargetRange.upper ?? '?'}`, x.k50 === null ? '–' : String(x.k50),
    x.cost === null ? '–' : fmt(lang, x.cost), pct(x.pTakeoffAtBudget),
    x.atBudget.coverage5 ? `${fmt(lang, x.atBudget.coverage5.p50 * 100, 1)}%` : '–', x.atBudget.coverage10 ? `${fmt(lang, x.atBudget.coverage10.p50 * 100, 1)}%` : '–',
  ]);
  const widths = cols.map((c, i) => Math.max(c.length, ...rows.map((x) => x[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 || i === 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  const c = r.costTable;
  const lines = [
    nl ? `Waar beginnen? Route ${r.route}, doel ${pct(r.target)}, budget ${r.budget} cirkels per plek; volgorde: ${ORDER_NAMES.nl[r.by]}.` : `Where to start? Route ${r.route}, target ${pct(r.target)}, budget ${r.budget} circles per place; order: ${ORDER_NAMES.en[r.by]}.`,
    r.scenario.text[lang], '', line(cols), ...rows.map(line), '',
    nl ? '– bij k: geen kritische massa binnen het geprobeerde bereik, of niet beslist op één cirkel na (de reden staat in --json, velden reason en reasonCode); ? in het interval: binnen dat bereik niet zeker.' : '– at k: no critical mass within the range tried, or not decided to within one circle (the reason is in --json, fields reason and reasonCode); ? in the interval: not certain within that range.',
    ...r.skipped.map((s) => `${nl ? 'Overgeslagen' : 'Skipped'}: ${s.code} ${s.name}: ${s.reason[lang]}.`),
    nl
      ? `Kosten: vast € ${fmt(lang, c.fixed)} (projectleider ${fmt(lang, c.projectLeader)}, opleiding ${fmt(lang, c.trainingLeader)}, 2 medewerkers ${fmt(lang, c.trainingStaff)}, supervisor ${fmt(lang, c.supervisor)}) + per poging a € ${fmt(lang, c.perAttempt.a)}, b € ${fmt(lang, c.perAttempt.b)}, c € ${fmt(lang, c.perAttempt.c)} + PR.`
      : `Cost: fixed € ${fmt(lang, c.fixed)} (project leader ${fmt(lang, c.projectLeader)}, training ${fmt(lang, c.trainingLeader)}, 2 staff ${fmt(lang, c.trainingStaff)}, supervisor ${fmt(lang, c.supervisor)}) + per attempt a € ${fmt(lang, c.perAttempt.a)}, b € ${fmt(lang, c.perAttempt.b)}, c € ${fmt(lang, c.perAttempt.c)} + PR.`,
    r.takeoffRule.text[lang],
  ];
  if (greedy) {
    const alloc = greedy.allocation.map((a) => `${a.name} (${a.code}) ${a.seeds}`).join(', ');
    lines.push('', nl
      ? `Gulzige verdeling van ${greedy.budget} cirkels over het hele gebied: ${alloc}. Dekking 65+ na ${greedy.search.months} maanden: ${pct(greedy.value.mean)} (automatisch: ${pct(greedy.baselines.auto)}, willekeurig: ${pct(greedy.baselines.random.mean)}, zonder starten: ${pct(greedy.baselines.none)}).`
      : `Greedy placement of ${greedy.budget} circles over the whole area: ${alloc}. Coverage of 65+ after ${greedy.search.months} months: ${pct(greedy.value.mean)} (automatic: ${pct(greedy.baselines.auto)}, random: ${pct(greedy.baselines.random.mean)}, no seeding: ${pct(greedy.baselines.none)}).`);
  }
  lines.push(nl ? `${r.search.runs} runs, hoogstens ${r.search.reps} herhalingen per k, seed ${r.search.seed}.` : `${r.search.runs} runs, at most ${r.search.reps} replications per k, seed ${r.search.seed}.`, source, '');
  return lines.join('\n');
}
