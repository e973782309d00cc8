import type { TableColumn } from '../../charts/chart.ts';
import type { Cell } from '../../export/csv.ts';
import type { Locale } from '../../i18n/index.ts';
import { h } from '../dom.ts';

/**
 * A chart's numbers as an accessible data table (caption, column headers, the first column as
 * row headers). Text from files (scenario and buurt names) goes in as text nodes only.
 */
export function dataTable(locale: Locale, caption: string, columns: readonly TableColumn[], rows: readonly (readonly Cell[])[]): HTMLElement {
  const format = (value: Cell, column: TableColumn): string => {
    if (value === null || value === undefined) return '–';
    if (typeof value === 'string') return value;
    if (column.year) return String(value);
    return locale.fmt.decimal(value, column.digits ?? 2, column.digits ?? 0);
  };
  const cellClass = (c: TableColumn) => (c.numeric ? ' utrecht-table__cell--numeric-data' : '');
  return h(
    'div',
    { class: 'sb-table-scroll', tabindex: 0, role: 'region', 'aria-label': caption },
    h(
      'table',
      { class: 'utrecht-table utrecht-table--html-table sb-table sb-data' },
      h('caption', { class: 'utrecht-table__caption' }, caption),
      h(
        'thead',
        { class: 'utrecht-table__header' },
        h(
          'tr',
          { class: 'utrecht-table__row' },
          ...columns.map((c) =>
            h('th', { scope: 'col', class: `utrecht-table__header-cell${c.numeric ? ' utrecht-table__header-cell--numeric-column' : ''}` }, c.label),
          ),
        ),
      ),
      h(
        'tbody',
        { class: 'utrecht-table__body' },
        ...rows.map((row) =>
          h(
            'tr',
            { class: 'utrecht-table__row' },
            ...row.map((value, i) =>
              i === 0
                ? h('th', { scope: 'row', class: `utrecht-table__header-cell${cellClass(columns[0])}` }, format(value, columns[0]))
                : h('td', { class: `utrecht-table__cell${cellClass(columns[i])}` }, format(value, columns[i])),
            ),
          ),
        ),
      ),
    ),
  );
}
