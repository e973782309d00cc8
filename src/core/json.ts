/**
 * JSON text from a user (a scenario, a parameter set, a map): parsed with its nesting checked
 * first, so 20,000 nested arrays get a plain message instead of "Maximum call stack size exceeded"
 * from whatever walks the value later (JSON.stringify, a validator). Pure: Node, Workers, app.
 */
import { InputError, jsonErrorWhere, type Said, type Where } from './errors.ts';
import { say } from '../i18n/engine/index.ts';

/**
 * Deepest nesting any of our formats needs: a TopoJSON MultiPolygon's arcs sit 6 deep, a GeoJSON
 * MultiPolygon's numbers 8 (features → feature → geometry → coordinates → polygon → ring →
 * position); a posterior 4. 64 leaves room for wrappers and GeometryCollections.
 */
const MAX_JSON_DEPTH = 64;

/** Line and column of the first bracket nested deeper than `max` outside strings, or null. */
export function tooDeep(text: string, max = MAX_JSON_DEPTH): { line: number; column: number } | null {
  let depth = 0,
    inString = false,
    line = 1,
    lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      else if (c === 0x0a) {
        line++;
        lineStart = i + 1;
      }
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return { line, column: i - lineStart + 1 };
    } else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return null;
}

/**
 * JSON.parse with an InputError (code `code`, at `where` plus line and column) for text that is
 * not JSON or is nested deeper than `max`.
 */
export function parseJson(text: string, code: string, where: Where, messages: Said = say('core.json.invalid'), max = MAX_JSON_DEPTH): unknown {
  const deep = tooDeep(text, max);
  if (deep) throw new InputError(code, say('core.json.tooDeep', { max }), { ...where, ...deep });
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(code, messages, { ...where, ...jsonErrorWhere(text, e) });
  }
}

/**
 * A value as a short text for a message: at most `max` characters (a 50 MB string or a deep array
 * is never echoed whole), never throwing.
 */
export function excerpt(value: unknown, max = 40): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value.length > max + 1 ? value.slice(0, max + 1) : value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = Array.isArray(value) ? '[…]' : typeof value === 'object' ? '{…}' : String(value);
    }
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
