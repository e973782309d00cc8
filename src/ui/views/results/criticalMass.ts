import { BOUNDS } from '../../../experiments/scenarioLimits.ts';
import type { CriticalMassResult } from '../../../experiments/criticalMass.ts';
import { takeoffSpec } from '../../charts/takeoffSpec.ts';
import { unnamedLevel } from '../../../experiments/criticalMassReason.ts';
import type { Locale } from '../../i18n/index.ts';
import { CRITICAL_ROUTES, defaultCritical, type CriticalSettings } from '../../state/workspace.ts';
import { h } from '../dom.ts';
import { button, numberField, section, selectField } from '../fields.ts';
import { chartFigure, type FigureContext } from './chartFigure.ts';

/**
 * The critical mass in plain words: how many circles the professionals must start before older
 * people carry on by themselves, as a curve of chances with its intervals, k50 and k90 — or, when
 * no number of seeds is enough, "no critical mass" and why (from the engine's reason, never a
 * number read off a curve that does not get there).
 */
import { registerAnswer } from '../../../experiments/registerAnswer.ts';
import type { Today } from '../../../experiments/scenarioCircles.ts';

export interface CriticalProps {
  locale: Locale;
  areaName: string;
  scenarioName: string;
  settings: CriticalSettings | null;
  result: CriticalMassResult | null;
  running: boolean;
  /** Attribution line of the data in use. */
  source: string;
  figure: FigureContext;
  width: number;
  /** The circles that exist today (the register): the answer is then "how many more". */
  today?: Today | null;
  onSettings(settings: CriticalSettings): void;
  onRun(settings: CriticalSettings): void;
}

/** "At most this many futures per number": the same field, label and bounds for the critical mass and the ranking (both run this search). */
export function searchRepsField(locale: Locale, reps: number, description: string, focusKey: string, onChange: (reps: number) => void): HTMLElement {
  return numberField({
    label: locale.t.critical.reps,
    value: reps,
    min: BOUNDS.searchReps.min,
    max: BOUNDS.appReps.max,
    step: 1,
    description,
    focusKey,
    onChange: (v) => onChange(Math.round(v)),
  });
}

export function criticalMassSection(p: CriticalProps): HTMLElement {
  const { t, fmt, lang } = p.locale;
  const s = p.settings ?? defaultCritical;
  const form = h(
    'div',
    { class: 'sb-analysis__form' },
    selectField({
      label: t.critical.route,
      value: s.route,
      options: CRITICAL_ROUTES.map((r) => ({ value: r, label: t.critical.routes[r] })),
      focusKey: 'critical-route',
      onChange: (route) => p.onSettings({ ...s, route }),
    }),
    numberField({
      label: t.critical.target,
      value: Math.round(s.target * 100),
      min: 5,
      max: 99,
      step: 5,
      unit: '%',
      description: t.critical.targetHelp,
      focusKey: 'critical-target',
      onChange: (v) => p.onSettings({ ...s, target: Math.round(v) / 100 }),
    }),
    numberField({
      label: t.critical.maxK,
      value: s.maxK ?? 0,
      min: 0,
      max: BOUNDS.maxK.max,
      step: 1,
      description: t.critical.maxKHelp,
      focusKey: 'critical-maxk',
      onChange: (v) => p.onSettings({ ...s, maxK: v >= 1 ? Math.round(v) : null }),
    }),
    searchRepsField(p.locale, s.reps, t.critical.repsHelp, 'critical-reps', (reps) => p.onSettings({ ...s, reps })),
  );
  const body: (HTMLElement | null)[] = [];
  const r = p.result;
  if (r) {
    const k50 = r.criticalMass.k50,
      k90 = r.criticalMass.k90;
    const atTarget = r.criticalMass.atTarget;
    const headline = criticalHeadline(p.locale, p.areaName, r);
    const unsure50 = unnamedLevel(r, 0.5),
      unsure90 = unnamedLevel(r, 0.9);
    body.push(
      h(
        'div',
        {
          class: `sb-critical__answer${atTarget === null ? ' sb-critical__answer--none' : ''}`,
          'data-critical': atTarget === null ? 'none' : String(atTarget),
          'data-reason': r.reasonCode,
        },
        h('p', { class: 'sb-critical__headline' }, headline),
        p.today ? registerLine(p.locale, r, p.today) : null,
        h(
          'details',
          { class: 'sb-critical__details' },
          h('summary', {}, t.critical.details),
          h('p', { class: 'sb-critical__reason' }, r.reason[lang]),
          h(
            'ul',
            {},
            h('li', {}, k50 !== null ? t.critical.k50(k50) : unsure50 ? t.critical.levelUnsure('50%', unsure50) : t.critical.k50none(fmt.count(r.search.maxK))),
            h('li', {}, k90 !== null ? t.critical.k90(k90) : unsure90 ? t.critical.levelUnsure('90%', unsure90) : t.critical.k90none(fmt.count(r.search.maxK))),
            r.timeToTakeoff
              ? h(
                  'li',
                  {},
                  t.critical.time(
                    r.timeToTakeoff.k,
                    fmt.count(Math.round(r.timeToTakeoff.months.p50)),
                    fmt.count(Math.round(r.timeToTakeoff.months.p10)),
                    fmt.count(Math.round(r.timeToTakeoff.months.p90)),
                  ),
                )
              : null,
            r.cost.atTarget
              ? h(
                  'li',
                  {},
                  t.critical.cost(`€ ${fmt.count(r.cost.atTarget.p50)}`, `€ ${fmt.count(r.cost.atTarget.p10)}`, `€ ${fmt.count(r.cost.atTarget.p90)}`),
                )
              : null,
            r.R.R !== null && r.Rinterval
              ? h('li', { class: 'sb-critical__r' }, t.critical.r(fmt.decimal(r.R.R, 2), fmt.decimal(r.Rinterval[0], 2), fmt.decimal(r.Rinterval[1], 2)))
              : null,
            h('li', {}, `${t.critical.codeLabel}: ${r.reasonCode}`),
          ),
          r.drivers.length ? h('ul', { class: 'sb-critical__drivers' }, ...r.drivers.map((d) => h('li', {}, d.text[lang]))) : null,
        ),
        h('p', { class: 'sb-takeoff-rule' }, h('strong', {}, `${t.results.takeoffRuleLabel} `), r.takeoffRule.text[lang]),
      ),
      chartFigure(
        takeoffSpec({
          locale: p.locale,
          areaName: p.areaName,
          curve: r.curve,
          k50,
          k90: atTarget ?? k90,
          target: r.target,
          unsure50,
          unsureTarget: atTarget === null ? unnamedLevel(r, r.target) : null,
          width: p.width,
        }),
        {
          ...p.figure,
          caption: t.critical.caption(p.source, fmt.count(r.search.seed), fmt.count(r.search.runs), fmt.count(r.search.reps)),
        },
      ),
      h(
        'p',
        { class: 'sb-note' },
        t.critical.searchNote(fmt.count(r.search.runs), fmt.count(r.search.seed), r.search.monotone ? t.critical.monotone : t.critical.notMonotone),
      ),
    );
  }
  return section(
    t.critical.title,
    2,
    'sb-critical sb-analysis',
    h('p', { class: 'utrecht-paragraph' }, t.critical.explain),
    h('p', { class: 'utrecht-paragraph' }, t.critical.basedOn(p.scenarioName)),
    form,
    // With a result on screen, a changed setting recomputes by itself; the button is for the first run.
    r ? null : button(t.critical.run, 'critical-run', () => p.onRun(s), 'primary', { disabled: p.running }),
    ...body,
  );
}

