// Pure filters every question starts from: occurred, dated exchanges in a window.
import type { ExchangeEvent } from '../types.js';
import { endOf, eventDate, startOf } from './dates.js';
import { byDate } from './events.js';

export interface Window {
  since?: string | null;
  until?: string | null;
}

const sortedCache = new WeakMap<ExchangeEvent[], ExchangeEvent[]>();

/** Occurred, dated events in date order, sorted once per array (questions ask many windows of one record). */
function occurredSorted(events: ExchangeEvent[]): ExchangeEvent[] {
  let out = sortedCache.get(events);
  if (!out) {
    out = events.filter((e) => e.status === 'occurred' && eventDate(e)).sort(byDate);
    sortedCache.set(events, out);
  }
  return out;
}

/** Occurred, dated events whose date falls inside the window (partial dates: any overlap), in date order. */
export function occurredIn(events: ExchangeEvent[], w: Window = {}): ExchangeEvent[] {
  const since = w.since ? startOf(w.since) : null;
  const until = w.until ? endOf(w.until) : null;
  return occurredSorted(events).filter((e) => {
    const d = eventDate(e)!;
    return (!since || endOf(d) >= since) && (!until || startOf(d) <= until);
  });
}

/** The record's latest event date: the default "as of" so answers are repeatable. */
export function latestDate(events: ExchangeEvent[]): string | null {
  let best: string | null = null;
  for (const e of events) {
    const d = eventDate(e);
    if (d && (!best || startOf(d) > best)) best = startOf(d);
  }
  return best;
}
