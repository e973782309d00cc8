/**
 * `npx sneeuwbal <command> …`: the command registry and what every command shares (INTERFACES.md):
 * --json, --lang nl|en, --help, --progress; exit 0 success, 2 bad input or arguments (a plain
 * message on stderr naming file/line/column or the argument, never a stack trace), 1 internal error.
 * Commands are loaded only when called, so one command's imports never slow down another.
 */
import { parseArgs } from 'node:util';
import { formatWhere, InputError, isInputError, type Lang } from '../core/errors.ts';
import { onTableWarnings } from '../node/data.ts';
import { COMMON_OPTIONS, helpText, type Command, type Options, type Output } from './command.ts';
import { messages } from '../i18n/index.ts';

interface Entry {
  summary: { nl: string; en: string };
  // Each command has its own option types; the table holds them all.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  load: () => Promise<{ command: Command<any> }>;
}

/** Add a command here: its file is src/cli/<name>.ts and exports `command` (see command.ts). */
export const COMMANDS: Record<string, Entry> = {
  regions: {
    summary: { nl: "lijst van gemeenten, wijken of buurten met inwoners, 65-plussers en huishoudens", en: 'list gemeenten, wijken or buurten with inhabitants, people aged 65+ and households' },
    load: () => import('./regions.ts'),
  },
  simulate: {
    summary: { nl: 'een startscenario simuleren: cirkels, dekking en kosten met onzekerheid', en: 'simulate a start scenario: circles, coverage and cost with uncertainty' },
    load: () => import('./simulate.ts'),
  },
  bench: {
    summary: { nl: 'de snelheidsmeting van het model', en: 'the performance benchmark of the model' },
    load: () => import('./bench.ts'),
  },
  'critical-mass': {
    summary: { nl: 'hoeveel gestarte cirkels nodig zijn voordat ouderen zelf cirkels beginnen (kritische massa)', en: 'how many seeded circles it takes before elderly start circles themselves (critical mass)' },
    load: () => import('./critical-mass.ts'),
  },
  rank: {
    summary: { nl: 'waar beginnen: wijken of buurten gerangschikt naar benodigde cirkels en euro’s', en: 'where to start: wijken or buurten ranked by circles and euros needed' },
    load: () => import('./rank.ts'),
  },
  atlas: {
    summary: { nl: 'de kritische massa voor elke wijk of buurt van een gebied of heel Nederland (CSV en JSON, in delen voor een rekencluster)', en: 'the critical mass for every wijk or buurt of an area or the whole Netherlands (CSV and JSON, in shards for a cluster)' },
    load: () => import('./atlas.ts'),
  },
  calibrate: {
    summary: { nl: 'gedragsparameters schatten uit veldgegevens (ABC-SMC); de posterior is een parameterset', en: 'fit behavioural parameters to field data (ABC-SMC); the posterior is a parameter set' },
    load: () => import('./calibrate.ts'),
  },
  patterns: {
    summary: { nl: 'wat het veld zag naast wat het model doet (patronentabel)', en: 'what the field has seen beside what the model does (patterns table)' },
    load: () => import('./patterns.ts'),
  },
  params: {
    summary: { nl: 'alle modelparameters met standaard, bereik, eenheid en bron', en: 'every model parameter with default, range, unit and source' },
    load: () => import('./params.ts'),
  },
};

