import { describe, expect, test } from 'vitest';
import { initialState, type AppState } from '../../src/ui/state/state.ts';
import { isAreaCode, parseState, parseUrl, serialiseState, serialiseUrl } from '../../src/ui/state/url.ts';
import { addScenario, preset, setParam, setRoute, toggleChosen } from '../../src/ui/state/edits.ts';
import { defaultWorkspace } from '../../src/ui/state/workspace.ts';

describe('state in the URL', () => {
  test('an empty query is the initial state, and the initial state writes no query', async () => {
    expect(parseState('')).toEqual(initialState);
    expect(serialiseState(initialState)).toBe('');
    expect(await serialiseUrl(initialState)).toBe('');
    expect((await parseUrl('')).state).toEqual(initialState);
  });

  test('round trip keeps every plain field; defaults are left out', () => {
    const state: AppState = {
      ...initialState,
      lang: 'en',
      area: 'WK198210',
      level: 'buurt',
      sort: { column: 'age65plus', descending: true },
      tab: 'map',
      group: 'Sint Agatha',
      year: 3,
      base: 1,
    };
    const query = serialiseState(state);
    expect(query).toBe('?area=WK198210&group=Sint+Agatha&tab=map&level=buurt&sort=-age65plus&year=3&base=1&lang=en');
    expect(parseState(query)).toEqual(state);
    expect(serialiseState({ ...initialState, area: 'GM1982' })).toBe('?area=GM1982');
  });

  test('codes are trimmed and upper-cased; bad values fall back to defaults', () => {
    const state = parseState('?area=%20gm1982%20&lang=fr&level=provincie&sort=-colour&tab=nowhere&year=-2&base=9');
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

describe('scenarios in the URL (sc, compressed)', () => {
  const edited = () => {
    let ws = defaultWorkspace();
    ws = addScenario(ws, true);
    ws = preset(ws, 'seedingOnly');
    ws = setRoute(ws, 'b', { count: 5, placement: 'chosen', from: 3, to: 30 });
    ws = toggleChosen(ws, 'BU19821001');
    ws = setParam(ws, 'talkMember', 0.12);
    ws = {
      ...ws,
      seed: 42,
      reps: 16,
      months: 96,
      start: '2026-01',
      groups: [{ name: 'Sint Agatha & co', buurten: ['BU19821201', 'BU19821202'] }],
      critical: { route: 'b', target: 0.8, maxK: 12, reps: 24 },
    };
    return ws;
  };

  test('a whole comparison survives the round trip exactly', async () => {
    const state: AppState = { ...initialState, area: 'GM1982', tab: 'results', workspace: edited() };
    const query = await serialiseUrl(state);
    expect(query).toMatch(/^\?area=GM1982&tab=results&sc=1\.[A-Za-z0-9_-]+$/);
    const back = await parseUrl(query);
    expect(back.broken).toBe(false);
    expect(back.state).toEqual(state);
  });

  test('long plans stay short: 4 scenarios with 60 chosen buurten fit in well under 2,000 characters', async () => {
    let ws = edited();
    for (let i = 0; i < 2; i++) ws = addScenario(ws, true);
    for (let b = 0; b < 60; b++) ws = toggleChosen(ws, `BU198210${String(b).padStart(2, '0')}`);
    const query = await serialiseUrl({ ...initialState, area: 'GM1982', workspace: ws });
    expect(query.length).toBeLessThan(2000);
    expect((await parseUrl(query)).state.workspace).toEqual(ws);
  });

  test('a damaged sc parameter opens the default scenarios and says so', async () => {
    for (const bad of ['1.%%%', '1.AAAA', '2.abc', 'zzz']) {
      const { state, broken } = await parseUrl(`?area=GM1982&sc=${bad}`);
      expect(broken).toBe(true);
      expect(state.workspace).toEqual(defaultWorkspace());
      expect(state.area).toBe('GM1982');
    }
  });

  test('the base index is clamped to the scenarios there are', async () => {
    const { state } = await parseUrl('?area=GM1982&base=3');
    expect(state.base).toBe(0);
  });
});
