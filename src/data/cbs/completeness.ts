/**
 * Is a part of the file missing? A CBS download cut off at the end of a line reads cleanly, row for
 * row, yet loses the wijken and buurten after the cut while the gemeente's own row keeps its totals
 * (issue #12: Land van Cuijk read as 13 wijken with the inhabitants of 33). So: where a gemeente or
 * wijk has some of its wijken or buurten in the file, their inhabitants must add up to its own.
 *
 * The tolerance: CBS rounds each wijk and buurt count at random to a multiple of 5 (see checks.ts),
 * so n parts and their whole can be off by up to 5 each, and in the bundled 2024 table the parts of
 * some add up to a little less (beyond rounding at most 0.09%, Velsen: 61 of 69,241); a row CBS left
 * empty (small buurten) makes the sum unknown and is not judged. A file with no wijken or buurten
 * at all is a choice, not a cut.
 */
import type { ReadWarning, RegionRecord } from '../types.ts';
import { CBS_ROUNDING } from './checks.ts';
import { plain, say } from '../../i18n/engine/index.ts';

/** Up to CBS_ROUNDING per part and the whole (each rounded on its own), and 2% of the whole for rows CBS moved or left out. */
const share = 0.02;

export function missingParts(regions: readonly RegionRecord[]): ReadWarning[] {
  const children = new Map<string, RegionRecord[]>();
  for (const r of regions) {
    if (r.parent === null || r.level === 'gemeente') continue;
    const list = children.get(r.parent) ?? [];
    list.push(r);
    children.set(r.parent, list);
  }
  const out: ReadWarning[] = [];
  for (const whole of regions) {
    if (whole.level !== 'gemeente' && whole.level !== 'wijk') continue;
    const parts = children.get(whole.code);
    const total = whole.values.inhabitants;
    if (!parts?.length || total === undefined) continue;
    if (parts.some((p) => p.values.inhabitants === undefined)) continue;
    const sum = parts.reduce((s, p) => s + (p.values.inhabitants ?? 0), 0);
    if (total - sum <= Math.max(CBS_ROUNDING * (parts.length + 1), share * total)) continue;
    out.push({
      code: 'missing-parts',
      line: whole.line,
      messages: plain(say('data.completeness.missingParts', { name: whole.name, code: whole.code, level: whole.level, parts: parts.length, sum, total })),
    });
  }
  return out;
}
