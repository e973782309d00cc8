import type { PosteriorInUse } from '../calibration/posteriorInUse.ts';
import type { ReplicationPool } from '../../experiments/pool.ts';
import type { Message } from '../../workers/dataApi.ts';
import type { DataClient } from '../../workers/dataClient.ts';
import type { MapSpec } from '../charts/mapSpec.ts';
import type { Locale } from '../i18n/index.ts';
import type { Simulator } from '../simulation/simulator.ts';
import type { AppState, Store } from '../state/state.ts';
import type { CriticalSettings, RankSettings } from '../state/workspace.ts';
import type { Library } from '../storage/library.ts';
import type { GroupDraft } from '../views/area/groupEditor.ts';
import type { RegisterDraft } from '../views/register/registerTable.ts';
import type { AreaData } from './areaData.ts';
import type { Compute } from './compute.ts';

/**
 * What the controllers share. `memory` holds view details that are not worth a URL (which table
 * views are open, a group being edited, a message after an upload) and caches of drawn pictures;
 * everything a link must reproduce lives in the store.
 */
interface Notice {
  /** 'warning': done, but something the reader must know (an upload read with gaps). */
  kind: 'info' | 'warning' | 'error';
  text: Message;
  /** Shown next to this upload control instead of at the top of the page (where it would be out of view). */
  place?: 'cbs' | 'field';
}

export interface UiMemory {
  openTables: Set<string>;
  pictures: Map<string, SVGSVGElement>;
  mapSpecs: Map<string, MapSpec | null>;
  groupDraft: GroupDraft | null;
  groupProblem: Message | null;
  coverageFocus: string | null;
  notice: Notice | null;
  busy: Message | null;
  /** The calibration screen's container, kept across renders so it keeps its own state. */
  calibration: HTMLElement | null;
  /** The posterior the computations average over; kept in this tab only (not in links: too long). */
  posterior: PosteriorInUse | null;
  /** Analysis settings typed before the first run; once run they live in the workspace (and URL). */
  drafts: { critical: CriticalSettings | null; rank: RankSettings | null };
  /** The register card: the new circle's fields as typed, and the answer to the last edit or import. */
  registerDraft: RegisterDraft | null;
  /** The register's map is open (shown on request: the area page already has a map). */
  registerMap: boolean;
  registerMessage: { place: 'table' | 'import'; kind: 'info' | 'error'; text: Message } | null;
  /** The map's year slider playing by itself (one year per tick), or null. */
  playTimer: ReturnType<typeof setInterval> | null;
}

export function createMemory(): UiMemory {
  return {
    openTables: new Set(),
    pictures: new Map(),
    mapSpecs: new Map(),
    groupDraft: null,
    groupProblem: null,
    coverageFocus: null,
    notice: null,
    busy: null,
    calibration: null,
    posterior: null,
    drafts: { critical: null, rank: null },
    registerDraft: null,
    registerMap: false,
    registerMessage: null,
    playTimer: null,
  };
}

/** Bounded caches: drawn charts and map specs are cheap to redo but costly to keep forever. */
export function trim<K, V>(cache: Map<K, V>, max: number): void {
  while (cache.size > max) cache.delete(cache.keys().next().value as K);
}

export interface AppContext {
  doc: Document;
  store: Store<AppState>;
  data: AreaData;
  client: DataClient;
  library: Library;
  sim: Simulator;
  pool: ReplicationPool;
  /** The calibration's own workers: cancelling a scenario run (which resets its pool) must not stop a calibration, nor the other way round. */
  calibrationPool: ReplicationPool;
  memory: UiMemory;
  locale(): Locale;
  /** Asks for a redraw (one per event, after the click that caused it). */
  render(): void;
  /** Asks for a redraw and then moves focus to the first element matching `selector` (the result of an action). */
  focusAfterRender(selector: string): void;
  /** Where computations start (the buttons call these directly). */
  compute: Compute;
  /** The address that reproduces the current view (for the report). */
  link(): string;
}
