import { ROUTES } from '../../../core/plan.ts';
import { LOCALES, type Locale } from '../../i18n/index.ts';
import type { SavedScenario } from '../../storage/db.ts';
import type { Workspace, WorkspaceEdit } from '../../state/workspace.ts';
import { h } from '../dom.ts';
import { button, section } from '../fields.ts';
import { fileDrop } from '../fileDrop.ts';
import { comparisonSettings, scenarioSwitcher } from './comparison.ts';
import { scenarioEditor, type BuurtOption, type SmartChoice } from './scenarioEditor.ts';

/**
 * The initiator's page: build 1–4 start scenarios for the planning area, run them, save them,
 * export one as JSON (the file `sneeuwbal simulate --scenario` reads) or bring one in from a file.
 */
export interface PlanPageProps {
  locale: Locale;
  workspace: Workspace;
  areaName: string;
  buurten: readonly BuurtOption[];
  chooserMap: HTMLElement | null;
  smart: SmartChoice | null;
  /** Why the active scenario cannot run as it is (from validateScenario), or null. */
  invalid: string | null;
  saved: readonly SavedScenario[];
  storage: boolean | null;
  running: boolean;
  savedSection: HTMLElement;
  onWorkspace(edit: WorkspaceEdit): void;
  onRun(): void;
  onSave(all: boolean): void;
  onExport(): void;
  onImport(file: File): void;
}

export interface SavedProps {
  locale: Locale;
  saved: readonly SavedScenario[];
  storage: boolean | null;
  onOpen(entry: SavedScenario): void;
  onDownload(entry: SavedScenario): void;
  onDelete(entry: SavedScenario): void;
}

export function planPage(p: PlanPageProps): HTMLElement[] {
  const { t } = p.locale;
  const active = p.workspace.scenarios[p.workspace.active];
  const editorProps = { locale: p.locale, workspace: p.workspace, onWorkspace: p.onWorkspace };
  return [
    h('h2', { class: 'utrecht-heading-2' }, t.plan.title(p.areaName)),
    h('p', { class: 'utrecht-paragraph sb-lead' }, t.plan.intro),
    scenarioSwitcher(editorProps),
    section(
      t.plan.editing(active.name),
      3,
      'sb-card sb-editor-card',
      scenarioEditor({ ...editorProps, buurten: p.buurten, chooserMap: p.chooserMap, smart: p.smart }),
      p.invalid
        ? h('div', { class: 'utrecht-alert utrecht-alert--warning sb-invalid', role: 'alert' }, h('div', { class: 'utrecht-alert__message' }, p.invalid))
        : null,
    ),
    comparisonSettings(editorProps),
    h(
      'div',
      { class: 'sb-actions sb-actions--main' },
      button(t.plan.run, 'plan-run', p.onRun, 'primary', { disabled: p.running }),
      button(t.plan.save, 'plan-save', () => p.onSave(false), 'secondary', { disabled: p.storage !== true || !!p.invalid }),
      button(t.plan.saveAll, 'plan-save-all', () => p.onSave(true), 'secondary', { disabled: p.storage !== true || p.workspace.scenarios.length < 2 }),
      button(t.plan.exportJson, 'plan-export', p.onExport, 'secondary', { disabled: !!p.invalid }),
    ),
    fileDrop({
      label: t.plan.importLabel,
      description: t.plan.importHelp,
      accept: '.json,application/json',
      focusKey: 'plan-import',
      dropHint: t.files.dropHint,
      onFile: p.onImport,
    }),
    p.savedSection,
  ];
}

/** The scenarios saved in this browser, with open, download and remove (also on the start page). */
export function savedScenariosSection(p: SavedProps): HTMLElement {
  const { t, fmt } = p.locale;
  const when = new Intl.DateTimeFormat(LOCALES[p.locale.lang], { dateStyle: 'medium', timeStyle: 'short' });
  const body =
    p.storage === false
      ? h('p', { class: 'utrecht-paragraph' }, t.saved.unavailable)
      : p.saved.length === 0
        ? h('p', { class: 'utrecht-paragraph' }, t.saved.none)
        : h(
            'table',
            { class: 'utrecht-table utrecht-table--html-table sb-table sb-saved' },
            h('caption', { class: 'utrecht-table__caption' }, t.saved.caption(fmt.count(p.saved.length))),
            h(
              'thead',
              { class: 'utrecht-table__header' },
              h(
                'tr',
                { class: 'utrecht-table__row' },
                ...[t.saved.name, t.saved.area, t.saved.plan, t.saved.savedAt, t.saved.actions].map((c) =>
                  h('th', { scope: 'col', class: 'utrecht-table__header-cell' }, c),
                ),
              ),
            ),
            h(
              'tbody',
              { class: 'utrecht-table__body' },
              ...p.saved.map((entry) => {
                const plan = ROUTES.map((r) => `${r}=${entry.scenario.plan[r].count}`).join(', ');
                return h(
                  'tr',
                  { class: 'utrecht-table__row', 'data-saved': entry.id },
                  h('th', { scope: 'row', class: 'utrecht-table__header-cell' }, entry.name),
                  h('td', { class: 'utrecht-table__cell' }, entry.areaName),
                  h('td', { class: 'utrecht-table__cell' }, plan),
                  h('td', { class: 'utrecht-table__cell' }, when.format(new Date(entry.savedAt))),
                  h(
                    'td',
                    { class: 'utrecht-table__cell sb-saved__actions' },
                    button(t.saved.open, `saved-open-${entry.id}`, () => p.onOpen(entry), 'secondary', { 'aria-label': t.saved.openLabel(entry.name) }),
                    button(t.saved.download, `saved-download-${entry.id}`, () => p.onDownload(entry), 'subtle', {
                      'aria-label': t.saved.downloadLabel(entry.name),
                    }),
                    button(t.saved.remove, `saved-delete-${entry.id}`, () => p.onDelete(entry), 'subtle', { 'aria-label': t.saved.removeLabel(entry.name) }),
                  ),
                );
              }),
            ),
          );
  return section(t.saved.title, 2, 'sb-saved-section', h('p', { class: 'utrecht-paragraph' }, t.saved.help), body);
}
