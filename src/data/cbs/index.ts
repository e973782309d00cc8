/**
 * The CBS reader: Kerncijfers wijken en buurten in every downloaded form → RegionTable.
 * Pure (no DOM, fs or fetch): the caller reads the file and hands over its bytes or text.
 */
export { readCbsTable } from './read.ts';
export { decodeText, type Decoded, type Encoding } from './decode.ts';
export { VARIABLES, type ValueKind, type VariableSpec } from './dictionary.ts';
export { matchHeader, resolveHeader, type ResolvedHeader } from './header.ts';
export { parseCell, type NumberStyle } from './numbers.ts';
