// A plan joined with a mention told as done ("February 9: Arrival in New Delhi" in the programme under a notice
// of a visit to come) has not happened if the text dates it after its own publication. Only a date the text
// states counts (a weekday or a default may have been read forward by mistake), a day's slack allows for
// time zones and overnight copy, and an exchange never told as a plan is left alone (a wrong publication
// date must not turn what the text tells as done into a plan).
import type { Merged } from './merge.js';

const STATED = new Set(['sentence', 'heading']);

/** Is `date` (YYYY, YYYY-MM or YYYY-MM-DD) after `published` at the date's own precision (a day's slack)? */
export function afterPublication(date: string, published: string): boolean {
  if (date.length === 10 && published.length >= 10) return Date.parse(date) - Date.parse(published.slice(0, 10)) > 86_400_000;
  return date > published.slice(0, date.length);
}

export function notYetOccurred(published: string | null, events: Merged[]): void {
  if (!published) return;
  for (const m of events) {
    if (m.status !== 'occurred' || !m.plannedToo || !m.date || !STATED.has(m.dateFrom) || !afterPublication(m.date, published)) continue;
    m.status = 'planned';
    m.trace.push(`planned: dated ${m.date}, after the publication date ${published}`);
  }
}
