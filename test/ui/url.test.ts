import { describe, expect, test } from 'vitest';
import { initialState } from '../../src/ui/state/state.ts';
import { isAreaCode, parseState, serialiseState } from '../../src/ui/state/url.ts';

describe('state in the URL', () => {
  test('an empty query is the initial state, and the initial state writes no query', () => {
    expect(parseState('')).toEqual(initialState);
    expect(serialiseState(initialState)).toBe('');
  });

  test('round trip keeps every field; defaults are left out', () => {
    const state = { lang: 'en' as const, area: 'WK198210', level: 'buurt' as const, sort: { column: 'age65plus' as const, descending: true } };
    const query = serialiseState(state);
    expect(query).toBe('?area=WK198210&level=buurt&sort=-age65plus&lang=en');
    expect(parseState(query)).toEqual(state);
    expect(serialiseState({ ...initialState, area: 'GM1982' })).toBe('?area=GM1982');
  });

  test('codes are trimmed and upper-cased; bad values fall back to defaults', () => {
    const state = parseState('?area=%20gm1982%20&lang=fr&level=provincie&sort=-colour');
    expect(state).toEqual({ ...initialState, area: 'GM1982' });
  });

  test('a malformed code is kept so the page can say it does not exist', () => {
    expect(parseState('?area=XYZ').area).toBe('XYZ');
    expect(isAreaCode('XYZ')).toBe(false);
  });

  test('area codes: gemeente, wijk and buurt, letters allowed in wijk and buurt parts', () => {
    for (const code of ['GM1982', 'WK198210', 'BU19821001', 'WK0363AA', 'BU0363AA01']) expect(isAreaCode(code)).toBe(true);
    for (const code of ['NL00', 'GM198', 'WK1982100', 'gm1982', '']) expect(isAreaCode(code)).toBe(false);
  });
});
