/**
 * Calibration on a circle register made by the model itself: Mill seeded as in models.ts
 * (a=1, b=2, c=2 in the first two years, PR 0.5, from January 2018), one replication with
 * `willing` = 0.25 turned into a register (every circle with its founding month, route, buurt and
 * end), read back as a register, then its history as observations and its seeded circles as the
 * seeding. The fit recovers `willing`: the true value lies in the 90% interval (quick sizes: 50
 * particles, 4 generations, as recovery.test.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { calibrate } from '../../src/calibration/calibrate.ts';
import { looksLikeRegister, registerHistory } from '../../src/calibration/register.ts';
import { setupCalibration } from '../../src/calibration/setup.ts';
import { Origin } from '../../src/core/circles.ts';
import { runReplication } from '../../src/core/simulation.ts';
import { buildWorld } from '../../src/core/world.ts';
import { addMonths } from '../../src/data/field.ts';
import { readRegister, registerCsv, type RegisterCircle } from '../../src/data/register.ts';
import { jobFor } from '../../src/experiments/run.ts';
import { validateScenario } from '../../src/experiments/scenario.ts';
import { NodePool } from '../../src/workers/node-pool.ts';
import { area } from '../helpers/areas.ts';
import { MILL, MILL_SCENARIO } from './models.ts';

const pool = new NodePool(2);
afterAll(() => pool.close());

const ROUTE = { [Origin.A]: 'a', [Origin.B]: 'b', [Origin.C]: 'c', [Origin.Spontaneous]: 'self', [Origin.Split]: 'self' } as Record<
  number,
  RegisterCircle['route']
>;

/** A register as an initiator would have kept it of one simulated future (members: not used by calibration). */
function simulatedRegister(willing: number, months = 96, seed = 99, rep = 4343): string {
  const job = jobFor(validateScenario({ ...MILL_SCENARIO, months, params: { willing } }), area(MILL));
  const r = runReplication(buildWorld(area(MILL), job.params, months, seed, rep), job.params, job.plan, seed, rep);
  const codes = area(MILL).buurten.map((b) => b.code);
  const rows: RegisterCircle[] = Array.from(r.tree.origin, (o, c) => ({
    founded: addMonths('2018-01', r.tree.founded[c]),
    buurt: codes[r.tree.buurt[c]],
    route: ROUTE[o],
    members: 8,
    status: 'active',
    ended: r.tree.ended[c] >= 0 ? addMonths('2018-01', r.tree.ended[c]) : null,
    id: `c${c}`,
  }));
  return registerCsv(rows);
}

describe('calibration on a register', () => {
  it('turns the register into observations over time and the seeding it shows', () => {
    const text =
      'founded,buurt,route,members,status,ended\n2020-01,BU19821001,b,8,active,\n2020-03,BU19821001,self,6,active,2021-02\n2020-09,BU19821003,b,8,active,\n';
    expect(looksLikeRegister(text)).toBe(true);
    expect(looksLikeRegister('date,area,circles\n2024-01,WK198210,3\n')).toBe(false);
    const h = registerHistory('r.csv', readRegister(text, 'r.csv', { today: '2021-06' }).rows, MILL, '2021-06');
    expect(h.start).toBe('2020-01');
    expect(h.plan.b).toEqual({ count: 2, from: 0, to: 9 });
    expect(h.plan.a.count + h.plan.c.count).toBe(0);
    const at = (month: string, origin: string | null, route: string | null) =>
      h.data.rows.find((r) => r.month === month && r.origin === origin && r.route === route)!.circles;
    expect([at('2020-06', null, null), at('2020-06', 'spontaneous', null), at('2020-06', null, 'b')]).toEqual([2, 1, 1]);
    expect([at('2021-06', null, null), at('2021-06', 'spontaneous', null), at('2021-06', null, 'b')]).toEqual([2, 0, 2]);
  });

  it('recovers willing = 0.25 from a register the model made with it', async () => {
    const text = simulatedRegister(0.25);
    const reg = readRegister(text, 'mill-register.csv', { today: '2026-01' });
    const h = registerHistory('mill-register.csv', reg.rows, MILL, '2026-01');
    const setup = setupCalibration({
      data: h.data,
      scenario: { area: [MILL], plan: h.plan, pr: 0.5, start: h.start, seed: 1 },
      area: () => area(MILL),
      fit: ['willing'],
    });
    const report = await calibrate(pool, setup, 'mill-register.csv', { particles: 50, generations: 4, predictive: 0 });
    const [p] = report.parameters;
    console.log('REGISTER-RECOVERY', JSON.stringify(p));
    expect(p.lo90, JSON.stringify(p)).toBeLessThanOrEqual(0.25);
    expect(p.hi90, JSON.stringify(p)).toBeGreaterThanOrEqual(0.25);
    expect(p.narrowing, 'the 90% interval as a share of the prior width').toBeLessThan(0.5);
  }, 300_000);
});
