/**
 * Gemeente-level figures that the bundled 2024 buurt table lacks (data/gemeenten-2024-extra.csv,
 * made by data/prepare/extras.ts from gemeenten-2024.geojson: CBS Kerncijfers 2024 per gemeente,
 * shares in whole percent). Used by withEstimates to fill buurt and wijk gaps.
 */
import Papa from 'papaparse';
import { InputError } from '../core/errors.ts';
import { decodeText } from './cbs/decode.ts';
import { levelOf } from './regions.ts';
import { say } from '../i18n/engine/index.ts';

interface GemeenteExtra {
  code: string;
  name: string;
  /** Share of private households that are one-person households (%). */
  onePersonShare?: number;
  withChildrenShare?: number;
  withoutChildrenShare?: number;
  /** Age-group shares of the inhabitants (%), rounded to whole percent by the source. */
  age0to14Share?: number;
  age15to24Share?: number;
  age25to44Share?: number;
  age45to64Share?: number;
  age65plusShare?: number;
  households?: number;
  inhabitants?: number;
}

export type GemeenteExtras = ReadonlyMap<string, GemeenteExtra>;

type NumericField = Exclude<keyof GemeenteExtra, 'code' | 'name'>;

/** CSV column → field; the column names follow the source properties so each figure can be traced. */
const COLUMNS: Readonly<Record<string, NumericField>> = {
  pct_eenpersoonshhd: 'onePersonShare',
  pct_hhd_met_kind: 'withChildrenShare',
  pct_hhd_zonder_kind: 'withoutChildrenShare',
  pct_0_15: 'age0to14Share',
  pct_15_25: 'age15to24Share',
  pct_25_45: 'age25to44Share',
  pct_45_65: 'age45to64Share',
  pct_65plus: 'age65plusShare',
  huishoudens: 'households',
  inwoners: 'inhabitants',
};

export function parseGemeenteExtras(input: string | Uint8Array | ArrayBuffer, file: string): GemeenteExtras {
  const { text } = decodeText(input, file);
  const parsed = Papa.parse<string[]>(text.replace(/\r\n?/g, '\n'), { delimiter: ',', newline: '\n', skipEmptyLines: false });
  const [header, ...rows] = parsed.data;
  const index = (name: string) => header?.findIndex((h) => h.trim() === name) ?? -1;
  const codeAt = index('code');
  if (!header || codeAt < 0 || parsed.errors.length > 0) {
    throw new InputError('bad-extras', say('data.extras.notExtras'), { file, line: 1 });
  }
  const nameAt = index('naam');
  const fields = Object.entries(COLUMNS).map(([column, field]) => ({ column, field, at: index(column) })).filter((f) => f.at >= 0);
  const out = new Map<string, GemeenteExtra>();
  rows.forEach((cells, i) => {
    const line = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const code = (cells[codeAt] ?? '').trim();
    if (levelOf(code) !== 'gemeente') {
      throw new InputError('bad-extras', say('data.extras.notGemeente', { code }), { file, line, column: codeAt + 1 });
    }
    const extra: GemeenteExtra = { code, name: nameAt >= 0 ? (cells[nameAt] ?? '').trim() : code };
    for (const { column, field, at } of fields) {
      const cell = (cells[at] ?? '').trim();
      if (cell === '') continue;
      const n = Number(cell);
      if (!Number.isFinite(n) || n < 0 || (column.startsWith('pct_') && n > 100)) {
        throw new InputError('bad-extras', say('data.extras.badNumber', { cell, column }), { file, line, column: at + 1 });
      }
      extra[field] = n;
    }
    out.set(code, extra);
  });
  return out;
}
