/**
 * `sneeuwbal simulate --area CODE[,CODE…] [--plan a=N,b=N,c=N] [--seed-months FROM-TO]
 *   [--placement …] [--pr 0..1] [--months 120] [--reps 100] [--seed N] [--params FILE]
 *   [--set NAME=VALUE]… [--scenario FILE] [--workers N] [--data FILE] [--json]`
 * Runs a scenario and prints {scenario, summary, series, cost, …} (see src/experiments/run.ts).
 */
import type { Lang } from '../core/errors.ts';
import { routeShortfall } from '../experiments/routeShortfall.ts';
import { runScenario, type ScenarioResult } from '../experiments/run.ts';
import type { Band } from '../experiments/summarise.ts';
import { defineCommand } from './command.ts';
import { messages } from '../i18n/index.ts';
import { CIRCLES_OPTION, registerLines, withCircles } from './circles.ts';
import { fmt } from './format.ts';
import { areaFromTable, loadGeometry, loadTable, sourceLine } from '../node/data.ts';
import { checkScenario, loadParamSet, makePool, MODEL_OPTIONS, progressReporter, scenarioInput, SCENARIO_OPTIONS } from './model.ts';

export const command = defineCommand({
  name: 'simulate',
  summary: {
    nl: 'Simuleert een startscenario: cirkels, dekking en kosten over de jaren, met onzekerheidsband.',
    en: 'Simulates a start scenario: circles, coverage and cost over the years, with uncertainty bands.',
  },
  usage: '--area CODE[,CODE…] [--plan a=N,b=N,c=N] [--seed-months FROM-TO] [--placement clustered|spread|auto] [--pr 0..1] [--months 120] [--reps 100] [--seed N] [--params FILE] [--set NAME=VALUE] [--scenario FILE] [--workers N] [--data FILE] [--circles FILE]',
  details: {
    nl: 'Elke herhaling is een mogelijke toekomst. Banden zijn het 10e–90e percentiel: in 8 van de 10 gesimuleerde toekomsten ligt de uitkomst ertussen. Zelfde --seed geeft dezelfde uitkomst, ook met een ander aantal --workers.',
    en: 'Each replication is one possible future. Bands are the 10th–90th percentile: in 8 of 10 simulated futures the outcome lies within. The same --seed gives the same result, whatever the number of --workers.',
  },
  options: { ...SCENARIO_OPTIONS, ...MODEL_OPTIONS, ...CIRCLES_OPTION },
  async run({ values, stdout, stderr, lang }) {
    // With a register, running without new seeds is a question of its own: what happens to what exists.
    const planned = checkScenario(values, scenarioInput(values), { allowEmptyPlan: values.circles !== undefined });
    const paramSet = loadParamSet(values.params);
    const table = loadTable(values.data);
    const own = loadGeometry(values.geometry);
    const area = areaFromTable(table, planned.area, planned.groups, own);
    const { scenario, register } = withCircles(values.circles, planned, table, area, own);
    const pool = makePool(values.workers, scenario.reps);
    const progress = progressReporter(stderr, values.progress, lang, { nl: 'herhalingen', en: 'replications' });
    try {
      progress.update(0, scenario.reps);
      const result = await runScenario(scenario, area, pool, { paramSet, onProgress: progress.update, ...(progress.on ? { onMonth: progress.month } : {}) });
      const source = sourceLine(values.data, table);
      stdout.write(values.json ? JSON.stringify({ ...result, ...(register ? { register } : {}), source }) + '\n' : report(result, lang, source, registerLines(register, result.today, lang)));
    } finally {
      await pool.close();
    }
    return 0;
  },
});

const bandText = (lang: Lang, b: Band, digits = 0, scale = 1, unit = '') =>
  `${fmt(lang, b.p50 * scale, digits)}${unit} (${fmt(lang, b.p10 * scale, digits)}–${fmt(lang, b.p90 * scale, digits)}${unit})`;

