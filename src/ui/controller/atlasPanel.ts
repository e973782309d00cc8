import { bundledRow, type BundledRow } from '../../experiments/atlasBundle.ts';
import type { RankResult } from '../../experiments/rank.ts';
import { countsOf, gemeenteSummaries, type GemeenteSummary } from '../charts/atlasSpec.ts';
import { mapSpec, type MapSpec } from '../charts/mapSpec.ts';
import { atlasData } from '../data/atlas.ts';
import { defaultRank } from '../state/workspace.ts';
import { atlasPage } from '../views/atlas/atlasPage.ts';
import { h } from '../views/dom.ts';
import { rankKey } from './compute.ts';
import type { AppContext } from './context.ts';
import type { PageInput } from './pageInput.ts';

/**
 * The atlas tab's controller. The gemeente's wijken come from the bundled atlas until the user
 * computes them with his own settings; that is the ranking of "Vergelijk de plekken" at wijk level
 * (compute.rank, the same function as `sneeuwbal rank` and `atlas`, in the Web Workers), so the map
 * and the ranking never disagree. The national map is per gemeente: drawing 3,393 wijken would
 * need all 342 gemeente files (6.7 MB), the gemeente outlines are one 230 kB file.
 */
const liveRows = (r: RankResult, gemeente: string): BundledRow[] => [
  ...r.ranking.map((x) => bundledRow({ index: 0, gemeente, status: 'answered', ...x })),
  ...r.skipped.map((x) => bundledRow({ index: 0, gemeente, status: 'skipped', ...x })),
];

export function createAtlasPanel(ctx: AppContext) {
  let national: MapSpec | null = null;
  let summaries: { rows: unknown; value: Map<string, GemeenteSummary> } | null = null;
  const own = new Map<string, MapSpec | null>();

  /** "Bereken de wijken met mijn instellingen": the ranking at wijk level with the workspace's settings. */
  function recompute(): void {
    const ws = ctx.store.get().workspace;
    ctx.sim.acknowledge();
    ctx.store.update({ workspace: { ...ws, rank: { ...(ws.rank ?? defaultRank), level: 'wijk' } } });
    void ctx.compute.rank();
  }

  return {
    page(p: PageInput): HTMLElement[] {
      const { t, fmt } = p.locale;
      const loaded = atlasData(() => ctx.render());
      if (loaded.status !== 'ready')
        return [
          h('h2', { class: 'utrecht-heading-2' }, t.atlas.title),
          h(
            'p',
            { class: 'utrecht-paragraph', role: loaded.status === 'failed' ? 'alert' : null },
            loaded.status === 'failed' ? t.atlas.failed : t.atlas.loading,
          ),
        ];
      const { bundle, rows, gemeenten } = loaded.value;
      const prov = bundle.provenance;
      const settings = prov.settings as { route?: string; target?: number; budget?: number };
      const budget = settings.budget ?? defaultRank.budget;
      const gm = p.view.gemeente;
      const ws = p.state.workspace;

      const key = ws.rank?.level === 'wijk' ? rankKey(ctx.data.tableId, p) : null;
      const live = key ? ctx.sim.ranking(key) : null;
      const ownRows = live ? liveRows(live, gm.code) : rows.filter((r) => r.gemeente === gm.code);
      const places = bundle.counts[gm.code] ?? p.view.wijken.length;

      national ??= mapSpec({ features: gemeenten, values: new Map(), width: 560, maxHeight: 680 });
      if (summaries?.rows !== rows) summaries = { rows, value: gemeenteSummaries(rows, bundle.counts, budget) };
      const geo = p.geometry?.status === 'ready' ? p.geometry.value : null;
      if (geo && !own.has(gm.code)) own.set(gm.code, geo.wijken.length ? mapSpec({ features: geo.wijken, values: new Map(), outline: geo.gemeente }) : null);

      const active = p.planned[ws.active]?.scenario;
      const critical = ws.critical;
      // What the bundled rows were not computed with: changed parameters, a posterior, another route or target, seed or horizon, circles that already exist.
      const base = (settings as { scenario?: { seed?: number; months?: number } }).scenario;
      const differs =
        Object.keys(active?.params ?? {}).length > 0 ||
        p.posterior !== null ||
        p.register.circles.length > 0 ||
        ws.seed !== base?.seed ||
        ws.months !== base?.months ||
        (critical !== null && (critical.route !== settings.route || critical.target !== settings.target));
      const lines: [string, string][] = [
        ...prov.runs.map((r): [string, string] => [t.atlas.prov.command, `${r.command}${r.commandRebuilt ? ' *' : ''} (${fmt.count(r.rows)})`]),
        [t.atlas.prov.commit, prov.runs.map((r) => r.commit ?? '?').join(', ')],
        [t.atlas.prov.date, prov.runs.map((r) => r.computedUntil).join(', ')],
        [t.atlas.prov.seed, String(prov.seed ?? '–')],
        [t.atlas.prov.computed, `${fmt.count(prov.computed)} / ${fmt.count(prov.places)}`],
        ['CBS', prov.source],
      ];
      return atlasPage({
        locale: p.locale,
        gemeente: { code: gm.code, name: gm.name },
        budget,
        national: { spec: national, summaries: summaries.value, counts: countsOf(rows, prov.places, budget), gemeenten: Object.keys(bundle.counts).length },
        own: { spec: own.get(gm.code) ?? null, rows: ownRows, counts: countsOf(ownRows, places, budget), computedHere: live !== null },
        computedUntil: prov.runs
          .map((r) => r.computedUntil)
          .sort()
          .pop()!,
        provenance: lines,
        differs,
        running: ctx.sim.status.running,
        onRecompute: recompute,
        onChooseGemeente: (code) => ctx.store.update({ area: code, level: null, group: null }),
      });
    },
  };
}
