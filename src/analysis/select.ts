// Pure filters every question starts from: occurred, dated exchanges in a window.
import type { ExchangeEvent } from '../types.js';
import { endOf, eventDate, startOf } from './dates.js';

export interface Window {
  since?: string | null;
  until?: string | null;
}

/**
 * The part of the record a question reads (the store's EventFilter shape). Each question's slice holds
 * every event its answer can rest on or count, so the answer over the slice equals the answer over
 * the pair's whole history; only the default "as of" needs the whole history, and a slice says so.
 */
export interface RecordSlice {
  countries: string[];
  status: 'occurred';
  since: string | null;
  until: string | null;
  types?: Array<'visit'>;
  host?: string;
  /** Senior contacts of the pair at rank ≤ N: a participant that senior on each side, or on one side of a visit. */
  senior?: number;
  /** Disputed dates are judged at the inferred date, which the record cannot bound: keep them all. */
  disputedAnyDate: true;
  /** Only day-precise dates count, and every date is as stored: partial ones need not be read (EventFilter). */
  dayDates?: true;
}

/**
 * The window widened by the years inferDisputedDates() may move a date, for readers that infer
 * disputed dates after reading (readout ask).
 */
export function widened(w: Window, years: number): { since: string | null; until: string | null } {
  const shift = (d: string | null | undefined, by: number) =>
    d ? String(Math.min(9999, Math.max(0, Number(d.slice(0, 4)) + by))).padStart(4, '0') : null;
  return { since: shift(w.since, -years), until: shift(w.until, years) };
}

const sortedCache = new WeakMap<ExchangeEvent[], ExchangeEvent[]>();

/** Occurred, dated events in date order, sorted once per array (questions ask many windows of one record). */
function occurredSorted(events: ExchangeEvent[]): ExchangeEvent[] {
  let out = sortedCache.get(events);
  if (!out) out = inOrderAlready(events);
  if (!out) {
    // byDate's order, with each event's first day found once rather than at every comparison.
    out = events
      .filter((e) => e.status === 'occurred' && eventDate(e))
      .map((e) => ({ e, start: startOf(eventDate(e)!), id: String(e.id ?? '') }))
      .sort((a, b) => (a.start !== b.start ? (a.start < b.start ? -1 : 1) : a.id.localeCompare(b.id)))
      .map((k) => k.e);
    sortedCache.set(events, out);
  }
  return out;
}

/**
 * The events themselves when every one is occurred and dated and they already come in that order
 * (a store's slice is read in date order): the sort below would return them unchanged, being stable,
 * and it builds a key object for each of a pair's thousands. Undefined otherwise.
 */
function inOrderAlready(events: ExchangeEvent[]): ExchangeEvent[] | undefined {
  let start = '';
  let id = '';
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    const d = e.status === 'occurred' ? eventDate(e) : null;
    if (!d) return undefined;
    const s = startOf(d);
    const k = String(e.id ?? '');
    if (i > 0 && (s < start || (s === start && id.localeCompare(k) > 0))) return undefined;
    start = s;
    id = k;
  }
  return events;
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
