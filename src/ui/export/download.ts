import { localeFor, type Lang } from '../i18n/index.ts';
import { toCsv, type Cell } from './csv.ts';

/**
 * Saving files from the page: a Blob behind a temporary object URL and a clicked <a download>.
 * Nothing leaves the browser; the CSP allows blob: for exactly this.
 */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Chromium reads the blob asynchronously after the click; revoking at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function downloadText(text: string, name: string, type: string): void {
  download(new Blob([text], { type }), name);
}

/** Metadata columns appended to every row of a downloaded table (seed, source). */
export interface CsvMeta {
  header: string[];
  values: string[];
}

/** A table as CSV with the metadata columns, in the spreadsheet dialect of the user's language. */
export function downloadTable(lang: Lang, columns: readonly { label: string }[], rows: readonly (readonly Cell[])[], meta: CsvMeta, name: string): void {
  const header = [...columns.map((c) => c.label), ...meta.header];
  downloadText(
    toCsv(
      header,
      rows.map((r) => [...r, ...meta.values]),
      localeFor(lang).t.register.csvDialect,
    ),
    name,
    'text/csv;charset=utf-8',
  );
}

/** A value as an indented JSON file. */
export function downloadJson(value: unknown, name: string): void {
  downloadText(JSON.stringify(value, null, 2) + '\n', name, 'application/json');
}

/** An SVG element as a standalone file, with the page's computed font so it looks the same elsewhere. */
export function svgText(svg: SVGSVGElement): string {
  return standalone(svg).text;
}

function standalone(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const box = svg.getBoundingClientRect();
  const view = svg.viewBox.baseVal;
  const width = Number(svg.getAttribute('width')) || (view && view.width) || Math.round(box.width) || 640;
  const height = Number(svg.getAttribute('height')) || (view && view.height) || Math.round(box.height) || 400;
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.style.fontFamily = getComputedStyle(svg).fontFamily;
  clone.style.background = '#ffffff';
  return { text: new XMLSerializer().serializeToString(clone), width, height };
}

/**
 * SVG → PNG at twice the size: the SVG is drawn on a canvas through an <img> of a blob: URL (same
 * origin, so the canvas stays readable). System fonts only, so nothing has to be embedded.
 */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { text, width, height } = standalone(svg);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
