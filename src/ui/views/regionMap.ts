import type { Locale } from '../i18n/index.ts';
import type { LegendItem, MapShape, MapSpec } from '../charts/mapSpec.ts';
import { h, s, uid } from './dom.ts';

/**
 * Draws a MapSpec as an SVG choropleth. The map is one Tab stop (roving tabindex): arrow keys go
 * through the areas in name order, Enter or Space chooses one. Focus and the chosen area are drawn
 * as overlays on top, because a thick stroke on a path is partly covered by its neighbours.
 */
export interface RegionMapProps {
  locale: Locale;
  spec: MapSpec;
  caption: string;
  label: string;
  selected: string | null;
  onSelect(code: string): void;
  /** Areas to mark with a dot (planned seeds), with the words that say so. */
  marked?: { codes: ReadonlySet<string>; label: string };
  /** Areas with circles that already exist (the register), drawn as a square beside any dot. */
  existing?: { codes: ReadonlySet<string>; label: string };
  /** Shapes toggle (aria-pressed) instead of choosing one area. */
  toggle?: boolean;
  /** Legend title and the accessible name of a shape; default: share 65+. */
  legendTitle?: string;
  shapeLabel?(shape: MapShape): string;
  /** Legend entries in place of the percent classes (fill null: the hatching of "no figure"). */
  legendItems?: readonly { fill: string | null; label: string }[];
  /** Prefix for focus keys when two maps share a page. */
  keyPrefix?: string;
}

export function regionMap(props: RegionMapProps): HTMLElement {
  const { spec, locale } = props;
  const captionId = uid('map-caption');
  const patternId = uid('map-missing');
  const shapes = spec.shapes;
  const selectedIndex = shapes.findIndex((shape) => shape.code === props.selected);

  const labelOf = (shape: MapShape) => {
    const base = props.shapeLabel ? props.shapeLabel(shape) : locale.t.map.shapeLabel(shape.name, locale.fmt.figure(shape.value, 'percent'));
    const notes = [props.marked?.codes.has(shape.code) ? props.marked.label : null, props.existing?.codes.has(shape.code) ? props.existing.label : null].filter(
      Boolean,
    );
    return notes.length ? `${base} (${notes.join(', ')})` : base;
  };
  const keyPrefix = props.keyPrefix ?? 'map';
  const paths = shapes.map((shape, i) =>
    s(
      'path',
      {
        d: shape.d,
        class: 'sb-map__area',
        fill: shape.fill ?? `url(#${patternId})`,
        role: 'button',
        tabindex: i === (selectedIndex >= 0 ? selectedIndex : 0) ? 0 : -1,
        'aria-label': labelOf(shape),
        'aria-current': shape.code === props.selected ? 'true' : null,
        'aria-pressed': props.toggle ? String(!!props.marked?.codes.has(shape.code)) : null,
        'data-code': shape.code,
        'data-focus-key': `${keyPrefix}-${shape.code}`,
      },
      s('title', {}, labelOf(shape)),
    ),
  );
  const markers = props.marked
    ? s(
        'g',
        { class: 'sb-map__markers', 'aria-hidden': 'true' },
        ...shapes
          .filter((shape) => props.marked!.codes.has(shape.code))
          .map((shape) =>
            s('circle', { class: 'sb-map__marker', cx: shape.centroid[0].toFixed(1), cy: shape.centroid[1].toFixed(1), r: 6, 'data-code': shape.code }),
          ),
      )
    : null;
  // Squares to the upper left of the centroid, so a planned seed's dot on the same buurt stays visible.
  const existing = props.existing?.codes.size
    ? s(
        'g',
        { class: 'sb-map__existing', 'aria-hidden': 'true' },
        ...shapes
          .filter((shape) => props.existing!.codes.has(shape.code))
          .map((shape) =>
            s('rect', {
              class: 'sb-map__existing-marker',
              x: (shape.centroid[0] - 12).toFixed(1),
              y: (shape.centroid[1] - 12).toFixed(1),
              width: 9,
              height: 9,
              'data-code': shape.code,
            }),
          ),
      )
    : null;
  const chosen = selectedIndex >= 0 ? shapes[selectedIndex] : null;
  const selectedOverlay = s('path', { class: 'sb-map__selected', d: chosen?.d ?? '', 'aria-hidden': 'true' });
  const focusOverlay = s('path', { class: 'sb-map__focus', d: '', 'aria-hidden': 'true' });
  const focusLine = s('path', { class: 'sb-map__focus-line', d: '', 'aria-hidden': 'true' });
  const areas = s('g', { class: 'sb-map__areas' }, ...paths);

  const svg = s(
    'svg',
    {
      class: 'sb-map__svg',
      viewBox: `0 0 ${spec.width} ${spec.height}`,
      role: 'group',
      'aria-label': props.label,
      'data-shapes': shapes.length,
    },
    s('defs', {}, missingPattern(patternId)),
    areas,
    spec.outline ? s('path', { class: 'sb-map__outline', d: spec.outline, 'aria-hidden': 'true' }) : null,
    markers,
    existing,
    selectedOverlay,
    focusOverlay,
    focusLine,
  );

  const focusShape = (i: number) => {
    paths.forEach((p, j) => p.setAttribute('tabindex', j === i ? '0' : '-1'));
    paths[i]?.focus();
  };
  const showFocus = (d: string) => {
    focusOverlay.setAttribute('d', d);
    focusLine.setAttribute('d', d);
  };
  areas.addEventListener('focusin', (event) => showFocus((event.target as Element).getAttribute('d') ?? ''));
  areas.addEventListener('focusout', () => showFocus(''));
  areas.addEventListener('click', (event) => {
    const code = (event.target as Element).getAttribute('data-code');
    if (code) props.onSelect(code);
  });
  areas.addEventListener('keydown', (event) => {
    const i = paths.indexOf(event.target as SVGPathElement);
    if (i < 0) return;
    const last = paths.length - 1;
    const moves: Record<string, number> = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: last };
    if (event.key in moves) {
      event.preventDefault();
      focusShape(Math.min(last, Math.max(0, moves[event.key])));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      props.onSelect(shapes[i].code);
    }
  });

  return h(
    'figure',
    { class: 'utrecht-figure sb-map', 'aria-labelledby': captionId },
    h('figcaption', { class: 'utrecht-figure__caption sb-map__caption', id: captionId }, props.caption),
    svg,
    legend(
      locale,
      spec.legend,
      patternId,
      props.legendTitle ?? locale.t.map.legend,
      props.marked?.label ?? null,
      props.existing?.codes.size ? props.existing.label : null,
      props.legendItems,
    ),
    h('p', { class: 'utrecht-paragraph utrecht-paragraph--small sb-attribution' }, locale.t.attribution),
  );
}

