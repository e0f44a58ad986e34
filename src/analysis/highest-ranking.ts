// The highest-ranking visitor from one country to another since a date.
import type { CoverageClaim, ExchangeEvent } from '../types.js';
import { disputedOf, label, withDisputeNote, type Answer } from './answer.js';
import { describeReach, reachBack } from './coverage.js';
import { eventDate, eventEnd, startOf, toDay } from './dates.js';
import { isVisitBy, sameExchange, sideRank, visitorsOf } from './events.js';
import { occurredIn, type RecordSlice } from './select.js';

export interface HighestRankingQuery {
  visitor: string;
  host: string;
  since?: string | null;
  until?: string | null;
}

export interface HighestRanking {
  rank: number | null;
  visits: Array<{ date: string; name: string | null; role: string | null; event: string | null }>;
}

/** What the answer reads: occurred visits of the pair hosted by the host, in the period. */
export function highestRankingSlice(q: HighestRankingQuery): RecordSlice {
  return {
    countries: [q.visitor, q.host],
    status: 'occurred',
    since: q.since ?? null,
    until: q.until ?? null,
    types: ['visit'],
    host: q.host,
    disputedAnyDate: true,
  };
}

/**
 * The visits, one per exchange (the first telling wins). Visits come in date order, and two
 * tellings of one exchange have dates that agree, so each visit is compared only with the kept ones
 * whose period (plus the day of slack) still reaches its start, and by id or identity with the rest.
 */
export function visitsBy(events: ExchangeEvent[], q: HighestRankingQuery): ExchangeEvent[] {
  const out: ExchangeEvent[] = [];
  const ids = new Set<string>();
  const kept = new Set<ExchangeEvent>();
  let open: Array<{ e: ExchangeEvent; reach: number }> = [];
  for (const e of occurredIn(events, q)) {
    if (!isVisitBy(e, q.visitor, q.host)) continue;
    if (kept.has(e) || (e.id && ids.has(e.id))) continue;
    const start = toDay(startOf(eventDate(e)!));
    if (open.some((o) => o.reach < start)) open = open.filter((o) => o.reach >= start);
    if (open.some((o) => sameExchange(o.e, e))) continue;
    out.push(e);
    kept.add(e);
    if (e.id) ids.add(e.id);
    open.push({ e, reach: toDay(eventEnd(e)!) + 1 });
  }
  return out;
}

export function highestRanking(
  events: ExchangeEvent[],
  coverage: CoverageClaim[],
  q: HighestRankingQuery,
): Answer<HighestRanking> {
  const question = `highest-ranking visitor from ${q.visitor} to ${q.host}${q.since ? ` since ${q.since}` : ''}${q.until ? ` until ${q.until}` : ''}`;
  const visits = visitsBy(events, q).filter((e) => sideRank(e, q.visitor) !== null);
  const best = visits.reduce<number | null>((m, e) => {
    const r = sideRank(e, q.visitor)!;
    return m === null || r < m ? r : m;
  }, null);
  const top = visits.filter((e) => sideRank(e, q.visitor) === best);
  const to = q.until ?? (visits.length ? eventDate(visits[visits.length - 1])! : '9999-12-31');
  // Nothing can outrank a head of state; below that, the sources must cover every higher rank.
  const need = {
    a: q.visitor,
    b: q.host,
    types: ['visit' as const],
    visitor: q.visitor,
    maxRank: best === null ? null : best - 1,
  };
  const reach = reachBack(coverage, need, to);
  const complete =
    best === 1 ||
    (q.since ? reach.from !== null && reach.from <= startOf(q.since) : reach.from === '0000-01-01');
  const disputed = disputedOf(top);
  let explanation = top.length
    ? `Rank ${best}: ${top.map(label).join('; ')} (${visits.length} visits in the period).`
    : `No visit from ${q.visitor} to ${q.host} in the record for this period.`;
  if (!complete)
    explanation += ` Unverifiable as the highest: ${describeReach(reach)}${q.since ? `, not to ${q.since}` : ''}.`;
  return {
    question,
    status: complete ? 'answered' : 'unverifiable',
    answer: {
      rank: best,
      visits: top.map((e) => ({
        date: eventDate(e)!,
        name: visitorsOf(e, q.visitor)[0]?.name ?? null,
        role: visitorsOf(e, q.visitor)[0]?.role ?? null,
        event: e.id ?? null,
      })),
    },
    explanation: withDisputeNote(explanation, disputed),
    because: top,
    disputed,
  };
}
