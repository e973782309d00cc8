/**
 * Outside influence as a series over months (issue #10): local PR intensity (0 … 1, the plan's PR
 * segments) and national media (a multiplier on `mediaAwareness`, 1 = the usual level, e.g. 10 in a
 * campaign year such as 2025, when circles went from 150 to 1,500 with national coverage).
 *
 * A series is written in any of three forms, all turned into segments {from, to, intensity}:
 *   - a number: one level over the seeding window (PR) — the old constant form;
 *   - a list of segments [{from, to, intensity}] (overlaps: the highest wins) — the old list form;
 *   - a list of change points [{month, intensity}]: each level holds from its month until the next
 *     point (the last until the horizon) — a time series as researchers write one.
 * On the command line: `--pr 0.5`, `--pr 0-12:0.8,12-24:0.3` (segments) or `--pr 0:0.8,12:0.3`
 * (change points); `--media 12-24:10` likewise.
 */
import { InputError } from '../core/errors.ts';
import { checkKeys } from '../core/suggest.ts';
import type { PrSegment } from '../core/plan.ts';
import { say, type Said } from '../i18n/engine/index.ts';
import { bounded } from './scenarioLimits.ts';

const bad = (field: string, said: Said) => new InputError('scenario.invalid', said, { field });

/**
 * A series from a scenario field. `constant` gives the segment a bare number stands for (null: a
 * bare number is not allowed); `level` names the intensity's bound (scenarioLimits.ts).
 */
export function parseSeries(
  v: unknown,
  field: string,
  months: number,
  level: 'prIntensity' | 'mediaIntensity',
  constant: ((x: number) => PrSegment[]) | null,
): PrSegment[] {
  if (typeof v === 'number' || (typeof v === 'string' && !v.includes(':'))) {
    if (!constant) throw bad(field, say('experiments.series.listOnly', { field }));
    return constant(bounded(level, v, field));
  }
  const list = typeof v === 'string' ? fromText(v, field) : v;
  if (!Array.isArray(list)) {
    throw bad(field, say('experiments.series.notSeries', { field }));
  }
  const points: { month: number; intensity: number }[] = [];
  const segments: PrSegment[] = [];
  list.forEach((s, i) => {
    const f = `${field}[${i}]`;
    if (typeof s !== 'object' || s === null || Array.isArray(s)) throw bad(f, say('experiments.series.notObject', { field: f }));
    const o = s as Record<string, unknown>;
    checkKeys(o, ['month', 'from', 'to', 'intensity'], f);
    const intensity = bounded(level, o.intensity ?? null, `${f}.intensity`);
    if (o.month !== undefined) {
      if (o.from !== undefined || o.to !== undefined) throw bad(f, say('experiments.series.monthAndWindow', { field: f }));
      points.push({ month: bounded('seriesMonth', o.month, `${f}.month`, 0, months - 1), intensity });
    } else {
      const from = bounded('from', o.from ?? null, `${f}.from`, 0, months - 1);
      segments.push({ from, to: bounded('to', o.to ?? null, `${f}.to`, from + 1, months), intensity });
    }
  });
  if (points.length && segments.length) throw bad(field, say('experiments.series.twoForms', { field }));
  for (let i = 1; i < points.length; i++) {
    if (points[i].month <= points[i - 1].month) throw bad(`${field}[${i}].month`, say('experiments.series.monthsDown', { field }));
  }
  return points.length ? points.map((p, i) => ({ from: p.month, to: points[i + 1]?.month ?? months, intensity: p.intensity })) : segments;
}

/** "0-12:0.8,12-24:0.3" (segments) or "0:0.8,12:0.3" (change points) as a JSON-like list. */
function fromText(text: string, field: string): Record<string, string | undefined>[] {
  return text.split(',').map((part) => {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?:\s*([\d.]+)\s*$/.exec(part);
    if (!m) throw bad(field, say('experiments.series.unreadable', { part }));
    return m[2] !== undefined ? { from: m[1], to: m[2], intensity: m[3] } : { month: m[1], intensity: m[3] };
  });
}
