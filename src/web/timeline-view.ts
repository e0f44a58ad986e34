// The timeline: filters (countries, dates, seniority, status) kept in the URL hash, the chart,
// the list of exchanges with their evidence, and the pair's temperature and silences.
import { api, ApiError, type Event } from './api.js';
import { figure, timelineChart } from './charts.js';
import { clear, h } from './dom.js';
import { evidenceBlock } from './evidence.js';
import {
  dateText,
  disputedBadge,
  participantText,
  placeText,
  RANK_LABEL,
  statusBadge,
  typeBadge,
} from './format.js';
import { pairPanel } from './pair-panel.js';

export interface Filters {
  a: string;
  b: string;
  since: string;
  until: string;
  rank: string;
  status: string;
}

const DEFAULTS: Filters = { a: 'USA', b: 'CHN', since: '', until: '', rank: '', status: 'occurred' };
const PAGE = 1000;
const MAX_PAGES = 5;

export function filtersFrom(params: URLSearchParams): Filters {
  // The US–China default is for a first visit only; once a country is chosen, a missing "b" means all.
  const f = params.has('a') ? { ...DEFAULTS, b: '' } : { ...DEFAULTS };
  for (const k of Object.keys(DEFAULTS) as (keyof Filters)[]) {
    const v = params.get(k);
    if (v !== null) f[k] = v;
  }
  return f;
}

function field(label: string, input: HTMLElement): HTMLElement {
  return h('label', { class: 'field' }, h('span', {}, label), input);
}

function filterForm(f: Filters): HTMLFormElement {
  const rank = h(
    'select',
    { name: 'rank' },
    ...Object.entries(RANK_LABEL).map(([v, l]) => h('option', { value: v, selected: v === f.rank }, l)),
  );
  const status = h(
    'select',
    { name: 'status' },
    ...['occurred', 'planned', 'postponed', 'cancelled', 'declined', 'all'].map((s) =>
      h('option', { value: s, selected: s === f.status }, s === 'all' ? 'any status' : s),
    ),
  );
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Filter the timeline' },
    field(
      'Country',
      h('input', {
        name: 'a',
        value: f.a,
        required: true,
        autocomplete: 'off',
        placeholder: 'USA',
        size: 10,
      }),
    ),
    field(
      'and',
      h('input', { name: 'b', value: f.b, autocomplete: 'off', placeholder: 'all countries', size: 10 }),
    ),
    field('From', h('input', { name: 'since', type: 'date', value: f.since })),
    field('To', h('input', { name: 'until', type: 'date', value: f.until })),
    field('Seniority', rank),
    field('Status', status),
    h('button', { type: 'submit' }, 'Show'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const p = new URLSearchParams();
    for (const [k, v] of data) if (typeof v === 'string' && v.trim()) p.set(k, v.trim());
    location.hash = `#/?${p.toString()}`;
  });
  return form;
}

function eventItem(e: Event): HTMLElement {
  const place = placeText(e);
  return h(
    'li',
    { class: 'event', 'data-event': e.id },
    h(
      'div',
      { class: 'event-head' },
      h('time', { datetime: e.date ?? '' }, dateText(e)),
      ' ',
      typeBadge(e.type),
      ' ',
      statusBadge(e),
      disputedBadge(e),
      place ? h('span', { class: 'place' }, ' · ', place) : null,
    ),
    h('ul', { class: 'participants' }, ...e.participants.map((p) => h('li', {}, participantText(p)))),
    evidenceBlock(e),
    h('a', { href: `#/event/${encodeURIComponent(e.id)}`, class: 'details' }, 'All sources and details'),
  );
}

async function loadAll(f: Filters): Promise<{ events: Event[]; more: boolean }> {
  const events: Event[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await api.timeline({
      between: f.b ? `${f.a},${f.b}` : f.a,
      since: f.since || undefined,
      until: f.until || undefined,
      status: f.status || undefined,
      max_rank: f.rank || undefined,
      limit: PAGE,
      cursor,
    });
    events.push(...page.events);
    if (!page.next) return { events, more: false };
    cursor = page.next;
  }
  return { events, more: true };
}

export async function timelineView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const f = filtersFrom(params);
  const results = h(
    'section',
    { class: 'results', 'aria-live': 'polite', 'aria-busy': 'true' },
    h('p', {}, 'Loading…'),
  );
  const pair = h('section', { class: 'pair', 'aria-label': 'Temperature and silences' });
  main.append(
    h('h2', {}, f.b ? `Exchanges between ${f.a} and ${f.b}` : `All exchanges of ${f.a}`),
    filterForm(f),
    results,
  );
  try {
    const { events, more } = await loadAll(f);
    clear(results);
    results.setAttribute('aria-busy', 'false');
    const heading = h(
      'h3',
      { id: 'count' },
      `${events.length}${more ? '+' : ''} exchange${events.length === 1 ? '' : 's'}`,
    );
    results.append(heading);
    if (events.length) {
      results.append(
        figure('Each dot is one exchange; select it for its sources.', timelineChart(events, results)),
      );
      // The pair's temperature and silences sit between the overview chart and the detailed list.
      if (f.b) results.append(pair);
      results.append(h('ol', { class: 'events', 'aria-labelledby': 'count' }, ...events.map(eventItem)));
    } else {
      results.append(h('p', {}, 'No exchanges match these filters.'));
    }
    if (f.b && events.length) void pairPanel(pair, f);
  } catch (err) {
    clear(results);
    results.setAttribute('aria-busy', 'false');
    const msg = err instanceof ApiError ? `${err.message}` : 'The server could not be reached.';
    results.append(h('p', { class: 'error', role: 'alert' }, msg));
  }
}
