// Pure filters every question starts from: occurred, dated exchanges in a window.
import type { ExchangeEvent } from '../types.js';
import { endOf, eventDate, startOf } from './dates.js';
import { byDate } from './events.js';

export interface Window {
  since?: string | null;
  until?: string | null;
}

/** Occurred, dated events whose date falls inside the window (partial dates: any overlap), in date order. */
export function occurredIn(events: ExchangeEvent[], w: Window = {}): ExchangeEvent[] {
  return events
    .filter((e) => e.status === 'occurred' && eventDate(e))
    .filter((e) => {
      const d = eventDate(e)!;
      if (w.since && endOf(d) < startOf(w.since)) return false;
      if (w.until && startOf(d) > endOf(w.until)) return false;
      return true;
    })
    .sort(byDate);
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
