import { describe, expect, test } from 'vitest';
import { InlinePool } from '../../src/experiments/pool.ts';
import { runScenario } from '../../src/experiments/run.ts';
import { toCsv } from '../../src/ui/export/csv.ts';
import { localeFor } from '../../src/ui/i18n/index.ts';
import type { Outcome } from '../../src/ui/simulation/simulator.ts';
import { comparisonCsv } from '../../src/ui/views/results/summary.ts';
import { defaultWorkspace, toScenario } from '../../src/ui/state/workspace.ts';
import { area, MILL } from '../helpers/areas.ts';

/**
 * The comparison as a spreadsheet reads it: one number per cell (no "9 (0 – 11)" text), median,
 * 10% and 90% in their own columns, in the Dutch Excel dialect (semicolon, decimal comma).
 */
describe('comparison CSV', () => {
  test('one number per cell, p10 ≤ median ≤ p90, Dutch Excel dialect', async () => {
    const scenario = toScenario({ ...defaultWorkspace(), reps: 4, months: 48 }, 0, [MILL]);
    const result = await runScenario(scenario, area(MILL), new InlinePool());
    const outcome = { key: 'k', scenario, result, traces: { circles: [], coverage: [] } } as unknown as Outcome;
    const nl = localeFor('nl');
    const { columns, rows } = comparisonCsv(nl, [outcome]);
    expect(columns.map((c) => c.label)).toEqual(['Scenario', 'Wat', 'Eenheid', 'Mediaan', '10%', '90%']);
    expect(rows.length).toBe(13);
    for (const row of rows) {
      expect(row).toHaveLength(6);
      const [median, p10, p90] = row.slice(3);
      if (median === null) continue; // "never took off": an empty cell, not a word
      for (const v of [median, p10, p90]) expect(typeof v).toBe('number');
      expect(p10 as number).toBeLessThanOrEqual(median as number);
      expect(median as number).toBeLessThanOrEqual(p90 as number);
    }
    const coverage = rows.find((r) => r[1] === '65-plussers in een cirkel')!;
    expect(coverage[3]).toBeCloseTo(result.summary.coverage.p50 * 100, 9);
    const text = toCsv(
      columns.map((c) => c.label),
      rows,
      'nl',
    );
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Scenario;Wat;Eenheid;Mediaan;10%;90%');
    // Every value cell is empty or a Dutch number: digits with at most one decimal comma.
    for (const line of lines.slice(1)) for (const cell of line.split(';').slice(3)) expect(cell).toMatch(/^(-?\d+(,\d+)?)?$/);
  }, 60_000);
});
