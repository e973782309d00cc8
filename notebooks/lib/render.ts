/**
 * The app's charts as static SVG files: a ChartSpec (src/ui/charts/chart.ts: Plot options, title,
 * description, legend) rendered by Observable Plot into a server-side DOM (linkedom), so the
 * notebooks draw with the same chart system and the same specs as the app. Plot builds the
 * picture; here only the frame a file needs around it: title, description, the legend the app
 * shows as HTML (colour and dash, as there), a white background and the SVG namespace.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { ChartSpec } from '../../src/ui/charts/chart.ts';

/** Room around Plot's picture: the title's lines, the legend's line, and a margin at both sides (the app's plots draw with overflow visible, so a label at the edge, such as k90, needs it). */
const LINE_H = 18,
  LEGEND_H = 22,
  SIDE = 8,
  RIGHT = 28;
/** Rough widths of a character (px) at 12 px and at the 14 px bold title, for laying out text without a browser. */
const CHAR_W = 7,
  TITLE_CHAR_W = 8.2;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One document for every chart: Plot only creates elements in it, never attaches them. */
let doc: Document | undefined;
const documentOf = (): Document => (doc ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document);

/** The title in lines that fit the width (the app's HTML title wraps; an SVG text does not). */
function titleLines(title: string, width: number): string[] {
  const max = Math.max(20, Math.floor(width / TITLE_CHAR_W));
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** The legend in one line under the title, so it never covers the data. */
function legend(spec: ChartSpec, y: number): string {
  let x = SIDE;
  return spec.legend
    .map((l) => {
      const key = l.band
        ? `<rect x="${x}" y="${y - 9}" width="22" height="10" fill="${l.colour}" fill-opacity="0.3"/>`
        : `<line x1="${x}" x2="${x + 22}" y1="${y - 4}" y2="${y - 4}" stroke="${l.colour}" stroke-width="3"${l.dash ? ` stroke-dasharray="${l.dash}"` : ''}/>`;
      const item = `${key}<text x="${x + 28}" y="${y}">${esc(l.label)}</text>`;
      x += 44 + Math.ceil(CHAR_W * l.label.length);
      return item;
    })
    .join('');
}

/** The SVG of a chart spec, as a standalone file (same input → same string: no random ids). */
export function renderSvg(spec: ChartSpec): string {
  const plot = Plot.plot({ ...spec.plot, document: documentOf(), style: { ...(spec.plot.style as object), background: 'white' } });
  const plotWidth = Number(plot.getAttribute('width')),
    plotHeight = Number(plot.getAttribute('height'));
  const width = plotWidth + SIDE + RIGHT;
  const lines = titleLines(spec.title, width - 2 * SIDE);
  const legendY = lines.length * LINE_H + 16;
  const top = lines.length * LINE_H + 6 + (spec.legend.length ? LEGEND_H : 0);
  const height = plotHeight + top + 4;
  plot.setAttribute('x', String(SIDE));
  plot.setAttribute('y', String(top));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-label="${esc(spec.title)}">`,
    `<title>${esc(spec.title)}</title>`,
    `<desc>${esc(spec.description)}</desc>`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    ...lines.map((l, i) => `<text x="${SIDE}" y="${(i + 1) * LINE_H - 2}" font-size="14" font-weight="bold">${esc(l)}</text>`),
    spec.legend.length ? `<g>${legend(spec, legendY)}</g>` : '',
    plot.outerHTML,
    '</svg>',
    '',
  ]
    .filter(Boolean)
    .join('\n');
}
