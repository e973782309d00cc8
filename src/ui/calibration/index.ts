/**
 * The calibration screen for researchers (issue #6): choose field data, say what really happened,
 * choose parameters, run ABC-SMC on the app's worker pool and watch the generations converge,
 * inspect the posterior, save it as a parameter set, or put its medians in the active scenario.
 *
 * Mounted once by the app (src/ui/controller/calibration.ts) into a container that survives
 * re-renders, so this module keeps its own state. `deps` (CalibrationDeps, defined by the app):
 *   locale            language at mount; later switches follow <html lang>;
 *   fieldData()       field files saved in this browser (bytes as uploaded);
 *   pool              the shared Web Worker ReplicationPool (results do not depend on its size);
 *   dataApi           the data worker: buildArea(codes, groups) → the model's area;
 *   planningArea()    the area and groups of buurten being planned (the default area here);
 *   params()          the active scenario's parameter overrides (the calibration starts from them);
 *   setParams(p)      sets parameters of the active scenario (used for the posterior medians);
 *   posterior(), usePosterior(p)  the posterior the app's computations average over (uncertainty.ts).
 */
import { calibrate, type CalibrationReport } from '../../calibration/calibrate.ts';
import { setupCalibration } from '../../calibration/setup.ts';
import type { Generation, SmcProgress } from '../../calibration/smc.ts';
import { isInputError, messageOf } from '../../core/errors.ts';
import { ROUTES } from '../../core/plan.ts';
import { readFieldData, type FieldData } from '../../data/field.ts';
import { isRegionCode } from '../../data/regions.ts';
import { CancelledError } from '../../experiments/pool.ts';
import type { CalibrationDeps } from './deps.ts';
import { localeFor, type Locale } from '../i18n/index.ts';
import { h, replaceKeepingFocus } from '../views/dom.ts';
import { calibrationForm, defaultSettings, type Settings } from './form.ts';
import { isRegisterFile, registerAsField } from './registerSource.ts';
import { currentMonth } from '../../data/registerArea.ts';
import { generationsView, reportView } from './report.ts';
import { uncertaintySection } from './uncertainty.ts';

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; generations: Generation[] }
  | { kind: 'done'; report: CalibrationReport }
  | { kind: 'stopped'; generations: Generation[]; message: string };

export interface CalibrationScreen {
  /** Stop a running calibration and the language observer. */
  destroy(): void;
}

