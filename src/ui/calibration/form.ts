/**
 * The calibration screen's inputs: which field data, what really happened (area, start month,
 * seeding plan and window, PR), which parameters to estimate, and the method's settings. Data in,
 * callbacks out; the screen (index.ts) keeps the state.
 */
import { calibratable, paramSpec } from '../../core/params/index.ts';
import { ROUTES, type Route } from '../../core/plan.ts';
import type { FieldData } from '../../data/field.ts';
import { LIMITS } from '../../experiments/scenario.ts';
import { routeLabel, type Locale } from '../i18n/index.ts';
import { h } from '../views/dom.ts';
import { button, checkbox, numberField, section, selectField, textField } from '../views/fields.ts';
import { fileDrop } from '../views/fileDrop.ts';
import type { CalibrationText } from '../i18n/index.ts';

export interface Settings {
  area: string;
  /** "YYYY-MM", or '' for the first observed month. */
  start: string;
  plan: Record<Route, number>;
  from: number;
  to: number;
  pr: number;
  fit: string[];
  particles: number;
  generations: number;
  seed: number;
  compare: boolean;
}

export const defaultSettings = (): Settings => ({
  area: '',
  start: '',
  plan: { a: 0, b: 0, c: 0 },
  from: 0,
  to: 24,
  pr: 0.5,
  // The parameter circle counts identify best (test/calibration/recovery.test.ts).
  fit: ['willing'],
  particles: 100,
  generations: 6,
  seed: 1,
  compare: false,
});

export interface FormProps {
  locale: Locale;
  text: CalibrationText;
  saved: readonly { id: string; file: string }[];
  source: string | null;
  data: FieldData | null;
  /** Why the last chosen file could not be used (the previous valid data stays). */
  problem: string | null;
  settings: Settings;
  running: boolean;
  onSource(id: string): void;
  onFile(file: File): void;
  onSettings(change: Partial<Settings>): void;
  onRun(): void;
  onCancel(): void;
}

export const paramLabel = (locale: Locale, name: string) => paramSpec(name)?.label[locale.lang] ?? name;

export function calibrationForm(p: FormProps): HTMLElement[] {
  const { locale, text, settings: s } = p;
  const set = p.onSettings;
  const data = section(
    text.dataTitle,
    3,
    'sb-cal-data',
    p.saved.length
      ? selectField({
          label: text.savedLabel,
          value: p.source ?? '',
          focusKey: 'cal-source',
          options: [{ value: '', label: '—' }, ...p.saved.map((f) => ({ value: f.id, label: f.file }))],
          onChange: (id) => id && p.onSource(id),
        })
      : h('p', { class: 'utrecht-paragraph' }, text.noSaved),
    fileDrop({
      label: text.fileLabel,
      description: text.fileHelp,
      accept: '.csv,.txt,text/csv',
      focusKey: 'cal-file',
      dropHint: text.dropHint,
      onFile: p.onFile,
    }),
    p.problem ? h('p', { class: 'utrecht-paragraph sb-cal-problem', role: 'alert' }, p.problem, p.data ? ` ${text.dataKept}` : '') : null,
    p.data
      ? h(
          'p',
          { class: 'utrecht-paragraph sb-cal-summary' },
          text.dataSummary(locale.fmt.count(p.data.rows.length), locale.fmt.count(p.data.areas.length), p.data.first, p.data.last),
        )
      : null,
  );
  const happened = section(
    text.settingsTitle,
    3,
    'sb-cal-settings',
    textField({ label: text.areaLabel, value: s.area, description: text.areaHelp, focusKey: 'cal-area', onChange: (v) => set({ area: v.trim() }) }),
    textField({
      label: text.startLabel,
      value: s.start,
      description: text.startHelp,
      focusKey: 'cal-start',
      type: 'month',
      onChange: (v) => set({ start: v.trim() }),
    }),
    ...ROUTES.map((r) =>
      numberField({
        label: text.planLabel(routeLabel(locale.lang, r)),
        value: s.plan[r],
        min: 0,
        max: LIMITS.count,
        step: 1,
        focusKey: `cal-plan-${r}`,
        onChange: (v) => set({ plan: { ...s.plan, [r]: Math.round(v) } }),
      }),
    ),
    numberField({
      label: text.fromLabel,
      value: s.from,
      min: 0,
      max: LIMITS.months - 1,
      step: 1,
      focusKey: 'cal-from',
      onChange: (v) => set({ from: Math.round(v) }),
    }),
    numberField({ label: text.toLabel, value: s.to, min: 1, max: LIMITS.months, step: 1, focusKey: 'cal-to', onChange: (v) => set({ to: Math.round(v) }) }),
    numberField({ label: text.prLabel, value: s.pr, min: 0, max: 1, step: 0.05, focusKey: 'cal-pr', onChange: (v) => set({ pr: v }) }),
  );
  const fit = section(
    text.fitTitle,
    3,
    'sb-cal-fit',
    h('p', { class: 'utrecht-paragraph' }, text.fitHelp),
    ...calibratable().map((name) =>
      checkbox(`${paramLabel(locale, name)} (${name})`, s.fit.includes(name), `cal-fit-${name}`, (on) =>
        set({ fit: on ? [...s.fit, name] : s.fit.filter((n) => n !== name) }),
      ),
    ),
  );
  const method = section(
    text.methodTitle,
    3,
    'sb-cal-method',
    numberField({
      label: text.particles,
      value: s.particles,
      min: 10,
      max: 10_000,
      step: 10,
      focusKey: 'cal-particles',
      onChange: (v) => set({ particles: Math.round(v) }),
    }),
    numberField({
      label: text.generations,
      value: s.generations,
      min: 1,
      max: 50,
      step: 1,
      focusKey: 'cal-generations',
      onChange: (v) => set({ generations: Math.round(v) }),
    }),
    numberField({ label: text.seed, value: s.seed, min: 0, max: 2 ** 31 - 1, step: 1, focusKey: 'cal-seed', onChange: (v) => set({ seed: Math.round(v) }) }),
    checkbox(text.compare, s.compare, 'cal-compare', (on) => set({ compare: on })),
  );
  const why = !p.data ? text.needData : s.fit.length === 0 ? text.needFit : null;
  const actions = h(
    'div',
    { class: 'sb-actions' },
    button(text.run, 'cal-run', p.onRun, 'primary', { disabled: p.running || why !== null, 'aria-describedby': why ? 'cal-why' : null }),
    button(text.cancel, 'cal-cancel', p.onCancel, 'secondary', { disabled: !p.running }),
    why ? h('p', { class: 'utrecht-paragraph', id: 'cal-why' }, why) : null,
  );
  return [data, happened, fit, method, actions];
}
