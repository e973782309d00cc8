import { posteriorLinkWords, posteriorWords } from '../calibration/posteriorInUse.ts';
import { gemeenteOf } from '../../data/regions.ts';
import type { Locale } from '../i18n/index.ts';
import type { Outcome } from '../simulation/simulator.ts';
import { criticalKey as criticalKeyOf, rankKey as rankKeyOf } from './compute.ts';
import { chosenRoutes, defaultCritical, type Workspace } from '../state/workspace.ts';
import { todaySection } from '../views/register/todaySection.ts';
import { monthWords } from '../views/register/registerCard.ts';
import { h } from '../views/dom.ts';
import { driversBlock } from '../views/results/drivers.ts';
import { takeoffWords } from '../views/results/takeoffWords.ts';
import { coveragePage } from '../views/coverage/coveragePage.ts';
import type { FigureContext } from '../views/results/chartFigure.ts';
import type { Actions } from './actions.ts';
import type { AppContext } from './context.ts';
import { trim } from './context.ts';
import { createMapMotion } from './mapMotion.ts';
import type { Maps } from './maps.ts';
import type { PageInput } from './pageInput.ts';

/**
 * The pages that show model results: results (with critical mass and ranking), the coverage map
 * and the council report. Results come from the simulator by key; these functions only draw. The
 * buttons on them start their computation directly (see compute.ts).
 */
type Charted = typeof import('../views/charted.ts');

const CHART_WIDTH = 760;
/**
 * Charts are drawn at the width they get: 760 px on a wide screen, the column's width on a phone,
 * so their text stays at its size instead of being scaled down to 9 px or scrolled sideways.
 * (32 px: the page's side padding; 320 px: below that a chart has no room for its axes.)
 */
const chartWidth = () => Math.max(320, Math.min(CHART_WIDTH, (globalThis.document?.documentElement.clientWidth ?? CHART_WIDTH) - 32));

/** "Gemiddeld over de kalibratie van …, N deeltjes" where results averaged over a posterior. */
function posteriorNote(p: PageInput, where: string): HTMLElement {
  // A saved file names its area by codes: say the names the page knows ("Mill", not "WK198210").
  const names = new Map([p.view.gemeente, ...p.view.wijken, ...p.view.buurten].map((r) => [r.code, r.name]));
  const area = p
    .posterior!.area.split(', ')
    .map((c) => names.get(c) ?? c)
    .join(', ');
  return h(
    'p',
    { class: 'utrecht-paragraph sb-posterior-note', 'data-posterior-note': where },
    posteriorWords(p.locale.lang, { ...p.posterior!, area }, p.locale.fmt.count),
  );
}

