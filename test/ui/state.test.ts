import { describe, expect, test, vi } from 'vitest';
import { createStore, effectiveLevel, initialState } from '../../src/ui/state/state.ts';

describe('store', () => {
  test('listeners run on a real change only, with the previous state', () => {
    const store = createStore(initialState);
    const listener = vi.fn();
    store.subscribe(listener);
    store.update({ lang: 'nl' });
    store.update({ sort: null });
    expect(listener).not.toHaveBeenCalled();
    store.update({ area: 'GM1982' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0][0].area).toBe('GM1982');
    expect(listener.mock.calls[0][1].area).toBe(null);
  });

  test('an equal sort object is no change', () => {
    const store = createStore({ ...initialState, sort: { column: 'name' as const, descending: false } });
    const listener = vi.fn();
    store.subscribe(listener);
    store.update({ sort: { column: 'name', descending: false } });
    expect(listener).not.toHaveBeenCalled();
    store.update({ sort: { column: 'name', descending: true } });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test('unsubscribe stops notifications', () => {
    const store = createStore(initialState);
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    stop();
    store.update({ area: 'GM0794' });
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('effective level', () => {
  test('a buurt shows the buurt map; anything else the wijk map; an explicit choice wins', () => {
    expect(effectiveLevel({ area: 'BU19821001', level: null })).toBe('buurt');
    expect(effectiveLevel({ area: 'WK198210', level: null })).toBe('wijk');
    expect(effectiveLevel({ area: 'GM1982', level: null })).toBe('wijk');
    expect(effectiveLevel({ area: null, level: null })).toBe('wijk');
    expect(effectiveLevel({ area: 'BU19821001', level: 'wijk' })).toBe('wijk');
  });
});
