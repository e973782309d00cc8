/**
 * kwb-2024-subset.csv → data/kwb-2024.csv: the same bytes with one repair, the buurt name that an
 * encoding slip upstream turned into "LumiÞrepark" (BU00341807, Almere; the real name is
 * Lumièrepark). The script fails if the source changed so that this repair no longer applies
 * exactly once, so a new source is looked at by a person.
 */
import { readCbsTable } from '../../src/data/cbs/index.ts';

export const GARBLED = 'BU00341807,Buurt,LumiÞrepark,';
export const REPAIRED = 'BU00341807,Buurt,Lumièrepark,';

export function repairTable(source: string): string {
  const count = source.split(GARBLED).length - 1;
  if (count !== 1) throw new Error(`expected the garbled name once in the source, found it ${count} times`);
  const out = source.replace(GARBLED, REPAIRED);
  // Same table apart from that name: same rows, same values.
  const before = readCbsTable(source, 'kwb-2024-subset.csv');
  const after = readCbsTable(out, 'kwb-2024.csv');
  if (before.regions.length !== after.regions.length || before.regions.length !== 18_310) throw new Error('row count changed');
  for (let i = 0; i < before.regions.length; i++) {
    if (JSON.stringify(before.regions[i].values) !== JSON.stringify(after.regions[i].values)) throw new Error(`values changed at ${before.regions[i].code}`);
  }
  return out;
}
