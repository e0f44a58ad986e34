// Timeline: a pair's (or one country's) exchanges in date order.
import type { EventStatus, ExchangeEvent } from '../types.js';
import { endOf, eventDate, startOf } from './dates.js';
import { byDate, eventRank, involves } from './events.js';

export interface TimelineFilter {
  countries: string[];
  since?: string | null;
  until?: string | null;
  status?: EventStatus | 'all';
  maxRank?: number | null;
}

export function timeline(events: ExchangeEvent[], f: TimelineFilter): ExchangeEvent[] {
  const [a, b] = f.countries;
  return events
    .filter((e) => involves(e, a, b))
    .filter((e) => (f.status ?? 'occurred') === 'all' || e.status === (f.status ?? 'occurred'))
    .filter((e) => f.maxRank === null || f.maxRank === undefined || (eventRank(e) ?? 99) <= f.maxRank)
    .filter((e) => {
      const d = eventDate(e);
      if (!d) return !f.since && !f.until;
      return (!f.since || endOf(d) >= startOf(f.since)) && (!f.until || startOf(d) <= endOf(f.until));
    })
    .sort(byDate);
}