export function mountCalibration(container: HTMLElement, deps: CalibrationDeps): CalibrationScreen {
  let locale: Locale = deps.locale;
  let settings: Settings = { ...defaultSettings(), area: deps.planningArea().codes.join(',') };
  let source: string | null = null;
  let data: FieldData | null = null;
  let problem: string | null = null;
  let phase: Phase = { kind: 'idle' };
  let controller: AbortController | null = null;
  let used = false;
  let runs = 0;
  let posteriorProblem: string | null = null;
  const figures = { openTables: new Set<string>(), pictures: new Map<string, SVGSVGElement>(), pictureKey: '' };
  // Progress is updated in place (many times a second) instead of re-rendering the screen.
  const bar = h('progress', { class: 'sb-progress__bar', max: 1, value: 0, 'aria-labelledby': 'cal-progress-label' });
  const label = h('p', { class: 'sb-progress__label', id: 'cal-progress-label' });
  const status = h('div', { class: 'sb-progress sb-cal-progress', hidden: true }, label, bar);

  const text = () => locale.t.calibration;
  const groupNames = () => deps.planningArea().groups.map((g) => g.name);

  function choose(file: string, bytes: ArrayBuffer, id: string | null): void {
    try {
      const raw = new Uint8Array(bytes);
      // The circle register (the area page's, or a file in its format) or the older counts format.
      if (isRegisterFile(raw)) {
        const area = settings.area || deps.planningArea().codes.join(',');
        const read = registerAsField(raw, file, area, currentMonth());
        data = read.data;
        settings = { ...settings, ...read.settings };
      } else {
        const next = readFieldData(raw, file, { groups: groupNames() });
        data = next;
        if (!settings.area) settings = { ...settings, area: next.areas.find((a) => isRegionCode(a)) ?? next.areas[0] };
      }
      source = id;
      problem = null;
    } catch (e) {
      // Nothing is lost: the previous valid data stays chosen.
      problem = isInputError(e) ? e.format(locale.lang) : String(e);
    }
    render();
  }

  function progress(p: SmcProgress): void {
    const t = text();
    bar.max = p.particles;
    bar.value = p.accepted;
    label.textContent = t.progress(
      locale.fmt.count(p.generation),
      locale.fmt.count(p.accepted),
      locale.fmt.count(p.particles),
      locale.fmt.count(p.simulations),
    );
    if (p.finished && phase.kind === 'running') {
      phase = { kind: 'running', generations: [...phase.generations, p.finished] };
      render();
    }
  }

  async function run(): Promise<void> {
    if (!data || controller) return;
    const ctrl = (controller = new AbortController());
    const fieldData = data;
    phase = { kind: 'running', generations: [] };
    used = false;
    runs++;
    figures.pictures.clear();
    status.hidden = false;
    label.textContent = text().building;
    render();
    try {
      const codes = settings.area
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean);
      const groups = deps.planningArea().groups;
      const built = await deps.dataApi.buildArea(codes, groups);
      if (!built.ok) throw new Error(built.error[locale.lang]);
      const plan = Object.fromEntries(ROUTES.map((r) => [r, { count: settings.plan[r], from: settings.from, to: settings.to }]));
      const setup = setupCalibration({
        data: fieldData,
        area: () => built.area,
        fit: settings.fit,
        scenario: {
          area: codes,
          groups,
          plan,
          pr: settings.pr,
          seed: settings.seed,
          params: deps.params(),
          ...(settings.start ? { start: settings.start } : {}),
        },
      });
      const report = await calibrate(deps.pool, setup, fieldData.file, {
        particles: settings.particles,
        generations: settings.generations,
        compare: settings.compare,
        signal: ctrl.signal,
        onProgress: progress,
        onPredictive: (done, total) => (label.textContent = text().predicting(locale.fmt.count(done), locale.fmt.count(total))),
      });
      phase = { kind: 'done', report };
    } catch (e) {
      const generations = phase.kind === 'running' ? phase.generations : [];
      const t = text();
      const message = e instanceof CancelledError || ctrl.signal.aborted ? t.cancelled : `${t.failed} ${messageOf(e)[locale.lang]}`;
      phase = { kind: 'stopped', generations, message };
    } finally {
      controller = null;
      status.hidden = true;
      render();
    }
  }

  function render(): void {
    const t = text();
    const generations = phase.kind === 'done' ? phase.report.generations : phase.kind === 'idle' ? [] : phase.generations;
    // Pictures are cached by chart id and this key: a new generation or run must draw afresh.
    figures.pictureKey = `${locale.lang}|${runs}|${generations.length}|${phase.kind}`;
    const props = {
      locale,
      text: t,
      figures,
      used,
      onUse: (params: Record<string, number>) => {
        deps.setParams(params);
        used = true;
        render();
      },
    };
    const saved = deps.fieldData();
    replaceKeepingFocus(
      container,
      h('p', { class: 'utrecht-paragraph sb-lead' }, t.intro),
      ...calibrationForm({
        locale,
        text: t,
        saved,
        source,
        data,
        problem,
        settings,
        running: phase.kind === 'running',
        onSource: (id) => {
          const f = saved.find((x) => x.id === id);
          if (f) choose(f.file, f.bytes, f.id);
        },
        onFile: (file) => void file.arrayBuffer().then((bytes) => choose(file.name, bytes, null)),
        onSettings: (change) => {
          settings = { ...settings, ...change };
          render();
        },
        onRun: () => void run(),
        onCancel: () => controller?.abort(),
      }),
      status,
      phase.kind === 'stopped' ? h('p', { class: 'utrecht-paragraph', role: 'alert' }, phase.message) : null,
      generationsView(props, generations, settings.area),
      uncertaintySection({
        locale,
        report: phase.kind === 'done' ? phase.report : null,
        inUse: deps.posterior(),
        problem: posteriorProblem,
        onUse: (p) => {
          deps.usePosterior(p);
          render();
        },
        onProblem: (message) => {
          posteriorProblem = message;
          render();
        },
      }),
      ...(phase.kind === 'done' ? reportView(props, phase.report) : []),
    );
  }

  // The app switches language by setting <html lang>; follow it (the screen is mounted only once).
  const root = container.ownerDocument.documentElement;
  const observer = new MutationObserver(() => {
    const lang = root.lang === 'en' ? 'en' : 'nl';
    if (lang !== locale.lang) {
      locale = localeFor(lang);
      render();
    }
  });
  observer.observe(root, { attributes: true, attributeFilter: ['lang'] });
  render();
  return {
    destroy() {
      controller?.abort();
      observer.disconnect();
    },
  };
}
