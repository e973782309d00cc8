import type { AreaView, LoadResult } from '../workers/dataApi.ts';
import { createDataClient } from '../workers/dataClient.ts';
import { share65 } from './areas/figures.ts';
import { mapSpec, type MapSpec } from './charts/mapSpec.ts';
import { nationalTable } from './data/assets.ts';
import { loadGeometry, type GemeenteGeometry } from './data/geometry.ts';
import { localeFor, type Locale } from './i18n/index.ts';
import { gemeenteOf } from '../data/regions.ts';
import { createStore, effectiveLevel, type AppState, type ViewLevel } from './state/state.ts';
import { isAreaCode, parseState, serialiseState } from './state/url.ts';
import { createAreaSearch } from './views/areaSearch.ts';
import { areaPage, type MapState } from './views/areaPage.ts';
import { replaceKeepingFocus } from './views/dom.ts';
import { shellOf, type Shell } from './views/shell.ts';

/**
 * The app controller: owns the store, talks to the data worker and geometry loader, and renders
 * the views from (state, loaded data). Views never keep state of their own; a new view (scenario,
 * results) gets a slot in the shell and a render call here.
 */
type Loading<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message?: { nl: string; en: string } };

export function startApp(doc: Document): void {
  const store = createStore<AppState>(parseState(doc.location.search));
  const shell: Shell = shellOf(doc);
  const client = createDataClient();

  let table: Loading<Extract<LoadResult, { ok: true }>> = { status: 'loading' };
  let area: { code: string; data: Loading<AreaView | null> } | null = null;
  let geometry: { code: string; data: Loading<GemeenteGeometry | null> } | null = null;
  const specs = new Map<string, MapSpec | null>();
  let firstAreaPaint = true;

  const locale = (): Locale => localeFor(store.get().lang);
  const gemeenteCode = (): string | null => {
    const code = store.get().area;
    return code && isAreaCode(code) ? gemeenteOf(code) : null;
  };

  const search = createAreaSearch(
    {
      search: async (query) => (table.status === 'ready' ? client.api.search(query) : null),
      choose: (code) => store.update({ area: code, level: null }),
    },
    locale(),
  );
  shell.searchSlot.replaceChildren(search.element);
  shell.langSwitch.addEventListener('click', () => store.update({ lang: store.get().lang === 'nl' ? 'en' : 'nl' }));

  /** Starts loading the gemeente's rows and boundaries when the chosen gemeente changes. */
  function follow(): void {
    const code = gemeenteCode();
    if (!code) {
      area = null;
      geometry = null;
      return;
    }
    if (geometry?.code !== code) {
      const entry: NonNullable<typeof geometry> = { code, data: { status: 'loading' } };
      geometry = entry;
      loadGeometry(code).then(
        (value) => settle(() => (entry.data = { status: 'ready', value })),
        (error: unknown) => {
          // The page says the map failed and the table still works; the cause goes to the console.
          console.warn(`Sneeuwbal: geometry of ${code} failed`, error);
          settle(() => (entry.data = { status: 'failed' }));
        },
      );
    }
    if (table.status === 'ready' && area?.code !== code) {
      const entry: NonNullable<typeof area> = { code, data: { status: 'loading' } };
      area = entry;
      client.api.area(code).then(
        (value) => settle(() => (entry.data = { status: 'ready', value })),
        () => settle(() => (entry.data = { status: 'failed' })),
      );
    }
  }

  /** Applies a finished load and redraws; results for a gemeente no longer shown are harmless. */
  function settle(apply: () => void): void {
    apply();
    render();
  }

  function mapFor(view: AreaView, level: ViewLevel): MapState {
    if (!geometry || geometry.code !== view.gemeente.code || geometry.data.status === 'loading') return { status: 'loading' };
    if (geometry.data.status === 'failed') return { status: 'failed' };
    const shapes = geometry.data.value;
    if (!shapes) return { status: 'none' };
    const key = `${view.gemeente.code}|${level}`;
    if (!specs.has(key)) {
      const rows = level === 'wijk' ? view.wijken : view.buurten;
      const features = level === 'wijk' ? shapes.wijken : shapes.buurten;
      specs.set(key, features.length ? mapSpec({ features, values: new Map(rows.map((r) => [r.code, share65(r)])), outline: shapes.gemeente }) : null);
    }
    const spec = specs.get(key);
    return spec ? { status: 'ready', spec } : { status: 'none' };
  }

  function render(): void {
    const state = store.get();
    const l = locale();
    const { t } = l;
    shell.setLocale(l);
    search.setLocale(l);

    if (table.status === 'failed') shell.alert(table.message?.[l.lang] ?? t.status.loadFailed);
    else if (state.area && !isAreaCode(state.area)) shell.alert(t.status.areaNotFound(state.area));
    else if (area?.data.status === 'ready' && area.data.value === null) shell.alert(t.status.areaNotFound(state.area ?? ''));
    else if (area?.data.status === 'failed') shell.alert(t.status.loadFailed);
    else if (area?.data.status === 'ready' && area.data.value && state.area && !contains(area.data.value, state.area)) shell.alert(t.status.areaNotFound(state.area));
    else shell.alert(null);

    if (table.status === 'loading') shell.status(t.status.loadingTable);
    else if (state.area && area?.data.status === 'loading') shell.status(t.status.loadingArea(state.area));
    else if (table.status === 'ready') shell.status(t.status.loadedTable(l.fmt.count(table.value.regions)));

    const view = area?.data.status === 'ready' ? area.data.value : null;
    if (!view || area?.code !== gemeenteCode()) {
      shell.setHeading(null);
      replaceKeepingFocus(shell.areaSlot);
      doc.title = t.app.title(null);
      return;
    }
    const level = effectiveLevel(state);
    shell.setHeading(view.gemeente.name);
    doc.title = t.app.title(view.gemeente.name);
    replaceKeepingFocus(
      shell.areaSlot,
      ...areaPage({
        locale: l,
        view,
        level,
        selected: state.area && state.area !== view.gemeente.code ? state.area : null,
        sort: state.sort,
        map: mapFor(view, level),
        onSelect: (code) => store.update({ area: code ?? view.gemeente.code }),
        onLevel: (next) => store.update({ level: next }),
        onSort: (sort) => store.update({ sort }),
      }),
    );
    if (firstAreaPaint) {
      firstAreaPaint = false;
      performance.mark('sneeuwbal:area-table');
    }
  }

  store.subscribe((state) => {
    const url = `${doc.location.pathname}${serialiseState(state)}${doc.location.hash}`;
    history.replaceState(history.state, '', url);
    follow();
    render();
  });

  follow();
  render();
  client.api.loadTable(nationalTable()).then(
    (result) => {
      performance.mark('sneeuwbal:table-loaded', { detail: result.ok ? { regions: result.regions, fetchMs: result.fetchMs, parseMs: result.parseMs } : null });
      table = result.ok ? { status: 'ready', value: result } : { status: 'failed', message: result.error };
      follow();
      render();
      search.refresh();
    },
    (error: unknown) => {
      console.error(error);
      table = { status: 'failed' };
      render();
    },
  );
}

/** Whether a gemeente view holds the code (the gemeente itself, one of its wijken or buurten). */
function contains(view: AreaView, code: string): boolean {
  return view.gemeente.code === code || view.wijken.some((w) => w.code === code) || view.buurten.some((b) => b.code === code);
}
