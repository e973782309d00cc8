import type { PosteriorInUse } from '../calibration/posteriorInUse.ts';
import type { ReplicationPool } from '../../experiments/pool.ts';
import type { Locale } from '../i18n/index.ts';
import { h } from '../views/dom.ts';
import type { AppContext } from './context.ts';

/**
 * The calibration screen is its own module (src/ui/calibration) exporting
 * mountCalibration(container, deps). It is loaded on first visit of the research page (its own
 * chunk) and mounted once into a container that survives re-renders.
 */
export interface CalibrationDeps {
  locale: Locale;
  /** Field data files kept in this browser (bytes as uploaded). */
  fieldData: () => readonly { id: string; file: string; bytes: ArrayBuffer; savedAt: string }[];
  /** The calibration's own Web Worker pool (cancelling it leaves the scenario runs alone). */
  pool: ReplicationPool;
  dataApi: AppContext['client']['api'];
  /** Codes or group name of the planning area, and the groups of buurten. */
  planningArea: () => { codes: string[]; groups: { name: string; buurten: string[] }[] };
  /** The active scenario's parameter overrides, and a way to set them (e.g. a posterior median). */
  params: () => Record<string, number>;
  setParams: (params: Record<string, number>) => void;
  /** The posterior the app's computations average over (null: fixed values), and a way to choose it. */
  posterior: () => PosteriorInUse | null;
  usePosterior: (p: PosteriorInUse | null) => void;
}

export function calibrationSlot(ctx: AppContext, locale: Locale, deps: () => CalibrationDeps): HTMLElement {
  if (!ctx.memory.calibration) {
    const container = h('div', { class: 'sb-calibration__screen', 'data-calibration': '' });
    ctx.memory.calibration = container;
    import('../calibration/index.ts').then(
      (m) => void m.mountCalibration(container, deps()),
      (error: unknown) => {
        console.error(error);
        container.replaceChildren(h('p', { role: 'alert' }, locale.t.research.calibrationFailed));
      },
    );
  }
  return ctx.memory.calibration;
}
