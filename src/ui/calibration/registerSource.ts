/**
 * The circle register as the calibration screen's field data, as `sneeuwbal calibrate --observed
 * register.csv` reads it (src/cli/calibrate.ts): the circles of one area (a gemeente, wijk or buurt
 * by its code), their history as half-yearly counts, and their seeded circles as the seeding
 * (src/calibration/register.ts). The screen's start month and plan are set from it; the user can
 * still change them before running.
 */
import { looksLikeRegister, registerHistory } from '../../calibration/register.ts';
import { InputError } from '../../core/errors.ts';
import { messages } from '../../i18n/index.ts';
import { ROUTES } from '../../core/plan.ts';
import type { FieldData } from '../../data/field.ts';
import { readRegister } from '../../data/register.ts';
import type { Settings } from './form.ts';

export const isRegisterFile = (bytes: Uint8Array): boolean => looksLikeRegister(new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096)));

export function registerAsField(bytes: Uint8Array, file: string, area: string, today: string): { data: FieldData; settings: Partial<Settings> } {
  const code = area.trim().toUpperCase();
  if (!/^(GM\d{4}|WK\d{6}|BU\d{8})$/.test(code)) {
    throw new InputError(
      'register.one-area',
      { nl: messages('nl').calibration.registerOneArea, en: messages('en').calibration.registerOneArea },
      { field: 'area' },
    );
  }
  const reg = readRegister(bytes, file, { today });
  // CBS codes nest: BU1982 10 01 lies in WK1982 10 and GM1982.
  const rows = reg.rows.filter((r) => r.buurt.slice(2).startsWith(code.slice(2)));
  if (rows.length === 0) {
    throw new InputError(
      'register.other-area',
      { nl: messages('nl').calibration.registerElsewhere(code), en: messages('en').calibration.registerElsewhere(code) },
      { file, line: reg.rows[0].line, column: 'buurt' },
    );
  }
  const history = registerHistory(file, rows, code, today);
  const seeded = ROUTES.filter((r) => history.plan[r].count > 0);
  return {
    data: history.data,
    settings: {
      area: code,
      start: history.start,
      plan: { a: history.plan.a.count, b: history.plan.b.count, c: history.plan.c.count },
      ...(seeded.length ? { from: Math.min(...seeded.map((r) => history.plan[r].from)), to: Math.max(...seeded.map((r) => history.plan[r].to)) } : {}),
    },
  };
}
