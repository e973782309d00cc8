import type { Figure, RegionRow } from '../../workers/dataApi.ts';
import type { Locale } from '../i18n/index.ts';
import { cellValue, nextSort, sortRows } from '../areas/figures.ts';
import type { Sort, SortColumn, ViewLevel } from '../state/state.ts';
import { h, uid } from './dom.ts';

/**
 * The wijken or buurten of a gemeente as a sortable data table: the keyboard and screen-reader
 * alternative to the map. Column headers are buttons with aria-sort; each name is a button that
 * chooses the area, exactly as a click on the map does.
 */
export interface RegionTableProps {
  locale: Locale;
  level: ViewLevel;
  gemeenteName: string;
  rows: readonly RegionRow[];
  /** Wijk names by code, for the buurt table's wijk column. */
  wijkNames: ReadonlyMap<string, string>;
  sort: Sort | null;
  /** Codes to mark as chosen (the chosen area, and for a buurt also its wijk). */
  selected: ReadonlySet<string>;
  onSort(sort: Sort): void;
  onSelect(code: string): void;
}

interface Column {
  key: SortColumn;
  numeric: boolean;
  kind?: 'count' | 'percent';
}

export function regionTable(props: RegionTableProps): HTMLElement {
  const { locale, level, rows, sort } = props;
  const { t, fmt } = locale;
  const columns: Column[] = [
    { key: 'name', numeric: false },
    ...(level === 'buurt' ? [{ key: 'wijk' as const, numeric: false }] : []),
    { key: 'code', numeric: false },
    { key: 'inhabitants', numeric: true, kind: 'count' },
    { key: 'age65plus', numeric: true, kind: 'count' },
    { key: 'share65', numeric: true, kind: 'percent' },
  ];
  const active = sort ?? { column: 'name', descending: false };
  const captionId = uid('region-table');
  const noteId = uid('region-table-note');

  const header = h(
    'tr',
    { class: 'utrecht-table__row' },
    ...columns.map((c) => {
      const sorted = active.column === c.key;
      const title = t.columns[c.key];
      return h(
        'th',
        {
          scope: 'col',
          class: `utrecht-table__header-cell${c.numeric ? ' utrecht-table__header-cell--numeric-column' : ''}`,
          'aria-sort': sorted ? (active.descending ? 'descending' : 'ascending') : null,
        },
        h(
          'button',
          { type: 'button', class: 'sb-sort', 'data-focus-key': `sort-${c.key}`, title: t.table.sortBy(title) },
          title,
          h('span', { class: 'sb-sort__icon', 'aria-hidden': 'true' }, sorted ? (active.descending ? '▼' : '▲') : '↕'),
        ),
      );
    }),
  );
  header.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    const key = button?.getAttribute('data-focus-key')?.slice('sort-'.length) as SortColumn | undefined;
    if (key) props.onSort(nextSort(sort, key));
  });

  const body = h('tbody', { class: 'utrecht-table__body' });
  for (const row of sortRows(rows, sort, props.wijkNames)) {
    const isSelected = props.selected.has(row.code);
    const cells = columns.map((c) => {
      if (c.key === 'name') {
        return h(
          'th',
          { scope: 'row', class: 'utrecht-table__header-cell sb-table__name' },
          h(
            'button',
            {
              type: 'button',
              class: 'utrecht-link-button utrecht-link-button--html-button sb-choose',
              'data-code': row.code,
              'data-focus-key': `row-${row.code}`,
            },
            row.name,
          ),
          isSelected ? h('span', { class: 'sb-visually-hidden' }, ` ${t.table.selected}`) : null,
        );
      }
      const value = cellValue(row, c.key, props.wijkNames);
      const text = c.numeric ? fmt.figure(value as Figure, c.kind) : String(value);
      const missing = c.numeric && typeof value !== 'number';
      return h('td', { class: `utrecht-table__cell${c.numeric ? ' utrecht-table__cell--numeric-data' : ''}${missing ? ' sb-missing' : ''}` }, text);
    });
    body.append(
      h(
        'tr',
        { class: `utrecht-table__row${isSelected ? ' utrecht-table__row--selected' : ''}`, 'aria-current': isSelected ? 'true' : null, 'data-code': row.code },
        ...cells,
      ),
    );
  }
  body.addEventListener('click', (event) => {
    const code = (event.target as Element).closest('button.sb-choose')?.getAttribute('data-code');
    if (code) props.onSelect(code);
  });

  const levelWord = level === 'wijk' ? t.level.wijken : t.level.buurten;
  const table = h(
    'table',
    { class: 'utrecht-table utrecht-table--html-table sb-table', 'data-level': level, 'aria-describedby': noteId },
    h('caption', { class: 'utrecht-table__caption', id: captionId }, t.table.caption(levelWord, props.gemeenteName)),
    h('thead', { class: 'utrecht-table__header' }, header),
    body,
  );
  // The scroll container is focusable and named so keyboard users can scroll a wide table.
  return h(
    'div',
    { class: 'sb-table-block' },
    h('div', { class: 'sb-table-scroll', tabindex: 0, role: 'region', 'aria-labelledby': captionId }, table),
    h('p', { class: 'utrecht-paragraph utrecht-paragraph--small sb-note', id: noteId }, t.table.missingNote),
    h('p', { class: 'utrecht-paragraph utrecht-paragraph--small sb-attribution' }, t.attribution),
  );
}
