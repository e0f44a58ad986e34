// iCalendar (RFC 5545): one all-day VEVENT per exchange. CRLF line ends, lines folded at 75
// octets (never inside a UTF-8 sequence), TEXT values escaped. A month- or year-precision date
// becomes the first day of its period, and the description says so: a calendar has no "June 2023".
import type { ExchangeEvent } from '../types.js';
import { details, headline } from './describe.js';

export interface IcsOptions {
  /** DTSTAMP (when the calendar was made); passed in so the serializer stays pure. */
  now: Date;
  /** Right-hand side of UIDs, naming the record they come from. */
  domain?: string;
}

export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line to 75 octets per physical line (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // continuation lines begin with one space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compact = (d: string) => d.replace(/-/g, '');

/** First and day-after-last day of a YYYY[-MM[-DD]] period, as iCalendar DATE values. */
function period(date: string): { start: string; endExclusive: string } {
  const [y, m, d] = date.split('-').map(Number);
  const start = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const end = d
    ? new Date(Date.UTC(y, m - 1, d + 1))
    : m
      ? new Date(Date.UTC(y, m, 1))
      : new Date(Date.UTC(y + 1, 0, 1));
  const fmt = (x: Date) => compact(x.toISOString().slice(0, 10));
  return { start: fmt(start), endExclusive: fmt(end) };
}

function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function vevent(e: ExchangeEvent, index: number, opts: IcsOptions): string[] {
  const date = e.date as string;
  const start = period(date);
  const end = period(e.end_date && e.end_date >= date ? e.end_date : date);
  const notes = details(e);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    notes.unshift(
      `Date known only to the ${date.length === 7 ? 'month' : 'year'} (${date}); shown on the period's first day.`,
    );
  const uid = `${e.id ?? `event-${index + 1}`}@${opts.domain ?? 'readout'}`;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${stamp(opts.now)}`,
    `DTSTART;VALUE=DATE:${start.start}`,
  ];
  // A month-precision date is not a month-long event; only an explicit end date spans days.
  if (e.end_date && e.end_date > date) lines.push(`DTEND;VALUE=DATE:${end.endExclusive}`);
  lines.push(`SUMMARY:${escapeText(headline(e))}`);
  if (notes.length) lines.push(`DESCRIPTION:${escapeText(notes.join('\n'))}`);
  const where = [e.location?.venue, e.location?.city, e.location?.country ?? e.host_country]
    .filter(Boolean)
    .join(', ');
  if (where) lines.push(`LOCATION:${escapeText(where)}`);
  if (e.location?.lat != null && e.location?.lon != null)
    lines.push(`GEO:${e.location.lat};${e.location.lon}`);
  lines.push(`CATEGORIES:${escapeText(e.type)}`);
  lines.push(
    `STATUS:${e.status === 'occurred' ? 'CONFIRMED' : e.status === 'planned' ? 'TENTATIVE' : 'CANCELLED'}`,
  );
  const url = e.sources?.find((s) => s.url)?.url;
  if (url) lines.push(`URL:${url}`);
  lines.push('END:VEVENT');
  return lines;
}

/** A VCALENDAR of the dated events; undated ones cannot sit on a calendar and are left out. */
export function eventsToIcs(events: ExchangeEvent[], opts: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Readout//Diplomatic exchanges//EN',
    'CALSCALE:GREGORIAN',
  ];
  events.forEach((e, i) => {
    if (e.date) lines.push(...vevent(e, i, opts));
  });
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
