import { areaFromTable, loadTable } from './src/node/data.ts';
import { findCriticalMass } from './src/experiments/criticalMass.ts';
import { NodePool } from './src/workers/node-pool.ts';
import { validateScenario } from './src/experiments/scenario.ts';
const table = loadTable();
const pool = new NodePool(Number(process.env.W ?? 2));
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1e6; };
for (const code of ['WK198223', 'WK198210']) {
  const area = areaFromTable(table, [code]);
  const scenario = validateScenario({ area: area.codes, seed: 1 }, { allowEmptyPlan: true });
  const t0 = performance.now(), c0 = cpu();
  let mainBusy = 0;
  const r = await findCriticalMass(area, { scenario, target: 0.9 }, pool);
  console.log(code, ((performance.now() - t0) / 1000).toFixed(2), 's cpu', (cpu() - c0).toFixed(2), r.search.runs);
}
await pool.close();
