import { s } from './dom.ts';

/**
 * A small legend sample: a line in the scenario's colour and dash pattern, or a filled band.
 * Drawn as SVG attributes (no inline styles), hidden from screen readers: the text beside it
 * carries the meaning.
 */
export function swatch(colour: string, dash: string | null = null, band = false): SVGSVGElement {
  return s(
    'svg',
    { class: 'sb-swatch', viewBox: '0 0 28 14', width: 28, height: 14, 'aria-hidden': 'true', focusable: 'false' },
    band
      ? s('rect', { x: 1, y: 2, width: 26, height: 10, fill: colour, 'fill-opacity': 0.25, stroke: 'none' })
      : s('line', { x1: 1, y1: 7, x2: 27, y2: 7, stroke: colour, 'stroke-width': 3, 'stroke-dasharray': dash ?? undefined }),
  );
}