function report(r: ScenarioResult, lang: Lang, source: string, today: string[] = []): string {
  const s = r.summary, nl = lang === 'nl';
  const years = fmt(lang, s.months / 12, s.months % 12 ? 1 : 0);
  const plan = (['a', 'b', 'c'] as const).map((k) => `${k}=${r.scenario.plan[k].count}`).join(', ');
  const lines = nl
    ? [
        `${r.area.name}: ${fmt(lang, s.age65plus)} inwoners van 65 jaar of ouder (CBS), ${r.area.buurten} buurten.`,
        `Plan: ${plan}; PR ${fmt(lang, r.scenario.pr[0]?.intensity ?? 0, 1)}; ${s.reps} gesimuleerde toekomsten, seed ${s.seed}.`,
        ...(today.length ? ['', ...today] : []),
        '',
        `Na ${years} jaar (mediaan, tussen haakjes 8 van de 10 toekomsten):`,
        `  cirkels            ${bandText(lang, s.circles)}`,
        `  waarvan zelf gestart ${bandText(lang, s.spontaneous)}`,
        `  leden              ${bandText(lang, s.members)}`,
        `  leden per cirkel   ${bandText(lang, s.membersPerCircle)}`,
        `  bijeenkomsten a, b ${bandText(lang, s.meetings.a)}, ${bandText(lang, s.meetings.b)} (€ ${bandText(lang, s.meetings.cost)})`,
        `  dekking 65+        ${bandText(lang, s.coverage, 1, 100, '%')}`,
        `  mislukte starts    ${bandText(lang, s.failedFoundings)}`,
        `  kosten             € ${bandText(lang, s.cost)}`,
        '',
        `De sneeuwbal rolt in ${fmt(lang, s.takeoff.p * 100)}% van de toekomsten (95%-interval ${fmt(lang, s.takeoff.lo * 100)}–${fmt(lang, s.takeoff.hi * 100)}%)${r.takeoffRule.complete ? '' : `, voorlopig: bekeken ${fmt(lang, r.takeoffRule.judgedAfterYears, 1)} jaar na het stoppen`}.`,
        r.takeoffRule.text.nl,
      ]
    : [
        `${r.area.name}: ${fmt(lang, s.age65plus)} inhabitants aged 65 or over (CBS), ${r.area.buurten} buurten.`,
        `Plan: ${plan}; PR ${fmt(lang, r.scenario.pr[0]?.intensity ?? 0, 1)}; ${s.reps} simulated futures, seed ${s.seed}.`,
        ...(today.length ? ['', ...today] : []),
        '',
        `After ${years} years (median, in brackets 8 of 10 futures):`,
        `  circles            ${bandText(lang, s.circles)}`,
        `  started by elderly ${bandText(lang, s.spontaneous)}`,
        `  members            ${bandText(lang, s.members)}`,
        `  members per circle ${bandText(lang, s.membersPerCircle)}`,
        `  meetings a, b      ${bandText(lang, s.meetings.a)}, ${bandText(lang, s.meetings.b)} (€ ${bandText(lang, s.meetings.cost)})`,
        `  coverage of 65+    ${bandText(lang, s.coverage, 1, 100, '%')}`,
        `  failed foundings   ${bandText(lang, s.failedFoundings)}`,
        `  cost               € ${bandText(lang, s.cost)}`,
        '',
        `The snowball rolls in ${fmt(lang, s.takeoff.p * 100)}% of the futures (95% interval ${fmt(lang, s.takeoff.lo * 100)}–${fmt(lang, s.takeoff.hi * 100)}%)${r.takeoffRule.complete ? '' : `, provisionally: judged ${fmt(lang, r.takeoffRule.judgedAfterYears, 1)} years after the stop`}.`,
        r.takeoffRule.text.en,
      ];
  for (const u of s.unavailable) lines.push(unavailableText(u.route, u.reason, u.share, lang));
  for (const n of r.area.notes) lines.push(`${messages(lang).cli.noteCap}: ${n[lang]}`);
  lines.push('', source, '');
  return lines.join('\n');
}

export function unavailableText(route: string, reason: string, share: number, lang: Lang): string {
  const pct = `${Math.round(share * 100)}%`;
  const w = routeShortfall(reason);
  return messages(lang).cli.simulate.unavailable(route, pct, w[lang]);
}
