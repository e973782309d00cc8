/**
 * CBS cells → numbers or a reason why there is none. Two number styles exist in the wild:
 * 'point' (OData dumps, kwb CSVs from scripts: `2.3`, `17942942`) and 'comma' (StatLine web
 * downloads and Dutch Excel: `2,3`, `17.942.942`). The style is decided once per file from the
 * cells themselves, never per cell, so `1.234` cannot mean 1.234 in one row and 1234 in the next.
 */
import type { Missing } from '../types.ts';
import type { ValueKind } from './dictionary.ts';

export type NumberStyle = 'point' | 'comma';

/** CBS "verklaring van tekens"; `x` is written in either case. */
const SPECIAL: Readonly<Record<string, Missing>> = { '': 'blank', '.': 'unknown', x: 'secret', X: 'secret', '-': 'nil', '?': 'uncertain' };

/**
 * The Wijk- en buurtkaart attribute tables reportedly code suppressed values as -99999999 and
 * nearby values (style-and-ecosystem.md B2; not verified against a kaart file here). Anything at
 * or below this is read as unknown rather than as a (forbidden) negative count.
 */
const SENTINEL_LIMIT = -99_999_990;

const POINT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const COMMA = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const COMMA_DECIMAL = /^[+-]?[\d.]*\d,\d+$/;
const POINT_DECIMAL = /^[+-]?\d*\.(?:\d{1,2}|\d{4,})$/;
const THOUSANDS = /^[+-]?\d{1,3}(?:\.\d{3})+$/;


/**
 * Decide the number style from the numeric cells, row by row.
 * A decimal comma is decisive; so is a point followed by other than three digits. Without either,
 * whole counts written as `1.234` show a thousands point (StatLine); otherwise 'point'. A file that
 * mixes both marks then fails on its first cell in the other notation, with that cell's position.
 */
export function detectNumberStyle(cells: (visit: (text: string, kind: ValueKind) => boolean) => void): NumberStyle {
  let style: NumberStyle | undefined;
  let thousands = false;
  cells((t, kind) => {
    if (t.length < 2) return false;
    if (COMMA_DECIMAL.test(t)) style = 'comma';
    else if (POINT_DECIMAL.test(t)) style = 'point';
    else if (!thousands && kind === 'count' && THOUSANDS.test(t)) thousands = true;
    return style !== undefined;
  });
  return style ?? (thousands ? 'comma' : 'point');
}

/** A trimmed cell → its number, the CBS reason it is missing, or undefined when it is not a number. */
export function parseCell(text: string, style: NumberStyle): number | Missing | undefined {
  if (text.length <= 1) {
    const special = SPECIAL[text];
    if (special !== undefined) return special;
  }
  let n: number;
  if (style === 'point') {
    if (!POINT.test(text)) return undefined;
    n = Number(text);
  } else {
    if (!COMMA.test(text)) return undefined;
    n = Number(text.replace(/\./g, '').replace(',', '.'));
  }
  if (!Number.isFinite(n)) return undefined;
  return n <= SENTINEL_LIMIT ? 'unknown' : n;
}

/** What a value of this kind must look like, for messages; null when the value is fine. */
/** Largest count a Dutch region can have: NL's population (17.9 million, CBS 2024) with room to grow. */
const MAX_COUNT = 30_000_000;

/** Why a number cannot be in its column (src/i18n/engine nl-data.ts says it in words; "30 miljoen" there is MAX_COUNT). */
type ValueProblem = 'negativeCount' | 'fractionalCount' | 'tooLarge' | 'share' | 'class' | 'negative';

export function kindProblem(kind: ValueKind, n: number): ValueProblem | null {
  switch (kind) {
    case 'count':
      if (n < 0) return 'negativeCount';
      if (!Number.isInteger(n)) return 'fractionalCount';
      // No count in a table of Dutch regions exceeds the population of NL (17.9 million in
      // 2024); the bound stops 10^12 people of 65+ before the model tries to place them.
      if (n > MAX_COUNT) return 'tooLarge';
      return null;
    case 'share':
      return n < 0 || n > 100 ? 'share' : null;
    case 'class':
      return Number.isInteger(n) && n >= 1 && n <= 5 ? null : 'class';
    case 'measure':
      return n < 0 ? 'negative' : null;
  }
}
