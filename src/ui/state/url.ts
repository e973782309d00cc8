import { levelOf } from '../../data/regions.ts';
import { isLang } from '../i18n/index.ts';
import { initialState, type AppState, type Sort, type SortColumn, type ViewLevel } from './state.ts';

/**
 * AppState ⇄ URL query. Defaults are left out so links stay short (`?area=GM1982`).
 * Unknown parameters are ignored, and bad values fall back to defaults, so an old or
 * hand-edited link still opens.
 */
const sortColumns: readonly SortColumn[] = ['name', 'code', 'wijk', 'inhabitants', 'age65plus', 'share65'];

export function normaliseCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/** A gemeente, wijk or buurt code the app can open (the land row NL00 has no page). */
export function isAreaCode(code: string): boolean {
  const level = levelOf(code);
  return level !== null && level !== 'land';
}

export function parseState(search: string): AppState {
  const q = new URLSearchParams(search);
  const lang = q.get('lang');
  const area = q.get('area');
  const level = q.get('level');
  return {
    lang: isLang(lang) ? lang : initialState.lang,
    // A malformed code is kept, so the page can say that this area does not exist.
    area: area && area.trim() ? normaliseCode(area) : null,
    level: level === 'wijk' || level === 'buurt' ? (level as ViewLevel) : null,
    sort: parseSort(q.get('sort')),
  };
}

export function serialiseState(state: AppState): string {
  const q = new URLSearchParams();
  if (state.area) q.set('area', state.area);
  if (state.level) q.set('level', state.level);
  if (state.sort) q.set('sort', `${state.sort.descending ? '-' : ''}${state.sort.column}`);
  if (state.lang !== initialState.lang) q.set('lang', state.lang);
  const text = q.toString();
  return text ? `?${text}` : '';
}

function parseSort(raw: string | null): Sort | null {
  if (!raw) return null;
  const descending = raw.startsWith('-');
  const column = (descending ? raw.slice(1) : raw) as SortColumn;
  return sortColumns.includes(column) ? { column, descending } : null;
}
