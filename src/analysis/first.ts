// "The first <office> to visit <host> in N years": the visit, the one before it, and the exact gap.
import type { CoverageClaim, ExchangeEvent, Participant } from '../types.js';
import { disputedOf, label, withDisputeNote, type Answer } from './answer.js';
import { covered, describeReach, reachBack } from './coverage.js';
import {
  addMonths,
  addYears,
  eventDate,
  formatGap,
  gapBetween,
  roundedYears,
  startOf,
  type Gap,
} from './dates.js';
import { sameExchange } from './events.js';
import { latestDate, occurredIn } from './select.js';

export interface FirstQuery {
  host: string;
  /** Country whose officials' visits count (absent: any country but the host). */
  visitor?: string | null;
  /** Which visitors count: holders of an office, or anyone of rank ≤ maxRank. */
  holds?: (p: Participant) => boolean;
  /** Office title, for the question's wording and the coverage it needs. */
  office?: string | null;
  /** Rank of the office, or the worst rank that counts. */
  maxRank?: number | null;
  years?: number | null;
  /** Default: the record's latest event date. */
  asOf?: string | null;
  /** The visit being judged (a claim's); default: the latest matching visit up to asOf. */
  subject?: ExchangeEvent | null;
}

interface Ref {
  date: string;
  event: string | null;
  label: string;
}

export interface FirstResult {
  visit: Ref | null;
  previous: Ref | null;
  gap: Gap | null;
  gap_text: string | null;
  rounded_years: number | null;
  /** Whether the visit is the first in `years` years: true, false, or null when the sources cannot tell. */
  holds: boolean | null;
}

const ref = (e: ExchangeEvent): Ref => ({ date: eventDate(e)!, event: e.id ?? null, label: label(e) });

function counts(e: ExchangeEvent, q: FirstQuery): boolean {
  if (e.type !== 'visit' || e.host_country !== q.host) return false;
  return e.participants.some(
    (p) =>
      p.country !== q.host &&
      (!q.visitor || p.country === q.visitor) &&
      (!q.holds || q.holds(p)) &&
      (q.maxRank === null || q.maxRank === undefined || q.holds || (p.rank !== null && p.rank <= q.maxRank)),
  );
}

export function firstInYears(
  events: ExchangeEvent[],
  coverage: CoverageClaim[],
  q: FirstQuery,
): Answer<FirstResult> {
  const who = q.office ?? (q.maxRank ? `official of rank ≤ ${q.maxRank}` : 'official');
  const question = `first ${q.visitor ? `${q.visitor} ` : ''}${who} to visit ${q.host}${q.years ? ` in ${q.years} years` : ''}`;
  const asOf = q.asOf ?? latestDate(events);
  const matching = occurredIn(events, { until: asOf }).filter((e) => counts(e, q));
  const subject = q.subject ?? matching[matching.length - 1] ?? null;
  const empty: FirstResult = {
    visit: null,
    previous: null,
    gap: null,
    gap_text: null,
    rounded_years: null,
    holds: null,
  };
  if (!subject || !eventDate(subject)) {
    return {
      question,
      status: 'unverifiable',
      answer: empty,
      explanation: `No such visit in the record up to ${asOf}.`,
      because: [],
      disputed: [],
    };
  }
  const at = startOf(eventDate(subject)!);
  const earlier = matching.filter((e) => startOf(eventDate(e)!) < at && !sameExchange(e, subject));
  const previous = earlier[earlier.length - 1] ?? null;
  const need = {
    a: q.visitor ?? q.host,
    b: q.visitor ? q.host : null,
    types: ['visit' as const],
    visitor: q.visitor ?? null,
    maxRank: q.maxRank ?? null,
    offices: q.office ? [q.office] : null,
  };
  const reach = reachBack(coverage, need, at);
  const because = previous ? [subject, previous] : [subject];
  const disputed = disputedOf(because);
  const out: FirstResult = { ...empty, visit: ref(subject) };
  let explanation: string;
  let status: 'answered' | 'unverifiable' = 'answered';
  if (previous) {
    const gap = gapBetween(eventDate(previous)!, at);
    const rounded = roundedYears(gap);
    const seen = covered(coverage, need, eventDate(previous)!, at);
    Object.assign(out, { previous: ref(previous), gap, gap_text: formatGap(gap), rounded_years: rounded });
    explanation = `Previous: ${label(previous)}; gap ${formatGap(gap)} to ${at}, about ${rounded} year${rounded === 1 ? '' : 's'}.`;
    if (q.years) {
      // A more recent visit than claimed disproves the claim whatever the coverage; a gap that
      // matches (or exceeds) it holds only if sources cover the whole gap.
      if (rounded < q.years) out.holds = false;
      else out.holds = seen ? rounded === q.years : null;
    }
    if (!seen) {
      status = 'unverifiable';
      explanation += ` A later visit may be missing: ${describeReach(reach)}.`;
    }
  } else {
    const back = q.years ? addMonths(addYears(at, -q.years), -6) : '0000-01-01';
    const seen = covered(coverage, need, back, at);
    if (seen) {
      explanation = q.years
        ? `No earlier such visit in the record, which covers them back to ${reach.from}: the gap is longer than about ${q.years} years.`
        : `No earlier such visit in the record.`;
      if (q.years) out.holds = false;
    } else {
      status = 'unverifiable';
      explanation = `No earlier such visit in the record, but ${describeReach(reach)}; the previous one is not known.`;
    }
  }
  return {
    question,
    status,
    answer: out,
    explanation: withDisputeNote(explanation, disputed),
    because,
    disputed,
  };
}
