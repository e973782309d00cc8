import type { LegendEntry } from '../charts/chart.ts';
import { s } from '../views/dom.ts';

/**
 * A chart as a picture that stands on its own outside the app (a PNG in a memo, an SVG in a
 * slide): its title above, its legend and the source line below. On the page these are HTML
 * around the SVG, so a plain copy of the SVG would lose them.
 */
export interface FrameText {
  title: string;
  legend: readonly LegendEntry[];
  source: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const PAD = 16;
const TITLE = 18;
const SMALL = 12;
const LINE = 18;

/** Lines of at most `width` pixels, estimated at 0.55 em per character (system sans-serif). */
function wrap(text: string, width: number, size: number): string[] {
  const max = Math.max(20, Math.floor(width / (size * 0.55)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function framedChart(chart: SVGSVGElement, text: FrameText): SVGSVGElement {
  const box = chart.getBoundingClientRect();
  const view = chart.viewBox.baseVal;
  const width = Number(chart.getAttribute('width')) || (view && view.width) || Math.round(box.width) || 640;
  const height = Number(chart.getAttribute('height')) || (view && view.height) || Math.round(box.height) || 400;
  const inner = chart.cloneNode(true) as SVGSVGElement;
  const titleLines = wrap(text.title, width - 2 * PAD, TITLE);
  const top = PAD + titleLines.length * (TITLE + 6);
  inner.setAttribute('x', '0');
  inner.setAttribute('y', String(top));
  inner.setAttribute('width', String(width));
  inner.setAttribute('height', String(height));

  // The legend: one entry per row of up to three, each a swatch as on the page and its label.
  const perRow = 3;
  const cell = (width - 2 * PAD) / perRow;
  const legendTop = top + height + 8;
  const legend = text.legend.map((e, i) => {
    const x = PAD + (i % perRow) * cell;
    const y = legendTop + Math.floor(i / perRow) * LINE;
    const mark = e.band
      ? s('rect', { x, y: y + 2, width: 26, height: 10, fill: e.colour, 'fill-opacity': 0.25 })
      : s('line', { x1: x, y1: y + 7, x2: x + 26, y2: y + 7, stroke: e.colour, 'stroke-width': 3, 'stroke-dasharray': e.dash ?? undefined });
    return s('g', {}, mark, s('text', { x: x + 32, y: y + 11, 'font-size': SMALL }, e.label));
  });
  const legendRows = Math.ceil(text.legend.length / perRow);
  const sourceTop = legendTop + legendRows * LINE + 8;
  const sourceLines = wrap(text.source, width - 2 * PAD, SMALL - 1);
  const total = sourceTop + sourceLines.length * (SMALL + 3) + PAD;

  return s(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width, height: Math.ceil(total), viewBox: `0 0 ${width} ${Math.ceil(total)}`, 'font-family': FONT, fill: '#0b0c0c' },
    s('rect', { x: 0, y: 0, width, height: Math.ceil(total), fill: '#ffffff' }),
    ...titleLines.map((l, i) => s('text', { x: PAD, y: PAD + TITLE + i * (TITLE + 6) - 4, 'font-size': TITLE, 'font-weight': 'bold' }, l)),
    inner,
    ...legend,
    ...sourceLines.map((l, i) => s('text', { x: PAD, y: sourceTop + (i + 1) * (SMALL + 3) - 3, 'font-size': SMALL - 1, fill: '#505a5f' }, l)),
  );
}
