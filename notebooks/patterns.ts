/**
 * Notebook (d): does the model reproduce what the field has seen? The patterns table
 * (src/experiments/patterns.ts; the same as `sneeuwbal patterns` and section 1 of src/docs/ODD.md):
 * each field situation run in the model, the field value beside the model's median and 10–90%
 * band, whether it lies inside, and — when not — what the model measured instead.
 *   npx tsx notebooks/patterns.ts [--quick] [--out DIR]
 */
import { areaFromTable, loadTable } from '../src/node/data.ts';
import { patternTable } from '../src/cli/patterns.ts';
import type { AreaInput } from '../src/core/area.ts';
import { runPatterns } from '../src/experiments/patterns.ts';
import { Notebook, runIfMain, type NotebookOptions } from './lib/notebook.ts';
import { renderSvg } from './lib/render.ts';
import { patternsSpec } from './lib/specs.ts';

export const NAME = 'patterns';

export async function run(o: NotebookOptions) {
  const reps = o.quick ? 3 : 40,
    seed = 1;
  const nb = new Notebook('Field patterns: what the field has seen, and the model', o.outDir, o.quick);
  const table = loadTable();
  const areas = new Map<string, AreaInput>();
  const areaOf = (code: string) => {
    if (!areas.has(code)) areas.set(code, areaFromTable(table, [code]));
    return areas.get(code)!;
  };
  const rows = runPatterns(areaOf, { reps, seed });
  nb.text(
    `Pattern-oriented modelling (model-science.md §4.1–4.2): ${rows.length} patterns from the field documents (Emmeloord, Almere Muziekwijk, Land van Cuijk, Brandevoort; NOS 2026), each situation replayed ${reps} times with seed ${seed} at the registry defaults.`,
    'A pattern the model does not reproduce stays in the table, marked, with what the model measured instead: it is a finding about the model (or about the field value), not something to tune away silently.',
  );
  nb.heading('Table');
  nb.text(patternTable(rows, 'en', reps, seed, true));
  nb.csv(
    'patterns.csv',
    ['name', 'field', 'field_lo', 'field_hi', 'p10', 'p50', 'p90', 'inside', 'area', 'source', 'note'],
    rows.map((r) => [
      r.name,
      r.field,
      r.fieldRange?.[0] ?? '',
      r.fieldRange?.[1] ?? '',
      r.model.p10,
      r.model.p50,
      r.model.p90,
      r.inside,
      r.area,
      r.source,
      r.note.en,
    ]),
  );
  // Field value against the model band, each scaled by the field value so all fit one axis.
  nb.figure(
    'patterns.svg',
    renderSvg(patternsSpec(rows)),
    'Median (dots) and 10–90% band (bars) of the model, divided by the field value; the dashed line is the field.',
  );
  return { files: nb.write(), rows };
}

runIfMain(import.meta, NAME, run);