export interface Io {
  stdout: Output;
  stderr: Output;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let lang: Lang = 'nl';
  try {
    lang = languageOf(argv);
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      (name === undefined ? io.stderr : io.stdout).write(overview(lang));
      return name === undefined ? 2 : 0;
    }
    const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!entry) {
      throw new InputError('unknown-command', {
        nl: `onbekende opdracht '${name}'. Beschikbaar: ${Object.keys(COMMANDS).join(', ')}.`,
        en: `unknown command '${name}'. Available: ${Object.keys(COMMANDS).join(', ')}.`,
      });
    }
    const { command } = await entry.load();
    // `regions` lists a table's warnings in its own output; every other command notes them here.
    onTableWarnings(name === 'regions' ? undefined : (m, where) => io.stderr.write(`${messages(lang).cli.note}: ${formatWhere(where, lang)}: ${m[lang]}\n`));
    const parsed = parse(command, rest);
    if (parsed.values.help) {
      io.stdout.write(helpText(command, lang));
      return 0;
    }
    const values = { ...parsed.values, json: parsed.values.json === true, progress: parsed.values.progress === true, lang };
    return await command.run({ argv: rest, values, positionals: parsed.positionals, stdout: io.stdout, stderr: io.stderr, lang });
  } catch (e) {
    if (isInputError(e)) {
      const known = argv[0] !== undefined && Object.hasOwn(COMMANDS, argv[0]) ? ` ${argv[0]}` : '';
      const hint = e.code === 'bad-argument' || e.code === 'unknown-command' ? messages(lang).cli.seeHelp(known) : '';
      // A flag names itself ("--within: …"); files get "kwb.csv, regel 12, kolom 5: …".
      const text = e.where.field?.startsWith('-') ? `${e.where.field}: ${e.messages[lang]}` : e.format(lang);
      io.stderr.write(`${messages(lang).cli.error}: ${text}${hint}\n`);
      return 2;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    io.stderr.write(
      lang === 'nl'
        ? `interne fout (een fout in sneeuwbal, niet in uw invoer; meld dit graag): ${err.message}\n${err.stack ?? ''}\n`
        : `internal error (a bug in sneeuwbal, not in your input; please report it): ${err.message}\n${err.stack ?? ''}\n`,
    );
    return 1;
  }
}

/** --lang before anything else, so even argument errors come in the user's language. */
function languageOf(argv: string[]): Lang {
  let value: string | undefined;
  argv.forEach((a, i) => {
    if (a === '--lang') value = argv[i + 1];
    else if (a.startsWith('--lang=')) value = a.slice('--lang='.length);
  });
  if (value === undefined || value === 'nl' || value === 'en') return value ?? 'nl';
  throw new InputError('bad-argument', { nl: `--lang moet nl of en zijn, niet '${value}'.`, en: `--lang must be nl or en, not '${value}'.` }, { field: '--lang' });
}

function parse(command: Command<Options>, args: string[]) {
  const all: Options = { ...command.options, ...COMMON_OPTIONS };
  const options = Object.fromEntries(
    Object.entries(all).map(([name, s]) => [name, { type: s.type, ...(s.short ? { short: s.short } : {}), ...(s.multiple ? { multiple: true } : {}) }]),
  );
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: command.positionals === true }) as { values: Record<string, unknown>; positionals: string[] };
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw e;
    const message = (e as Error).message;
    const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
    const flag = quoted.split(/[\s=]/)[0];
    const messages =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? { nl: `onbekende optie voor '${command.name}'.`, en: `unknown option for '${command.name}'.` }
        : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
          ? { nl: `onverwacht argument '${quoted}' voor '${command.name}'; opties beginnen met --.`, en: `unexpected argument '${quoted}' for '${command.name}'; options start with --.` }
          : /argument missing/.test(message)
            ? { nl: 'deze optie mist een waarde.', en: 'this option needs a value.' }
            : /ambiguous/.test(message)
              ? { nl: `de waarde begint met '-'; schrijf ${flag}=WAARDE.`, en: `the value starts with '-'; write ${flag}=VALUE.` }
              : { nl: 'deze optie neemt geen waarde.', en: 'this option takes no value.' };
    throw new InputError('bad-argument', messages, code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' ? {} : { field: flag });
  }
}

function overview(lang: Lang): string {
  const rows = Object.entries(COMMANDS).map(([name, e]) => `  ${name.padEnd(16)} ${e.summary[lang]}`);
  return lang === 'nl'
    ? ['Gebruik: sneeuwbal <opdracht> [opties]', '', 'Opdrachten:', ...rows, '', "Meer over een opdracht: sneeuwbal <opdracht> --help", ''].join('\n')
    : ['Usage: sneeuwbal <command> [options]', '', 'Commands:', ...rows, '', 'More about a command: sneeuwbal <command> --help', ''].join('\n');
}
