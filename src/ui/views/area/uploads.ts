import type { Locale } from '../../i18n/index.ts';
import type { SavedField } from '../../storage/db.ts';
import { h } from '../dom.ts';
import { button, section } from '../fields.ts';
import { fileDrop } from '../fileDrop.ts';

/**
 * The user's own data: a CBS table (any form the reader knows; read in the data worker, and only
 * used when it reads without error, so a broken file loses nothing) and field data about real
 * circles (kept in this browser only, for the calibration on the research page).
 */
interface TableInfo {
  file: string;
  regions: number;
  bundled: boolean;
  /** What the reader noticed (a cut-off last line, Windows-1252, skipped lines): shown beside the upload. */
  warnings?: readonly { nl: string; en: string }[];
}

export interface UploadsProps {
  locale: Locale;
  table: TableInfo | null;
  busy: string | null;
  /** The answer to the last upload, shown right under its control. */
  message: { place: 'cbs' | 'field'; kind: 'info' | 'warning' | 'error'; text: string } | null;
  fields: readonly SavedField[];
  storage: boolean | null;
  onCbsFile(file: File): void;
  onFieldFile(file: File): void;
  onBundledTable(): void;
  onDeleteField(field: SavedField): void;
}

/** The answer to an upload under its control: an alert when the file was refused, a status when it was read. */
function answer(p: UploadsProps, place: 'cbs' | 'field'): HTMLElement | null {
  const m = p.message;
  if (!m || m.place !== place) return null;
  const loud = m.kind !== 'info';
  return h(
    'div',
    {
      class: `utrecht-alert utrecht-alert--${m.kind === 'info' ? 'ok' : m.kind} sb-upload-message`,
      role: loud ? 'alert' : 'status',
      'data-upload-message': place,
      'data-kind': m.kind,
      tabindex: -1,
    },
    h('div', { class: 'utrecht-alert__message' }, m.text),
  );
}

export function uploads(p: UploadsProps): HTMLElement {
  const { t, fmt } = p.locale;
  const using = p.table
    ? h(
        'p',
        { class: 'utrecht-paragraph sb-using' },
        p.table.bundled ? t.files.usingBundled(fmt.count(p.table.regions)) : t.files.usingOwn(p.table.file, fmt.count(p.table.regions)),
        ' ',
        p.table.bundled ? null : button(t.files.backToBundled, 'files-bundled', p.onBundledTable, 'subtle'),
      )
    : null;
  const noticed =
    p.table && !p.table.bundled && p.table.warnings?.length
      ? h(
          'div',
          { class: 'sb-table-warnings', role: 'status', 'data-testid': 'table-warnings' },
          h('p', { class: 'utrecht-paragraph' }, t.files.warningsTitle(p.table.file)),
          h('ul', {}, ...p.table.warnings.map((w) => h('li', {}, w[p.locale.lang]))),
        )
      : null;
  const fields = p.fields.length
    ? h(
        'ul',
        { class: 'sb-fields' },
        ...p.fields.map((f) =>
          h(
            'li',
            { 'data-field': f.id },
            h('span', { class: 'sb-fields__name' }, f.file),
            ' ',
            h('span', { class: 'sb-fields__meta' }, t.files.fieldSummary(fmt.count(f.rows), fmt.count(f.areas.length), f.first, f.last)),
            ' ',
            button(t.files.remove, `field-delete-${f.id}`, () => p.onDeleteField(f), 'subtle', { 'aria-label': t.files.removeLabel(f.file) }),
          ),
        ),
      )
    : null;
  return section(
    t.files.title,
    2,
    'sb-card sb-uploads',
    h('p', { class: 'utrecht-paragraph' }, t.files.help),
    using,
    noticed,
    p.busy ? h('p', { class: 'sb-busy', role: 'status' }, p.busy) : null,
    h(
      'div',
      { class: 'sb-uploads__zones' },
      h(
        'div',
        {},
        fileDrop({
          label: t.files.cbsLabel,
          description: t.files.cbsHelp,
          accept: '.csv,.txt,text/csv',
          focusKey: 'upload-cbs',
          dropHint: t.files.dropHint,
          onFile: p.onCbsFile,
        }),
        answer(p, 'cbs'),
      ),
      h(
        'div',
        {},
        fileDrop({
          label: t.files.fieldLabel,
          description: p.storage === false ? `${t.files.fieldHelp} ${t.saved.unavailable}` : t.files.fieldHelp,
          accept: '.csv,.txt,text/csv',
          focusKey: 'upload-field',
          dropHint: t.files.dropHint,
          onFile: p.onFieldFile,
        }),
        answer(p, 'field'),
      ),
    ),
    fields,
  );
}
