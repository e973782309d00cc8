/**
 * Field-like data made by the model itself at known parameter values: one replication of a
 * scenario, counted every `every` months, seen through an observation process — each circle is
 * registered with probability `registration` (model-science.md §6.10: only part of the circles is
 * known to NLZVE), and members are reported for the registered circles only (their share of the
 * members). The draws are keyed on (seed, date, circle), so the data are reproducible. Rows name
 * the area by its first code (use a single-code area).
 */
import type { AreaInput } from '../../src/core/area.ts';
import { streamKey, u01 } from '../../src/core/rng.ts';
import { runReplication } from '../../src/core/simulation.ts';
import { buildWorld } from '../../src/core/world.ts';
import { addMonths, fieldCsv, readFieldData, type FieldData, type FieldRow } from '../../src/data/field.ts';
import { jobFor } from '../../src/experiments/run.ts';
import { validateScenario } from '../../src/experiments/scenario.ts';

export interface FieldLikeOptions {
  years: number;
  every?: number;
  start: string;
  seed: number;
  rep: number;
  registration?: number;
  members?: boolean;
}

export function fieldLike(
  area: AreaInput,
  scenario: Record<string, unknown>,
  truth: Record<string, number>,
  o: FieldLikeOptions,
): { data: FieldData; csv: string } {
  const months = 12 * o.years,
    every = o.every ?? 6,
    reg = o.registration ?? 1;
  const job = jobFor(validateScenario({ ...scenario, months, params: { ...((scenario.params as object) ?? {}), ...truth } }), area);
  const res = runReplication(buildWorld(area, job.params, months, o.seed, o.rep), job.params, job.plan, o.seed, o.rep);
  const key = streamKey(o.seed, 'registration', o.rep);
  const rows: Omit<FieldRow, 'line'>[] = [];
  for (let m = every; m <= months; m += every) {
    const circles = res.metrics.circles[m];
    let seen = 0;
    for (let c = 0; c < circles; c++) if (u01(key, m * 10_000 + c) < reg) seen++;
    const members = o.members ? Math.round((res.metrics.members[m] * seen) / Math.max(1, circles)) : null;
    rows.push({ month: addMonths(o.start, m - 1), day: null, area: area.codes[0], circles: seen, members, route: null, origin: null });
  }
  const csv = fieldCsv(rows);
  return { data: readFieldData(csv, 'field-like.csv'), csv };
}
