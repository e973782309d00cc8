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
import { count, counted, fileSource, messages, type Forms } from '../i18n/index.ts';

const LEVELS = ['gemeente', 'wijk', 'buurt'] as const;
const DEPTH: Record<Level, number> = { land: 0, gemeente: 1, wijk: 2, buurt: 3 };

const PLURAL: Record<Lang, Record<Level, Forms>> = {
  nl: { land: { one: 'land', other: 'landen' }, gemeente: { one: 'gemeente', other: 'gemeenten' }, wijk: { one: 'wijk', other: 'wijken' }, buurt: { one: 'buurt', other: 'buurten' } },
  en: { land: { one: 'country', other: 'countries' }, gemeente: { one: 'gemeente', other: 'gemeenten' }, wijk: { one: 'wijk', other: 'wijken' }, buurt: { one: 'buurt', other: 'buurten' } },
};

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
  summary: {
    nl: 'Toont gemeenten, wijken of buurten met inwoners, 65-plussers en huishoudens (CBS).',
    en: 'Lists gemeenten, wijken or buurten with inhabitants, people aged 65+ and households (CBS).',
  },
  usage: '[--data FILE] [--within CODE] [--level gemeente|wijk|buurt] [--json]',
  details: {
    nl: 'Zonder --within: heel Nederland. Zonder --level: het niveau onder --within (gemeenten van Nederland, wijken van een gemeente, buurten van een wijk).\nOnbekende of geheime aantallen zijn – (in JSON: null).',
    en: 'Without --within: all of the Netherlands. Without --level: the level below --within (gemeenten of NL, wijken of a gemeente, buurten of a wijk).\nUnknown or secret counts show as – (in JSON: null).',
  },
  options: {
    data: { type: 'string', arg: 'FILE', help: { nl: 'CBS-tabel wijken en buurten (standaard de meegeleverde van 2024)', en: 'CBS wijken en buurten table (default: the bundled 2024 one)' } },
    within: { type: 'string', arg: 'CODE', help: { nl: 'alleen regio’s binnen deze code (GM…, WK…, NL00)', en: 'only regions inside this code (GM…, WK…, NL00)' } },
    level: { type: 'string', arg: 'gemeente|wijk|buurt', help: { nl: 'welk niveau', en: 'which level' } },
  },
  run({ values, stdout, lang }) {
    const level = values.level === undefined ? undefined : parseLevel(values.level);
    const within = values.within === undefined ? 'NL00' : values.within.trim().toUpperCase();
    if (!isRegionCode(within)) {
      throw badOption('within', {
        nl: `'${values.within}' is geen CBS-regiocode. Verwacht: NL00, GM + 4 cijfers (GM1982) of WK + 6 tekens (WK198201).`,
        en: `'${values.within}' is not a CBS region code. Expected: NL00, GM + 4 digits (GM1982) or WK + 6 characters (WK198201).`,
      });
    }
    const withinLevel = levelOf(within)!;
    if (level !== undefined && DEPTH[level] < DEPTH[withinLevel]) {
      throw badOption('level', {
        nl: `een ${level} ligt niet binnen ${within} (een ${withinLevel}). Kies een niveau op of onder dat van --within.`,
        en: `a ${level} does not lie inside ${within} (a ${withinLevel}). Choose a level at or below that of --within.`,
      });
    }
    const table = loadTable(values.data);
    const around = table.byCode.get(within);
    if (!around && within !== 'NL00') {
      throw badOption('within', {
        nl: `code ${within} staat niet in ${table.file}. Controleer de code en het jaar van de indeling (codes veranderen bij herindelingen).`,
        en: `code ${within} is not in ${table.file}. Check the code and the year of the division (codes change when municipalities merge).`,
      });
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
  throw badOption('level', { nl: `'${value}' is geen niveau. Verwacht: gemeente, wijk of buurt.`, en: `'${value}' is not a level. Expected: gemeente, wijk or buurt.` });
}

function rowOf(r: RegionRecord): RegionRow {
  const count = (v: 'inhabitants' | 'age65plus' | 'households') => r.values[v] ?? null;
  return { code: r.code, name: r.name, level: r.level, parent: r.parent, inhabitants: count('inhabitants'), age65plus: count('age65plus'), households: count('households') };
}

function textTable(table: RegionTable, within: string, around: RegionRecord | undefined, found: RegionRecord[], rows: RegionRow[], level: Level | undefined, bundled: boolean, lang: Lang): string {
  const shownLevel = level ?? found[0]?.level ?? 'gemeente';
  const t = messages(lang).cli;
  const forms = PLURAL[lang][shownLevel];
  const place = around ? `${around.name} (${around.code})` : t.theNetherlands;
  const title = `${place}: ${counted(lang, rows.length, forms)}`;
  const fmt = (n: number | null) => (n === null ? '–' : count(lang, n));
  const head = t.regions.columns;
  const body = rows.map((r) => [r.code, r.name, fmt(r.inhabitants), fmt(r.age65plus), fmt(r.households)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  const source = bundled ? BUNDLED_SOURCE : fileSource(lang, table.file);
  const warnings = table.warnings.map((w) => `${t.note}: ${w.messages[lang]}`);
  const missingWithin = within !== 'NL00' && rows.length === 0 ? [t.regions.noneInFile(forms.other)] : [];
  return [title, '', line(head), ...body.map(line), ...missingWithin, '', t.regions.legend, source, ...warnings, ''].join('\n');
}
