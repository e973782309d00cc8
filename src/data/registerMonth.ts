/**
 * Months in the circle register as people type them or Excel rewrites them: 2024-06 and 2024-06-30
 * (ISO), 06-2024 and 6/2024, and Dutch Excel's day-month-year 30-6-2024 or 30/06/2024.
 * The day only says which month; the result is always "YYYY-MM".
 */
import { InputError, type Where } from '../core/errors.ts';
import { clip } from './cbs/read.ts';
import { say } from '../i18n/engine/index.ts';

const ISO = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/;
const MONTH_YEAR = /^(\d{1,2})[-/](\d{4})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

export function parseMonth(text: string, where: Where, column: 'founded' | 'ended'): string {
  let year: number, month: number, day: number | null = null;
  const iso = ISO.exec(text), my = MONTH_YEAR.exec(text), dmy = DAY_MONTH_YEAR.exec(text);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), iso[3] === undefined ? null : Number(iso[3])];
  else if (my) [year, month] = [Number(my[2]), Number(my[1])];
  else if (dmy) [year, month, day] = [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])];
  else {
    throw new InputError('register.date', text === '' ? say('data.registerMonth.missing', { column }) : say('data.registerMonth.notAMonth', { text: clip(text) }), where);
  }
  // Voorzorgcirkels exist since about 2010; a year before 2000 is a typing error, not history.
  const daysIn = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (year < 2000 || year > 2100 || month < 1 || month > 12 || (day !== null && (day < 1 || day > daysIn))) {
    throw new InputError('register.date', say('data.registerMonth.noSuchMonth', { text: clip(text) }), where);
  }
  return `${year}-${String(month).padStart(2, '0')}`;
}
