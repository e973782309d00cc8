/**
 * What the calibration screen (index.ts, loaded on first visit of the research page) is given by
 * the app (controller/calibration.ts). Declared here, with the screen, so the screen imports
 * nothing of the controller that loads it (no import cycle).
 */
import type { ReplicationPool } from '../../experiments/pool.ts';
import type { DataClient } from '../../workers/dataClient.ts';
import type { Locale } from '../i18n/index.ts';
import type { PosteriorInUse } from './posteriorInUse.ts';

export interface CalibrationDeps {
  locale: Locale;
  /** Field data files kept in this browser (bytes as uploaded). */
  fieldData: () => readonly { id: string; file: string; bytes: ArrayBuffer; savedAt: string }[];
  /** The calibration's own Web Worker pool (cancelling it leaves the scenario runs alone). */
  pool: ReplicationPool;
  dataApi: DataClient['api'];
  /** Codes or group name of the planning area, and the groups of buurten. */
  planningArea: () => { codes: string[]; groups: { name: string; buurten: string[] }[] };
  /** The active scenario's parameter overrides, and a way to set them (e.g. a posterior median). */
  params: () => Record<string, number>;
  setParams: (params: Record<string, number>) => void;
  /** The posterior the app's computations average over (null: fixed values), and a way to choose it. */
  posterior: () => PosteriorInUse | null;
  usePosterior: (p: PosteriorInUse | null) => void;
}