function legend(
  locale: Locale,
  items: readonly LegendItem[],
  patternId: string,
  title: string,
  markerLabel: string | null,
  existingLabel: string | null = null,
  own?: RegionMapProps['legendItems'],
): HTMLElement {
  const { fmt, t } = locale;
  // Class edges such as 0.5 % or 2.5 % keep their decimal; whole edges are written without.
  const pct = (v: number) => fmt.percent(v, Number.isInteger(v) ? 0 : 1);
  const label = (item: LegendItem) => {
    if (item.from === null && item.to !== null) return `< ${pct(item.to)}`;
    if (item.to === null && item.from !== null) return `≥ ${pct(item.from)}`;
    return `${pct(item.from ?? 0)} – ${pct(item.to ?? 0)}`;
  };
  const swatch = (fill: string, pattern?: boolean) =>
    s(
      'svg',
      { class: 'sb-legend__swatch', viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true' },
      pattern ? s('defs', {}, missingPattern(`${patternId}-legend`)) : null,
      s('rect', { x: 0.5, y: 0.5, width: 15, height: 15, fill: pattern ? `url(#${patternId}-legend)` : fill }),
    );
  return h(
    'div',
    { class: 'sb-legend' },
    h('p', { class: 'sb-legend__title' }, title),
    h(
      'ul',
      { class: 'sb-legend__items' },
      ...(own
        ? own.map((item) => h('li', {}, swatch(item.fill ?? '', item.fill === null), item.label))
        : [...items.map((item) => h('li', {}, swatch(item.fill), label(item))), h('li', {}, swatch('', true), t.map.legendMissing)]),
      markerLabel
        ? h(
            'li',
            {},
            s(
              'svg',
              { class: 'sb-legend__swatch', viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true' },
              s('circle', { class: 'sb-map__marker', cx: 8, cy: 8, r: 5 }),
            ),
            markerLabel,
          )
        : null,
      existingLabel
        ? h(
            'li',
            {},
            s(
              'svg',
              { class: 'sb-legend__swatch', viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true' },
              s('rect', { class: 'sb-map__existing-marker', x: 3, y: 3, width: 10, height: 10 }),
            ),
            existingLabel,
          )
        : null,
    ),
  );
}

/** Grey hatching for "no figure": missing must not look like a low share. */
function missingPattern(id: string): SVGPatternElement {
  return s(
    'pattern',
    { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    s('rect', { width: 6, height: 6, fill: '#f3f3f3' }),
    s('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#8a8a8a', 'stroke-width': 2 }),
  );
}
