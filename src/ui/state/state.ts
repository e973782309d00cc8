import type { Lang } from '../i18n/index.ts';
import { defaultWorkspace, type Workspace } from './workspace.ts';

/** The level shown in the map and table of a gemeente. */
export type ViewLevel = 'wijk' | 'buurt';

export type SortColumn = 'name' | 'code' | 'wijk' | 'inhabitants' | 'age65plus' | 'share65';
export interface Sort {
  column: SortColumn;
  descending: boolean;
}

/** The pages of a gemeente: one per task (see views/tabs.ts). */
export type Tab = 'area' | 'plan' | 'results' | 'map' | 'report' | 'research' | 'atlas';
export const TABS: readonly Tab[] = ['area', 'plan', 'results', 'map', 'report', 'atlas', 'research'];

/**
 * Everything the user chose, and nothing derived: this is what the URL carries (see url.ts), so a
 * copied link shows exactly the same page. Results are derived (and deterministic), so they are
 * not state: the same state always computes the same numbers.
 */
export interface AppState {
  lang: Lang;
  /** The chosen area as a CBS code (GM, WK or BU); a wijk or buurt opens its gemeente. */
  area: string | null;
  /** Explicit level; null means "follow the area" (buurt for a buurt, else wijk). */
  level: ViewLevel | null;
  /** Explicit table order; null means by name. */
  sort: Sort | null;
  tab: Tab;
  /** A user-defined group of buurten (kerkdorp) to plan for instead of `area`; its name. */
  group: string | null;
  /** Year shown on the coverage map; null means the horizon. */
  year: number | null;
  /** The scenario the others are compared against (index into the workspace). */
  base: number;
  workspace: Workspace;
}

export const initialState: AppState = {
  lang: 'nl',
  area: null,
  level: null,
  sort: null,
  tab: 'area',
  group: null,
  year: null,
  base: 0,
  workspace: defaultWorkspace(),
};

type Listener<S> = (state: S, previous: S) => void;

export interface Store<S> {
  get(): S;
  /** Merge a change; listeners run only when something actually changed. */
  update(change: Partial<S>): void;
  subscribe(listener: Listener<S>): () => void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  return {
    get: () => state,
    update(change) {
      const next = { ...state, ...change };
      const changed = (Object.keys(change) as (keyof S)[]).some((k) => !sameValue(state[k], next[k]));
      if (!changed) return;
      const previous = state;
      state = next;
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Shallow comparison one level deep, enough for the small value objects in AppState (Sort). The
 * workspace is replaced as a whole on every edit, so identity tells whether it changed.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

/** Level shown when the user did not choose one: a buurt is only visible on the buurt map. */
export function effectiveLevel(state: Pick<AppState, 'area' | 'level'>): ViewLevel {
  if (state.level) return state.level;
  return state.area?.startsWith('BU') ? 'buurt' : 'wijk';
}
