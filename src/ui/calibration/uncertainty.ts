/**
 * The research tab's "Reken met de onzekerheid uit de kalibratie" section: use the posterior of the
 * calibration just run (or of a saved posterior file) for the active workspace's scenario runs and
 * critical mass, or go back to fixed values. The words say which posterior is in use and how many
 * particles it has; the computations themselves are in src/ui/controller/compute.ts.
 */
import type { CalibrationReport } from '../../calibration/calibrate.ts';
import { isInputError, messageOf } from '../../core/errors.ts';
import type { Locale } from '../i18n/index.ts';
import { h } from '../views/dom.ts';
import { button, section } from '../views/fields.ts';
import { fileDrop } from '../views/fileDrop.ts';
import { posteriorJson } from '../../calibration/results.ts';
import { posteriorFromCalibration, posteriorFromText, posteriorWords, type PosteriorInUse } from './posteriorInUse.ts';

export interface UncertaintyProps {
  locale: Locale;
  report: CalibrationReport | null;
  inUse: PosteriorInUse | null;
  /** A file that could not be read, in the user's language (file and field named). */
  problem: string | null;
  onUse(p: PosteriorInUse | null): void;
  onProblem(message: string | null): void;
}

export function uncertaintySection(p: UncertaintyProps): HTMLElement {
  const w = p.locale.t.calibration.uncertainty;
  const report = p.report;
  const readFile = (file: File) =>
    void file.text().then((text) => {
      try {
        p.onUse(posteriorFromText(text, file.name));
        p.onProblem(null);
      } catch (e) {
        p.onProblem(isInputError(e) ? e.format(p.locale.lang) : messageOf(e)[p.locale.lang]);
      }
    });
  return section(
    w.title,
    3,
    'sb-cal-uncertainty',
    h(
      'p',
      { class: 'utrecht-paragraph', role: 'status', 'data-posterior-state': p.inUse ? 'on' : 'off' },
      p.inUse ? posteriorWords(p.locale.lang, p.inUse, p.locale.fmt.count) : w.none,
    ),
    h(
      'div',
      { class: 'sb-actions' },
      report
        ? button(w.use, 'cal-uncertainty', () => p.onUse(posteriorFromCalibration(posteriorJson(report.posteriorFile), report.area.name)), 'primary', {
            'aria-describedby': 'cal-uncertainty-help',
          })
        : null,
      p.inUse ? button(w.stop, 'cal-uncertainty-stop', () => p.onUse(null), 'secondary') : null,
    ),
    h('p', { class: 'utrecht-form-field-description', id: 'cal-uncertainty-help' }, w.useHelp),
    fileDrop({
      label: w.fileLabel,
      description: w.fileHelp,
      accept: '.json,application/json',
      focusKey: 'cal-posterior-file',
      dropHint: w.dropHint,
      onFile: readFile,
    }),
    p.problem ? h('p', { class: 'utrecht-paragraph', role: 'alert' }, p.problem) : null,
  );
}
