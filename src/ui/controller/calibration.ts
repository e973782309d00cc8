import type { CalibrationDeps } from '../calibration/deps.ts';
import type { Locale } from '../i18n/index.ts';
import { h } from '../views/dom.ts';
import type { AppContext } from './context.ts';

/**
 * The calibration screen is its own module (src/ui/calibration) exporting
 * mountCalibration(container, deps) with the deps of src/ui/calibration/deps.ts. It is loaded on
 * first visit of the research page (its own chunk) and mounted once into a container that
 * survives re-renders.
 */
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
