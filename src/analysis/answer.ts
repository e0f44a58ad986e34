// The shape every question's answer takes: what was found, why, and what it rests on.
import type { ExchangeEvent } from '../types.js';

export interface DisputedNote {
  event: string | null;
  as_written: string;
  inferred: string;
  reason: string;
}

export interface Answer<T> {
  /** The question as understood, in words. */
  question: string;
  /** 'answered', or 'unverifiable' when covering sources do not reach far enough to know. */
  status: 'answered' | 'unverifiable';
  answer: T | null;
  /** One line a person can read, with exact dates and gaps. */
  explanation: string;
  /** The events the answer rests on. */
  because: ExchangeEvent[];
  /** Dates among `because` that a text states one way and implies another; the inferred date was used. */
  disputed: DisputedNote[];
}

export function disputedOf(events: ExchangeEvent[]): DisputedNote[] {
  return events
    .filter((e) => e.date_disputed)
    .map((e) => ({
      event: e.id ?? null,
      as_written: e.date_disputed!.as_written,
      inferred: e.date_disputed!.inferred,
      reason: e.date_disputed!.reason,
    }));
}

/** Appends the disputed-date warning an answer owes its reader. */
export function withDisputeNote(explanation: string, notes: DisputedNote[]): string {
  if (!notes.length) return explanation;
  const list = notes.map((n) => `written ${n.as_written}, taken as ${n.inferred} (${n.reason})`).join('; ');
  return `${explanation} Note: a date it rests on is disputed: ${list}.`;
}

/** A short label for an event in explanations: "Antony Blinken (Secretary of State) visit CHN 2023-06-18". */
export function label(e: ExchangeEvent): string {
  // The named people joined by ", ", built without the two arrays a filter and a map would make:
  // silence labels every contact of a pair's history, thousands of them.
  let who = '';
  let named = 0;
  for (const p of e.participants) {
    if (!(p.name || p.role)) continue;
    const one = p.name && p.role ? `${p.name} (${p.role})` : (p.name ?? p.role ?? '');
    who = named++ ? `${who}, ${one}` : one;
  }
  const where = e.location?.city ?? e.host_country ?? '';
  const date = e.date_disputed?.inferred ?? e.date ?? 'undated';
  return `${who || 'unnamed'} ${e.type.replace('_', ' ')}${where ? ` in ${where}` : ''}, ${date}`;
}
