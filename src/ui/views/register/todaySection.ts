import type { Today } from '../../../experiments/scenarioCircles.ts';
import type { Locale } from '../../i18n/index.ts';
import { h, uid } from '../dom.ts';
import { monthWords, todayLine } from './registerCard.ts';

/**
 * Today on the map page: the register's circles that exist at the start month, per buurt, with
 * the share of the buurt's 65+ in a circle (members ÷ CBS 65+), above the forecast. The headline
 * is the same sentence as above the register table and at the top of the report.
 */
export function todaySection(locale: Locale, today: Today, areaName: string): HTMLElement {
  const { t, fmt } = locale;
  const r = t.register;
  const id = uid('today');
  const captionId = uid('today-caption');
  const rows = [...today.buurten]
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    .map((b) =>
      h(
        'tr',
        { 'data-today-buurt': b.code },
        h('th', { scope: 'row' }, b.name),
        h('td', { class: 'utrecht-table__cell--numeric-data' }, fmt.count(b.circles)),
        h('td', { class: 'utrecht-table__cell--numeric-data' }, fmt.count(b.members)),
        h('td', { class: 'utrecht-table__cell--numeric-data' }, b.age65plus ? fmt.count(b.age65plus) : t.missing.unknown),
        h('td', { class: 'utrecht-table__cell--numeric-data', 'data-today-share': '' }, b.age65plus ? fmt.percent(b.coverage * 100, 1) : t.missing.unknown),
      ),
    );
  return h(
    'section',
    { class: 'sb-today', 'aria-labelledby': id, 'data-today': '' },
    h('h3', { class: 'utrecht-heading-3', id }, r.mapTodayTitle),
    h('p', { class: 'utrecht-paragraph sb-register__today', 'data-today-line': '' }, todayLine(locale, today)),
    h(
      'table',
      { class: 'utrecht-table sb-table', 'aria-labelledby': captionId },
      h('caption', { class: 'utrecht-table__caption', id: captionId }, r.mapTodayCaption(areaName, monthWords(locale, today.start))),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, r.mapTodayCol.buurt),
          ...[r.mapTodayCol.circles, r.mapTodayCol.members, r.mapTodayCol.age65plus, r.mapTodayCol.share].map((c) =>
            h('th', { scope: 'col', class: 'utrecht-table__header-cell--numeric-column' }, c),
          ),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
    h('p', { class: 'sb-note' }, r.forecastOnTop),
  );
}
