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

const words = {
  nl: {
    title: 'Rekenen met de onzekerheid',
    use: 'Reken met de onzekerheid uit de kalibratie',
    useHelp: 'De scenario’s, de kritische massa en het rapport middelen dan over de posterior: elke herhaling trekt een parameterset, zoals sneeuwbal simulate --params posterior.json.',
    stop: 'Terug naar vaste waarden',
    none: 'Nu rekent de app met vaste waarden (de standaardwaarden of wat u hieronder instelt).',
    fileLabel: 'Of lees een bewaarde posterior (JSON)',
    fileHelp: 'Het bestand dat "Bewaar de posterior" maakt. De posterior blijft in dit tabblad; een gedeelde link neemt hem niet mee.',
    dropHint: 'of sleep het bestand hierheen',
  },
  en: {
    title: 'Computing with the uncertainty',
    use: 'Use the calibration’s uncertainty',
    useHelp: 'The scenarios, critical mass and report then average over the posterior: each replication draws a parameter set, as sneeuwbal simulate --params posterior.json does.',
    stop: 'Back to fixed values',
    none: 'The app now computes with fixed values (the defaults or what you set below).',
    fileLabel: 'Or read a saved posterior (JSON)',
    fileHelp: 'The file "Save the posterior" makes. The posterior stays in this tab; a shared link leaves it out.',
    dropHint: 'or drop the file here',
  },
};

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
  const w = words[p.locale.lang];
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
    w.title, 3, 'sb-cal-uncertainty',
    h('p', { class: 'utrecht-paragraph', role: 'status', 'data-posterior-state': p.inUse ? 'on' : 'off' }, p.inUse ? posteriorWords(p.locale.lang, p.inUse, p.locale.fmt.count) : w.none),
    h(
      'div',
      { class: 'sb-actions' },
      report ? button(w.use, 'cal-uncertainty', () => p.onUse(posteriorFromCalibration(posteriorJson(report.posteriorFile), report.area.name)), 'primary', { 'aria-describedby': 'cal-uncertainty-help' }) : null,
      p.inUse ? button(w.stop, 'cal-uncertainty-stop', () => p.onUse(null), 'secondary') : null,
    ),
    h('p', { class: 'utrecht-form-field-description', id: 'cal-uncertainty-help' }, w.useHelp),
    fileDrop({ label: w.fileLabel, description: w.fileHelp, accept: '.json,application/json', focusKey: 'cal-posterior-file', dropHint: w.dropHint, onFile: readFile }),
    p.problem ? h('p', { class: 'utrecht-paragraph', role: 'alert' }, p.problem) : null,
  );
}
