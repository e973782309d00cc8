import type { Band, BuurtCoverage } from '../../../experiments/summarise.ts';
import type { MapShape, MapSpec } from '../../charts/mapSpec.ts';
import { momentLabel } from '../../charts/chart.ts';
import type { Locale } from '../../i18n/index.ts';
import { h, uid } from '../dom.ts';
import { button, selectField } from '../fields.ts';
import { regionMap } from '../regionMap.ts';

/**
 * The alderman's map: per buurt the share of 65+ in a circle in a chosen year (median of the
 * simulated futures), a time slider, the planned seeds marked, and beside it the same buurten as
 * a keyboard-reachable table with the 10–90% band. Choosing a buurt (map or table) shows its
 * numbers in words.
 */
export interface CoverageProps {
  locale: Locale;
  areaName: string;
  /** The area's people 65+ as the area page counts them (one count per area), or null when unknown. */
  age65plus: number | null;
  scenarios: { index: number; name: string; done: boolean }[];
  shown: number;
  year: number;
  years: number;
  start: string | null;
  /** The whole area at each whole year (series at month 12·y): the same numbers as the chart's table. */
  totals: readonly { circles: Band; coverage: Band }[] | null;
  spec: MapSpec | null;
  mapMessage: string | null;
  buurten: readonly BuurtCoverage[];
  seeds: ReadonlySet<string>;
  /** Buurten with circles that exist today (the register), marked on the map and in the table. */
  existing: ReadonlySet<string>;
  seedsNote: string | null;
  focus: string | null;
  running: boolean;
  onScenario(index: number): void;
  onYear(year: number): void;
  /** Whether the years play by themselves now; the button starts and stops it. */
  playing: boolean;
  onPlay(): void;
  onFocus(code: string): void;
  onRun(): void;
}