export function createResultPanels(ctx: AppContext, actions: Actions, maps: Maps) {
  const { store, memory } = ctx;
  const update = store.update;

  const outcomesOf = (p: PageInput) => p.planned.map((s) => ({ ...s, outcome: s.key ? ctx.sim.result(s.key) : null }));
  const done = (p: PageInput) => outcomesOf(p).filter((s): s is typeof s & { outcome: Outcome } => s.outcome !== null);
  const source = (locale: Locale) =>
    ctx.data.bundled || ctx.data.table.status !== 'ready' ? locale.t.attribution : locale.t.attributionOwn(ctx.data.table.value.file);
  const figure = (locale: Locale, ws: Workspace, key: string): FigureContext => {
    trim(memory.pictures, 24);
    return {
      locale,
      caption: locale.t.charts.caption(source(locale), String(ws.seed), locale.fmt.count(ws.reps)),
      csvMeta: { header: [locale.t.charts.csvSeed, locale.t.charts.csvSource], values: [String(ws.seed), source(locale)] },
      openTables: memory.openTables,
      pictures: memory.pictures,
      pictureKey: `${key}|${locale.lang}`,
    };
  };
  /** The scenario the map and report show: the active one when computed, else the first computed. */
  const shown = (p: PageInput) => {
    const all = done(p);
    return all.find((s) => s.index === p.state.workspace.active) ?? all[0] ?? null;
  };
  /** "Bereken": the scenarios of the page, computed now; focus goes to the status that reports them. */
  const run = () => {
    ctx.sim.acknowledge();
    void ctx.compute.scenarios();
    ctx.focusAfterRender('#tab-panel h2');
  };

  /** The settings callbacks of an analysis: before its first run a setting is only remembered; after it, a change recomputes. */
  function analysis<K extends 'critical' | 'rank'>(field: K) {
    return {
      onSettings: (settings: NonNullable<Workspace[K]>) => {
        if (store.get().workspace[field]) {
          update({ workspace: { ...store.get().workspace, [field]: settings } });
          return void ctx.compute[field]();
        }
        memory.drafts[field] = settings;
        ctx.render();
      },
      onRun: (settings: NonNullable<Workspace[K]>) => {
        ctx.sim.acknowledge();
        update({ workspace: { ...store.get().workspace, [field]: settings } });
        void ctx.compute[field]();
        ctx.focusAfterRender(`[data-analysis="${field}"]`);
      },
    };
  }

  const criticalKey = (p: PageInput, index?: number) => criticalKeyOf(ctx.data.tableId, p, index);
  const rankKey = (p: PageInput) => rankKeyOf(ctx.data.tableId, p);

  const { coverageMap, play } = createMapMotion(ctx, maps);

  return {
    criticalKey,
    rankKey,

    results(p: PageInput, charted: Charted): HTMLElement[] {
      const { state, locale } = p;
      const ws = state.workspace;
      const activeScenario = p.planned[ws.active]?.scenario ?? null;
      const cKey = criticalKey(p);
      const rKey = rankKey(p);
      const running = ctx.sim.status.running;
      const extra: HTMLElement[] = [];
      if (activeScenario) {
        const criticalSection = charted.criticalMassSection({
          locale,
          areaName: p.planning!.name,
          scenarioName: ws.scenarios[ws.active].name,
          settings: ws.critical ?? memory.drafts.critical,
          result: cKey ? ctx.sim.critical(cKey) : null,
          today: p.register.today,
          running,
          source: source(locale),
          figure: figure(locale, ws, cKey ?? 'critical'),
          width: chartWidth(),
          ...analysis('critical'),
        });
        const rankSection = charted.rankingSection({
          locale,
          gemeenteName: p.view.gemeente.name,
          settings: ws.rank ?? memory.drafts.rank,
          hasGroups: ws.groups.some((g) => g.buurten.some((b) => gemeenteOf(b) === p.view.gemeente.code)),
          result: rKey ? ctx.sim.ranking(rKey) : null,
          running,
          csvMeta: figure(locale, ws, 'rank').csvMeta,
          ...analysis('rank'),
          onPlan: (code, isGroup) => {
            update(isGroup ? { group: code, tab: 'plan' } : { area: code, group: null, tab: 'plan' });
            ctx.focusAfterRender('#tab-panel h2');
          },
        });
        // Where the focus goes after "Bereken" of each analysis.
        criticalSection.setAttribute('data-analysis', 'critical');
        // The answer averages over the calibration: say so under the section's heading.
        if (p.posterior) criticalSection.children[0]?.after(posteriorNote(p, 'critical'));
        // "Waar hangt dit van af?" once there is an answer (drivers.ts, in the Web Workers).
        if (cKey && ctx.sim.critical(cKey)) {
          criticalSection.append(
            driversBlock({
              locale,
              drivers: ctx.sim.drivers(cKey),
              running,
              onAsk: () => {
                void ctx.compute.drivers();
                ctx.focusAfterRender('[data-drivers]');
              },
            }),
          );
        }
        rankSection.setAttribute('data-analysis', 'rank');
        if (p.posterior) rankSection.children[0]?.after(posteriorNote(p, 'rank'));
        extra.push(criticalSection, rankSection);
      }
      const page = charted.resultsPage({
        locale,
        areaName: p.planning!.name,
        slots: outcomesOf(p).map((s) => ({ index: s.index, name: s.name, outcome: s.outcome, invalid: s.invalid })),
        base: state.base,
        months: ws.months,
        start: ws.start,
        reps: ws.reps,
        figure: figure(locale, ws, 'results'),
        width: chartWidth(),
        running,
        takeoffRule: takeoffWords(done(p)[0]?.outcome.result, locale),
        extra,
        onRun: run,
        onBase: (base) => update({ base }),
      });
      // Under the title: every number on this page starts from the register's circles.
      const today = p.register.today;
      if (today)
        page.splice(
          1,
          0,
          h(
            'p',
            { class: 'utrecht-paragraph sb-register__today', 'data-results-register': '' },
            locale.t.register.startsFrom(locale.fmt.count(today.circles), today.circles === 1, monthWords(locale, today.start)),
          ),
        );
      if (p.posterior) page.splice(1, 0, posteriorNote(p, 'results'), h('p', { class: 'utrecht-paragraph' }, posteriorLinkWords(locale.lang)));
      return page;
    },

    map(p: PageInput): HTMLElement[] {
      const { state, locale } = p;
      const ws = state.workspace;
      const current = shown(p);
      const years = Math.floor(ws.months / 12);
      const year = Math.min(state.year ?? years, years);
      const draft = current ? ws.scenarios[current.index] : null;
      const seededChosen = draft ? chosenRoutes(draft, true).length > 0 : false;
      const mapState = current ? maps.coverage(current.outcome.key, current.outcome.result.buurten, year, p.geometry) : null;
      const page = coveragePage({
        existing: new Set(p.register.today?.buurten.map((b) => b.code) ?? []),
        locale,
        areaName: p.planning!.name,
        age65plus: p.planning!.age65plus,
        scenarios: outcomesOf(p).map((s) => ({ index: s.index, name: s.name, done: s.outcome !== null })),
        shown: current?.index ?? 0,
        year,
        years,
        start: ws.start,
        totals: current
          ? Array.from({ length: years + 1 }, (_, y) => current.outcome.result.series[Math.min(y * 12, current.outcome.result.series.length - 1)])
          : null,
        spec: mapState?.status === 'ready' ? mapState.spec : null,
        mapMessage: mapState?.status === 'failed' ? locale.t.status.geometryFailed : mapState?.status === 'none' ? locale.t.map.noShapes : null,
        buurten: current?.outcome.result.buurten ?? [],
        seeds: new Set(seededChosen && draft ? draft.chosen : []),
        seedsNote: seededChosen ? null : locale.t.coverage.seedsAuto,
        focus: memory.coverageFocus,
        running: ctx.sim.status.running,
        onScenario: (i) => {
          update({ workspace: { ...store.get().workspace, active: i } });
          void ctx.compute.scenarios();
        },
        onYear: (y) => update({ year: y === years ? null : y }),
        playing: memory.playTimer !== null,
        onPlay: () => play(years),
        onFocus: (code) => {
          memory.coverageFocus = code;
          ctx.render();
        },
        onRun: run,
      });
      // Today (the register) above the forecast: after the title, intro and the area's 65+.
      if (p.register.today) page.splice(3, 0, todaySection(locale, p.register.today, p.planning!.name));
      return page;
    },

    report(p: PageInput, charted: Charted): HTMLElement[] {
      const { state, locale } = p;
      const ws = state.workspace;
      const all = done(p);
      // The proposal when it is marked and computed; otherwise what the map shows (the active scenario).
      const current = all.find((s) => s.index === ws.proposal) ?? shown(p);
      const cKey = current ? criticalKey(p, current.index) : null;
      const reportPage = charted.reportPage({
        locale,
        areaName: p.planning!.name,
        levelWord: p.planning!.levelWord,
        age65plus: p.planning!.age65plus,
        today: p.register.today,
        choices: all.map((s) => ({ index: s.index, name: s.name })),
        proposal: current && ws.proposal === current.index ? ws.proposal : null,
        outcome: current?.outcome ?? null,
        missing: p.planned.some((s) => s.scenario && !ctx.sim.result(s.key!)),
        running: ctx.sim.status.running,
        map: current ? coverageMap(p, current.outcome, Math.floor(ws.months / 12), 'report-map') : null,
        critical: cKey ? ctx.sim.critical(cKey) : null,
        link: ctx.link(),
        source: source(locale),
        onPropose: (index) => {
          update({ workspace: { ...store.get().workspace, proposal: index } });
          void ctx.compute.critical(index);
        },
        onCritical: () => {
          const now = store.get().workspace;
          if (!now.critical) update({ workspace: { ...now, critical: memory.drafts.critical ?? defaultCritical } });
          void ctx.compute.critical(current?.index);
          ctx.focusAfterRender('[data-report-critical]');
        },
        onRun: run,
        onPrint: () => window.print(),
        onExport: actions.exportActive,
      });
      if (p.posterior) reportPage.splice(1, 0, posteriorNote(p, 'report'), h('p', { class: 'utrecht-paragraph' }, posteriorLinkWords(locale.lang)));
      return reportPage;
    },
  };
}
