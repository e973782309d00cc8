import { gemeenteOf } from '../data/regions.ts';
import type { AreaView } from '../workers/dataApi.ts';
import { BrowserPool, silenceOf } from '../workers/browser-pool.ts';
import { createDataClient } from '../workers/dataClient.ts';
import { createActions } from './controller/actions.ts';
import { createAtlasPanel } from './controller/atlasPanel.ts';
import { createAreaData } from './controller/areaData.ts';
import { createCompute, RESULT_TABS } from './controller/compute.ts';
import { createMemory, type AppContext } from './controller/context.ts';
import { createMaps } from './controller/maps.ts';
import { createPanels, type PageInput } from './controller/panels.ts';
import { plannedScenarios, planningAreaOf, registerInPlan } from './controller/planning.ts';
import { currentMonth } from '../data/registerArea.ts';
import { createRedraw } from './controller/redraw.ts';
import { createResultPanels } from './controller/resultPanels.ts';
import { inBoth, localeFor, type Locale } from './i18n/index.ts';
import { createSimulator, type SimStatus } from './simulation/simulator.ts';
import { createStore, type AppState, type Tab } from './state/state.ts';
import { isAreaCode, parseUrl, SAFE_LINK_CHARS, serialiseState } from './state/url.ts';
import type { Workspace } from './state/workspace.ts';
import { encodeWorkspace } from './state/workspaceCodec.ts';
import { createLibrary } from './storage/library.ts';
import { posteriorFromSaved } from './calibration/posteriorInUse.ts';
import { createAreaSearch } from './views/areaSearch.ts';
import { h, replaceKeepingFocus } from './views/dom.ts';
import { createRunStatus } from './views/runStatus.ts';
import { shellOf, type Shell } from './views/shell.ts';
import { tabBar, tabPanel } from './views/tabs.ts';

/**
 * The app controller: owns the store (whose state is the URL), the data worker, the simulation
 * pool and the saved library, and renders the page for the chosen tab from (state, data,
 * results). Views keep no state; pages that draw charts load on first need.
 */
type Charted = typeof import('./views/charted.ts');

