/**
 * What a CLI command is. Each command lives in src/cli/<name>.ts and exports `command`, made with
 * defineCommand: its options (node:util parseArgs format, with a help line per option) and a run
 * function that gets the parsed values, the streams and the language, and returns an exit code.
 * main.ts adds the options every command shares (--json, --lang, --help, --progress), parses,
 * prints --help, and turns an InputError into exit code 2 with a plain message.
 */
import { InputError, type Lang, type Said } from '../core/errors.ts';
import { say } from '../i18n/engine/index.ts';
import { messages } from '../i18n/index.ts';

interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Placeholder in help, e.g. FILE or CODE (string options). */
  arg?: string;
  help: Said;
}

export type Options = Record<string, OptionSpec>;

/** Parsed values: strings or booleans (arrays when `multiple`), absent when not given. */
type Values<O extends Options> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? (O[K]['multiple'] extends true ? boolean[] : boolean) : O[K]['multiple'] extends true ? string[] : string;
};

export interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** A type alias, not an interface, so parsed values stay assignable to Record<string, unknown>. */
type CommonValues = {
  json: boolean;
  lang: Lang;
  progress: boolean;
};

interface CommandContext<O extends Options = Options> {
  /** The arguments after the command name, as given. */
  argv: string[];
  values: Values<O> & CommonValues;
  positionals: string[];
  stdout: Output;
  stderr: Output;
  lang: Lang;
}

export interface Command<O extends Options = Options> {
  name: string;
  summary: Said;
  /** Usage after the command name, e.g. "[--data FILE] [--within CODE]". */
  usage: string;
  options: O;
  /** Extra paragraphs for --help. */
  details?: Said;
  /** Whether the command takes positional arguments (default: no). */
  positionals?: boolean;
  run(ctx: CommandContext<O>): number | Promise<number>;
}

/** Identity with inference, so `values` is typed from the options in each command file. */
export function defineCommand<const O extends Options>(command: Command<O>): Command<O> {
  return command;
}

/** Options every command accepts (INTERFACES.md "Every command"). */
export const COMMON_OPTIONS = {
  json: { type: 'boolean', help: say('cli.command.jsonHelp') },
  lang: { type: 'string', arg: 'nl|en', help: say('cli.command.langHelp') },
  progress: { type: 'boolean', help: say('cli.command.progressHelp') },
  help: { type: 'boolean', short: 'h', help: say('cli.command.helpHelp') },
} as const satisfies Options;

/** A bad value for an option: exit code 2 with a message naming the option. */
export function badOption(option: string, said: Said): InputError {
  return new InputError('bad-argument', said, { field: `--${option}` });
}

/** Help text for a command in the chosen language. */
export function helpText(command: Command, lang: Lang): string {
  const all: Options = { ...command.options, ...COMMON_OPTIONS };
  const rows = Object.entries(all).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` ${spec.arg ?? 'VALUE'}` : ''}`;
    return `  ${flag.padEnd(34)} ${spec.help[lang]}`;
  });
  const t = messages(lang).cli;
  return [
    `${t.usage}: sneeuwbal ${command.name} ${command.usage}`.trimEnd(),
    '',
    command.summary[lang],
    ...(command.details ? ['', command.details[lang]] : []),
    '',
    `${t.options}:`,
    ...rows,
    '',
  ].join('\n');
}
