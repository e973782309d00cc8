import * as Comlink from 'comlink';
import type { AreaView, LoadResult, Message } from '../../workers/dataApi.ts';
import type { DataClient } from '../../workers/dataClient.ts';
import { allGeometryUrls, gemeenteExtras, nationalTable } from '../data/assets.ts';
import { loadGeometry, type GemeenteGeometry } from '../data/geometry.ts';

/**
 * What the page knows about the data: the CBS table in the worker (bundled or the user's own),
 * the chosen gemeente's rows and its boundaries. Loads start when the gemeente changes; results
 * for a gemeente no longer shown are harmless. A table the user uploads replaces the one in use
 * only when it reads without error.
 */
export type Loading<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message?: Message };

type TableState = Loading<Extract<LoadResult, { ok: true }>>;

export interface AreaData {
  readonly table: TableState;
  /** Changes whenever another table is loaded, so results are never mixed across tables. */
  readonly tableId: string;
  readonly bundled: boolean;
  area(gemeente: string): Loading<AreaView | null> | null;
  geometry(gemeente: string): Loading<GemeenteGeometry | null> | null;
  /** Start loading what the gemeente needs (no-op when already there). */
  follow(gemeente: string | null): void;
  start(): void;
  /** Reads a user's table in the worker; resolves with an error message or null on success. */
  upload(bytes: ArrayBuffer, file: string): Promise<Message | null>;
  useBundled(): Promise<void>;
}

const MAX_UPLOAD = 50 * 1024 * 1024;
export const uploadTooBig = (size: number) => size > MAX_UPLOAD;

export function createAreaData(client: DataClient, onChange: () => void): AreaData {
  let table: TableState = { status: 'loading' };
  let generation = 0;
  let tableId = 'kwb-2024.csv#0';
  let bundled = true;
  let areas = new Map<string, Loading<AreaView | null>>();
  const shapes = new Map<string, Loading<GemeenteGeometry | null>>();

  const settle = (apply: () => void) => {
    apply();
    onChange();
  };

  const accept = (result: LoadResult, isBundled: boolean) => {
    if (!result.ok) return;
    generation += 1;
    tableId = `${result.file}#${generation}`;
    bundled = isBundled;
    table = { status: 'ready', value: result };
    areas = new Map();
  };

  const data: AreaData = {
    get table() {
      return table;
    },
    get tableId() {
      return tableId;
    },
    get bundled() {
      return bundled;
    },
    area: (gm) => areas.get(gm) ?? null,
    geometry: (gm) => shapes.get(gm) ?? null,
    follow(gm) {
      if (!gm) return;
      if (!shapes.has(gm)) {
        shapes.set(gm, { status: 'loading' });
        loadGeometry(gm).then(
          (value) => settle(() => shapes.set(gm, { status: 'ready', value })),
          (error: unknown) => {
            // The page says the map failed and the table still works; the cause goes to the console.
            console.warn(`Sneeuwbal: geometry of ${gm} failed`, error);
            settle(() => shapes.set(gm, { status: 'failed' }));
          },
        );
      }
      if (table.status === 'ready' && !areas.has(gm)) {
        const mine = areas;
        mine.set(gm, { status: 'loading' });
        client.api.area(gm).then(
          (value) => settle(() => mine.set(gm, { status: 'ready', value })),
          () => settle(() => mine.set(gm, { status: 'failed' })),
        );
      }
    },
    start() {
      void client.api.setGeometryUrls(allGeometryUrls());
      void client.api.loadExtras(gemeenteExtras());
      client.api.loadTable(nationalTable()).then(
        (result) => {
          performance.mark('sneeuwbal:table-loaded', {
            detail: result.ok ? { regions: result.regions, fetchMs: result.fetchMs, parseMs: result.parseMs } : null,
          });
          settle(() => (result.ok ? accept(result, true) : (table = { status: 'failed', message: result.error })));
        },
        (error: unknown) => {
          console.error(error);
          settle(() => (table = { status: 'failed' }));
        },
      );
    },
    async upload(bytes, file) {
      const result = await client.api.loadTable(Comlink.transfer({ bytes, file }, [bytes]));
      if (!result.ok) return result.error;
      settle(() => accept(result, false));
      return null;
    },
    async useBundled() {
      const result = await client.api.loadTable(nationalTable());
      settle(() => accept(result, true));
    },
  };
  return data;
}
