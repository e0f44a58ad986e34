// Observable Plot figures. Plot builds SVG through the DOM (titles as text nodes), so data stays text.
import * as Plot from '@observablehq/plot';
import type { Event } from './api.js';
import { h } from './dom.js';
import { participantText, toTime, TYPE_LABEL } from './format.js';

const TYPES = Object.keys(TYPE_LABEL);

function width(container: HTMLElement): number {
  return Math.max(280, Math.min(1100, container.clientWidth || 640));
}

export function timelineChart(events: Event[], container: HTMLElement): Element {
  const dated = events
    .map((e) => ({ e, t: toTime(e.date) }))
    .filter((d): d is { e: Event; t: Date } => d.t !== null);
  const present = TYPES.filter((t) => dated.some((d) => d.e.type === t));
  const fig = Plot.plot({
    width: width(container),
    height: 60 + 34 * Math.max(1, present.length),
    marginLeft: 90,
    x: { type: 'utc', label: null, grid: true },
    y: { domain: present, tickFormat: (t: string) => TYPE_LABEL[t] ?? t, label: null },
    color: { domain: TYPES, range: ['#1f5fa8', '#c0392b', '#2e8b57', '#8e44ad', '#d35400', '#555'] },
    marks: [
      Plot.dot(dated, {
        x: 't',
        y: (d: { e: Event }) => d.e.type,
        fill: (d: { e: Event }) => d.e.type,
        r: 6,
        stroke: 'white',
        title: (d: { e: Event; t: Date }) =>
          `${d.e.date} — ${TYPE_LABEL[d.e.type] ?? d.e.type}\n${d.e.participants.map(participantText).join('\n')}`,
        href: (d: { e: Event }) => `#/event/${encodeURIComponent(d.e.id)}`,
      }),
    ],
  });
  fig.setAttribute('role', 'img');
  fig.setAttribute(
    'aria-label',
    `Timeline chart of ${dated.length} dated exchanges; the list below gives each one.`,
  );
  return fig;
}

export interface MonthValue {
  month: string;
  value: number;
}

export function temperatureChart(months: MonthValue[], container: HTMLElement): Element {
  const rows = months.map((m) => ({ t: toTime(m.month), v: m.value, month: m.month })).filter((r) => r.t);
  const fig = Plot.plot({
    width: width(container),
    height: 180,
    marginLeft: 40,
    x: { type: 'utc', label: null },
    y: { label: 'cooperation', grid: true, zero: true },
    marks: [
      Plot.ruleY([0]),
      Plot.rectY(rows, {
        x: 't',
        y: 'v',
        interval: 'month',
        fill: (r: { v: number }) => (r.v >= 0 ? '#2e8b57' : '#c0392b'),
        title: (r: { month: string; v: number }) => `${r.month}: ${r.v}`,
      }),
    ],
  });
  fig.setAttribute('role', 'img');
  fig.setAttribute('aria-label', `Monthly temperature over ${rows.length} months`);
  return fig;
}

export function figure(caption: string, chart: Element): HTMLElement {
  return h('figure', { class: 'chart' }, chart, h('figcaption', {}, caption));
}
