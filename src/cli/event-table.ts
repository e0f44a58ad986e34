// Stored events as people read them: an aligned table (CSV is src/formats/eventCsv.ts, shared with export).
import type { ExchangeEvent, Participant } from '../types.js';

function who(p: Participant): string {
  const name = p.name ?? `(${p.country ?? 'unknown'} side)`;
  const detail = [p.role, p.country].filter(Boolean).join(', ');
  return detail ? `${name} (${detail})` : name;
}

function place(e: ExchangeEvent): string {
  const l = e.location;
  const parts = [l?.venue, l?.city, l?.country ?? e.host_country].filter(Boolean);
  return [...new Set(parts)].join(', ');
}

function when(e: ExchangeEvent): string {
  if (!e.date) return 'undated';
  return e.end_date && e.end_date !== e.date ? `${e.date}..${e.end_date}` : e.date;
}

export function eventTable(events: ExchangeEvent[]): string {
  const header = ['DATE', 'TYPE', 'STATUS', 'PLACE', 'PARTICIPANTS'];
  const rows = events.map((e) => [
    when(e),
    e.type,
    e.certainty === 'possible' ? `${e.status}?` : e.status,
    place(e),
    e.participants.map(who).join('; '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  // The last column is not padded, so long participant lists do not trail spaces.
  const line = (r: string[]) =>
    r
      .map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]) : c))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
