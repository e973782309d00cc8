/**
 * Bytes → text for CBS downloads. StatLine gives UTF-8 with a BOM, Excel "CSV (puntkomma)"
 * gives Windows-1252, OData dumps give plain UTF-8, Excel "Unicode-tekst" gives UTF-16 with a BOM.
 * We try them in that order of evidence: a BOM decides; otherwise strict UTF-8, and if that fails
 * the bytes cannot be UTF-8, so they are read as Windows-1252 (which can decode any byte).
 */
import { InputError } from '../../core/errors.ts';
import { say } from '../../i18n/engine/index.ts';

type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** True when a UTF-8 BOM promised UTF-8 but some bytes were invalid (shown as U+FFFD). */
  lossy: boolean;
}

/** Look at this many leading bytes for control characters; enough to see a binary header. */
const SNIFF_BYTES = 8192;

export function decodeText(input: string | Uint8Array | ArrayBuffer, file: string): Decoded {
  if (typeof input === 'string') {
    if (input.length === 0) throw emptyFile(file);
    rejectBinaryText(input, file);
    return { text: stripBom(input), encoding: 'utf-8', lossy: false };
  }
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length === 0) throw emptyFile(file);

  const bomEncoding = byteOrderMark(bytes);
  if (bomEncoding === 'utf-16le' || bomEncoding === 'utf-16be') {
    const text = new TextDecoder(bomEncoding).decode(bytes.subarray(2));
    rejectBinaryText(text, file);
    return { text, encoding: bomEncoding, lossy: text.includes('\uFFFD') };
  }
  rejectBinaryBytes(bytes, file);
  if (bomEncoding === 'utf-8') {
    // A UTF-8 BOM is a promise; keep it even if a few bytes are broken, and say so.
    const text = new TextDecoder('utf-8').decode(bytes);
    return { text, encoding: 'utf-8', lossy: text.includes('\uFFFD') };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8', lossy: false };
  } catch {
    // Not valid UTF-8: Windows-1252 maps every byte, and it is what Dutch Excel writes.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', lossy: false };
  }
}

/**
 * Windows-1252 bytes 0x80–0x9F (the WHATWG Encoding table; 27 are characters, 0x81, 0x8D, 0x8F,
 * 0x90 and 0x9D stay C1 controls as WHATWG maps them). Node 20's TextDecoder('windows-1252')
 * without full ICU reads them as Latin-1 control characters (’ – € became U+0092 U+0096 U+0080),
 * so CLI and app disagreed; this table is used by both.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Windows-1252 → text, the same in Node and every browser. Other bytes map to the same code point (Latin-1). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function byteOrderMark(b: Uint8Array): Encoding | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Formats people give us by mistake, recognised by their first bytes, with a helpful hint. */
const KNOWN_BINARY = [
  { magic: [0x50, 0x4b, 0x03, 0x04], kind: 'zip' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], kind: 'xls' },
  { magic: [0x25, 0x50, 0x44, 0x46], kind: 'pdf' },
  { magic: [0x1f, 0x8b], kind: 'gzip' },
  { magic: [0x50, 0x41, 0x52, 0x31], kind: 'parquet' },
] as const;

function rejectBinaryBytes(bytes: Uint8Array, file: string): void {
  for (const kind of KNOWN_BINARY) {
    if (kind.magic.every((m, i) => bytes[i] === m)) {
      throw new InputError('binary-file', say('data.decode.binaryKind', { kind: kind.kind }), { file });
    }
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw binaryAt(file, bytes, nul);
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControl(bytes[i])) controls++;
  // Text files have no C0 control characters besides tab/CR/LF/FF; a few strays are tolerated.
  if (controls > Math.max(2, n * 0.01)) throw binaryAt(file, bytes, bytes.findIndex(isControl));
}

function rejectBinaryText(text: string, file: string): void {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw binaryAt(file, text, nul);
}

function isControl(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c;
}

export function emptyFile(file: string): InputError {
  return new InputError('empty-file', say('data.decode.empty'), { file });
}

/** Where a NUL or control character sits, as line and column so the message points at it. */
function binaryAt(file: string, data: Uint8Array | string, index: number): InputError {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    const c = typeof data === 'string' ? data.charCodeAt(i) : data[i];
    if (c === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return new InputError('binary-file', say('data.decode.binary'), { file, line, column: index - lineStart + 1 });
}

