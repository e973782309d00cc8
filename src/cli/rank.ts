/**
 * `sneeuwbal rank --within CODE --level wijk|buurt|group [--groups FILE] [--route …] [--target 0.9]
 *   [--budget K] [--greedy K] …` → {ranking:[{code,name,k90,cost,pTakeoffAtBudget}]} (INTERFACES.md),
 * each row extended with k50, the k at the target with its interval, costs, coverage after 5 and 10
 * years with the budget, time to takeoff and R. `cost` is the median euros when seeding stops at
 * the critical mass for --target (null when not reached). --greedy K adds a greedy placement of K
 * seeds over the whole --within area (greedy.ts), with the best-ranked places as candidates.
 */
import type { Lang } from '../core/errors.ts';
import { say } from '../i18n/engine/index.ts';
import { messages } from '../i18n/index.ts';
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
  summary: say('cli.rank.summary'),
  usage:
    '--within CODE --level wijk|buurt|group [--groups FILE] [--route a|b|c|mix] [--target 0.9] [--budget K] [--by seeds|coverage5|coverage10] [--greedy K] [--reps N] [--seed N] [--params FILE] [--workers N] [--data FILE] [--circles FILE]',
  details: say('cli.rank.details'),
  options: {
    ...scenarioOptions,
    ...MODEL_OPTIONS,
    ...SEARCH_OPTIONS,
    ...CIRCLES_OPTION,
    within: { type: 'string', arg: 'CODE', help: say('cli.rank.withinHelp') },
    level: { type: 'string', arg: 'wijk|buurt|group', help: say('cli.rank.levelHelp') },
    groups: { type: 'string', arg: 'FILE', help: say('cli.rank.groupsHelp') },
    budget: { type: 'string', arg: 'K', help: say('cli.rank.budgetHelp') },
    by: { type: 'string', arg: 'seeds|coverage5|coverage10', help: say('cli.rank.byHelp') },
    greedy: { type: 'string', arg: 'K', help: say('cli.rank.greedyHelp') },
  },
  async run({ values, stdout, stderr, lang }) {
    if (values.within === undefined) throw badOption('within', say('cli.rank.noWithin'));
    const level = (values.level ?? 'wijk').trim().toLowerCase();
    if (!['wijk', 'buurt', 'group'].includes(level)) throw badOption('level', say('cli.rank.notLevel', { value: values.level }));
    const within = values.within.trim().toUpperCase();
    const grouped = searchScenario(values, { area: [within], ...(values.groups !== undefined ? { groups: groupsOf(values.groups) } : {}) });
    const table = loadTable(values.data);
    const own = loadGeometry(values.geometry);
    // The register is checked against the whole --within area; each place then starts from the circles inside it.
    const { scenario: withGroups, register } =
      values.circles === undefined
        ? { scenario: grouped, register: null }
        : withCircles(values.circles, grouped, table, areaFromTable(table, [within], grouped.groups, own), own);
    const units = rankUnits(table, within, level as RankLevel, (codes, gs) => areaFromTable(table, codes, gs, own), withGroups.groups);
    const by = (values.by ?? 'seeds').trim().toLowerCase() as RankOrder;
    if (!RANK_ORDERS.includes(by)) throw badOption('by', say('cli.rank.notOrder', { value: values.by, orders: RANK_ORDERS }));
    const budget = positiveInt('budget', values.budget, BOUNDS.budget.min, BOUNDS.budget.max) ?? BOUNDS.budget.fallback;
    const greedyBudget = positiveInt('greedy', values.greedy, BOUNDS.budget.min, BOUNDS.budget.max);
    // Every flag is checked before makePool starts the workers: an error after it would leave them running and the process would not end.
    const options = { ...searchOptions(values, withGroups, DEFAULT_REPS, false), budget, by };
    const pool = makePool(values.workers, options.reps);
    const progress = progressReporter(stderr, values.progress, lang, say('cli.model.progressPlaces'));
    try {
      const result = await rankAreas(units, options, pool, { onProgress: (p) => progress.update(p.unit, p.units) });
      progress.update(units.length, units.length);
      let greedy: GreedyResult | undefined;
      if (greedyBudget !== undefined) {
        // Candidates: the best-ranked places (a full greedy over every wijk of a gemeente takes long).
        const byCode = new Map(units.map((u) => [u.code, u]));
        const candidates = result.ranking
          .slice(0, Math.max(8, 2 * greedyBudget))
          .map((r) => byCode.get(r.code)!)
          .map((u) => ({
            code: u.code,
            name: u.name,
            buurten: [...u.area!.buurten]
              .filter((b) => b.age65plus > 0)
              .sort((x, y) => y.age65plus - x.age65plus || (x.code < y.code ? -1 : 1))
              .map((b) => b.code),
          }));
        const whole = areaFromTable(table, [within], withGroups.groups, own);
        greedy = await greedyPlacement(
          whole,
          {
            scenario: withGroups,
            route: options.route,
            weights: options.weights,
            budget: greedyBudget,
            units: candidates,
            reps: Math.min(options.reps, 16),
            paramSet: options.paramSet,
          },
          pool,
        );
      }
      const source = sourceLine(values.data, table);
      const doc = {
        within,
        level,
        ...(register ? { register } : {}),
        ...result,
        ranking: result.ranking.map((r) => ({ ...r, reason: r.reason[lang], reasonCode: r.reason.code })),
        ...(greedy ? { greedy } : {}),
        source,
      };
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
  if (!Array.isArray(list)) throw badOption('groups', say('cli.rank.notGroups', { file }));
  return list;
}

function report(r: RankResult, greedy: GreedyResult | undefined, lang: Lang, source: string): string {
  const t = messages(lang).cli.rank;
  const pct = (x: number) => `${fmt(lang, x * 100)}%`;
  const cols = t.columns(Math.round(r.target * 100), r.budget);
  const rows = r.ranking.map((x, i) => [
    String(i + 1),
    x.code,
    x.name,
    fmt(lang, x.age65plus),
    x.kTarget === null ? '–' : String(x.kTarget),
    x.kTarget === null ? '' : `${x.kTargetRange.lower}–${x.kTargetRange.upper ?? '?'}`,
    x.k50 === null ? '–' : String(x.k50),
    x.cost === null ? '–' : fmt(lang, x.cost),
    pct(x.pTakeoffAtBudget),
    x.atBudget.coverage5 ? `${fmt(lang, x.atBudget.coverage5.p50 * 100, 1)}%` : '–',
    x.atBudget.coverage10 ? `${fmt(lang, x.atBudget.coverage10.p50 * 100, 1)}%` : '–',
  ]);
  const widths = cols.map((c, i) => Math.max(c.length, ...rows.map((x) => x[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 || i === 2 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const c = r.costTable,
    f = (x: number) => fmt(lang, x);
  const lines = [
    t.heading(r.route, pct(r.target), r.budget, t.orders[r.by]),
    r.scenario.text[lang],
    '',
    line(cols),
    ...rows.map(line),
    '',
    t.legend,
    ...r.skipped.map((s) => t.skipped(s.code, s.name, s.reason[lang])),
    t.cost({
      fixed: f(c.fixed),
      projectLeader: f(c.projectLeader),
      trainingLeader: f(c.trainingLeader),
      trainingStaff: f(c.trainingStaff),
      supervisor: f(c.supervisor),
      a: f(c.perAttempt.a),
      b: f(c.perAttempt.b),
      c: f(c.perAttempt.c),
    }),
    r.takeoffRule.text[lang],
  ];
  if (greedy) {
    const alloc = greedy.allocation.map((a) => `${a.name} (${a.code}) ${a.seeds}`).join(', ');
    lines.push(
      '',
      t.greedy(
        greedy.budget,
        alloc,
        greedy.search.months,
        pct(greedy.value.mean),
        pct(greedy.baselines.auto),
        pct(greedy.baselines.random.mean),
        pct(greedy.baselines.none),
      ),
    );
  }
  lines.push(t.search(r.search.runs, r.search.reps, r.search.seed), source, '');
  return lines.join('\n');
}
