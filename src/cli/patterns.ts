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
import { fmt } from './format.ts';
import { areaFromTable, loadTable, sourceLine } from '../node/data.ts';
import { loadParamSet, parseSets, positiveInt } from './model.ts';

const t = (nl: string, en: string) => ({ nl, en });

export const command = defineCommand({
  name: 'patterns',
  summary: {
    nl: 'Zet wat het veld zag naast wat het model doet: opkomst en aanmeldingen, cirkelgrootte, aantallen na jaren.',
    en: 'Puts what the field has seen beside what the model does: turnout and sign-ups, circle size, counts after years.',
  },
  usage: '[--area CODE] [--reps N] [--seed N] [--set NAME=VALUE] [--params FILE] [--data FILE] [--json]',
  details: {
    nl: 'Elke rij is een situatie uit de velddocumenten (Emmeloord, Almere, Land van Cuijk, Brandevoort), in het model nagespeeld in het eigen gebied (of in --area). "binnen" betekent: de veldwaarde ligt tussen het 10e en 90e percentiel van het model. Een patroon dat het model niet haalt blijft in de tabel, met de reden.',
    en: 'Each row is a situation from the field documents (Emmeloord, Almere, Land van Cuijk, Brandevoort), replayed in the model in its own area (or in --area). "inside" means: the field value lies between the model\'s 10th and 90th percentile. A pattern the model does not reproduce stays in the table, with the reason.',
  },
  options: {
    area: { type: 'string', arg: 'CODE', help: t('speel elke situatie in dit gebied na (gemeente- of wijkcode)', 'replay every situation in this area (gemeente or wijk code)') },
    reps: { type: 'string', arg: 'N', help: t('herhalingen per situatie (standaard 20)', 'replications per situation (default 20)') },
    seed: { type: 'string', arg: 'N', help: t('startgetal van het toeval (standaard 1)', 'random seed (default 1)') },
    set: { type: 'string', multiple: true, arg: 'NAME=VALUE', help: t('één parameter aanpassen (herhaalbaar)', 'override one parameter (repeatable)') },
    params: { type: 'string', arg: 'FILE', help: t('parameterset (JSON)', 'parameter set (JSON)') },
    data: { type: 'string', arg: 'FILE', help: t('CBS-tabel wijken en buurten (standaard de meegeleverde van 2024)', 'CBS wijken en buurten table (default: the bundled 2024 one)') },
  },
  run({ values, stdout, lang }) {
    const area = values.area?.trim().toUpperCase();
    if (area !== undefined && !isRegionCode(area)) throw badOption('area', t(`'${values.area}' is geen CBS-code (GM…, WK… of BU…).`, `'${values.area}' is not a CBS code (GM…, WK… or BU…).`));
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
      const patterns = rows.map((r) => ({ name: r.name, source: r.source, field: r.field, model: r.model, inside: r.inside, note: r.note[lang], label: r.label[lang], fieldText: r.fieldText, fieldRange: r.fieldRange, area: r.area }));
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
    r.label[lang], r.fieldText, `${num(r.model.p50)} (${num(r.model.p10)}–${num(r.model.p90)})`,
    r.inside ? w.yes : `**${w.no}**`, r.area, r.note[lang], r.source,
  ]);
  const intro = w.intro(reps, seed);
  if (markdown) {
    const cell = (s: string) => s.replace(/\|/g, '\\|');
    return [intro, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((b) => `| ${b.map(cell).join(' | ')} |`)].join('\n');
  }
  const lines = [intro, ''];
  for (const b of body) {
    lines.push(`${b[0]}`, `  ${head[1]}: ${b[1]}   ${head[2]}: ${b[2]}   ${head[3]}: ${b[3].replace(/\*/g, '')}   ${head[4]}: ${b[4]}`, `  ${b[5]}`, `  ${head[6]}: ${b[6]}`, '');
  }
  return lines.join('\n');
}
