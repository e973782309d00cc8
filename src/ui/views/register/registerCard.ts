import type { Today } from '../../../experiments/scenarioCircles.ts';
import { LOCALES, type Locale } from '../../i18n/index.ts';
import { h } from '../dom.ts';
import { button, section } from '../fields.ts';
import { fileDrop } from '../fileDrop.ts';
import { registerTable, type RegisterTableProps } from './registerTable.ts';

/**
 * "Bestaande cirkels": the gemeente's register on the area page. Today's count on top (the same
 * line the report opens with), the map to place a circle by clicking its buurt, the table, and
 * import and export of the documented CSV. Messages about an import or an edit stand next to the
 * control that caused them (an alert when something was refused, naming line or row and column).
 */
export interface RegisterCardProps extends RegisterTableProps {
  today: Today | null;
  /** IndexedDB: null while opening, false when the browser refuses it. */
  storage: boolean | null;
  map: HTMLElement | null;
  /** Whether the map is shown; the button opens and closes it. */
  mapOpen: boolean;
  onMap(): void;
  message: { place: 'table' | 'import'; kind: 'info' | 'error'; text: string } | null;
  onImport(file: File): void;
  onExport(): void;
}

/** "Vandaag: 3 cirkels, 0,4% van de 65-plussers (27 leden, 3 actief; stand december 2026)." */
export function todayLine(locale: Locale, today: Today): string {
  const { t, fmt } = locale;
  return (
    t.register.today(fmt.count(today.circles), today.circles === 1, fmt.percent(today.coverage * 100, 1)) +
    t.register.todayDetail(fmt.count(today.members), fmt.count(today.active), monthWords(locale, today.start))
  );
}

/** "2026-12" as "december 2026". */
export function monthWords(locale: Locale, month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[locale.lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

function messageFor(p: RegisterCardProps, place: 'table' | 'import'): HTMLElement | null {
  const m = p.message;
  if (!m || m.place !== place) return null;
  const loud = m.kind === 'error';
  return h(
    'div',
    {
      class: `utrecht-alert utrecht-alert--${loud ? 'error' : 'ok'} sb-upload-message`,
      role: loud ? 'alert' : 'status',
      'data-register-message': place,
      'data-kind': m.kind,
      tabindex: -1,
    },
    h('div', { class: 'utrecht-alert__message' }, m.text),
  );
}

export function registerCard(p: RegisterCardProps): HTMLElement {
  const r = p.locale.t.register;
  const disabled = p.disabled || p.storage === false;
  return section(
    r.title,
    2,
    'sb-card sb-register',
    h('p', { class: 'utrecht-paragraph' }, r.help(p.gemeenteName)),
    p.storage === false ? h('p', { class: 'utrecht-paragraph sb-register__unavailable', role: 'status' }, r.unavailable) : null,
    p.today ? h('p', { class: 'utrecht-paragraph sb-register__today', 'data-register-today': '' }, todayLine(p.locale, p.today)) : null,
    button(p.mapOpen ? r.mapClose : r.mapOpen, 'register-map-toggle', p.onMap, 'secondary', { 'aria-expanded': String(p.mapOpen), disabled }),
    p.mapOpen && p.map ? h('div', { class: 'sb-register__map', 'data-register-map': '' }, p.map) : null,
    messageFor(p, 'table'),
    ...registerTable({ ...p, disabled }),
    h(
      'div',
      { class: 'sb-register__files' },
      h(
        'div',
        {},
        fileDrop({
          label: r.importLabel,
          description: r.importHelp,
          accept: '.csv,.txt,text/csv',
          focusKey: 'register-import',
          dropHint: p.locale.t.files.dropHint,
          onFile: p.onImport,
        }),
        messageFor(p, 'import'),
      ),
      p.circles.length ? button(r.export, 'register-export', p.onExport, 'secondary', { 'data-register-export': '' }) : null,
    ),
  );
}
