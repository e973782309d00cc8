import type { Locale } from '../i18n/index.ts';
import { TABS, type Tab } from '../state/state.ts';
import { h } from './dom.ts';

/**
 * The pages of a gemeente as WAI-ARIA tabs: one Tab stop, arrow keys (and Home/End) move between
 * tabs and open them at once. The chosen tab is in the URL (`tab=`), so a copied link opens the
 * same page. Only the open panel is rendered.
 */
const PANEL_ID = 'tab-panel';
const tabId = (tab: Tab) => `tab-${tab}`;

export interface TabBarProps {
  locale: Locale;
  tab: Tab;
  onTab(tab: Tab): void;
}

export function tabBar(props: TabBarProps): HTMLElement {
  const { t } = props.locale;
  const buttons = TABS.map((tab) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: tabId(tab),
        class: 'sb-tab',
        'aria-selected': String(tab === props.tab),
        'aria-controls': PANEL_ID,
        tabindex: tab === props.tab ? 0 : -1,
        'data-tab': tab,
        'data-focus-key': `tab-${tab}`,
      },
      h('span', { class: 'sb-tab__step', 'aria-hidden': 'true' }, String(TABS.indexOf(tab) + 1)),
      t.tabs[tab],
    ),
  );
  const list = h('div', { role: 'tablist', class: 'sb-tabs', 'aria-label': t.tabs.label }, ...buttons);
  list.addEventListener('click', (event) => {
    const tab = (event.target as Element).closest('[data-tab]')?.getAttribute('data-tab') as Tab | null;
    if (tab) props.onTab(tab);
  });
  list.addEventListener('keydown', (event) => {
    // The tab that has focus now (a redraw may still be pending after the previous key).
    const current = ((event.target as Element).closest('[data-tab]')?.getAttribute('data-tab') as Tab | null) ?? props.tab;
    const i = TABS.indexOf(current);
    const moves: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = TABS[(moves[event.key] + TABS.length) % TABS.length];
    props.onTab(next);
    // Focus follows the newly opened tab; the redraw keeps it there (same data-focus-key).
    document.getElementById(tabId(next))?.focus();
  });
  return h('nav', { class: 'sb-tabbar', 'aria-label': t.tabs.navLabel }, list);
}

/** The panel for the open tab; its content is the page of that tab. */
export function tabPanel(tab: Tab, ...children: HTMLElement[]): HTMLElement {
  return h('div', { id: PANEL_ID, role: 'tabpanel', class: `sb-panel sb-panel--${tab}`, 'aria-labelledby': tabId(tab), tabindex: -1 }, ...children);
}
