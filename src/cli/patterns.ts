/**
 * `sneeuwbal patterns [--area CODE] [--reps N] [--seed N] [--set NAME=VALUE]… [--params FILE] [--json]`
 * → {patterns:[{name, source, field, model:{p10,p50,p90}, inside, note}]}: the field situations run
 * in the model (src/experiments/patterns.ts), each beside what the field reported. `inside` is
 * whether the field value lies in the model's 10–90% band (for a range such as circle sizes 8–15:
 * whether the band lies inside the range). Extra fields (label, fieldText, area) are extensions.
 */
import type { Lang } from '../core/errors.ts';
import { resolveParams } from '../core/params/index.ts';
import { runPatterns, type PatternRow } from '../experiments/patterns.ts';
import { isRegionCode } from '../data/regions.ts';
import { badOption, defineCommand } from './command.ts';
import { messages } from '../i18n/index.ts';
import { say } from '../i18n/engine/index.ts';
import { fmt } from './format.ts';
import { areaFromTable, loadTable, sourceLine } from '../node/data.ts';
import { loadParamSet, parseSets, positiveInt } from './model.ts';

export const command = defineCommand({
  name: 'patterns',
  summary: say('cli.patterns.summary'),
  usage: '[--area CODE] [--reps N] [--seed N] [--set NAME=VALUE] [--params FILE] [--data FILE] [--json]',
  details: say('cli.patterns.details'),
  options: {
    area: { type: 'string', arg: 'CODE', help: say('cli.patterns.areaHelp') },
    reps: { type: 'string', arg: 'N', help: say('cli.patterns.repsHelp') },
    seed: { type: 'string', arg: 'N', help: say('cli.patterns.seedHelp') },
    set: { type: 'string', multiple: true, arg: 'NAME=VALUE', help: say('cli.patterns.setHelp') },
    params: { type: 'string', arg: 'FILE', help: say('cli.patterns.paramsHelp') },
    data: { type: 'string', arg: 'FILE', help: say('cli.model.dataHelp') },
  },
  run({ values, stdout, lang }) {
    const area = values.area?.trim().toUpperCase();
    if (area !== undefined && !isRegionCode(area)) throw badOption('area', say('cli.patterns.notCode', { value: values.area }));
    const reps = positiveInt('reps', values.reps, 2, 1000) ?? 20;
    const seed = positiveInt('seed', values.seed, 0, 2 ** 31 - 1) ?? 1;
    const set = loadParamSet(values.params);
    const params = resolveParams({ ...(set?.parameters ?? {}), ...parseSets(values.set) });
    const table = loadTable(values.data);
    const areas = new Map<string, ReturnType<typeof areaFromTable>>();
    const areaOf = (code: string) => {
      if (!areas.has(code)) areas.set(code, areaFromTable(table, [code]));
      return areas.get(code)!;
    };
    const rows = runPatterns(areaOf, { reps, seed, area, params });
    const source = sourceLine(values.data, table);
    if (values.json) {
      const patterns = rows.map((r) => ({
        name: r.name,
        source: r.source,
        field: r.field,
        model: r.model,
        inside: r.inside,
        note: r.note[lang],
        label: r.label[lang],
        fieldText: r.fieldText,
        fieldRange: r.fieldRange,
        area: r.area,
      }));
      stdout.write(JSON.stringify({ patterns, reps, seed, source }) + '\n');
    } else stdout.write(patternTable(rows, lang, reps, seed) + '\n' + source + '\n');
    return 0;
  },
});

/** The table as plain text (and, with `markdown`, as the Markdown table the ODD document carries). */
export function patternTable(rows: readonly PatternRow[], lang: Lang, reps: number, seed: number, markdown = false): string {
  const w = messages(lang).cli.patterns;
  const num = (x: number) => fmt(lang, x, Math.abs(x) < 1 && x !== 0 ? 2 : Number.isInteger(x) ? 0 : 1);
  const head = w.columns;
  const body = rows.map((r) => [
    r.label[lang],
    r.fieldText,
    `${num(r.model.p50)} (${num(r.model.p10)}–${num(r.model.p90)})`,
    r.inside ? w.yes : `**${w.no}**`,
    r.area,
    r.note[lang],
    r.source,
  ]);
  const intro = w.intro(reps, seed);
  if (markdown) {
    const cell = (s: string) => s.replace(/\|/g, '\\|');
    return [intro, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((b) => `| ${b.map(cell).join(' | ')} |`)].join('\n');
  }
  const lines = [intro, ''];
  for (const b of body) {
    lines.push(
      `${b[0]}`,
      `  ${head[1]}: ${b[1]}   ${head[2]}: ${b[2]}   ${head[3]}: ${b[3].replace(/\*/g, '')}   ${head[4]}: ${b[4]}`,
      `  ${b[5]}`,
      `  ${head[6]}: ${b[6]}`,
      '',
    );
  }
  return lines.join('\n');
}