/** The answer in plain words (issue #9 point 9), for the critical-mass box and the council report alike. */
export function criticalHeadline(locale: Locale, areaName: string, r: CriticalMassResult): string {
  const { t, fmt } = locale;
  const atTarget = r.criticalMass.atTarget;
  const level = r.levels.find((l) => l.level === r.target);
  const top = Math.max(...r.curve.map((c) => c.fitted ?? c.p));
  const pctText = (x: number) => fmt.percent(x * 100, 0);
  const H = t.critical.headline;
  const code = r.reasonCode;
  if (atTarget !== null && code === 'saturated') return H.saturatedReached(areaName, atTarget, pctText(r.target));
  if (atTarget !== null) {
    const range =
      level && level.lower !== null && level.upper !== null && level.lower !== level.upper ? `${fmt.count(level.lower)}–${fmt.count(level.upper)}` : null;
    return H.reached(areaName, atTarget, pctText(r.target), range);
  }
  if (code === 'saturated') return H.saturated(areaName);
  if (code === 'r-below-one') return H.rBelowOne(areaName);
  if (code === 'plateau') return H.plateau(areaName, pctText(top));
  // Not pinned down to ±1 seed, but surely reached from `sureFrom` on (a bound the search measured): say both.
  if (code === 'undecided') {
    const u = unnamedLevel(r, r.target);
    return u ? H.undecidedK(areaName, u.around, u.sureFrom) : H.undecided(areaName, pctText(top));
  }
  // No seeds placed, too few placed, or still rising: the measured cause, in a few words.
  const short = r.reason.short?.[locale.lang];
  return short ? H.measured(areaName, short) : t.critical.none(areaName, fmt.count(r.search.maxK));
}

/**
 * "How many more": the search started from the register's circles at every k, so k counts circles
 * to add; the words (and k = 0, "the register alone makes the snowball roll") are the CLI's
 * (src/experiments/registerAnswer.ts), with the chance measured at k = 0.
 */
export function registerLine(locale: Locale, r: CriticalMassResult, today: Today): HTMLElement {
  const zero = r.curve.find((c) => c.k === 0)?.p ?? null;
  const answer = registerAnswer(r.criticalMass.atTarget, r.target, zero, today);
  return h(
    'p',
    { class: 'sb-critical__register', 'data-register-answer': answer.alone ? 'alone' : answer.more === null ? 'none' : String(answer.more) },
    answer.text[locale.lang],
  );
}
