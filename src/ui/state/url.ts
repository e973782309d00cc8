import { levelOf } from '../../data/regions.ts';
import { isLang } from '../i18n/index.ts';
import { initialState, TABS, type AppState, type Sort, type SortColumn, type Tab, type ViewLevel } from './state.ts';
import type { Dropped } from '../../experiments/scenarioSchema.ts';
import { decodeWorkspace, encodeWorkspace } from './workspaceCodec.ts';

/**
 * AppState ⇄ URL query. Defaults are left out so links stay short (`?area=GM1982`). The plain
 * choices stay readable (`area`, `tab`, `level`, `sort`, `lang`, `group`, `year`, `base`); the
 * scenarios go compressed in `sc` (see workspaceCodec.ts). Unknown parameters are ignored and bad
 * values fall back to defaults, so an old or hand-edited link still opens.
 */
const sortColumns: readonly SortColumn[] = ['name', 'code', 'wijk', 'inhabitants', 'age65plus', 'share65'];

function normaliseCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/** A gemeente, wijk or buurt code the app can open (the land row NL00 has no page). */
export function isAreaCode(code: string): boolean {
  const level = levelOf(code);
  return level !== null && level !== 'land';
}

/** Everything but the workspace, which needs an asynchronous decode (see parseUrl). */
export function parseState(search: string): AppState {
  const q = new URLSearchParams(search);
  const lang = q.get('lang');
  const area = q.get('area');
  const level = q.get('level');
  const tab = q.get('tab') as Tab | null;
  const group = q.get('group');
  return {
    ...initialState,
    lang: isLang(lang) ? lang : initialState.lang,
    // A malformed code is kept, so the page can say that this area does not exist.
    area: area && area.trim() ? normaliseCode(area) : null,
    level: level === 'wijk' || level === 'buurt' ? (level as ViewLevel) : null,
    sort: parseSort(q.get('sort')),
    tab: tab && TABS.includes(tab) ? tab : initialState.tab,
    group: group && group.trim() ? group.trim().slice(0, 80) : null,
    year: wholeNumber(q.get('year'), 0, 30),
    base: wholeNumber(q.get('base'), 0, 3) ?? 0,
  };
}

/**
 * The full state of a link, scenarios included; `broken` when `sc` could not be read, `dropped`
 * the fields of it that did not fit their bounds (back at their defaults).
 */
export async function parseUrl(search: string): Promise<{ state: AppState; broken: boolean; dropped: Dropped[] }> {
  const state = parseState(search);
  const { workspace, broken, dropped } = await decodeWorkspace(new URLSearchParams(search).get('sc'));
  return { state: { ...state, workspace, base: Math.min(state.base, workspace.scenarios.length - 1) }, broken, dropped };
}

/** The query for a state; `sc` is the already encoded workspace (null for the default). */
export function serialiseState(state: AppState, sc: string | null = null): string {
  const q = new URLSearchParams();
  if (state.area) q.set('area', state.area);
  if (state.group) q.set('group', state.group);
  if (state.tab !== initialState.tab) q.set('tab', state.tab);
  if (state.level) q.set('level', state.level);
  if (state.sort) q.set('sort', `${state.sort.descending ? '-' : ''}${state.sort.column}`);
  if (state.year !== null) q.set('year', String(state.year));
  if (state.base !== 0) q.set('base', String(state.base));
  if (state.lang !== initialState.lang) q.set('lang', state.lang);
  if (sc) q.set('sc', sc);
  const text = q.toString();
  return text ? `?${text}` : '';
}

/**
 * The longest link the app writes with its scenarios in it. Servers refuse longer request lines
 * (Node, which serves `npm start`, answers HTTP 431 above 16 kB of headers; nginx's default
 * buffer is 8 kB), so a longer link would open no page at all.
 */
export const SAFE_LINK_CHARS = 8000;

export async function serialiseUrl(state: AppState): Promise<string> {
  return serialiseState(state, await encodeWorkspace(state.workspace));
}

function parseSort(raw: string | null): Sort | null {
  if (!raw) return null;
  const descending = raw.startsWith('-');
  const column = (descending ? raw.slice(1) : raw) as SortColumn;
  return sortColumns.includes(column) ? { column, descending } : null;
}

function wholeNumber(raw: string | null, min: number, max: number): number | null {
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const n = Number(raw);
  return n >= min && n <= max ? n : null;
}
