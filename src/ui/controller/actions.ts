import { InputError, isInputError, messageOf } from '../../core/errors.ts';
import { tooDeep } from '../../core/json.ts';
import { gemeenteOf } from '../../data/regions.ts';
import { validateScenario, type Scenario } from '../../experiments/scenario.ts';
import type { Message } from '../../workers/dataApi.ts';
import { downloadJson } from '../export/download.ts';
import { isRegisterFile } from '../calibration/registerSource.ts';
import { fileName } from '../export/csv.ts';
import { importScenario } from '../state/edits.ts';
import { planningArea, toScenario } from '../state/workspace.ts';
import type { SavedScenario } from '../storage/db.ts';
import { inBoth } from '../i18n/index.ts';
import { uploadTooBig } from './areaData.ts';
import type { AppContext } from './context.ts';

/**
 * What the buttons do that is more than a state change: files in and out, saving, opening. Every
 * failure ends as a plain message on the page (role=alert) and leaves what was there untouched.
 */
export function createActions(ctx: AppContext) {
  const { store, memory } = ctx;
  const notice = (kind: 'info' | 'error', text: Message) => {
    memory.notice = { kind, text };
    ctx.render();
  };
  /** The answer to an upload, next to its control; focus goes to it so it is read and seen. */
  const uploadNotice = (place: 'cbs' | 'field', kind: 'info' | 'warning' | 'error', text: Message) => {
    memory.notice = { kind, text, place };
    ctx.focusAfterRender(`[data-upload-message="${place}"]`);
  };
  const codes = () => planningArea(store.get().area, store.get().group, store.get().workspace);

  /** Opens a scenario (from a file or the saved list): its area becomes the planning area. */
  function open(scenario: Scenario): void {
    const state = store.get();
    const { workspace, area, replaced } = importScenario(state.workspace, scenario, codes());
    const group = workspace.groups.find((g) => g.name === area[0]);
    const code = group ? gemeenteOf(group.buurten[0]) : area[0];
    if (area.length > 1 || !code)
      throw new InputError(
        'scenario.several-areas',
        inBoth((l) => l.t.plan.severalAreas(area.join(', '))),
      );
    const name = scenario.name ?? '';
    store.update({
      workspace,
      group: group ? group.name : null,
      area: group ? (state.area && gemeenteOf(state.area) === code ? state.area : code) : code,
      tab: 'plan',
      base: 0,
    });
    notice(
      'info',
      inBoth((l) => (replaced ? l.t.plan.importedReplaced(name) : l.t.plan.imported(name))),
    );
  }

  return {
    exportActive(): void {
      const ws = store.get().workspace;
      try {
        const scenario = toScenario(ws, ws.active, codes());
        downloadJson(scenario, fileName(scenario.name ?? 'scenario', 'json'));
      } catch (e) {
        notice('error', messageOf(e));
      }
    },

    async importFile(file: File): Promise<void> {
      try {
        if (uploadTooBig(file.size))
          throw new InputError(
            'scenario.too-big',
            inBoth((l) => l.t.plan.scenarioTooBig(file.name)),
          );
        const text = await file.text();
        // Nesting is checked before parsing (core/json.ts): 20,000 nested arrays get a plain message, not a stack overflow.
        const deep = tooDeep(text);
        if (deep)
          throw new InputError(
            'scenario.too-deep',
            inBoth((l) => l.t.plan.scenarioTooDeep),
            { file: file.name, ...deep },
          );
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          throw new InputError(
            'scenario.not-json',
            inBoth((l) => l.t.plan.notJson(file.name)),
          );
        }
        open(validateScenario(json));
      } catch (e) {
        const message = messageOf(e);
        notice(
          'error',
          inBoth((l) => l.t.plan.importFailed(message[l.lang])),
        );
      }
    },

    openSaved(entry: SavedScenario): void {
      try {
        open(validateScenario(entry.scenario));
      } catch (e) {
        notice('error', messageOf(e));
      }
    },

    downloadSaved(entry: SavedScenario): void {
      downloadJson(entry.scenario, fileName(entry.name || 'scenario', 'json'));
    },

    async deleteSaved(entry: SavedScenario): Promise<void> {
      await ctx.library.deleteScenario(entry.id);
    },

    async save(all: boolean, areaName: string): Promise<void> {
      const ws = store.get().workspace;
      const indices = all ? ws.scenarios.map((_, i) => i) : [ws.active];
      try {
        for (const i of indices) await ctx.library.saveScenario(toScenario(ws, i, codes()), areaName);
        notice(
          'info',
          inBoth((l) => (all ? l.t.plan.savedAll(l.fmt.count(indices.length)) : l.t.plan.saved(ws.scenarios[ws.active].name))),
        );
      } catch (e) {
        notice('error', isInputError(e) ? messageOf(e) : inBoth((l) => l.t.plan.saveFailed));
      }
    },

    async uploadTable(file: File): Promise<void> {
      if (uploadTooBig(file.size))
        return uploadNotice(
          'cbs',
          'error',
          inBoth((l) => l.t.files.failed(l.t.files.tooBig(file.name))),
        );
      memory.busy = inBoth((l) => l.t.files.reading(file.name));
      ctx.render();
      const error = await ctx.data.upload(await file.arrayBuffer(), file.name);
      memory.busy = null;
      const table = ctx.data.table;
      const regions = table.status === 'ready' ? table.value.regions : 0;
      // What the reader noticed (a file cut off, columns missing) is said with the answer, not hidden.
      const warnings = table.status === 'ready' ? table.value.warnings : [];
      if (error)
        uploadNotice(
          'cbs',
          'error',
          inBoth((l) => l.t.files.failed(error[l.lang])),
        );
      else
        uploadNotice(
          'cbs',
          warnings.length ? 'warning' : 'info',
          inBoth((l) => [l.t.files.loaded(file.name, l.fmt.count(regions)), ...warnings.map((w) => w[l.lang])].join(' ')),
        );
    },

    async useBundled(): Promise<void> {
      await ctx.data.useBundled();
      memory.notice = null;
      ctx.render();
    },

    async uploadField(file: File): Promise<void> {
      if (uploadTooBig(file.size))
        return uploadNotice(
          'field',
          'error',
          inBoth((l) => l.t.files.fieldFailed(l.t.files.tooBig(file.name))),
        );
      const bytes = await file.arrayBuffer();
      // A register uploaded here belongs in "Bestaande cirkels" (which calibration reads too).
      if (isRegisterFile(new Uint8Array(bytes)))
        return uploadNotice(
          'field',
          'error',
          inBoth((l) => l.t.files.fieldFailed(l.t.register.fieldIsRegister(file.name))),
        );
      // A copy goes to the worker: the original bytes are what the browser keeps.
      const result = await ctx.client.api.readField(
        { bytes: bytes.slice(0), file: file.name },
        store.get().workspace.groups.map((g) => g.name),
      );
      if (!result.ok)
        return uploadNotice(
          'field',
          'error',
          inBoth((l) => l.t.files.fieldFailed(result.error[l.lang])),
        );
      try {
        await ctx.library.saveField(bytes, result.data);
        uploadNotice(
          'field',
          'info',
          inBoth((l) => l.t.files.fieldLoaded(file.name, l.fmt.count(result.data.rows.length))),
        );
      } catch {
        uploadNotice(
          'field',
          'error',
          inBoth((l) => l.t.plan.saveFailed),
        );
      }
    },
  };
}

export type Actions = ReturnType<typeof createActions>;
