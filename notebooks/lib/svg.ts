/**
 * Small static SVG charts for the notebooks, as strings (no DOM, so they render headless): a frame
 * with linear axes and marks — lines, bands, dots, bars, rules, labels. d3 supplies the scales and
 * path generators; colours are Okabe & Ito's palette (readable with colour-vision deficiencies).
 */
import { area, line, scaleLinear } from 'd3';

export const COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000'] as const;

export type Point = { x: number; y: number };

export type Mark =
  | { type: 'line'; points: Point[]; colour: string; dash?: string; width?: number }
  | { type: 'band'; points: { x: number; lo: number; hi: number }[]; colour: string; opacity?: number }
  | { type: 'dots'; points: Point[]; colour: string; r?: number; hollow?: boolean }
  | { type: 'bars'; bars: { x1: number; x2: number; y: number }[]; colour: string }
  | { type: 'ruleX'; x: number; colour: string; dash?: string }
  | { type: 'ruleY'; y: number; colour: string; dash?: string }
  | { type: 'labels'; points: (Point & { text: string })[]; colour?: string };

export interface ChartInput {
  title: string;
  x: { label: string; domain?: [number, number]; ticks?: number[] };
  y: { label: string; domain?: [number, number] };
  marks: Mark[];
  legend?: { label: string; colour: string; dash?: string }[];
  width?: number;
  height?: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (v: number) => (Math.abs(v) >= 1000 ? v.toFixed(0) : String(Number(v.toPrecision(3))));

function extent(marks: Mark[], axis: 'x' | 'y'): [number, number] {
  const v: number[] = [];
  for (const m of marks) {
    if (m.type === 'line' || m.type === 'dots' || m.type === 'labels') v.push(...m.points.map((p) => p[axis]));
    else if (m.type === 'band') v.push(...m.points.flatMap((p) => (axis === 'x' ? [p.x] : [p.lo, p.hi])));
    else if (m.type === 'bars') v.push(...m.bars.flatMap((b) => (axis === 'x' ? [b.x1, b.x2] : [0, b.y])));
  }
  const lo = Math.min(...v), hi = Math.max(...v);
  return Number.isFinite(lo) ? [lo, hi > lo ? hi : lo + 1] : [0, 1];
}

export function chart(c: ChartInput): string {
  const width = c.width ?? 640, height = c.height ?? 320;
  const m = { top: c.legend?.length ? 52 : 34, right: 20, bottom: 46, left: 62 };
  const x = scaleLinear().domain(c.x.domain ?? extent(c.marks, 'x')).range([m.left, width - m.right]);
  const yDomain = c.y.domain ?? extent(c.marks, 'y');
  const y = scaleLinear().domain([Math.min(0, yDomain[0]), yDomain[1]]).nice().range([height - m.bottom, m.top]);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12" role="img" aria-label="${esc(c.title)}">`,
    `<title>${esc(c.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${m.left}" y="18" font-size="14" font-weight="bold">${esc(c.title)}</text>`,
  ];
  for (const t of y.ticks(6)) out.push(`<line x1="${m.left}" x2="${width - m.right}" y1="${y(t)}" y2="${y(t)}" stroke="#e3e6ea"/>`, `<text x="${m.left - 6}" y="${y(t) + 4}" text-anchor="end">${fmt(t)}</text>`);
  for (const t of c.x.ticks ?? x.ticks(8)) out.push(`<line x1="${x(t)}" x2="${x(t)}" y1="${height - m.bottom}" y2="${height - m.bottom + 4}" stroke="#555"/>`, `<text x="${x(t)}" y="${height - m.bottom + 16}" text-anchor="middle">${fmt(t)}</text>`);
  out.push(
    `<line x1="${m.left}" x2="${width - m.right}" y1="${height - m.bottom}" y2="${height - m.bottom}" stroke="#555"/>`,
    `<text x="${(m.left + width - m.right) / 2}" y="${height - 8}" text-anchor="middle">${esc(c.x.label)}</text>`,
    `<text transform="translate(14 ${(m.top + height - m.bottom) / 2}) rotate(-90)" text-anchor="middle">${esc(c.y.label)}</text>`,
  );
  const frame = { left: m.left, right: width - m.right, top: m.top, bottom: height - m.bottom };
  for (const mark of c.marks) out.push(draw(mark, x, y, frame));
  // The legend runs in one line under the title, so it never covers the data.
  let lx = m.left;
  for (const l of c.legend ?? []) {
    out.push(`<line x1="${lx}" x2="${lx + 22}" y1="34" y2="34" stroke="${l.colour}" stroke-width="3"${l.dash ? ` stroke-dasharray="${l.dash}"` : ''}/>`, `<text x="${lx + 28}" y="38">${esc(l.label)}</text>`);
    lx += 40 + 6.5 * l.label.length;
  }
  out.push('</svg>', '');
  return out.join('\n');
}

function draw(mark: Mark, x: (v: number) => number, y: (v: number) => number, f: { left: number; right: number; top: number; bottom: number }): string {
  const dash = (d?: string) => (d ? ` stroke-dasharray="${d}"` : '');
  switch (mark.type) {
    case 'line':
      return `<path d="${line<Point>().x((p) => x(p.x)).y((p) => y(p.y))(mark.points) ?? ''}" fill="none" stroke="${mark.colour}" stroke-width="${mark.width ?? 2}"${dash(mark.dash)}/>`;
    case 'band':
      return `<path d="${area<{ x: number; lo: number; hi: number }>().x((p) => x(p.x)).y0((p) => y(p.lo)).y1((p) => y(p.hi))(mark.points) ?? ''}" fill="${mark.colour}" fill-opacity="${mark.opacity ?? 0.2}"/>`;
    case 'dots':
      return mark.points.map((p) => `<circle cx="${x(p.x)}" cy="${y(p.y)}" r="${mark.r ?? 3.5}" fill="${mark.hollow ? 'white' : mark.colour}" stroke="${mark.colour}" stroke-width="1.5"/>`).join('');
    case 'bars':
      return mark.bars.map((b) => `<rect x="${x(b.x1) + 0.5}" width="${Math.max(0, x(b.x2) - x(b.x1) - 1)}" y="${y(Math.max(0, b.y))}" height="${Math.abs(y(0) - y(b.y))}" fill="${mark.colour}" fill-opacity="0.75"/>`).join('');
    case 'ruleX':
      return `<line x1="${x(mark.x)}" x2="${x(mark.x)}" y1="${f.top}" y2="${f.bottom}" stroke="${mark.colour}" stroke-width="1.5"${dash(mark.dash)}/>`;
    case 'ruleY':
      return `<line x1="${f.left}" x2="${f.right}" y1="${y(mark.y)}" y2="${y(mark.y)}" stroke="${mark.colour}"${dash(mark.dash)}/>`;
    case 'labels':
      return mark.points.map((p) => `<text x="${x(p.x) + 6}" y="${y(p.y) - 5}" fill="${mark.colour ?? '#222'}" font-size="11">${esc(p.text)}</text>`).join('');
  }
}