export async function startApp(doc: Document): Promise<void> {
  const { state: initial, broken, dropped } = await parseUrl(doc.location.search);
  const store = createStore<AppState>(initial);
  const shell: Shell = shellOf(doc);
  const client = createDataClient();
  const pool = new BrowserPool(undefined, undefined, silenceOf(globalThis));
  const memory = createMemory();
  if (broken) memory.notice = { kind: 'error', text: inBoth((l) => l.t.planning.brokenLink) };
  // A link read leniently says what it left out (the field and why), never silently.
  else if (dropped.length) memory.notice = { kind: 'info', text: inBoth((l) => l.t.planning.droppedLink(dropped.map((d) => d.message[l.lang]).join('; '))) };
  const locale = (): Locale => localeFor(store.get().lang);

  /** Set by a copied link that opens a results tab: computed once, when its data has arrived. */
  let computeOnLoad = RESULT_TABS.includes(initial.tab);
  // Declared before anything can ask for a redraw; draws with render() below.
  const redraw = createRedraw(
    doc,
    () => render(),
    () => shell.areaSlot,
  );
  let charted: Charted | null = null;
  let chartedLoading = false;
  let firstAreaPaint = true;
  let phase = '';
  let wasRunning = false;

  const ctx: AppContext = {
    doc,
    store,
    client,
    pool,
    // Workers start on first use, so a second pool costs nothing until a calibration runs.
    calibrationPool: new BrowserPool(),
    memory,
    locale,
    render: () => redraw.request(),
    focusAfterRender: (selector) => redraw.focusAfter(selector),
    link: () => doc.location.href,
    data: createAreaData(client, () => {
      redraw.request();
      computeOnceLoaded();
    }),
    library: createLibrary(() => {
      redraw.request();
      adoptSavedGroups();
      adoptSavedPosterior();
      computeOnceLoaded();
    }),
    sim: createSimulator({
      pool,
      buildArea: (codes, groups) => client.api.buildArea(codes, groups),
      rankUnits: (within, level, groups) => client.api.rankUnits(within, level, groups),
      onChange: () => {
        // While replications come in, only the progress bar changes; everything else waits for the end.
        const s = ctx.sim.status;
        // Marks for the performance test (and anyone profiling): when computing starts and stops.
        if (s.running !== wasRunning) performance.mark(s.running ? 'sneeuwbal:run-start' : 'sneeuwbal:run-end', { detail: s.kind });
        wasRunning = s.running;
        // The page is redrawn when a computation starts, ends or fails, not between scenarios of a
        // run: the redraw (cards, tables, charts) would compete with the workers for the main thread.
        if (phaseOf(s) === phase) runStatus.update(s, locale());
        else redraw.request();
      },
    }),
    compute: null!,
  };
  const { data, sim } = ctx;
  const compute = createCompute(sim, data, () => pageInput());
  ctx.compute = compute;
  const actions = createActions(ctx);
  const maps = createMaps(memory.mapSpecs);
  const panels = createPanels(ctx, actions, maps);
  const resultPanels = createResultPanels(ctx, actions, maps);
  const atlasPanel = createAtlasPanel(ctx);
  const runStatus = createRunStatus((kind) => sim.cancel(kind ?? undefined));
  const tabsSlot = doc.getElementById('tabs-slot')!;
  const noticeSlot = doc.getElementById('notice')!;
  doc.getElementById('run-slot')!.replaceChildren(runStatus.element);

  const gemeenteCode = (): string | null => {
    const code = store.get().area;
    return code && isAreaCode(code) ? gemeenteOf(code) : null;
  };

  const search = createAreaSearch(
    {
      search: async (query) => (data.table.status === 'ready' ? client.api.search(query) : null),
      choose: (code) => store.update({ area: code, level: null, group: null }),
    },
    locale(),
  );
  shell.searchSlot.replaceChildren(search.element);
  let searchReady = false;
  shell.langSwitch.addEventListener('click', () => {
    store.update({ lang: localeFor(store.get().lang).t.app.otherLang });
    // Scenario names follow the language, and with them the results' keys.
    compute.forTab(store.get().tab);
  });
  // A printed chart carries its numbers: the table views open for printing and close afterwards.
  let openedForPrint: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    openedForPrint = [...doc.querySelectorAll<HTMLDetailsElement>('details.sb-chart__table:not([open])')];
    for (const d of openedForPrint) d.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const d of openedForPrint) d.open = false;
    openedForPrint = [];
  });

  function currentView(): AreaView | null {
    const gm = gemeenteCode();
    const loaded = gm ? data.area(gm) : null;
    return loaded?.status === 'ready' ? loaded.value : null;
  }

  function alerts(state: AppState, l: Locale, view: AreaView | null): void {
    const gm = gemeenteCode();
    const loaded = gm ? data.area(gm) : null;
    const { t } = l;
    if (data.table.status === 'failed') shell.alert(data.table.message?.[l.lang] ?? t.status.loadFailed);
    else if (state.area && !isAreaCode(state.area)) shell.alert(t.status.areaNotFound(state.area));
    else if (loaded?.status === 'ready' && loaded.value === null) shell.alert(t.status.areaNotFound(state.area ?? ''));
    else if (loaded?.status === 'failed') shell.alert(t.status.loadFailed);
    else if (view && state.area && !contains(view, state.area)) shell.alert(t.status.areaNotFound(state.area));
    else if (memory.notice?.kind === 'error' && !memory.notice.place) shell.alert(memory.notice.text[l.lang]);
    else if (sim.status.error) shell.alert(t.run.failed(sim.status.error[l.lang]));
    else shell.alert(null);
    const info = memory.notice?.kind === 'info' && !memory.notice.place ? memory.notice.text[l.lang] : '';
    if (noticeSlot.textContent !== info) noticeSlot.textContent = info;

    if (data.table.status === 'loading') shell.status(t.status.loadingTable);
    else if (state.area && loaded?.status === 'loading') shell.status(t.status.loadingArea(state.area));
    else if (data.table.status === 'ready') shell.status(t.status.loadedTable(l.fmt.count(data.table.value.regions)));
    // A name typed while the table was still loading gets its options as soon as the table is there.
    if (data.table.status === 'ready' && !searchReady) {
      searchReady = true;
      search.refresh();
    }
  }

  function needCharts(): Charted | null {
    if (!charted && !chartedLoading) {
      chartedLoading = true;
      import('./views/charted.ts').then(
        (m) => {
          charted = m;
          redraw.request();
        },
        (error: unknown) => {
          chartedLoading = false;
          console.error(error);
        },
      );
    }
    return charted;
  }

  /** Everything a page is drawn from, or null while the gemeente's data is not there. */
  function pageInput(): PageInput | null {
    const state = store.get();
    const view = currentView();
    if (!view || view.gemeente.code !== gemeenteCode()) return null;
    const l = locale();
    const planning = planningAreaOf(state, view, l);
    // The gemeente's register (IndexedDB): every scenario below starts from it.
    const register = registerInPlan(ctx.library.register(view.gemeente.code), state.workspace.start, currentMonth(), planning);
    const posterior = ctx.memory.posterior;
    const planned = planning ? plannedScenarios(state, planning, data.tableId, l, register, posterior?.id) : [];
    return { state, locale: l, view, geometry: data.geometry(view.gemeente.code), planning, planned, register, posterior };
  }

  /**
   * The kerkdorpen saved in this browser join the workspace once the library has opened, so they
   * are there after the browser was closed. A group of the same name from a link wins (it is what
   * the sender planned for).
   */
  let groupsAdopted = false;
  function adoptSavedGroups(): void {
    if (groupsAdopted || ctx.library.available === null) return;
    groupsAdopted = true;
    const ws = store.get().workspace;
    const extra = ctx.library.groups.filter((g) => !ws.groups.some((x) => x.name === g.name));
    if (extra.length)
      store.update({
        workspace: {
          ...ws,
          groups: [...ws.groups, ...extra.map((g) => ({ name: g.name, buurten: g.buurten }))].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
        },
      });
  }

  /**
   * The posterior in use when the browser was closed ("Reken met de onzekerheid uit de
   * kalibratie") is in use again: it is kept in IndexedDB, never in the link.
   */
  let posteriorAdopted = false;
  function adoptSavedPosterior(): void {
    if (posteriorAdopted || ctx.library.available === null) return;
    posteriorAdopted = true;
    const saved = ctx.library.posterior;
    if (!saved || ctx.memory.posterior) return;
    try {
      ctx.memory.posterior = posteriorFromSaved(saved);
    } catch (e) {
      // Written by an older version whose parameters the registry no longer knows: fixed values then.
      console.warn('Sneeuwbal: the saved posterior cannot be read', e);
    }
  }

  /** A copied link's results: once the data is there and the library has opened (the register is part of every scenario). */
  function computeOnceLoaded(): void {
    if (!computeOnLoad || ctx.library.available === null || !pageInput()) return;
    computeOnLoad = false;
    compute.forTab(store.get().tab);
  }

  function onTab(next: Tab): void {
    store.update({ tab: next });
    compute.forTab(next);
  }

  function render(): void {
    const state = store.get();
    const l = locale();
    const { t } = l;
    data.follow(gemeenteCode());
    shell.setLocale(l);
    search.setLocale(l);
    const view = currentView();
    alerts(state, l, view);
    phase = phaseOf(sim.status);
    runStatus.update(sim.status, l);

    if (!view || view.gemeente.code !== gemeenteCode()) {
      shell.setHeading(null);
      doc.title = t.app.title(null);
      tabsSlot.replaceChildren();
      replaceKeepingFocus(shell.areaSlot, ...(data.table.status === 'ready' && !state.area ? panels.start(l) : []));
      return;
    }
    shell.setHeading(view.gemeente.name);
    doc.title = t.app.title(view.gemeente.name);
    const input = pageInput()!;
    const tab: Tab = input.planning ? state.tab : 'area';
    replaceKeepingFocus(tabsSlot, tabBar({ locale: l, tab, onTab }));

    let content: HTMLElement[];
    if (tab === 'area') content = panels.area(input);
    else if (tab === 'plan') content = panels.plan(input);
    else if (tab === 'research') content = panels.research(input);
    else if (tab === 'map') content = resultPanels.map(input);
    else if (tab === 'atlas') content = atlasPanel.page(input);
    else {
      const loaded = needCharts();
      content = loaded
        ? tab === 'results'
          ? resultPanels.results(input, loaded)
          : resultPanels.report(input, loaded)
        : [h('p', { class: 'utrecht-paragraph' }, t.map.loading)];
    }
    replaceKeepingFocus(shell.areaSlot, tabPanel(tab, ...content));
    if (firstAreaPaint) {
      firstAreaPaint = false;
      performance.mark('sneeuwbal:area-table');
    }
  }

  /**
   * The `sc` parameter of each workspace, encoded once: `done` resolves to it (compression is
   * asynchronous), and `sc` holds it once it is there.
   */
  interface Encoding {
    done: Promise<string | null>;
    sc?: string | null;
  }
  const encodings = new WeakMap<Workspace, Encoding>();
  function encodedFor(ws: Workspace): Encoding {
    let encoding = encodings.get(ws);
    if (!encoding) {
      const fresh: Encoding = { done: encodeWorkspace(ws).then((sc) => (fresh.sc = sc)) };
      encodings.set(ws, (encoding = fresh));
    }
    return encoding;
  }

  /** The link that reproduces the page, for the report; until the scenarios are encoded, the address bar's link. */
  function linkFor(state: AppState): string {
    const encoding = encodedFor(state.workspace);
    if (encoding.sc !== undefined) {
      const link = `${doc.location.origin}${doc.location.pathname}${serialiseState(state, encoding.sc)}`;
      // Too long to open (HTTP 431): the link without the scenarios; the page's notice says why.
      return link.length > SAFE_LINK_CHARS ? `${doc.location.origin}${doc.location.pathname}${serialiseState(state, null)}` : link;
    }
    void encoding.done.then(() => {
      if (store.get().workspace === state.workspace && store.get().tab === 'report') redraw.request();
    });
    return doc.location.href;
  }
  ctx.link = () => linkFor(store.get());

  let urlTicket = 0;
  /** The notice that the scenarios do not fit in the link, while it is shown. */
  let linkNotice: typeof memory.notice = null;
  /** Writes the address for `state` once its scenarios are encoded (asynchronous: compression). */
  const writeAddress = (state: AppState) => {
    const ticket = ++urlTicket;
    void encodedFor(state.workspace).done.then((sc) => {
      let query = serialiseState(state, sc);
      // A link too long for a server would open nothing (HTTP 431): leave the scenarios out of
      // the address and say so, instead of writing a link that cannot be reopened.
      const length = `${doc.location.origin}${doc.location.pathname}${query}`.length;
      const tooLong = length > SAFE_LINK_CHARS;
      if (tooLong) query = serialiseState(state, null);
      if (ticket !== urlTicket) return; // only the latest state may write the address
      if (tooLong) {
        memory.notice = linkNotice = { kind: 'error', text: inBoth((x) => x.t.plan.linkTooLong(x.fmt.count(length), x.fmt.count(SAFE_LINK_CHARS))) };
        redraw.request();
      } else if (linkNotice && memory.notice === linkNotice) {
        memory.notice = linkNotice = null;
        redraw.request();
      }
      history.replaceState(history.state, '', `${doc.location.pathname}${query}${doc.location.hash}`);
    });
  };
  store.subscribe((state, previous) => {
    if (state.workspace !== previous.workspace || state.area !== previous.area || state.group !== previous.group) sim.acknowledge();
    if (state.tab !== previous.tab || state.area !== previous.area) memory.notice = null;
    writeAddress(state);
    redraw.request();
  });

  // A link that arrived too long (written by an older version, or by hand) is shortened at once.
  if (doc.location.href.length > SAFE_LINK_CHARS) writeAddress(store.get());
  redraw.now();
  data.start();
}

/** What of a computation's status changes the page beyond its progress bar. */
function phaseOf(s: SimStatus): string {
  return `${s.running}|${s.kind}|${s.error?.en}|${s.cancelled}`;
}

/** Whether a gemeente view holds the code (the gemeente itself, one of its wijken or buurten). */
function contains(view: AreaView, code: string): boolean {
  return view.gemeente.code === code || view.wijken.some((w) => w.code === code) || view.buurten.some((b) => b.code === code);
}
