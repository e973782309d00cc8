import { inBoth, type Locale } from '../i18n/index.ts';
import type { Scenario } from '../../experiments/scenario.ts';
import { inputKey } from '../simulation/simulator.ts';
import { chosenFrom, greedyOptions } from '../simulation/placement.ts';
import { deleteGroup, editActive, saveGroup, setParam, toggleChosen } from '../state/edits.ts';
import { effectiveLevel } from '../state/state.ts';
import { planningArea, scenarioJson, usesChosen } from '../state/workspace.ts';
import { checkArea } from '../register/check.ts';
import { scenarioWithRegister } from '../register/scenario.ts';
import type { SmartChoice } from '../views/plan/scenarioEditor.ts';
import { areaPage } from '../views/areaPage.ts';
import { groupEditor, type GroupDraft } from '../views/area/groupEditor.ts';
import { uploads } from '../views/area/uploads.ts';
import { h } from '../views/dom.ts';
import { button, section } from '../views/fields.ts';
import { planPage, savedScenariosSection } from '../views/plan/planPage.ts';
import { regionMap } from '../views/regionMap.ts';
import { researchPage } from '../views/research/researchPage.ts';
import type { Actions } from './actions.ts';
import type { AppContext } from './context.ts';
import type { Maps } from './maps.ts';
import { posteriorToSave, type PosteriorInUse } from '../calibration/posteriorInUse.ts';
import { calibrationSlot } from './calibration.ts';
import { createRegisterPanel, registerSource } from './register.ts';
import { monthWords } from '../views/register/registerCard.ts';

import type { PageInput } from './pageInput.ts';
export type { PageInput };

/**
 * The pages that need no chart library: the start page, the area page (with groups and uploads),
 * the scenario editor and the research page. Each turns (state, data) into elements and wires
 * the callbacks to store updates or actions.
 */
