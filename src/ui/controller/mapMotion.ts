import type { Outcome } from '../simulation/simulator.ts';
import { momentLabel } from '../charts/chart.ts';
import { regionMap } from '../views/regionMap.ts';
import type { AppContext } from './context.ts';
import type { Maps } from './maps.ts';
import type { PageInput } from './pageInput.ts';

/**
 * The coverage map as the report shows it (its moment named as on the map page and in the chart's
 * table), and the map page's play button that walks the years. Split from resultPanels.ts, which
 * draws the pages around them.
 */
export function createMapMotion(ctx: AppContext, maps: Maps) {
  const { store, memory } = ctx;
  const update = store.update;

  function coverageMap(p: PageInput, outcome: Outcome, year: number, prefix: string): HTMLElement | null {
    const state = maps.coverage(outcome.key, outcome.result.buurten, year, p.geometry);
    if (state.status !== 'ready') return null;
    const { t } = p.locale;
    return regionMap({
      locale: p.locale,
      spec: state.spec,
      caption: t.coverage.mapCaption(p.planning!.name, momentLabel(p.locale, outcome.scenario.start ?? null, year * 12), outcome.scenario.name ?? ''),
      label: t.coverage.mapLabel(p.planning!.name),
      selected: null,
      onSelect: (code) => {
        memory.coverageFocus = code;
        update({ tab: 'map' });
        ctx.render();
      },
      legendTitle: t.coverage.legend,
      keyPrefix: prefix,
      ...(p.register.today ? { existing: { codes: new Set(p.register.today.buurten.map((b) => b.code)), label: t.register.mapExisting } } : {}),
    });
  }

  /** Plays the map's years from the shown one (from the start when at the end), one a second; stops at the end or when the map is left. */
  function play(years: number): void {
    const stop = () => {
      if (memory.playTimer !== null) clearInterval(memory.playTimer);
      memory.playTimer = null;
      ctx.render();
    };
    if (memory.playTimer !== null) return stop();
    if ((store.get().year ?? years) >= years) update({ year: 0 });
    memory.playTimer = setInterval(() => {
      const now = store.get();
      const y = now.year ?? years;
      if (now.tab !== 'map' || y >= years) return stop();
      update({ year: y + 1 >= years ? null : y + 1 });
      if (y + 1 >= years) stop();
    }, 1000);
    ctx.render();
  }

  return { coverageMap, play };
}
