// Silence: the gaps between senior contacts (rank ≤ 3 on each side) of a country pair.
import type { CoverageClaim, ExchangeEvent } from '../types.js';
import { disputedOf, label, withDisputeNote, type Answer } from './answer.js';
import { covered, describeReach, reachBack } from './coverage.js';
import { daysBetween, eventDate, startOf, toDay } from './dates.js';
import { isSeniorContact } from './events.js';
import { latestDate, occurredIn, type RecordSlice } from './select.js';

export interface SilenceQuery {
  a: string;
  b: string;
  since?: string | null;
  until?: string | null;
  /** Default: the latest event date in the events given, so the answer does not move with the clock. */
  asOf?: string | null;
  maxRank?: number;
}

export interface SilenceGap {
  days: number;
  from: { date: string; event: string | null; label: string };
  to: { date: string; event: string | null; label: string };
}

export interface Silence {
  contacts: number;
  longest: SilenceGap | null;
  gaps: SilenceGap[];
  last: { date: string; event: string | null; label: string } | null;
  as_of: string | null;
  days_since_last: number | null;
}

/**
 * What the answer reads: occurred events of the pair that can be senior contacts, in the period.
 * Without q.asOf, pass the latest date of the pair's whole history as asOf: the default reads every
 * event given. With `storedDates` (a reader that will not infer dates after reading, as
 * GET /api/ask does), only events dated to the day or with a disputed date: no other can bound a
 * gap (a fifth of a pair's contacts on the bench record have a month or year only).
 */
export function silenceSlice(q: SilenceQuery, opts: { storedDates?: boolean } = {}): RecordSlice {
  return {
    countries: [q.a, q.b],
    status: 'occurred',
    since: q.since ?? null,
    until: q.until ?? null,
    senior: q.maxRank ?? 3,
    disputedAnyDate: true,
    ...(opts.storedDates ? { dayDates: true as const } : {}),
  };
}

const ref = (e: ExchangeEvent) => ({ date: startOf(eventDate(e)!), event: e.id ?? null, label: label(e) });

export function silence(
  events: ExchangeEvent[],
  coverage: CoverageClaim[],
  q: SilenceQuery,
): Answer<Silence> {
  const question = `silence between ${q.a} and ${q.b}${q.since ? ` since ${q.since}` : ''}${q.until ? ` until ${q.until}` : ''}`;
  // Only day-precise dates can bound a gap counted in days.
  const contacts = occurredIn(events, q)
    .filter((e) => isSeniorContact(e, q.a, q.b, q.maxRank ?? 3))
    .filter((e) => eventDate(e)!.length === 10);
  const asOf = q.asOf ?? latestDate(events);
  const gaps: SilenceGap[] = [];
  let bounds: ExchangeEvent[] = [];
  let boundsDays = 0;
  // Each contact's day and reference once, not once per gap it bounds (a pair's whole history has thousands).
  const day = contacts.map((e) => toDay(eventDate(e)!));
  const refs = contacts.map(ref);
  for (let i = 1; i < contacts.length; i++) {
    const days = Math.round(day[i] - day[i - 1]);
    if (days <= 0) continue;
    // A contact's reference is shared by the gaps it bounds (the one ending and the one starting at
    // it): the same JSON as a copy each, and a whole history has thousands of gaps.
    gaps.push({ days, from: refs[i - 1], to: refs[i] });
    if (!bounds.length || days > boundsDays) {
      bounds = [contacts[i - 1], contacts[i]];
      boundsDays = days;
    }
  }
  const longest = gaps.reduce<SilenceGap | null>((best, g) => (!best || g.days > best.days ? g : best), null);
  const lastEvent = contacts.length ? contacts[contacts.length - 1] : null;
  const last = lastEvent ? ref(lastEvent) : null;
  const daysSince = last && asOf ? daysBetween(last.date, asOf) : null;
  const disputed = disputedOf(contacts);
  const because = longest ? [...bounds] : contacts.slice(-1);
  // Disputed events stay in `because`: the answer rests on where they fall.
  for (const e of contacts) if (e.date_disputed && !because.includes(e)) because.push(e);

  // Missing contacts can only split gaps, so the longest gap seen is certain when sources cover
  // it, whatever they say elsewhere; days since the last contact need cover up to the as-of date.
  const need = { a: q.a, b: q.b, maxRank: q.maxRank ?? 3 };
  const end = asOf ?? q.until ?? '9999-12-31';
  const longestSure = longest ? covered(coverage, need, longest.from.date, longest.to.date) : false;
  const lastSure = last && asOf ? covered(coverage, need, last.date, asOf) : false;
  const complete = longest ? longestSure : covered(coverage, need, q.since ?? '0000-01-01', end);
  let explanation: string;
  if (!contacts.length) {
    explanation = `No senior contact between ${q.a} and ${q.b} in the record for this period.`;
  } else if (!longest) {
    explanation = `One senior contact in the period: ${last!.label}; ${daysSince ?? '?'} days before ${asOf}.`;
  } else {
    explanation =
      `Longest gap between senior contacts: ${longest.days} days, from ${longest.from.label} to ${longest.to.label}` +
      `; ${contacts.length} contacts; last ${last!.date}, ${daysSince ?? '?'} days before ${asOf}.`;
  }
  if (longest && !longestSure) {
    explanation += ` That gap may be shorter: ${describeReach(reachBack(coverage, need, longest.to.date))}.`;
  } else if (!longest && !complete) {
    explanation += ` Contacts may be missing: ${describeReach(reachBack(coverage, need, end))}.`;
  }
  if (last && asOf && !lastSure)
    explanation += ` Days since the last contact may be fewer: no source covers ${last.date} to ${asOf}.`;
  return {
    question,
    status: complete ? 'answered' : 'unverifiable',
    answer: { contacts: contacts.length, longest, gaps, last, as_of: asOf, days_since_last: daysSince },
    explanation: withDisputeNote(explanation, disputed),
    because,
    disputed,
  };
}
