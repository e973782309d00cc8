import * as Plot from '@observablehq/plot';
import type { ChartSpec } from '../../charts/chart.ts';
import { download, downloadTable, downloadText, svgText, svgToPng, type CsvMeta } from '../../export/download.ts';
import { fileName } from '../../export/csv.ts';
import { framedChart } from '../../export/framedChart.ts';
import type { Locale } from '../../i18n/index.ts';
import { h, uid } from '../dom.ts';
import { button } from '../fields.ts';
import { swatch } from '../swatch.ts';
import { dataTable } from './dataTable.ts';

/**
 * A chart as a figure: title, the Plot picture (role img, named by the title and described in
 * numbers), the legend, a caption with source and seed, the same numbers as a table on request,
 * and downloads (CSV of the table, PNG and SVG of the picture).
 */
export interface FigureContext {
  locale: Locale;
  /** "Bron: … · seed 1 · 40 gesimuleerde toekomsten". */
  caption: string;
  /** Metadata columns appended to every CSV row (seed, source). */
  csvMeta: CsvMeta;
  /** Which table views are open (kept by the app across re-renders). */
  openTables: Set<string>;
  /** Rendered Plot pictures by key, so re-renders reuse them instead of drawing again. */
  pictures: Map<string, SVGSVGElement>;
  /** What the picture depends on besides the spec's id (result keys, language, width). */
  pictureKey: string;
}

/** Plot's picture of a spec, as an image named by the figure. */
function draw(spec: ChartSpec): SVGSVGElement {
  const svg = Plot.plot(spec.plot) as unknown as SVGSVGElement;
  svg.classList.add('sb-chart__svg');
  svg.setAttribute('role', 'img');
  // Plot names its <g> groups ("line", "rule"); inside an image those names are noise, and an
  // aria-label on an element without a role is not allowed. The figure's title and description name it.
  for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  return svg;
}

const queue: (() => void)[] = [];
let draining = false;

/** Runs jobs one per macrotask, in order. */
function later(job: () => void): void {
  queue.push(job);
  if (draining) return;
  draining = true;
  const next = () => {
    const run = queue.shift();
    if (!run) {
      draining = false;
      return;
    }
    try {
      run();
    } finally {
      setTimeout(next, 0);
    }
  };
  setTimeout(next, 0);
}

export function chartFigure(spec: ChartSpec, ctx: FigureContext): HTMLElement {
  const { t } = ctx.locale;
  const titleId = uid('chart-title');
  const descId = uid('chart-desc');
  const key = `${spec.id}|${ctx.pictureKey}`;
  const plot = h('div', { class: 'sb-chart__plot' });
  const label = (svg: SVGSVGElement) => {
    svg.setAttribute('aria-labelledby', titleId);
    svg.setAttribute('aria-describedby', descId);
    return svg;
  };
  const cached = ctx.pictures.get(key);
  if (cached) plot.append(label(cached));
  else {
    // Drawn in a task of its own, one chart per task, so a page of charts never blocks the page
    // for long; the placeholder keeps the chart's height so nothing jumps.
    plot.classList.add('sb-chart__plot--pending');
    plot.style.aspectRatio = `${spec.plot.width ?? 720} / ${spec.plot.height ?? 320}`;
    later(() => {
      const svg = ctx.pictures.get(key) ?? draw(spec);
      ctx.pictures.set(key, svg);
      if (plot.isConnected) {
        plot.classList.remove('sb-chart__plot--pending');
        plot.style.aspectRatio = '';
        plot.replaceChildren(label(svg));
      }
    });
  }

  const details = h(
    'details',
    { class: 'sb-details sb-chart__table', open: ctx.openTables.has(spec.id), 'data-focus-key': `table-${spec.id}` },
    h('summary', {}, t.charts.showTable),
    dataTable(ctx.locale, spec.title, spec.table.columns, spec.table.rows),
  );
  details.addEventListener('toggle', () => (details.open ? ctx.openTables.add(spec.id) : ctx.openTables.delete(spec.id)));

  const base = fileName(spec.title, 'x').slice(0, -2);
  // A download before the picture is drawn draws it now.
  const picture = () => {
    const svg = ctx.pictures.get(key) ?? draw(spec);
    ctx.pictures.set(key, svg);
    return svg;
  };
  // Downloads carry the title, legend and source with them (framedChart.ts).
  const framed = () => framedChart(picture(), { title: spec.title, legend: spec.legend, source: ctx.caption });
  const exports = h(
    'div',
    { class: 'sb-actions sb-chart__exports' },
    button(
      t.charts.downloadCsv,
      `csv-${spec.id}`,
      () => downloadTable(ctx.locale.lang, spec.table.columns, spec.table.rows, ctx.csvMeta, `${base}.csv`),
      'subtle',
      { 'data-export': 'csv' },
    ),
    button(
      t.charts.downloadPng,
      `png-${spec.id}`,
      () => {
        void svgToPng(framed()).then((blob) => download(blob, `${base}.png`));
      },
      'subtle',
      { 'data-export': 'png' },
    ),
    button(t.charts.downloadSvg, `svg-${spec.id}`, () => downloadText(svgText(framed()), `${base}.svg`, 'image/svg+xml'), 'subtle', { 'data-export': 'svg' }),
  );

  return h(
    'figure',
    { class: 'sb-chart', 'data-chart': spec.id, 'aria-labelledby': titleId },
    h('h3', { class: 'utrecht-heading-3 sb-chart__title', id: titleId }, spec.title),
    h('p', { class: 'sb-chart__description', id: descId }, spec.description),
    plot,
    h('ul', { class: 'sb-chart__legend' }, ...spec.legend.map((e) => h('li', {}, swatch(e.colour, e.dash, e.band), e.label))),
    h('figcaption', { class: 'sb-chart__caption' }, ctx.caption),
    details,
    exports,
  );
}
