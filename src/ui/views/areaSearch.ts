import type { SearchHit } from '../../workers/dataApi.ts';
import type { Locale } from '../i18n/index.ts';
import { h, uid } from './dom.ts';

/**
 * Search box for gemeenten, wijken and buurten: the WAI-ARIA 1.2 combobox pattern with a listbox
 * popup. Arrow keys move through the options (aria-activedescendant keeps focus in the input),
 * Enter chooses, Escape closes. Searching happens in the data worker; answers that arrive after a
 * newer query are dropped.
 */
export interface AreaSearchOptions {
  /** Null while the data is not loaded yet. */
  search(query: string): Promise<SearchHit[] | null>;
  choose(code: string): void;
}

export interface AreaSearch {
  element: HTMLElement;
  setLocale(locale: Locale): void;
  /** Tells the box that data has arrived, so a query typed while loading gets its answer. */
  refresh(): void;
}

export function createAreaSearch(options: AreaSearchOptions, initial: Locale): AreaSearch {
  let locale = initial;
  let hits: SearchHit[] = [];
  let active = -1;
  let open = false;
  let requested = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const inputId = uid('area-search');
  const listId = uid('area-results');
  const hintId = uid('area-hint');
  const label = h('label', { class: 'utrecht-form-label', for: inputId });
  const hint = h('p', { class: 'utrecht-form-field-description', id: hintId });
  const input = h('input', {
    id: inputId,
    class: 'utrecht-textbox utrecht-textbox--html-input sb-search__input',
    type: 'text',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    'aria-describedby': hintId,
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'utrecht-listbox__list sb-search__list', hidden: true });
  const popup = h('div', { class: 'utrecht-listbox sb-search__popup' }, list);
  // Screen readers are told how many results there are; the list itself is not live.
  const count = h('p', { class: 'sb-visually-hidden', role: 'status' });
  const element = h(
    'div',
    { role: 'search', class: 'sb-search' },
    h('div', { class: 'utrecht-form-field' }, label, hint, h('div', { class: 'sb-search__box' }, input, popup)),
    count,
  );

  const optionId = (i: number) => `${listId}-${i}`;

  function describe(hit: SearchHit): string {
    const level = locale.t.level[hit.level];
    return hit.gemeenteName ? `${locale.t.search.inGemeente(level, hit.gemeenteName)} · ${hit.code}` : `${level} · ${hit.code}`;
  }

  function renderList() {
    list.replaceChildren(
      ...hits.map((hit, i) =>
        h(
          'li',
          {
            id: optionId(i),
            role: 'option',
            class: `utrecht-listbox__option sb-search__option${i === active ? ' utrecht-listbox__option--active' : ''}`,
            'aria-selected': i === active ? 'true' : 'false',
            'data-code': hit.code,
          },
          h('span', { class: 'sb-search__name' }, hit.name),
          h('span', { class: 'sb-search__meta' }, describe(hit)),
        ),
      ),
    );
    const show = open && hits.length > 0;
    list.hidden = !show;
    input.setAttribute('aria-expanded', String(show));
    if (show && active >= 0) {
      input.setAttribute('aria-activedescendant', optionId(active));
      document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  async function runSearch() {
    const query = input.value;
    const ticket = ++requested;
    const found = await options.search(query);
    if (ticket !== requested) return;
    const t = locale.t.search;
    if (found === null) {
      hits = [];
      count.textContent = t.loading;
    } else {
      hits = found;
      count.textContent = found.length === 0 ? t.noResults : found.length === 1 ? t.oneResult : t.results(locale.fmt.count(found.length));
    }
    active = -1;
    renderList();
  }

  function schedule() {
    clearTimeout(timer);
    // A short pause so each keystroke does not cost a worker round trip while typing fast.
    timer = setTimeout(runSearch, 60);
  }

  function choose(i: number) {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    open = false;
    renderList();
    options.choose(hit.code);
  }

  function move(delta: number) {
    if (!open) {
      open = true;
      void runSearch();
      return;
    }
    if (hits.length === 0) return;
    active = active === -1 ? (delta > 0 ? 0 : hits.length - 1) : (active + delta + hits.length) % hits.length;
    renderList();
  }

  input.addEventListener('input', () => {
    open = true;
    schedule();
  });
  input.addEventListener('keydown', (event) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'Enter':
        if (open && active >= 0) {
          event.preventDefault();
          choose(active);
        } else if (open && hits.length === 1) {
          event.preventDefault();
          choose(0);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          open = false;
          renderList();
        } else input.value = '';
        break;
    }
  });
  input.addEventListener('blur', () => {
    open = false;
    renderList();
  });
  // mousedown, not click: choosing must happen before the input's blur closes the list. Any
  // press in the list (its scrollbar too) keeps focus in the input.
  list.addEventListener('mousedown', (event) => {
    event.preventDefault();
    const option = (event.target as Element).closest('[role="option"]');
    if (option) choose(Array.prototype.indexOf.call(list.children, option));
  });

  function setLocale(next: Locale) {
    locale = next;
    label.textContent = locale.t.search.label;
    hint.textContent = locale.t.search.hint;
    renderList();
  }
  setLocale(initial);

  return {
    element,
    setLocale,
    refresh() {
      if (open) void runSearch();
    },
  };
}
