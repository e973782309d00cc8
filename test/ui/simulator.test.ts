import { describe, expect, test } from 'vitest';
import { areaFromTable } from '../../src/node/data.ts';
import { InlinePool } from '../../src/experiments/pool.ts';
import { runScenario } from '../../src/experiments/run.ts';
import { localeFor } from '../../src/ui/i18n/index.ts';
import { createSimulator, inputKey, type SimStatus } from '../../src/ui/simulation/simulator.ts';
import { headlineSentences } from '../../src/ui/simulation/words.ts';
import { setRoute } from '../../src/ui/state/edits.ts';
import { defaultWorkspace, toScenario } from '../../src/ui/state/workspace.ts';
import { bundledTable, MILL } from '../helpers/areas.ts';

/** The page's simulation controller on the inline pool, with the CLI's area builder. */
function simulator(opts: { failArea?: boolean } = {}) {
  const statuses: SimStatus[] = [];
  let clock = 0;
  const sim = createSimulator({
    pool: new InlinePool(),
    buildArea: async (codes, groups) =>
      opts.failArea ? { ok: false, error: { nl: 'kapot', en: 'broken' } } : { ok: true, area: areaFromTable(bundledTable(), codes, groups) },
    rankUnits: async () => ({ ok: false, error: { nl: 'niet hier', en: 'not here' } }),
    onChange: () => statuses.push(sim.status),
    now: () => (clock += 50),
  });
  return { sim, statuses };
}

const ws = { ...defaultWorkspace(), reps: 6, months: 48 };
const base = toScenario(ws, 0, [MILL]);
const more = toScenario(setRoute(ws, 'b', { count: 4 }), 0, [MILL]);

describe('simulator', () => {
  test('runs what is missing, reports progress, and gives the same result as runScenario', async () => {
    const { sim, statuses } = simulator();
    const jobs = [base, more].map((s) => ({ key: inputKey('t', s), scenario: s }));
    await sim.run('t', jobs);
    expect(sim.status).toMatchObject({ running: false, done: 12, total: 12, error: null, cancelled: false });
    expect(statuses[0]).toMatchObject({ running: true, kind: 'scenarios', current: 'Scenario 1' });
    // Throttled: not one status per replication.
    expect(statuses.length).toBeLessThan(12);
    const direct = await runScenario(base, areaFromTable(bundledTable(), [MILL]), new InlinePool());
    expect(JSON.stringify(sim.result(jobs[0].key)!.result)).toBe(JSON.stringify(direct));
    expect(sim.result(jobs[1].key)!.traces.circles).toHaveLength(6);
    const before = statuses.length;
    await sim.run('t', jobs);
    expect(statuses.length).toBe(before);
  }, 120_000);

  test('cancel stops the run; nothing half-done is kept; acknowledge clears the state', async () => {
    const { sim } = simulator();
    const job = { key: inputKey('t', base, 'cancel'), scenario: base };
    const running = sim.run('t', [job]);
    sim.cancel();
    await running;
    expect(sim.status).toMatchObject({ running: false, cancelled: true });
    expect(sim.result(job.key)).toBeNull();
    sim.acknowledge();
    expect(sim.status.cancelled).toBe(false);
  }, 120_000);

  test('each computation is cancelled on its own: stopping the waiting critical-mass search leaves the scenarios running', async () => {
    const { sim } = simulator();
    const job = { key: inputKey('t', base, 'own-cancel'), scenario: base };
    const scenarios = sim.run('t', [job]);
    const critical = sim.runCritical('t', { key: 'c-own', scenario: base, options: { route: 'b', maxK: 2, reps: 4, initialReps: 4 } });
    // The search waits for the scenarios (one computation on the pool at a time) and says so.
    await Promise.resolve();
    sim.cancel('critical');
    await Promise.all([scenarios, critical]);
    expect(sim.result(job.key)).not.toBeNull();
    expect(sim.critical('c-own')).toBeNull();
    expect(sim.status).toMatchObject({ running: false, waiting: [] });
  }, 120_000);

  test('cancelling the running computation leaves the one waiting behind it', async () => {
    const { sim } = simulator();
    const job = { key: inputKey('t', base, 'first-cancel'), scenario: base };
    const scenarios = sim.run('t', [job]);
    const critical = sim.runCritical('t', { key: 'c-after', scenario: base, options: { route: 'b', maxK: 2, reps: 4, initialReps: 4 } });
    await Promise.resolve();
    expect(sim.status).toMatchObject({ running: true, kind: 'scenarios', waiting: ['critical'] });
    sim.cancel('scenarios');
    await Promise.all([scenarios, critical]);
    expect(sim.result(job.key)).toBeNull();
    expect(sim.critical('c-after')).not.toBeNull();
  }, 120_000);

  test('an area that cannot be built ends as a message, not an exception', async () => {
    const { sim } = simulator({ failArea: true });
    await sim.run('t', [{ key: 'x', scenario: base }]);
    expect(sim.status.error).toEqual({ nl: 'kapot', en: 'broken' });
    await sim.runRank({ key: 'r', scenario: base, within: 'GM1982', level: 'wijk', options: {} });
    expect(sim.status.error).toEqual({ nl: 'niet hier', en: 'not here' });
    expect(sim.ranking('r')).toBeNull();
  });

  test('critical mass for the planning area, kept by key', async () => {
    const { sim } = simulator();
    await sim.runCritical('t', { key: 'c', scenario: base, options: { route: 'b', maxK: 2, reps: 4, initialReps: 4 } });
    const result = sim.critical('c')!;
    expect(result.curve.map((p) => p.k)).toContain(0);
    expect(result.reason.nl.length).toBeGreaterThan(10);
  }, 120_000);

  test('headline sentences in plain words, with "k van de 10"', async () => {
    const { sim } = simulator();
    await sim.run('t', [{ key: 'h', scenario: base }]);
    const lines = headlineSentences(localeFor('nl'), sim.result('h')!.result);
    expect(lines.map((l) => l.id)).toEqual(['circles', 'spontaneous', 'coverage', 'takeoff', 'cost']);
    expect(lines[0].text).toMatch(/^Na 4 jaar (is|zijn) er naar verwachting \d+ voorzorgcirkels?\. In 8 van de 10 gesimuleerde toekomsten/);
    expect(lines[3].text).toMatch(/van de 10|geen van de/);
    expect(lines[4].text).toContain('€');
  }, 120_000);
});