export function createPanels(ctx: AppContext, actions: Actions, maps: Maps) {
  const { store, memory } = ctx;
  const update = store.update;
  const registerPanel = createRegisterPanel(ctx, maps);
  const tableInfo = () =>
    ctx.data.table.status === 'ready'
      ? { file: ctx.data.table.value.file, regions: ctx.data.table.value.regions, bundled: ctx.data.bundled, warnings: ctx.data.table.value.warnings }
      : null;

  const uploadsBlock = (locale: Locale) =>
    uploads({
      locale,
      table: tableInfo(),
      busy: memory.busy ? memory.busy[locale.lang] : null,
      message: memory.notice?.place ? { place: memory.notice.place, kind: memory.notice.kind, text: memory.notice.text[locale.lang] } : null,
      fields: ctx.library.fields,
      storage: ctx.library.available,
      onCbsFile: (f) => void actions.uploadTable(f),
      onFieldFile: (f) => void actions.uploadField(f),
      onBundledTable: () => void actions.useBundled(),
      onDeleteField: (f) => void ctx.library.deleteField(f.id),
    });

  const saved = (locale: Locale) =>
    savedScenariosSection({
      locale,
      saved: ctx.library.scenarios,
      storage: ctx.library.available,
      onOpen: actions.openSaved,
      onDownload: actions.downloadSaved,
      onDelete: (e) => void actions.deleteSaved(e),
    });

  /** Greedy placement for the active draft's chosen routes (computed on request, offered as a proposal). */
  function smartChoice(p: PageInput, wijkNames: ReadonlyMap<string, string>): SmartChoice {
    const ws = p.state.workspace;
    const draft = ws.scenarios[ws.active];
    const found = greedyOptions(draft, p.planning!.buurten, wijkNames);
    // Judged at the workspace's own horizon, so "verwachte dekking na 10 jaar" matches the other tabs
    // (the engine would otherwise stop at the shortest horizon its takeoff rule needs, e.g. 7 years).
    const options = found ? { ...found, months: ws.months } : null;
    let scenario: Scenario | null = null;
    try {
      // The engine places the seeds itself; the draft's own (maybe still empty) list does not matter.
      const auto = editActive(ws, (d) => ({
        ...d,
        plan: Object.fromEntries(
          Object.entries(d.plan).map(([r, spec]) => [r, spec.placement === 'chosen' ? { ...spec, placement: 'auto' } : spec]),
        ) as typeof d.plan,
      }));
      // From the register too: the proposal adds to the circles that exist (as every computation does).
      scenario = scenarioWithRegister(
        scenarioJson(auto, ws.active, p.planning!.codes),
        p.register.circles,
        checkArea({ code: '', name: p.planning!.name, buurten: p.planning!.buurten }),
        p.register.start,
      );
    } catch {
      scenario = null;
    }
    const key = options && scenario ? inputKey(ctx.data.tableId, 'greedy', scenario, options) : null;
    const result = key ? ctx.sim.placement(key) : null;
    const { fmt } = p.locale;
    const chosen = result && options ? chosenFrom(result, options.units ?? []) : null;
    const pct = (v: number) => fmt.percent(v * 100, 1);
    return {
      possible: key !== null,
      slow: (options?.units?.length ?? 0) > 12,
      running: ctx.sim.status.running,
      proposal: result
        ? {
            list: result.allocation.map((a) => `${a.name} (${fmt.count(a.seeds)})`).join(', '),
            value: p.locale.t.plan.chosen.proposalValue(
              fmt.count(result.search.months / 12),
              pct(result.value.mean),
              pct(result.baselines.auto),
              pct(result.baselines.random.mean),
            ),
          }
        : null,
      applied: !!chosen && [...chosen].sort().join() === [...draft.chosen].sort().join(),
      onRun: () => {
        if (!key || !options || !scenario) return;
        ctx.sim.acknowledge();
        void ctx.sim.runGreedy(ctx.data.tableId, { key, scenario, options });
      },
      onApply: () => {
        if (chosen) update({ workspace: editActive(store.get().workspace, (d) => ({ ...d, chosen })) });
      },
    };
  }

  /** The gemeente's buurten for making a group: click to add or remove; the draft's are marked. */
  function groupMap(p: PageInput, draft: GroupDraft): HTMLElement | null {
    const { t } = p.locale;
    const chooser = maps.chooser(
      p.view,
      p.view.buurten.map((b) => b.code),
      p.geometry,
      ctx.data.tableId,
    );
    if (chooser.status !== 'ready') return null;
    return regionMap({
      locale: p.locale,
      spec: chooser.spec,
      caption: t.groups.mapCaption,
      label: t.coverage.mapLabel(p.view.gemeente.name),
      selected: null,
      toggle: true,
      marked: { codes: draft.buurten, label: t.groups.mapMarked },
      keyPrefix: 'group-map',
      onSelect: (code) => {
        if (draft.buurten.has(code)) draft.buurten.delete(code);
        else draft.buurten.add(code);
        ctx.render();
      },
    });
  }

  return {
    start(locale: Locale): HTMLElement[] {
      return [h('p', { class: 'utrecht-paragraph' }, locale.t.planning.startHere), saved(locale), uploadsBlock(locale)];
    },

    area(p: PageInput): HTMLElement[] {
      const { state, locale, view } = p;
      const { t, fmt } = locale;
      const level = effectiveLevel(state);
      const planning = p.planning;
      const planCard = planning
        ? section(
            t.planning.heading,
            2,
            'sb-card sb-planning',
            h(
              'p',
              { class: 'utrecht-paragraph' },
              t.planning.areaIs(planning.name, planning.levelWord, planning.age65plus === null ? t.missing.unknown : fmt.count(planning.age65plus)),
            ),
            h('p', { class: 'utrecht-paragraph utrecht-paragraph--small' }, t.planning.kritischeMassa),
            button(t.planning.toPlan(planning.name), 'to-plan', () => update({ tab: 'plan' }), 'primary'),
          )
        : null;
      const [summary, ...rest] = areaPage({
        locale,
        view,
        level,
        selected: state.area && state.area !== view.gemeente.code ? state.area : null,
        sort: state.sort,
        map: maps.share(view, level, p.geometry, ctx.data.tableId),
        onSelect: (code) => update({ area: code ?? view.gemeente.code, group: null }),
        onLevel: (next) => update({ level: next }),
        onSort: (sort) => update({ sort }),
      });
      return [
        summary,
        ...(planCard ? [planCard] : []),
        ...rest,
        groupEditor({
          locale,
          groups: state.workspace.groups,
          buurten: view.buurten,
          wijkNames: new Map(view.wijken.map((w) => [w.code, w.name])),
          planningGroup: state.group,
          draft: memory.groupDraft,
          map: memory.groupDraft ? groupMap(p, memory.groupDraft) : null,
          problem: memory.groupProblem ? memory.groupProblem[locale.lang] : null,
          onDraft: (draft) => {
            memory.groupDraft = draft;
            memory.groupProblem = null;
            // Focus goes where the next step is: the name of a new group, or back to the button.
            ctx.focusAfterRender(draft ? '#group-name' : '[data-focus-key="group-new"]');
          },
          onSave: (draft) => {
            const name = draft.name.trim();
            if (!name || !draft.buurten.size) {
              const key = !name ? 'needName' : 'needBuurten';
              memory.groupProblem = inBoth((l) => l.t.groups[key]);
              return ctx.focusAfterRender(name ? '.sb-group-form [role="alert"]' : '#group-name');
            }
            memory.groupDraft = null;
            memory.groupProblem = null;
            const now = store.get();
            const renamed = draft.replacing && draft.replacing !== name && now.group === draft.replacing;
            update({ workspace: saveGroup(now.workspace, { name, buurten: [...draft.buurten] }, draft.replacing), ...(renamed ? { group: name } : {}) });
            // Also on its own in IndexedDB, so it outlives this tab and its link.
            void ctx.library.saveGroup({ name, buurten: [...draft.buurten] }, draft.replacing).catch(() => undefined);
            ctx.focusAfterRender(`[data-group="${CSS.escape(name)}"] button`);
          },
          onDelete: (name) => {
            const now = store.get();
            update({ workspace: deleteGroup(now.workspace, name), group: now.group === name ? null : now.group });
            void ctx.library.deleteGroup(name).catch(() => undefined);
            ctx.focusAfterRender('.sb-groups-card h2');
          },
          onPlan: (name) => {
            update({ group: name });
            ctx.focusAfterRender('.sb-planning h2');
          },
        }),
        registerPanel(p),
        uploadsBlock(locale),
      ];
    },

    plan(p: PageInput): HTMLElement[] {
      const { state, locale, view } = p;
      const planning = p.planning!;
      const ws = state.workspace;
      const active = ws.scenarios[ws.active];
      const chosen = new Set(active.chosen);
      const chooser = usesChosen(active)
        ? maps.chooser(
            view,
            planning.buurten.map((b) => b.code),
            p.geometry,
            ctx.data.tableId,
          )
        : null;
      const wijkNames = new Map(view.wijken.map((w) => [w.code, w.name]));
      const page = planPage({
        smart: usesChosen(active) ? smartChoice(p, wijkNames) : null,
        locale,
        workspace: ws,
        areaName: planning.name,
        buurten: planning.buurten.map((b) => ({ code: b.code, name: b.name, wijk: b.parent ? (wijkNames.get(b.parent) ?? null) : null })),
        chooserMap:
          chooser?.status === 'ready'
            ? regionMap({
                locale,
                spec: chooser.spec,
                caption: locale.t.plan.chosen.title,
                label: locale.t.coverage.mapLabel(planning.name),
                selected: null,
                toggle: true,
                marked: { codes: chosen, label: locale.t.coverage.seedLabel },
                keyPrefix: 'chooser',
                onSelect: (code) => update({ workspace: toggleChosen(store.get().workspace, code) }),
              })
            : null,
        invalid: p.planned[ws.active]?.invalid ?? null,
        saved: ctx.library.scenarios,
        storage: ctx.library.available,
        running: ctx.sim.status.running,
        onWorkspace: (edit) => update({ workspace: edit(store.get().workspace) }),
        // "Bereken en vergelijk": opens the results and starts computing them, here and now.
        onRun: () => {
          ctx.sim.acknowledge();
          update({ tab: 'results' });
          void ctx.compute.scenarios();
          ctx.focusAfterRender('#tab-panel h2');
        },
        onSave: (all) => void actions.save(all, planning.name),
        onExport: actions.exportActive,
        onImport: (file) => void actions.importFile(file),
        savedSection: saved(locale),
      });
      // Under the title: the scenarios start from the register's circles (and how many there are).
      const today = p.register.today;
      if (today)
        page.splice(
          2,
          0,
          h(
            'p',
            { class: 'utrecht-paragraph sb-register__today', 'data-plan-register': '' },
            locale.t.register.startsFrom(locale.fmt.count(today.circles), today.circles === 1, monthWords(locale, today.start)),
          ),
        );
      return page;
    },

    research(p: PageInput): HTMLElement[] {
      const deps = () => ({
        locale: ctx.locale(),
        // The gemeente's register first (what calibration reads now), then older counts files.
        fieldData: () => [...registerSource(ctx, store.get().area), ...ctx.library.fields],
        pool: ctx.calibrationPool,
        dataApi: ctx.client.api,
        // Read at call time: the screen is mounted once and outlives the render that mounted it.
        planningArea: () => {
          const now = store.get();
          return { codes: planningArea(now.area, now.group, now.workspace), groups: now.workspace.groups };
        },
        params: () => ({ ...store.get().workspace.scenarios[store.get().workspace.active].params }),
        setParams: (params: Record<string, number>) => {
          let ws = store.get().workspace;
          for (const [name, value] of Object.entries(params)) ws = setParam(ws, name, value);
          update({ workspace: ws });
        },
        posterior: () => ctx.memory.posterior,
        usePosterior: (posterior: PosteriorInUse | null) => {
          // Results are kept by key, and the key names the posterior: nothing computed is lost or mixed up.
          ctx.memory.posterior = posterior;
          // Kept where the scenarios are (IndexedDB), not in the link; without IndexedDB it lasts this tab.
          if (ctx.library.available)
            void ctx.library
              .savePosterior(posterior ? posteriorToSave(posterior) : null)
              .catch((e: unknown) => console.warn('Sneeuwbal: posterior not saved', e));
          ctx.render();
        },
      });
      return researchPage({
        locale: p.locale,
        workspace: p.state.workspace,
        calibration: calibrationSlot(ctx, p.locale, deps),
        onWorkspace: (edit) => update({ workspace: edit(store.get().workspace) }),
      });
    },
  };
}
