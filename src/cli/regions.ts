/**
 * `sneeuwbal regions [--data FILE] [--within CODE] [--level gemeente|wijk|buurt] [--json]`
 * → {regions:[{code,name,level,parent,inhabitants,age65plus,households}]}, unknown counts as null.
 * Extra fields beside `regions` (source, warnings) are extensions; the listed ones never change.
 */
import type { Lang } from '../core/errors.ts';
import { isRegionCode, levelOf, regionsWithin } from '../data/regions.ts';
import type { Level, RegionRecord, RegionTable } from '../data/types.ts';
import { badOption, defineCommand } from './command.ts';
import { BUNDLED_SOURCE, loadTable } from '../node/data.ts';
import { count, counted, fileSource, messages } from '../i18n/index.ts';
import { say } from '../i18n/engine/index.ts';

const LEVELS = ['gemeente', 'wijk', 'buurt'] as const;
const DEPTH: Record<Level, number> = { land: 0, gemeente: 1, wijk: 2, buurt: 3 };

export interface RegionRow {
  code: string;
  name: string;
  level: Level;
  parent: string | null;
  inhabitants: number | null;
  age65plus: number | null;
  households: number | null;
}

export const command = defineCommand({
  name: 'regions',
  summary: say('cli.regions.summary'),
  usage: '[--data FILE] [--within CODE] [--level gemeente|wijk|buurt] [--json]',
  details: say('cli.regions.details'),
  options: {
    data: { type: 'string', arg: 'FILE', help: say('cli.model.dataHelp') },
    within: { type: 'string', arg: 'CODE', help: say('cli.regions.withinHelp') },
    level: { type: 'string', arg: 'gemeente|wijk|buurt', help: say('cli.regions.levelHelp') },
  },
  run({ values, stdout, lang }) {
    const level = values.level === undefined ? undefined : parseLevel(values.level);
    const within = values.within === undefined ? 'NL00' : values.within.trim().toUpperCase();
    if (!isRegionCode(within)) {
      throw badOption('within', say('cli.regions.notRegionCode', { value: values.within! }));
    }
    const withinLevel = levelOf(within)!;
    if (level !== undefined && DEPTH[level] < DEPTH[withinLevel]) {
      throw badOption('level', say('cli.regions.levelNotWithin', { level, within, withinLevel }));
    }
    const table = loadTable(values.data);
    const around = table.byCode.get(within);
    if (!around && within !== 'NL00') {
      throw badOption('within', say('cli.regions.notInFile', { code: within, file: table.file }));
    }
    const found = regionsWithin(table, within, level);
    const rows = found.map(rowOf);
    if (values.json) {
      const warnings = table.warnings.map((w) => ({ code: w.code, message: w.messages[lang], ...(w.line ? { line: w.line } : {}) }));
      stdout.write(JSON.stringify({ regions: rows, source: { file: table.file, form: table.form }, warnings }) + '\n');
    } else {
      stdout.write(textTable(table, within, around, found, rows, level, values.data === undefined, lang));
    }
    return 0;
  },
});

function parseLevel(value: string): Level {
  const v = value.trim().toLowerCase();
  if ((LEVELS as readonly string[]).includes(v)) return v as Level;
  throw badOption('level', say('cli.regions.notLevel', { value }));
}

function rowOf(r: RegionRecord): RegionRow {
  const count = (v: 'inhabitants' | 'age65plus' | 'households') => r.values[v] ?? null;
  return {
    code: r.code,
    name: r.name,
    level: r.level,
    parent: r.parent,
    inhabitants: count('inhabitants'),
    age65plus: count('age65plus'),
    households: count('households'),
  };
}

function textTable(
  table: RegionTable,
  within: string,
  around: RegionRecord | undefined,
  found: RegionRecord[],
  rows: RegionRow[],
  level: Level | undefined,
  bundled: boolean,
  lang: Lang,
): string {
  const shownLevel = level ?? found[0]?.level ?? 'gemeente';
  const t = messages(lang).cli;
  const forms = t.regions.levels[shownLevel];
  const place = around ? `${around.name} (${around.code})` : t.theNetherlands;
  const title = `${place}: ${counted(lang, rows.length, forms)}`;
  const fmt = (n: number | null) => (n === null ? '–' : count(lang, n));
  const head = t.regions.columns;
  const body = rows.map((r) => [r.code, r.name, fmt(r.inhabitants), fmt(r.age65plus), fmt(r.households)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const source = bundled ? BUNDLED_SOURCE : fileSource(lang, table.file);
  const warnings = table.warnings.map((w) => `${t.note}: ${w.messages[lang]}`);
  const missingWithin = within !== 'NL00' && rows.length === 0 ? [t.regions.noneInFile(forms.other)] : [];
  return [title, '', line(head), ...body.map(line), ...missingWithin, '', t.regions.legend, source, ...warnings, ''].join('\n');
}
