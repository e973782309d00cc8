/**
 * The CBS reader: Kerncijfers wijken en buurten in every downloaded form → RegionTable.
 * Pure (no DOM, fs or fetch): the caller reads the file and hands over its bytes or text.
 */
export { readCbsTable } from './read.ts';
;
;
;
;
