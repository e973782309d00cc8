/**
 * Unknown keys in a user's JSON (a scenario field with a typo) are named, with the nearest known
 * key as a suggestion: "onbekend veld 'sed' — bedoelde u 'seed'?". A key silently ignored would
 * leave a default in place the user thought they had changed.
 */
import { InputError } from './errors.ts';
import { say } from '../i18n/engine/index.ts';

/** Edit distance (insert, delete, substitute, swap of neighbours), case-insensitive. */
function editDistance(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The known word nearest to `word`, if it is near enough to be a likely typo (or a prefix, as in 'rep'). */
function nearest(word: string, known: readonly string[]): string | undefined {
  if (word.length > 64) return undefined;
  let best: string | undefined,
    bestD = Infinity;
  for (const k of known) {
    const d = k.toLowerCase().startsWith(word.toLowerCase()) && word.length >= 2 ? 0.5 : editDistance(word, k);
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return bestD <= Math.max(1, Math.floor((best?.length ?? 0) / 3)) ? best : undefined;
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}…` : s);

/** Throws an InputError for the first key of `o` not in `known`, naming `prefix.key` and the likely meant one. */
export function checkKeys(o: Record<string, unknown>, known: readonly string[], prefix: string, where: { file?: string } = {}): void {
  for (const key of Object.keys(o)) {
    if (known.includes(key)) continue;
    const near = nearest(key, known);
    const field = prefix ? `${prefix}.${clip(key)}` : clip(key);
    throw new InputError('unknown-field', say('core.suggest.unknownField', { key: clip(key), near, prefix, known }), { ...where, field });
  }
}
