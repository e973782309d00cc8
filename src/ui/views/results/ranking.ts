import { BOUNDS } from '../../../experiments/scenarioLimits.ts';
import type { RankResult } from '../../../experiments/rank.ts';
import { downloadTable, type CsvMeta } from '../../export/download.ts';
import { fileName, type Cell } from '../../export/csv.ts';
import type { Locale } from '../../i18n/index.ts';
import { defaultRank, type RankSettings } from '../../state/workspace.ts';
import { h } from '../dom.ts';
import { button, numberField, section, selectField } from '../fields.ts';
import { searchRepsField } from './criticalMass.ts';
import { dataTable } from './dataTable.ts';

/**
 * "Where to start": the wijken, buurten or the user's own groups (kerkdorpen) of the gemeente,
 * ordered by the seeded circles and euros the snowball needs there. Each row can become the
 * planning area with one click.
 */
export interface RankingProps {
  locale: Locale;
  gemeenteName: string;
  settings: RankSettings | null;
  hasGroups: boolean;
  result: RankResult | null;
  running: boolean;
  csvMeta: CsvMeta;
  onSettings(settings: RankSettings): void;
  onRun(settings: RankSettings): void;
  onPlan(code: string, isGroup: boolean): void;
}

export function rankingSection(p: RankingProps): HTMLElement {
  const { t, fmt } = p.locale;
  const s = p.settings ?? defaultRank;
  const levels = (['wijk', 'buurt', ...(p.hasGroups ? ['group' as const] : [])] as const).map((l) => ({ value: l, label: t.rank.levels[l] }));
  const form = h(
    'div',
    { class: 'sb-analysis__form' },
    selectField({ label: t.rank.level, value: s.level, options: levels, focusKey: 'rank-level', onChange: (level) => p.onSettings({ ...s, level }) }),
    numberField({
      label: t.rank.budget,
      value: s.budget,
      min: BOUNDS.budget.min,
      max: BOUNDS.budget.max,
      step: 1,
      unit: t.plan.circlesUnit,
      description: t.rank.budgetHelp,
      focusKey: 'rank-budget',
      onChange: (v) => p.onSettings({ ...s, budget: Math.round(v) }),
    }),
    searchRepsField(p.locale, s.reps, t.rank.repsHelp, 'rank-reps', (reps) => p.onSettings({ ...s, reps })),
  );
  const r = p.result;
  let body: HTMLElement[] = [];
  if (r) {
    const pct = (v: number) => fmt.percent(v * 100, 0);
    const columns = [
      { label: t.rank.columns.place, numeric: false },
      { label: t.rank.columns.age65, numeric: true, digits: 0 },
      { label: t.rank.columns.k, numeric: false },
      { label: t.rank.columns.cost, numeric: false },
      { label: t.rank.columns.chance(r.budget), numeric: false },
      { label: t.rank.columns.coverage(r.budget), numeric: false },
      { label: t.rank.columns.why, numeric: false },
    ];
    const rows: Cell[][] = r.ranking.map((row) => [
      row.name,
      row.age65plus,
      // "niet gevonden" would say no number of seeds does it, where the chance reaches the target but is not decided.
      row.kTarget !== null ? fmt.count(row.kTarget) : row.reasonCode === 'undecided' ? t.rank.notDecided : t.rank.notReached,
      row.cost === null ? '–' : `€ ${fmt.count(row.cost)}`,
      `${pct(row.atBudget.p)} (${pct(row.atBudget.lo)} – ${pct(row.atBudget.hi)})`,
      row.atBudget.coverage10 ? `${fmt.percent(row.atBudget.coverage10.p50 * 100, 1)}` : '–',
      // Why there is no number (or what else holds): the cause the search measured, never assumed.
      row.reason.short?.[p.locale.lang] ?? '',
    ]);
    const table = dataTable(p.locale, t.rank.caption(p.gemeenteName, t.rank.levels[s.level]), columns, rows);
    // Each place name becomes a button that makes it the planning area.
    table.querySelectorAll('tbody th').forEach((th, i) => {
      const row = r.ranking[i];
      th.replaceChildren(
        button(row.name, `rank-plan-${row.code}`, () => p.onPlan(row.code, s.level === 'group'), 'subtle', {
          'aria-label': t.rank.planHere(row.name),
          class: 'utrecht-link-button utrecht-link-button--html-button sb-choose',
        }),
      );
    });
    body = [
      table,
      ...r.skipped.map((x) => h('p', { class: 'sb-note' }, `${x.name}: ${x.reason[p.locale.lang]}`)),
      h('p', { class: 'sb-rank__scenario', 'data-rank-scenario': '' }, r.scenario.text[p.locale.lang]),
      h('p', { class: 'sb-note' }, t.rank.note(fmt.percent(r.target * 100, 0), fmt.count(r.search.runs), fmt.count(r.search.seed))),
      button(t.charts.downloadCsv, 'rank-csv', () => downloadTable(p.locale.lang, columns, rows, p.csvMeta, fileName(t.rank.title, 'csv')), 'subtle', {
        'data-export': 'rank-csv',
      }),
    ];
  }
  return section(
    t.rank.title,
    2,
    'sb-ranking sb-analysis',
    h('p', { class: 'utrecht-paragraph' }, t.rank.explain),
    form,
    r ? null : button(t.rank.run, 'rank-run', () => p.onRun(s), 'primary', { disabled: p.running }),
    ...body,
  );
}
