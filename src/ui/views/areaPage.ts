import type { AreaView, RegionRow } from '../../workers/dataApi.ts';
import type { Locale } from '../i18n/index.ts';
import type { MapSpec } from '../charts/mapSpec.ts';
import { share65 } from '../areas/figures.ts';
import type { Sort, ViewLevel } from '../state/state.ts';
import { h, uid } from './dom.ts';
import { regionMap } from './regionMap.ts';
import { regionTable } from './regionTable.ts';

/**
 * The page of one gemeente (its name is the page's h1, set by the app): key figures, the chosen wijk or buurt, a level switch, and the map
 * and table of its wijken or buurten. Scenario and result views will sit beside this one and
 * take the same kind of props: data in, callbacks out, no state of their own.
 */
export type MapState = { status: 'loading' } | { status: 'failed' } | { status: 'none' } | { status: 'ready'; spec: MapSpec };

export interface AreaPageProps {
  locale: Locale;
  view: AreaView;
  level: ViewLevel;
  /** The chosen wijk or buurt code, or null for the gemeente as a whole. */
  selected: string | null;
  sort: Sort | null;
  map: MapState;
  onSelect(code: string | null): void;
  onLevel(level: ViewLevel): void;
  onSort(sort: Sort): void;
}

export function areaPage(props: AreaPageProps): HTMLElement[] {
  const { locale, view, level } = props;
  const { t } = locale;
  const rows = level === 'wijk' ? view.wijken : view.buurten;
  const wijkNames = new Map(view.wijken.map((w) => [w.code, w.name]));
  const chosen = props.selected ? ([...view.wijken, ...view.buurten].find((r) => r.code === props.selected) ?? null) : null;
  const marked = new Set([chosen?.code, chosen?.level === 'buurt' ? chosen.parent : null].filter((c): c is string => !!c));
  const levelWord = level === 'wijk' ? t.level.wijken : t.level.buurten;

  let mapBlock: HTMLElement;
  if (props.map.status === 'ready') {
    mapBlock = regionMap({
      locale,
      spec: props.map.spec,
      caption: t.map.caption(levelWord, view.gemeente.name),
      label: t.map.label(levelWord, view.gemeente.name),
      selected: [...marked].find((code) => code.startsWith(level === 'wijk' ? 'WK' : 'BU')) ?? null,
      onSelect: props.onSelect,
    });
  } else {
    const text = props.map.status === 'loading' ? t.map.loading : props.map.status === 'failed' ? t.status.geometryFailed : t.map.noShapes;
    mapBlock = h('div', { class: 'sb-map sb-map--empty' }, h('p', { class: 'utrecht-paragraph' }, text));
  }

  return [
    h(
      'div',
      { class: 'sb-summary' },
      h(
        'section',
        { class: 'sb-card', 'aria-labelledby': 'figures-heading' },
        h('h2', { class: 'utrecht-heading-2', id: 'figures-heading' }, t.area.figuresHeading),
        figureList(locale, view.gemeente),
        h('p', { class: 'utrecht-paragraph' }, t.area.counts(locale.fmt.count(view.wijken.length), locale.fmt.count(view.buurten.length))),
      ),
      chosen ? selectionCard(props, chosen, wijkNames) : null,
    ),
    levelSwitch(props),
    h(
      'div',
      { class: 'sb-panels', 'data-level': level },
      mapBlock,
      regionTable({
        locale,
        level,
        gemeenteName: view.gemeente.name,
        rows,
        wijkNames,
        sort: props.sort,
        selected: marked,
        onSort: props.onSort,
        onSelect: props.onSelect,
      }),
    ),
  ];
}

function figureList(locale: Locale, row: RegionRow, extra: [string, string][] = []): HTMLElement {
  const { t, fmt } = locale;
  const items: [string, string][] = [
    ...extra,
    [t.columns.inhabitants, fmt.figure(row.figures.inhabitants)],
    [t.columns.age65plus, fmt.figure(row.figures.age65plus)],
    [t.columns.share65, fmt.figure(share65(row), 'percent')],
    [t.columns.households, fmt.figure(row.figures.households)],
  ];
  return h(
    'dl',
    { class: 'utrecht-data-list sb-figures' },
    ...items.map(([key, value]) =>
      h(
        'div',
        { class: 'utrecht-data-list__item' },
        h('dt', { class: 'utrecht-data-list__item-key' }, key),
        h('dd', { class: 'utrecht-data-list__item-value utrecht-data-list__item-value--html-dd' }, value),
      ),
    ),
  );
}

function selectionCard(props: AreaPageProps, chosen: RegionRow, wijkNames: ReadonlyMap<string, string>): HTMLElement {
  const { locale, view } = props;
  const { t } = locale;
  const headingId = uid('selection-heading');
  const parentName = chosen.level === 'buurt' && chosen.parent ? wijkNames.get(chosen.parent) : undefined;
  const extra: [string, string][] = [[t.columns.code, `${t.level[chosen.level]} · ${chosen.code}`]];
  if (parentName) extra.push([t.columns.wijk, parentName]);
  const buurten = chosen.level === 'wijk' ? view.buurten.filter((b) => b.parent === chosen.code) : [];

  const card = h(
    'section',
    { class: 'sb-card sb-card--selected', 'aria-labelledby': headingId },
    h('h2', { class: 'utrecht-heading-2', id: headingId }, `${t.area.selectedHeading}: ${chosen.name}`),
    figureList(locale, chosen, extra),
    buurten.length
      ? h(
          'div',
          {},
          h('h3', { class: 'utrecht-heading-3' }, t.area.buurtenOf(chosen.name)),
          h(
            'ul',
            { class: 'sb-chips' },
            ...buurten.map((b) =>
              h(
                'li',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'utrecht-link-button utrecht-link-button--html-button sb-choose',
                    'data-code': b.code,
                    'data-focus-key': `chip-${b.code}`,
                  },
                  b.name,
                ),
              ),
            ),
          ),
        )
      : null,
    h(
      'button',
      { type: 'button', class: 'utrecht-button utrecht-button--secondary-action sb-clear', 'data-focus-key': 'clear-selection' },
      t.area.clearSelection,
    ),
  );
  card.addEventListener('click', (event) => {
    const target = (event.target as Element).closest('button');
    if (!target) return;
    if (target.classList.contains('sb-clear')) props.onSelect(null);
    else {
      const code = target.getAttribute('data-code');
      if (code) props.onSelect(code);
    }
  });
  return card;
}

function levelSwitch(props: AreaPageProps): HTMLElement {
  const { t, fmt } = props.locale;
  const name = uid('level');
  const option = (level: ViewLevel, label: string, n: number) => {
    const id = `${name}-${level}`;
    const input = h('input', {
      type: 'radio',
      class: 'utrecht-radio-button utrecht-radio-button--html-input',
      name,
      id,
      value: level,
      checked: props.level === level,
      'data-focus-key': `level-${level}`,
    });
    input.addEventListener('change', () => props.onLevel(level));
    return h(
      'div',
      { class: 'utrecht-form-field utrecht-form-field--radio sb-level__option' },
      input,
      h('label', { class: 'utrecht-form-label utrecht-form-label--radio', for: id }, `${label} (${fmt.count(n)})`),
    );
  };
  return h(
    'fieldset',
    { class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset sb-level' },
    h('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend' }, t.area.showLevel),
    option('wijk', t.level.wijken, props.view.wijken.length),
    option('buurt', t.level.buurten, props.view.buurten.length),
  );
}
