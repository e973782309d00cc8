/**
 * The header line of a small CSV that people write themselves (field data, the circle register):
 * each known column name (in either language) to its position. An unknown column is kept as a
 * warning naming it (it is ignored, not an error); a column named twice is refused with its place.
 */
import { InputError } from '../core/errors.ts';
import { plain, say } from '../i18n/engine/index.ts';
import { clip } from './cbs/read.ts';
import type { ReadWarning } from './types.ts';

export function headerColumns<C extends string>(cells: string[], names: Record<string, C>, kind: 'field' | 'register', file: string, line: number, warnings: ReadWarning[]): Partial<Record<C, number>> {
  const index: Partial<Record<C, number>> = {};
  cells.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    const col = Object.hasOwn(names, name) ? names[name] : undefined;
    if (!col) {
      warnings.push({ code: `${kind}.unknown-column`, line, column: i + 1, messages: plain(say('data.header.unknownColumn', { column: clip(raw.trim()) })) });
      return;
    }
    if (index[col] !== undefined) throw new InputError(`${kind}.duplicate-column`, say('data.header.duplicateColumn', { column: col }), { file, line, column: i + 1 });
    index[col] = i;
  });
  return index;
}
