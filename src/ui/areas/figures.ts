import type { Figure, RegionRow } from '../../workers/dataApi.ts';
import type { Sort, SortColumn } from '../state/state.ts';

/**
 * Derived figures and ordering for region rows. Pure, so the table, the map and later the
 * scenario views agree on the same numbers, and tests need no DOM.
 */

/** Share of inhabitants aged 65+, in percent; carries the reason when either count is missing. */
export function share65(row: RegionRow): Figure {
  const { inhabitants, age65plus } = row.figures;
  if (typeof age65plus !== 'number') return age65plus;
  if (typeof inhabitants !== 'number') return inhabitants;
  // No inhabitants means no share, not 0 %: business parks and water areas have 0 inhabitants.
  if (inhabitants <= 0) return 'unknown';
  return (100 * age65plus) / inhabitants;
}

/** The value a column sorts and shows by. `wijkNames` resolves a buurt's parent to its wijk name. */
export function cellValue(row: RegionRow, column: SortColumn, wijkNames?: ReadonlyMap<string, string>): Figure | string {
  switch (column) {
    case 'name':
      return row.name;
    case 'code':
      return row.code;
    case 'wijk':
      return (row.parent && wijkNames?.get(row.parent)) ?? row.parent ?? '';
    case 'inhabitants':
      return row.figures.inhabitants;
    case 'age65plus':
      return row.figures.age65plus;
    case 'share65':
      return share65(row);
  }
}

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

const textColumns: ReadonlySet<SortColumn> = new Set(['name', 'code', 'wijk']);

/**
 * Rows in table order. Missing figures always come last, whatever the direction, so "onbekend"
 * never hides the largest or smallest real values. Ties fall back to the name for a stable order.
 */
export function sortRows(rows: readonly RegionRow[], sort: Sort | null, wijkNames?: ReadonlyMap<string, string>): RegionRow[] {
  const { column, descending } = sort ?? { column: 'name' as const, descending: false };
  const sign = descending ? -1 : 1;
  const keyed = rows.map((row) => ({ row, key: cellValue(row, column, wijkNames) }));
  keyed.sort((a, b) => {
    if (textColumns.has(column)) {
      const c = collator.compare(String(a.key), String(b.key));
      if (c !== 0) return sign * c;
    } else {
      const an = typeof a.key === 'number';
      const bn = typeof b.key === 'number';
      if (an !== bn) return an ? -1 : 1;
      if (an && bn && a.key !== b.key) return sign * ((a.key as number) - (b.key as number));
    }
    return collator.compare(a.row.name, b.row.name) || collator.compare(a.row.code, b.row.code);
  });
  return keyed.map((k) => k.row);
}

/** Default direction when a column header is first clicked: counts start with the largest. */
export function nextSort(current: Sort | null, column: SortColumn): Sort {
  const active = current ?? { column: 'name', descending: false };
  if (active.column === column) return { column, descending: !active.descending };
  return { column, descending: !textColumns.has(column) };
}
