/**
 * CBS region codes and the hierarchy they encode: NL00 → GMgggg → WKggggww → BUggggwwbb.
 * Wijk and buurt parts may hold letters (Amsterdam has WK0363AA since 2023), so codes stay strings.
 * A code only means something together with its indeling year; this module never compares years.
 */
import type { Level, RegionRecord, RegionTable } from './types.ts';

const CODE = /^(?:NL\d{2}|GM\d{4}|WK\d{4}[0-9A-Z]{2}|BU\d{4}[0-9A-Z]{4})$/;

/** True for a well-formed, trimmed, upper-case CBS code. */
export function isRegionCode(code: string): boolean {
  return CODE.test(code);
}

/** The level a code's prefix stands for, or null when it is no CBS region code. */
export function levelOf(code: string): Level | null {
  if (!CODE.test(code)) return null;
  switch (code.slice(0, 2)) {
    case 'NL':
      return 'land';
    case 'GM':
      return 'gemeente';
    case 'WK':
      return 'wijk';
    default:
      return 'buurt';
  }
}

/** BU→WK ('WK' + gemeente + wijk digits), WK→GM, GM→NL00, NL→null; null for a malformed code. */
export function parentOf(code: string): string | null {
  switch (levelOf(code)) {
    case 'buurt':
      return 'WK' + code.slice(2, 8);
    case 'wijk':
      return 'GM' + code.slice(2, 6);
    case 'gemeente':
      return 'NL00';
    default:
      return null;
  }
}

/** The GM code a region belongs to (itself for a gemeente), null for the land and bad codes. */
export function gemeenteOf(code: string): string | null {
  const level = levelOf(code);
  return level === null || level === 'land' ? null : 'GM' + code.slice(2, 6);
}

const DEPTH: Record<Level, number> = { land: 0, gemeente: 1, wijk: 2, buurt: 3 };
const LEVELS: readonly Level[] = ['land', 'gemeente', 'wijk', 'buurt'];

/** True when `code` lies inside `ancestor` (or is it). */
export function isWithin(code: string, ancestor: string): boolean {
  const a = levelOf(ancestor);
  const c = levelOf(code);
  if (a === null || c === null || DEPTH[c] < DEPTH[a]) return false;
  if (a === 'land') return true;
  // GM0034 → digits 2..6 shared by WK0034xx and BU0034xxxx; WK003418 → 2..8; BU → the code itself.
  const end = a === 'gemeente' ? 6 : a === 'wijk' ? 8 : 10;
  return code.slice(2, end) === ancestor.slice(2, end);
}

/**
 * Regions inside `code` at one level, in file order. Returning a single level means a caller who
 * sums the result never adds wijken and buurten together. The level defaults to the one just
 * below `code` (gemeenten of NL00, wijken of a gemeente, buurten of a wijk); asking for the
 * level of `code` itself returns that region alone.
 * @example regionsWithin(table, 'GM1982', 'buurt').length // 101
 */
export function regionsWithin(table: RegionTable, code: string, level?: Level): RegionRecord[] {
  const own = levelOf(code);
  if (own === null) return [];
  const wanted = level ?? LEVELS[Math.min(DEPTH[own] + 1, 3)];
  return table.regions.filter((r) => r.level === wanted && isWithin(r.code, code));
}

/** Lower case without diacritics, so "nijlan" finds "Nijlân" and "sudwest" finds "Súdwest-Fryslân". */
function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Regions whose name or code matches `query`, best first: exact code, code prefix, exact name,
 * name prefix, word prefix, then anywhere in the name; ties by level (gemeente first) and name.
 * Case- and diacritic-insensitive. For the app's search box.
 */
export function searchRegions(table: RegionTable, query: string, level?: Level, limit = 50): RegionRecord[] {
  const q = foldText(query);
  if (q === '') return [];
  const scored: { r: RegionRecord; score: number }[] = [];
  for (const r of table.regions) {
    if (level && r.level !== level) continue;
    const score = matchScore(r, q);
    if (score > 0) scored.push({ r, score });
  }
  scored.sort((a, b) => b.score - a.score || DEPTH[a.r.level] - DEPTH[b.r.level] || a.r.name.localeCompare(b.r.name, 'nl') || a.r.code.localeCompare(b.r.code));
  return scored.slice(0, limit).map((s) => s.r);
}

function matchScore(r: RegionRecord, q: string): number {
  const code = r.code.toLowerCase();
  if (code === q) return 6;
  if (q.length >= 2 && code.startsWith(q)) return 5;
  const name = foldText(r.name);
  if (name === q) return 4;
  if (name.startsWith(q)) return 3;
  if (name.split(/[\s\-/,'()]+/).some((w) => w.startsWith(q))) return 2;
  return name.includes(q) ? 1 : 0;
}