export function coveragePage(p: CoverageProps): HTMLElement[] {
  const { t, fmt } = p.locale;
  // One meaning of a moment on map, chart and report: year y is the state after 12·y months.
  const yearLabel = (y: number) =>
    p.start && y > 0 ? t.coverage.calendarYear(momentLabel(p.locale, p.start, y * 12), fmt.count(y)) : momentLabel(p.locale, p.start, y * 12);
  const totalLine = (y: number) => {
    const at = p.totals?.[Math.min(y, p.totals.length - 1)];
    if (!at) return '';
    const pc = (v: number) => fmt.percent(v * 100, 1);
    const when = momentLabel(p.locale, p.start, y * 12);
    return t.coverage.total(
      when.charAt(0).toUpperCase() + when.slice(1),
      at.circles.p50,
      fmt.count(at.circles.p10),
      fmt.count(at.circles.p90),
      pc(at.coverage.p50),
      pc(at.coverage.p10),
      pc(at.coverage.p90),
    );
  };
  const out: HTMLElement[] = [
    h('h2', { class: 'utrecht-heading-2' }, t.coverage.title(p.areaName)),
    h('p', { class: 'utrecht-paragraph sb-lead' }, t.coverage.intro),
    h(
      'p',
      { class: 'utrecht-paragraph', 'data-area-count': '' },
      t.coverage.people(p.areaName, p.age65plus === null ? t.missing.unknown : p.locale.fmt.count(p.age65plus)),
    ),
  ];
  if (!p.scenarios.some((s) => s.done)) {
    out.push(h('p', { class: 'utrecht-paragraph' }, t.coverage.noResults), button(t.results.run, 'coverage-run', p.onRun, 'primary', { disabled: p.running }));
    return out;
  }
  const sliderId = uid('year');
  const slider = h('input', {
    id: sliderId,
    type: 'range',
    class: 'sb-slider',
    min: 0,
    max: p.years,
    step: 1,
    value: p.year,
    'aria-valuetext': yearLabel(p.year),
    'data-focus-key': 'coverage-year',
  });
  const sliderValue = h('output', { class: 'sb-slider__value', for: sliderId }, yearLabel(p.year));
  // The label follows while dragging; the map redraws when the thumb is let go (or per arrow key).
  const total = h('p', { class: 'sb-coverage__total', 'data-map-total': '', 'aria-live': 'polite' }, totalLine(p.year));
  slider.addEventListener('input', () => {
    const y = Number(slider.value);
    sliderValue.textContent = yearLabel(y);
    total.textContent = totalLine(y);
    slider.setAttribute('aria-valuetext', yearLabel(y));
  });
  slider.addEventListener('change', () => p.onYear(Number(slider.value)));

  const pct = (v: number) => fmt.percent(v * 100, 1);
  const at = (b: BuurtCoverage) => b.coverage[Math.min(p.year, b.coverage.length - 1)];
  // Buurten without people 65+ (business parks) have no coverage; they say so instead of "0 %".
  const none = (b: BuurtCoverage) => b.age65plus === 0;
  const label = (shape: MapShape) => {
    const b = p.buurten.find((x) => x.code === shape.code);
    return b && !none(b) ? t.coverage.shapeLabel(b.name, pct(at(b).p50), pct(at(b).p10), pct(at(b).p90)) : `${shape.name}: ${t.coverage.noElderly}`;
  };
  const focused = p.focus ? (p.buurten.find((b) => b.code === p.focus) ?? null) : null;
  const map = p.spec
    ? regionMap({
        locale: p.locale,
        spec: p.spec,
        caption: t.coverage.mapCaption(p.areaName, yearLabel(p.year), p.scenarios.find((s) => s.index === p.shown)?.name ?? ''),
        label: t.coverage.mapLabel(p.areaName),
        selected: p.focus,
        onSelect: p.onFocus,
        marked: p.seeds.size ? { codes: p.seeds, label: t.coverage.seedLabel } : undefined,
        existing: p.existing.size ? { codes: p.existing, label: t.register.mapExisting } : undefined,
        legendTitle: t.coverage.legend,
        shapeLabel: label,
        keyPrefix: 'coverage-map',
      })
    : h('div', { class: 'sb-map sb-map--empty' }, h('p', { class: 'utrecht-paragraph' }, p.mapMessage ?? t.map.loading));

  const rows = [...p.buurten].sort((a, b) => Number(none(a)) - Number(none(b)) || at(b).p50 - at(a).p50 || a.name.localeCompare(b.name, 'nl'));
  const table = h(
    'div',
    { class: 'sb-table-scroll sb-coverage__list', tabindex: 0, role: 'region', 'aria-labelledby': 'coverage-table-caption' },
    h(
      'table',
      { class: 'utrecht-table utrecht-table--html-table sb-table', 'data-coverage-table': '' },
      h('caption', { class: 'utrecht-table__caption', id: 'coverage-table-caption' }, t.coverage.tableCaption(yearLabel(p.year))),
      h(
        'thead',
        { class: 'utrecht-table__header' },
        h(
          'tr',
          { class: 'utrecht-table__row' },
          ...[t.columns.name, t.columns.age65plus, t.coverage.median, t.coverage.band].map((c, i) =>
            h('th', { scope: 'col', class: `utrecht-table__header-cell${i ? ' utrecht-table__header-cell--numeric-column' : ''}` }, c),
          ),
        ),
      ),
      h(
        'tbody',
        { class: 'utrecht-table__body' },
        ...rows.map((b) =>
          h(
            'tr',
            {
              class: `utrecht-table__row${b.code === p.focus ? ' utrecht-table__row--selected' : ''}`,
              'data-code': b.code,
              'aria-current': b.code === p.focus ? 'true' : null,
            },
            h(
              'th',
              { scope: 'row', class: 'utrecht-table__header-cell sb-table__name' },
              button(b.name, `coverage-row-${b.code}`, () => p.onFocus(b.code), 'subtle', {
                class: 'utrecht-link-button utrecht-link-button--html-button sb-choose',
              }),
              p.seeds.has(b.code) ? h('span', { class: 'sb-seed-tag' }, ` ● ${t.coverage.seedLabel}`) : null,
              p.existing.has(b.code) ? h('span', { class: 'sb-seed-tag' }, ` ■ ${t.register.mapExisting}`) : null,
            ),
            h('td', { class: 'utrecht-table__cell utrecht-table__cell--numeric-data' }, fmt.count(b.age65plus)),
            h('td', { class: 'utrecht-table__cell utrecht-table__cell--numeric-data' }, none(b) ? '–' : pct(at(b).p50)),
            h(
              'td',
              { class: 'utrecht-table__cell utrecht-table__cell--numeric-data' },
              none(b) ? t.coverage.noElderly : `${pct(at(b).p10)} – ${pct(at(b).p90)}`,
            ),
          ),
        ),
      ),
    ),
  );

  out.push(
    h(
      'div',
      { class: 'sb-coverage__controls' },
      selectField({
        label: t.coverage.scenario,
        value: String(p.shown),
        options: p.scenarios.filter((s) => s.done).map((s) => ({ value: String(s.index), label: s.name })),
        focusKey: 'coverage-scenario',
        onChange: (v) => p.onScenario(Number(v)),
      }),
      h(
        'div',
        { class: 'utrecht-form-field sb-field sb-slider-field' },
        h('label', { class: 'utrecht-form-label', for: sliderId }, t.coverage.yearLabel),
        h(
          'div',
          { class: 'sb-slider__row' },
          button(
            h('span', {}, h('span', { 'aria-hidden': 'true' }, p.playing ? '❚❚ ' : '▶ '), p.playing ? t.coverage.pause : t.coverage.play),
            'coverage-play',
            p.onPlay,
            'secondary',
            { 'aria-pressed': String(p.playing), 'data-play': '' },
          ),
          slider,
          sliderValue,
        ),
      ),
    ),
    // Always present (empty until a buurt is chosen), so screen readers announce the choice.
    h(
      'p',
      { class: 'sb-coverage__focus', role: 'status' },
      focused && none(focused)
        ? `${focused.name}: ${t.coverage.noElderly}`
        : focused
          ? t.coverage.focus(
              focused.name,
              yearLabel(p.year),
              pct(at(focused).p50),
              pct(at(focused).p10),
              pct(at(focused).p90),
              fmt.count(focused.age65plus),
              p.seeds.has(focused.code) ? t.coverage.isSeed : '',
            )
          : '',
    ),
    total,
    h('p', { class: 'sb-note' }, p.seedsNote ?? ''),
    h('div', { class: 'sb-panels sb-coverage' }, map, table),
  );
  return out;
}
