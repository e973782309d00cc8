/**
 * Text → rows of cells with their line numbers. papaparse does the quoting; we choose the
 * delimiter ourselves from the header line (papaparse's guess can pick the decimal comma of a
 * StatLine file) and keep the 1-based line each row starts on, for messages.
 */
import Papa from 'papaparse';
import { InputError } from '../../core/errors.ts';
import { say } from '../../i18n/engine/index.ts';

export interface Tokens {
  rows: string[][];
  /** 1-based line on which each row starts (quoted fields may span lines). */
  lines: number[];
  endsWithNewline: boolean;
  /** papaparse met an opening quote that never closed: the file was cut off inside a field. */
  unclosedQuoteAtEnd: boolean;
}

const DELIMITERS = [';', ',', '\t', '|'] as const;

/** How often `d` occurs outside double quotes in one line. */
function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === d && !quoted) n++;
  }
  return n;
}

/**
 * The delimiter of the header line: the first of the first 10 non-empty lines that has at least
 * two of any candidate (a title line above the header has fewer), and on it the most frequent
 * candidate. A header holds no numbers, so a decimal comma cannot outvote the semicolon there.
 * A two-column file has one delimiter per line: then the first line that has any decides.
 */
function detectDelimiter(text: string): string {
  let fallback: string | undefined;
  let start = 0;
  for (let seen = 0; seen < 10 && start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.trim() === '') continue;
    seen++;
    let best: string = DELIMITERS[0];
    let bestCount = 0;
    for (const d of DELIMITERS) {
      const n = countOutsideQuotes(line, d);
      if (n > bestCount) {
        best = d;
        bestCount = n;
      }
    }
    if (bestCount >= 2) return best;
    if (bestCount === 1) fallback ??= best;
  }
  return fallback ?? ',';
}

/** Tokenise text whose line ends are already `\n`. */
export function tokenise(text: string, file: string): Tokens {
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, newline: '\n', quoteChar: '"', header: false, skipEmptyLines: false, dynamicTyping: false });
  const rows = result.data;
  const lines: number[] = new Array(rows.length);
  const mayHaveNewlinesInFields = text.includes('"');
  let line = 1;
  for (let i = 0; i < rows.length; i++) {
    lines[i] = line;
    line += 1;
    if (mayHaveNewlinesInFields) for (const cell of rows[i]) for (let k = cell.indexOf('\n'); k >= 0; k = cell.indexOf('\n', k + 1)) line++;
  }
  let unclosedQuoteAtEnd = false;
  for (const e of result.errors) {
    const row = typeof e.row === 'number' ? e.row : rows.length - 1;
    if (e.code === 'MissingQuotes' && row >= rows.length - 1) {
      unclosedQuoteAtEnd = true;
      continue;
    }
    throw new InputError('bad-quotes', say('data.tokenise.badQuotes', { detail: e.message, delimiter }), { file, line: lines[Math.min(Math.max(row, 0), rows.length - 1)] ?? 1 });
  }
  return { rows, lines, endsWithNewline: text.endsWith('\n'), unclosedQuoteAtEnd };
}
