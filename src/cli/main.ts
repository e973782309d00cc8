/**
 * `npx sneeuwbal <command> …`: the command registry and what every command shares (INTERFACES.md):
 * --json, --lang nl|en, --help, --progress; exit 0 success, 2 bad input or arguments (a plain
 * message on stderr naming file/line/column or the argument, never a stack trace), 1 internal error.
 * Commands are loaded only when called, so one command's imports never slow down another.
 */
import { parseArgs } from 'node:util';
import { formatWhere, InputError, isInputError, type Lang, type Said } from '../core/errors.ts';
import { onTableWarnings } from '../node/data.ts';
import { COMMON_OPTIONS, helpText, type Command, type Options, type Output } from './command.ts';
import { messages } from '../i18n/index.ts';
import { say } from '../i18n/engine/index.ts';

interface Entry {
  summary: Said;
  // Each command has its own option types; the table holds them all.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  load: () => Promise<{ command: Command<any> }>;
}

/** Add a command here: its file is src/cli/<name>.ts and exports `command` (see command.ts). */
export const COMMANDS: Record<string, Entry> = {
  regions: {
    summary: say('cli.main.regionsSummary'),
    load: () => import('./regions.ts'),
  },
  simulate: {
    summary: say('cli.main.simulateSummary'),
    load: () => import('./simulate.ts'),
  },
  bench: {
    summary: say('cli.main.benchSummary'),
    load: () => import('./bench.ts'),
  },
  'critical-mass': {
    summary: say('cli.main.criticalMassSummary'),
    load: () => import('./critical-mass.ts'),
  },
  rank: {
    summary: say('cli.main.rankSummary'),
    load: () => import('./rank.ts'),
  },
  atlas: {
    summary: say('cli.main.atlasSummary'),
    load: () => import('./atlas.ts'),
  },
  calibrate: {
    summary: say('cli.main.calibrateSummary'),
    load: () => import('./calibrate.ts'),
  },
  patterns: {
    summary: say('cli.main.patternsSummary'),
    load: () => import('./patterns.ts'),
  },
  params: {
    summary: say('cli.main.paramsSummary'),
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
      throw new InputError('unknown-command', say('cli.main.unknownCommand', { name, available: Object.keys(COMMANDS) }));
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
    io.stderr.write(messages(lang).cli.internalError(err.message, err.stack ?? ''));
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
  throw new InputError('bad-argument', say('cli.main.badLang', { value }), { field: '--lang' });
}

function parse(command: Command<Options>, args: string[]) {
  const all: Options = { ...command.options, ...COMMON_OPTIONS };
  const options = Object.fromEntries(
    Object.entries(all).map(([name, s]) => [name, { type: s.type, ...(s.short ? { short: s.short } : {}), ...(s.multiple ? { multiple: true } : {}) }]),
  );
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: command.positionals === true }) as {
      values: Record<string, unknown>;
      positionals: string[];
    };
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw e;
    const message = (e as Error).message;
    const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
    const flag = quoted.split(/[\s=]/)[0];
    const said =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? say('cli.main.unknownOption', { command: command.name })
        : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
          ? say('cli.main.unexpectedArgument', { argument: quoted, command: command.name })
          : /argument missing/.test(message)
            ? say('cli.main.missingValue')
            : /ambiguous/.test(message)
              ? say('cli.main.dashValue', { flag })
              : say('cli.main.noValue');
    throw new InputError('bad-argument', said, code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' ? {} : { field: flag });
  }
}

function overview(lang: Lang): string {
  const rows = Object.entries(COMMANDS).map(([name, e]) => `  ${name.padEnd(16)} ${e.summary[lang]}`);
  const t = messages(lang).cli.overview;
  return [t.usage, '', t.commands, ...rows, '', t.more, ''].join('\n');
}
