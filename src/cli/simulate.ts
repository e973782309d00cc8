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
import { say } from '../i18n/engine/index.ts';
import { CIRCLES_OPTION, registerLines, withCircles } from './circles.ts';
import { fmt } from './format.ts';
import { areaFromTable, loadGeometry, loadTable, sourceLine } from '../node/data.ts';
import { checkScenario, loadParamSet, makePool, MODEL_OPTIONS, progressReporter, scenarioInput, SCENARIO_OPTIONS } from './model.ts';

export const command = defineCommand({
  name: 'simulate',
  summary: say('cli.simulate.summary'),
  usage:
    '--area CODE[,CODE…] [--plan a=N,b=N,c=N] [--seed-months FROM-TO] [--placement clustered|spread|auto] [--pr 0..1] [--months 120] [--reps 100] [--seed N] [--params FILE] [--set NAME=VALUE] [--scenario FILE] [--workers N] [--data FILE] [--circles FILE]',
  details: say('cli.simulate.details'),
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
    const progress = progressReporter(stderr, values.progress, lang, say('cli.model.progressReplications'));
    try {
      progress.update(0, scenario.reps);
      const result = await runScenario(scenario, area, pool, { paramSet, onProgress: progress.update, ...(progress.on ? { onMonth: progress.month } : {}) });
      const source = sourceLine(values.data, table);
      stdout.write(
        values.json
          ? JSON.stringify({ ...result, ...(register ? { register } : {}), source }) + '\n'
          : report(result, lang, source, registerLines(register, result.today, lang)),
      );
    } finally {
      await pool.close();
    }
    return 0;
  },
});

const bandText = (lang: Lang, b: Band, digits = 0, scale = 1, unit = '') =>
  `${fmt(lang, b.p50 * scale, digits)}${unit} (${fmt(lang, b.p10 * scale, digits)}–${fmt(lang, b.p90 * scale, digits)}${unit})`;

function report(r: ScenarioResult, lang: Lang, source: string, today: string[] = []): string {
  const s = r.summary,
    t = messages(lang).cli.simulate;
  const years = fmt(lang, s.months / 12, s.months % 12 ? 1 : 0);
  const plan = (['a', 'b', 'c'] as const).map((k) => `${k}=${r.scenario.plan[k].count}`).join(', ');
  const band = (b: Band) => bandText(lang, b);
  const lines = [
    t.heading(r.area.name, fmt(lang, s.age65plus), r.area.buurten),
    t.plan(plan, fmt(lang, r.scenario.pr[0]?.intensity ?? 0, 1), s.reps, s.seed),
    ...(today.length ? ['', ...today] : []),
    '',
    t.after(years),
    ...t.rows({
      circles: band(s.circles),
      spontaneous: band(s.spontaneous),
      members: band(s.members),
      membersPerCircle: band(s.membersPerCircle),
      meetingsA: band(s.meetings.a),
      meetingsB: band(s.meetings.b),
      meetingsCost: band(s.meetings.cost),
      coverage: bandText(lang, s.coverage, 1, 100, '%'),
      failedFoundings: band(s.failedFoundings),
      cost: band(s.cost),
    }),
    '',
    t.takeoff(
      fmt(lang, s.takeoff.p * 100),
      fmt(lang, s.takeoff.lo * 100),
      fmt(lang, s.takeoff.hi * 100),
      r.takeoffRule.complete ? null : fmt(lang, r.takeoffRule.judgedAfterYears, 1),
    ),
    r.takeoffRule.text[lang],
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
