import type { Lang } from '../i18n/index.ts';

/** The level shown in the map and table of a gemeente. */
export type ViewLevel = 'wijk' | 'buurt';

export type SortColumn = 'name' | 'code' | 'wijk' | 'inhabitants' | 'age65plus' | 'share65';
export interface Sort {
  column: SortColumn;
  descending: boolean;
}

/**
 * Everything the user chose, and nothing derived: this is what the URL carries (see url.ts), so a
 * copied link shows exactly the same page. Later views (scenario, results) add their fields here
 * and to the codec in url.ts.
 */
export interface AppState {
  lang: Lang;
  /** The chosen area as a CBS code (GM, WK or BU); a wijk or buurt opens its gemeente. */
  area: string | null;
  /** Explicit level; null means "follow the area" (buurt for a buurt, else wijk). */
  level: ViewLevel | null;
  /** Explicit table order; null means by name. */
  sort: Sort | null;
}

export const initialState: AppState = { lang: 'nl', area: null, level: null, sort: null };

export type Listener<S> = (state: S, previous: S) => void;

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

/** Shallow comparison one level deep, enough for the small value objects in AppState (Sort). */
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
