// Words for the record's fields, shared by the timeline, the event view and the chart.
import type { Event, Participant } from './api.js';
import { h } from './dom.js';

export const TYPE_LABEL: Record<string, string> = {
  visit: 'Visit',
  meeting: 'Meeting',
  phone_call: 'Phone call',
  video_call: 'Video call',
  handshake: 'Handshake',
  message: 'Message',
};

export const RANK_LABEL: Record<string, string> = {
  '': 'Any seniority',
  '1': '1 — heads of state only',
  '2': '2 — adds heads of government, vice presidents',
  '3': '3 — adds foreign ministers and peers',
  '4': '4 — adds other cabinet ministers',
  '5': '5 — adds deputy ministers',
  '6': '6 — adds ambassadors and envoys',
};

export function participantText(p: Participant): string {
  const who = p.name ?? 'unnamed';
  const office = [p.role, p.country].filter(Boolean).join(', ');
  return office ? `${who} (${office})` : who;
}

export function placeText(e: Event): string | null {
  const l = e.location;
  if (l && (l.city || l.country)) return [l.venue, l.city, l.country].filter(Boolean).join(', ');
  return e.host_country ? `in ${e.host_country}` : null;
}

export function dateText(e: Event): string {
  if (!e.date) return 'date unknown';
  return e.end_date && e.end_date !== e.date ? `${e.date} – ${e.end_date}` : e.date;
}

/** A date at any precision as a point in time for the chart ("2023-06" → 1 June 2023). */
export function toTime(date: string | null): Date | null {
  if (!date) return null;
  const d = new Date(date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function typeBadge(type: string): HTMLElement {
  return h('span', { class: `badge type-${type.replace(/[^a-z_]/g, '')}` }, TYPE_LABEL[type] ?? type);
}

export function statusBadge(e: Event): HTMLElement | null {
  if (e.status === 'occurred' && e.certainty !== 'possible') return null;
  const label = e.certainty === 'possible' ? `${e.status} (possible)` : e.status;
  return h('span', { class: 'badge status' }, label);
}

/** A date the text states one way and implies another: say both, so a reader can judge. */
export function disputedBadge(e: Event): HTMLElement | null {
  const d = e.date_disputed;
  if (!d) return null;
  return h(
    'span',
    { class: 'badge status', title: d.reason },
    `written ${d.as_written}, likely ${d.inferred}`,
  );
}
