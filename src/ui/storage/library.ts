import type { FieldData } from '../../data/field.ts';
import type { RegisterCircle } from '../../data/register.ts';
import type { Scenario } from '../../experiments/scenario.ts';
import type { BuurtGroup } from '../../experiments/area.ts';
import { newId, openLibraryDb, type Db, type SavedField, type SavedGroup, type SavedPosterior, type SavedRegister, type SavedScenario } from './db.ts';

/**
 * The saved scenarios and field data as the app sees them: lists kept in memory for rendering,
 * written through to IndexedDB. When the browser refuses IndexedDB (some private modes), the
 * library says so (`available` false) and the page explains that saving is not possible here;
 * nothing else breaks.
 */
export interface Library {
  readonly available: boolean | null;
  readonly scenarios: readonly SavedScenario[];
  readonly fields: readonly SavedField[];
  /** The kerkdorpen made in this browser, by name. */
  readonly groups: readonly SavedGroup[];
  /** Saves a group; `replacing` is its former name when it was renamed. */
  saveGroup(group: BuurtGroup, replacing: string | null): Promise<void>;
  deleteGroup(name: string): Promise<void>;
  /** The circle register of a gemeente (empty when none was saved). */
  register(gemeente: string): readonly RegisterCircle[];
  /** Replaces a gemeente's register as a whole (callers check it first: what is saved is always valid). */
  saveRegister(gemeente: string, circles: readonly RegisterCircle[]): Promise<void>;
  saveScenario(scenario: Scenario, areaName: string): Promise<SavedScenario>;
  deleteScenario(id: string): Promise<void>;
  saveField(bytes: ArrayBuffer, data: FieldData): Promise<SavedField>;
  deleteField(id: string): Promise<void>;
  /** The posterior the computations average over, as saved (null: fixed values). */
  readonly posterior: SavedPosterior | null;
  /** Keeps the posterior in use (null forgets it). */
  savePosterior(p: Omit<SavedPosterior, 'slot' | 'savedAt'> | null): Promise<void>;
}

export function createLibrary(onChange: () => void, open: () => Promise<Db> = openLibraryDb): Library {
  let db: Db | null = null;
  let available: boolean | null = null;
  let scenarios: SavedScenario[] = [];
  let fields: SavedField[] = [];
  let groups: SavedGroup[] = [];
  const registers = new Map<string, SavedRegister>();
  let posterior: SavedPosterior | null = null;
  const byName = (xs: SavedGroup[]) => xs.sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  const newestFirst = <T extends { savedAt: string }>(xs: T[]) => xs.sort((a, b) => b.savedAt.localeCompare(a.savedAt));

  const ready = open().then(
    async (opened) => {
      db = opened;
      scenarios = newestFirst(await opened.getAll('scenarios'));
      fields = newestFirst(await opened.getAll('fieldData'));
      groups = byName(await opened.getAll('groups'));
      for (const r of await opened.getAll('registers')) registers.set(r.gemeente, r);
      posterior = (await opened.get('posteriors', 'inUse')) ?? null;
      available = true;
      onChange();
    },
    (error: unknown) => {
      console.warn('Sneeuwbal: IndexedDB is not available', error);
      available = false;
      onChange();
    },
  );

  const need = async (): Promise<Db> => {
    await ready;
    if (!db) throw new Error('IndexedDB is not available');
    return db;
  };

  return {
    get available() {
      return available;
    },
    get scenarios() {
      return scenarios;
    },
    get fields() {
      return fields;
    },
    get groups() {
      return groups;
    },
    async saveGroup(group, replacing) {
      const store = await need();
      const entry: SavedGroup = { name: group.name, buurten: [...group.buurten], savedAt: new Date().toISOString() };
      const tx = store.transaction('groups', 'readwrite');
      if (replacing && replacing !== group.name) await tx.store.delete(replacing);
      await tx.store.put(entry);
      await tx.done;
      groups = byName([entry, ...groups.filter((g) => g.name !== group.name && g.name !== replacing)]);
      onChange();
    },
    register(gemeente) {
      return registers.get(gemeente)?.circles ?? [];
    },
    async saveRegister(gemeente, circles) {
      const entry: SavedRegister = { gemeente, circles: circles.map((c) => ({ ...c })), savedAt: new Date().toISOString() };
      // Written first, shown after: what the page shows is what a reload finds.
      await (await need()).put('registers', entry);
      registers.set(gemeente, entry);
      onChange();
    },
    async deleteGroup(name) {
      await (await need()).delete('groups', name);
      groups = groups.filter((g) => g.name !== name);
      onChange();
    },
    async saveScenario(scenario, areaName) {
      const store = await need();
      // Saving a scenario with the same name for the same area replaces it: "save" twice is not two copies.
      const same = scenarios.find((s) => s.name === (scenario.name ?? '') && s.scenario.area.join() === scenario.area.join());
      const entry: SavedScenario = { id: same?.id ?? newId(), name: scenario.name ?? '', savedAt: new Date().toISOString(), areaName, scenario };
      await store.put('scenarios', entry);
      scenarios = newestFirst([entry, ...scenarios.filter((s) => s.id !== entry.id)]);
      onChange();
      return entry;
    },
    async deleteScenario(id) {
      await (await need()).delete('scenarios', id);
      scenarios = scenarios.filter((s) => s.id !== id);
      onChange();
    },
    async saveField(bytes, data) {
      const store = await need();
      const entry: SavedField = {
        id: newId(),
        file: data.file,
        savedAt: new Date().toISOString(),
        bytes,
        rows: data.rows.length,
        areas: data.areas,
        first: data.first,
        last: data.last,
      };
      await store.put('fieldData', entry);
      fields = newestFirst([entry, ...fields]);
      onChange();
      return entry;
    },
    get posterior() {
      return posterior;
    },
    async savePosterior(p) {
      const store = await need();
      if (p) await store.put('posteriors', (posterior = { slot: 'inUse', ...p, savedAt: new Date().toISOString() }));
      else {
        await store.delete('posteriors', 'inUse');
        posterior = null;
      }
    },
    async deleteField(id) {
      await (await need()).delete('fieldData', id);
      fields = fields.filter((f) => f.id !== id);
      onChange();
    },
  };
}
