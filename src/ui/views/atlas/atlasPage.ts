import type { BundledRow } from '../../../experiments/atlasBundle.ts';
import { ATLAS_CLASSES, classOf, fillOf, type AtlasClass, type AtlasCounts, type GemeenteSummary } from '../../charts/atlasSpec.ts';
import type { MapShape, MapSpec } from '../../charts/mapSpec.ts';
import { LOCALES, type Locale } from '../../i18n/index.ts';
import { h } from '../dom.ts';
import { regionMap } from '../regionMap.ts';

/**
 * The atlas tab: the country per gemeente and the open gemeente's wijken in the same colours, a
 * sentence comparing the two (only counts of atlas rows), and a table for each map. The gemeente's
 * map shows the bundled atlas or, once computed, the user's own settings, and says which.
 */
export interface AtlasPageProps {
  locale: Locale;
  gemeente: { code: string; name: string };
  budget: number;
  /** The national map (gemeenten) and each gemeente's summary; null while the outlines load. */
  national: { spec: MapSpec; summaries: ReadonlyMap<string, GemeenteSummary>; counts: AtlasCounts; gemeenten: number } | null;
  /** The gemeente's wijken on their own map (null when it has no geometry), its rows and counts. */
  own: { spec: MapSpec | null; rows: readonly BundledRow[]; counts: AtlasCounts; computedHere: boolean };
  /** When the bundled rows were computed (ISO), the provenance lines, and whether the user's settings differ from them. */
  computedUntil: string;
  provenance: readonly [string, string][];
  differs: boolean;
  running: boolean;
  onRecompute(): void;
  onChooseGemeente(code: string): void;
}

