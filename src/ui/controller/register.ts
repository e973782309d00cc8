import { buurtLocator, currentMonth } from '../../data/registerArea.ts';
import { gemeenteOf } from '../../data/regions.ts';
import { registerCsv, type RegisterCircle } from '../../data/register.ts';
import { downloadText } from '../export/download.ts';
import { inBoth } from '../i18n/index.ts';
import { checkFile, checkTable, placeWords, tableRow, type Checked, type RegisterGemeente, type TableRow } from '../register/check.ts';
import { todayInArea } from '../register/scenario.ts';
import { regionMap } from '../views/regionMap.ts';
import { registerCard } from '../views/register/registerCard.ts';
import type { RegisterDraft } from '../views/register/registerTable.ts';
import type { AppContext } from './context.ts';
import type { Maps } from './maps.ts';
import type { PageInput } from './pageInput.ts';

/**
 * The register card's wiring: every change (a row edited, a circle added or removed, a file
 * imported) is checked as a whole register with the file reader and the gemeente's checks, and
 * only what passes is written to IndexedDB; a refused change leaves the saved register as it was
 * and says why next to the control, naming the row or line and the column.
 */
const MAX_BYTES = 5 * 1024 * 1024;

export function createRegisterPanel(ctx: AppContext, maps: Maps) {
  const { memory } = ctx;
  const fresh = (): RegisterDraft => ({ founded: currentMonth(), buurt: '', route: 'unknown', members: '', status: 'active', ended: '' });
  const say = (place: 'table' | 'import', kind: 'info' | 'error', text: { nl: string; en: string }, focus: string | null = null) => {
    memory.registerMessage = { place, kind, text };
    if (kind === 'error') ctx.focusAfterRender(`[data-register-message="${place}"]`);
    else if (focus) ctx.focusAfterRender(focus);
    ctx.render();
  };
  const refused = (place: 'table' | 'import', c: Extract<Checked, { ok: false }>) =>
    say(
      place,
      'error',
      inBoth((l) => (place === 'import' ? l.t.register.importFailed : l.t.register.notSaved)(placeWords(c.where, l.lang), c.error[l.lang])),
    );

  async function keep(
    gemeente: RegisterGemeente,
    rows: readonly TableRow[],
    place: 'table' | 'import',
    done: (n: number) => { nl: string; en: string },
    focus: string | null,
  ): Promise<boolean> {
    // The last circle removed: an empty register is a valid one (the reader wants at least one row).
    if (rows.length === 0) return save(gemeente.code, [], place, done(0), focus);
    const c = checkTable(rows, gemeente, currentMonth());
    if (!c.ok) return (refused(place, c), false);
    return save(gemeente.code, c.circles, place, done(c.circles.length), focus);
  }

  async function save(
    code: string,
    circles: readonly RegisterCircle[],
    place: 'table' | 'import',
    text: { nl: string; en: string },
    focus: string | null,
  ): Promise<boolean> {
    try {
      await ctx.library.saveRegister(code, circles);
      say(place, 'info', text, focus);
      return true;
    } catch {
      say(
        place,
        'error',
        inBoth((l) => l.t.plan.saveFailed),
      );
      return false;
    }
  }

  async function importFile(gemeente: RegisterGemeente, file: File, locate?: (x: number, y: number) => string | null): Promise<void> {
    if (file.size > MAX_BYTES)
      return say(
        'import',
        'error',
        inBoth((l) => l.t.register.importFailed(file.name, l.t.register.tooBig(file.name))),
      );
    const c = checkFile(new Uint8Array(await file.arrayBuffer()), file.name, gemeente, currentMonth(), locate);
    if (!c.ok) return refused('import', c);
    await save(
      gemeente.code,
      c.circles,
      'import',
      inBoth((l) => l.t.register.imported(file.name, l.t.register.circlesWord(l.fmt.count(c.circles.length), c.circles.length === 1))),
      null,
    );
  }

  return (p: PageInput): HTMLElement => {
    const { view, locale } = p;
    const gemeente: RegisterGemeente = { code: view.gemeente.code, name: view.gemeente.name, buurten: view.buurten };
    const circles = ctx.library.register(view.gemeente.code);
    const rows = circles.map(tableRow);
    const draft = memory.registerDraft ?? fresh();
    const buurten = [...view.buurten].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    const chooser = memory.registerMap
      ? maps.chooser(
          view,
          view.buurten.map((b) => b.code),
          p.geometry,
          ctx.data.tableId,
        )
      : null;
    const { t } = locale;
    const map =
      chooser?.status === 'ready'
        ? regionMap({
            locale,
            spec: chooser.spec,
            caption: t.register.mapCaption,
            label: t.coverage.mapLabel(view.gemeente.name),
            selected: draft.buurt || null,
            marked: { codes: new Set(circles.map((c) => c.buurt)), label: t.register.mapMarked },
            keyPrefix: 'register-map',
            onSelect: (code) => {
              memory.registerDraft = { ...(memory.registerDraft ?? fresh()), buurt: code };
              const name = view.buurten.find((b) => b.code === code)?.name ?? code;
              say(
                'table',
                'info',
                inBoth((l) => l.t.register.placed(name)),
                '#register-new-founded',
              );
            },
          })
        : null;
    return registerCard({
      locale,
      gemeenteName: view.gemeente.name,
      buurten,
      circles,
      draft,
      disabled: ctx.library.available !== true,
      storage: ctx.library.available,
      today: todayInArea(circles, p.register.start, {
        age65plus: typeof view.gemeente.figures.age65plus === 'number' ? view.gemeente.figures.age65plus : null,
        buurten: view.buurten,
      }),
      map,
      mapOpen: memory.registerMap,
      onMap: () => {
        memory.registerMap = !memory.registerMap;
        ctx.focusAfterRender('[data-focus-key="register-map-toggle"]');
      },
      message: memory.registerMessage ? { ...memory.registerMessage, text: memory.registerMessage.text[locale.lang] } : null,
      onDraft: (d) => (memory.registerDraft = d),
      onAdd: (d) => {
        memory.registerDraft = d;
        const n = rows.length + 1;
        void keep(gemeente, [...rows, d], 'table', () => inBoth((l) => l.t.register.added(l.fmt.count(n))), '#register-new-founded').then((ok) => {
          if (!ok) return;
          memory.registerDraft = { ...fresh(), founded: d.founded };
          ctx.render();
        });
      },
      onEdit: (i, d) =>
        void keep(
          gemeente,
          rows.map((r, j) => (j === i ? { ...(r.id !== undefined ? { id: r.id } : {}), ...d } : r)),
          'table',
          () => inBoth((l) => l.t.register.savedEdit),
          null,
        ),
      onRemove: (i) =>
        void keep(
          gemeente,
          rows.filter((_, j) => j !== i),
          'table',
          () => inBoth((l) => l.t.register.removed(l.fmt.count(i + 1))),
          '[data-focus-key="register-new-founded"]',
        ),
      onImport: (file) => void importFile(gemeente, file, locatorOf(p)),
      onExport: () => downloadText(registerCsv(circles), `register-${view.gemeente.code}.csv`, 'text/csv;charset=utf-8'),
    });
  };
}

/** Buurt at an RD New point, from the gemeente's buurt outlines (WGS84) when they are loaded. */
function locatorOf(p: PageInput): ((x: number, y: number) => string | null) | undefined {
  if (p.geometry?.status !== 'ready' || !p.geometry.value) return undefined;
  const shapes = p.geometry.value.buurten.map((f) => ({
    code: f.properties.code,
    geometry: f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon' ? f.geometry : null,
  }));
  return buurtLocator(shapes);
}

/**
 * The gemeente's register as a calibration source (src/ui/calibration reads it as
 * `calibrate --observed` reads a register file), named so the list says whose it is.
 */
export function registerSource(ctx: AppContext, area: string | null): { id: string; file: string; bytes: ArrayBuffer; savedAt: string }[] {
  const gemeente = area ? gemeenteOf(area) : null;
  const circles = gemeente ? ctx.library.register(gemeente) : [];
  if (!gemeente || !circles.length) return [];
  const bytes = new TextEncoder().encode(registerCsv(circles));
  return [
    {
      id: `register-${gemeente}`,
      file: `register-${gemeente}.csv`,
      bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      savedAt: '',
    },
  ];
}
