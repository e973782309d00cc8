/**
 * Errors caused by what a user gave us (a file, a flag, a scenario field), as opposed to bugs.
 * Every layer throws InputError for bad input; the CLI turns it into exit code 2 and a plain
 * message on stderr, the app into a visible message. Never a stack trace for these.
 */
import { say } from '../i18n/engine/index.ts';

export type Lang = 'nl' | 'en';

export interface Where {
  /** File name as the user knows it (basename is enough). */
  file?: string;
  /** 1-based line number in the file. */
  line?: number;
  /** 1-based column number, or the column's header name. */
  column?: number | string;
  /** Scenario field, CLI flag or parameter name. */
  field?: string;
}

/** Longest message and longest location part kept (characters); longer ones end in "…". */
const MAX_MESSAGE = 1000;
const MAX_FIELD = 200;
/**
 * A message quoting a user's value is kept short however long the value: any unbroken run of more
 * than 80 characters (no real word, code or path is that long) becomes its first 40 and "…", and
 * the whole at most `max` characters.
 */
function cap(text: string, max: number): string {
  let short = text;
  if (text.length > 80) {
    // A scan, not a regular expression: /\S{81,}/ overflows the stack on a 20 MB run.
    const parts: string[] = [];
    let from = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && !/\s/.test(text[i])) continue;
      parts.push(i - from > 80 ? `${text.slice(from, from + 40)}…` : text.slice(from, i));
      if (i < text.length) parts.push(text[i]);
      from = i + 1;
    }
    short = parts.join('');
  }
  return short.length > max ? `${short.slice(0, max - 1)}…` : short;
}

/** A message from the engine's catalogue (src/i18n/engine): its key, values, and the words in both languages. */
export type Said = { key?: string; values?: object; nl: string; en: string };

export class InputError extends Error {
  readonly code: string;
  readonly messages: { nl: string; en: string };
  /** The catalogue key and values the message was made from (src/i18n/engine), when it came from there. */
  readonly key?: string;
  readonly values?: object;
  readonly where: Where;

  constructor(code: string, said: Said, where: Where = {}) {
    // A message quotes what the user gave; cap it, so a 50 MB value never becomes a 50 MB message.
    const messages = { nl: cap(said.nl, MAX_MESSAGE), en: cap(said.en, MAX_MESSAGE) };
    where = {
      ...where,
      ...(where.field !== undefined ? { field: cap(where.field, MAX_FIELD) } : {}),
      ...(typeof where.column === 'string' ? { column: cap(where.column, MAX_FIELD) } : {}),
      ...(where.file !== undefined ? { file: cap(where.file, MAX_FIELD) } : {}),
    };
    super(formatMessage(messages.en, where, 'en'));
    this.name = 'InputError';
    this.code = code;
    this.messages = messages;
    if (said.key) this.key = said.key;
    if (said.values) this.values = said.values;
    this.where = where;
  }

  /** The message in the user's language with its location, e.g. "kwb.csv, regel 12, kolom 5: …". */
  format(lang: Lang = 'nl'): string {
    return formatMessage(this.messages[lang], this.where, lang);
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError || (typeof e === 'object' && e !== null && (e as { name?: string }).name === 'InputError');
}

/** Any error as text in both languages: an InputError with its location, anything else by its message. */
export function messageOf(e: unknown): { nl: string; en: string } {
  if (isInputError(e)) return { nl: e.format('nl'), en: e.format('en') };
  const text = String((e as Error | undefined)?.message ?? e);
  return { nl: text, en: text };
}

export function formatWhere(where: Where, lang: Lang = 'nl'): string {
  const parts: string[] = [];
  if (where.file) parts.push(where.file);
  if (where.line !== undefined) parts.push(say('core.errors.line', { line: where.line })[lang]);
  if (where.column !== undefined) parts.push(say('core.errors.column', { column: where.column })[lang]);
  if (where.field) parts.push(say('core.errors.field', { field: where.field })[lang]);
  return parts.join(', ');
}

function formatMessage(text: string, where: Where, lang: Lang): string {
  const at = formatWhere(where, lang);
  return at ? `${at}: ${text}` : text;
}

/**
 * Line and column of a JSON.parse error in `text` (1-based). V8 names a position for most errors;
 * for a file cut off ("Unexpected end of JSON input") the place is the end of the text.
 */
export function jsonErrorWhere(text: string, error: unknown): { line?: number; column?: number } {
  const message = String((error as Error)?.message ?? error);
  const m = /position (\d+)/.exec(message);
  const pos = m ? Number(m[1]) : /end of JSON input/i.test(message) ? text.length : -1;
  if (pos < 0) return {};
  return { line: text.slice(0, pos).split('\n').length, column: pos - text.lastIndexOf('\n', pos - 1) };
}