export function atlasPage(p: AtlasPageProps): HTMLElement[] {
  const { locale, gemeente, budget } = p;
  const { t, fmt } = locale;
  const a = t.atlas;
  const clsLabel = (cls: AtlasClass) => a.cls[cls];
  const legendItems = ATLAS_CLASSES.map((cls) => ({ fill: fillOf(cls), label: clsLabel(cls) }));
  const rowWhat = (r: BundledRow | undefined) => (r?.k90 != null ? a.k(r.k90) : clsLabel(classOf(r)));
  const byCode = new Map(p.own.rows.map((r) => [r.code, r]));
  const paint = (spec: MapSpec, cls: (s: MapShape) => AtlasClass): MapSpec => ({ ...spec, shapes: spec.shapes.map((s) => ({ ...s, fill: fillOf(cls(s)) })) });

  const sentences: string[] = [];
  const c = p.own.counts;
  if (!c.computed) sentences.push(a.sentenceNone(gemeente.name, fmt.count(c.places)));
  else {
    sentences.push(a.sentence(gemeente.name, fmt.count(c.withinBudget), fmt.count(c.answered), budget));
    if (c.computed < c.places) sentences.push(a.sentencePartial(fmt.count(c.computed), fmt.count(c.places)));
  }
  const n = p.national?.counts;
  if (n && n.answered)
    sentences.push(
      a.national(
        fmt.count(n.withinBudget),
        fmt.count(n.answered),
        fmt.percent((100 * n.withinBudget) / n.answered, 0),
        fmt.count(n.computed),
        fmt.count(n.places),
        budget,
      ),
    );

  const date = new Intl.DateTimeFormat(LOCALES[locale.lang], { dateStyle: 'long' }).format(new Date(p.computedUntil));
  const shows = p.own.computedHere ? a.showsOwn : a.showsBundle(date);
  const ownMap = p.own.spec
    ? regionMap({
        locale,
        spec: paint(p.own.spec, (s) => classOf(byCode.get(s.code))),
        caption: `${a.gemeenteTitle(gemeente.name)}. ${shows}`,
        label: a.gemeenteMapLabel(gemeente.name),
        selected: null,
        onSelect: () => {},
        legendTitle: a.legendTitle,
        legendItems,
        keyPrefix: 'atlas-wijk',
        shapeLabel: (s) => a.shape(s.name, rowWhat(byCode.get(s.code))),
      })
    : null;
  const table = h(
    'div',
    { class: 'sb-table-scroll', tabindex: 0, role: 'region', 'aria-label': a.tableCaption(gemeente.name) },
    h(
      'table',
      { class: 'utrecht-table utrecht-table--html-table sb-table sb-atlas-table', 'data-atlas-table': 'gemeente' },
      h('caption', { class: 'utrecht-table__caption' }, a.tableCaption(gemeente.name)),
      h(
        'thead',
        { class: 'utrecht-table__header' },
        h(
          'tr',
          { class: 'utrecht-table__row' },
          ...[a.col.wijk, a.col.k90, a.col.p(budget), a.col.R, a.col.why].map((x, i) =>
            h('th', { scope: 'col', class: `utrecht-table__header-cell${i && i < 4 ? ' utrecht-table__header-cell--numeric-column' : ''}` }, x),
          ),
        ),
      ),
      h(
        'tbody',
        { class: 'utrecht-table__body' },
        ...(p.own.spec?.shapes.map((s) => ({ code: s.code, name: s.name })) ?? p.own.rows).map((w) => {
          const r = byCode.get(w.code);
          const num = (x: string | null) => h('td', { class: 'utrecht-table__cell utrecht-table__cell--numeric-data' }, x ?? '–');
          return h(
            'tr',
            { class: 'utrecht-table__row', 'data-code': w.code, 'data-class': classOf(r) },
            h('th', { scope: 'row', class: 'utrecht-table__header-cell' }, w.name),
            // With the 95% interval of k90 when the replications leave one ("how sure is that?").
            h(
              'td',
              { class: 'utrecht-table__cell' },
              r?.k90Interval && r.k90Interval[0] !== r.k90Interval[1]
                ? `${rowWhat(r)} (${a.interval(fmt.count(r.k90Interval[0]), fmt.count(r.k90Interval[1]))})`
                : rowWhat(r),
            ),
            num(r?.pTakeoffAtBudget != null ? fmt.percent(100 * r.pTakeoffAtBudget, 0) : null),
            num(r?.R != null ? fmt.decimal(r.R, 2, 2) : null),
            h('td', { class: 'utrecht-table__cell' }, r ? r.reason[locale.lang] : ''),
          );
        }),
      ),
    ),
  );

  const nationalPart: HTMLElement[] = [];
  if (p.national) {
    const { summaries } = p.national;
    const missing = [...summaries.values()].filter((s) => s.computed === 0).length;
    const what = (s: GemeenteSummary | undefined) => (s?.best ? `${a.col.best}: ${s.best.name}, ${a.k(s.best.k90!)}` : clsLabel(s?.cls ?? 'missing'));
    nationalPart.push(
      h('h3', { class: 'utrecht-heading-3' }, a.nationalTitle),
      h(
        'p',
        { class: 'utrecht-paragraph', 'data-atlas': 'national-count' },
        `${a.computedCount(fmt.count(n!.computed), fmt.count(n!.places))} ${a.gemeentenMissing(fmt.count(missing), fmt.count(p.national.gemeenten))}`,
      ),
      regionMap({
        locale,
        spec: paint(p.national.spec, (s) => summaries.get(s.code)?.cls ?? 'missing'),
        caption: a.nationalCaption,
        label: a.nationalMapLabel,
        selected: gemeente.code,
        onSelect: p.onChooseGemeente,
        legendTitle: a.legendTitle,
        legendItems,
        keyPrefix: 'atlas-nl',
        shapeLabel: (s) => {
          const g = summaries.get(s.code);
          return a.gemeenteShape(s.name, what(g), fmt.count(g?.computed ?? 0), fmt.count(g?.places ?? 0));
        },
      }),
      h(
        'details',
        { class: 'sb-chart__table' },
        h('summary', {}, a.nationalTable),
        h(
          'div',
          { class: 'sb-table-scroll', tabindex: 0, role: 'region', 'aria-label': a.nationalTable },
          h(
            'table',
            { class: 'utrecht-table utrecht-table--html-table sb-table', 'data-atlas-table': 'national' },
            h('caption', { class: 'utrecht-table__caption' }, a.nationalTable),
            h(
              'thead',
              { class: 'utrecht-table__header' },
              h(
                'tr',
                { class: 'utrecht-table__row' },
                ...[a.col.gemeente, a.col.computed, a.col.best, a.col.within(fmt.count(budget))].map((x) =>
                  h('th', { scope: 'col', class: 'utrecht-table__header-cell' }, x),
                ),
              ),
            ),
            h(
              'tbody',
              { class: 'utrecht-table__body' },
              ...p.national.spec.shapes.map((s) => {
                const g = summaries.get(s.code);
                return h(
                  'tr',
                  { class: 'utrecht-table__row', 'data-code': s.code, 'data-class': g?.cls ?? 'missing' },
                  h('th', { scope: 'row', class: 'utrecht-table__header-cell' }, s.name),
                  h('td', { class: 'utrecht-table__cell' }, `${fmt.count(g?.computed ?? 0)} / ${fmt.count(g?.places ?? 0)}`),
                  h('td', { class: 'utrecht-table__cell' }, what(g)),
                  h('td', { class: 'utrecht-table__cell' }, g?.computed ? fmt.count(g.withinBudget) : '–'),
                );
              }),
            ),
          ),
        ),
      ),
    );
  }

  const recompute = h(
    'button',
    { type: 'button', class: 'utrecht-button utrecht-button--secondary-action sb-button', 'data-focus-key': 'atlas-recompute', disabled: p.running },
    p.running ? a.running : a.recompute,
  );
  recompute.addEventListener('click', p.onRecompute);
  return [
    h('h2', { class: 'utrecht-heading-2' }, a.title),
    h('p', { class: 'utrecht-paragraph' }, a.intro),
    h('div', { class: 'sb-atlas__summary', 'data-atlas': 'sentence' }, ...sentences.map((x) => h('p', { class: 'utrecht-paragraph' }, x))),
    h('h3', { class: 'utrecht-heading-3' }, a.gemeenteTitle(gemeente.name)),
    h('p', { class: 'utrecht-paragraph', 'data-atlas': 'shows' }, shows),
    p.differs && !p.own.computedHere ? h('p', { class: 'utrecht-paragraph' }, a.differs) : null,
    h('p', {}, recompute),
    ...(ownMap ? [ownMap] : []),
    table,
    ...nationalPart,
    h(
      'details',
      { class: 'sb-atlas__provenance' },
      h('summary', {}, a.provenance),
      h('dl', {}, ...p.provenance.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    ),
  ].filter((x): x is HTMLElement => x !== null);
}
