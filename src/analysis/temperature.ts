// Temperature: a monthly cooperation index for a country pair, the sum of Goldstein scores of the
// month's exchanges (every status: a planned meeting and a declined one both say something),
// with counts by type.
import type { CoverageClaim, ExchangeEvent } from '../types.js';
import { disputedOf, withDisputeNote, type Answer } from './answer.js';
import { describeReach, reachBack } from './coverage.js';
import { addMonths, endOf, eventDate, startOf } from './dates.js';
import { byDate, involves } from './events.js';
import { goldsteinOf } from './goldstein.js';

export interface TemperatureQuery {
  a: string;
  b: string;
  since?: string | null;
  until?: string | null;
}

export interface MonthTemperature {
  month: string;
  index: number;
  events: number;
  mean: number | null;
  by_type: Record<string, number>;
  by_status: Record<string, number>;
}

export function temperature(
  events: ExchangeEvent[],
  coverage: CoverageClaim[],
  q: TemperatureQuery,
): Answer<MonthTemperature[]> {
  const question = `temperature of ${q.a}–${q.b} relations by month${q.since ? ` since ${q.since}` : ''}${q.until ? ` until ${q.until}` : ''}`;
  // Month-precise dates or better: a year alone cannot be placed in a month.
  const pair = events
    .filter((e) => involves(e, q.a, q.b) && eventDate(e) && eventDate(e)!.length >= 7)
    .filter(
      (e) =>
        (!q.since || endOf(eventDate(e)!) >= startOf(q.since)) &&
        (!q.until || startOf(eventDate(e)!) <= endOf(q.until)),
    )
    .sort(byDate);
  const months: MonthTemperature[] = [];
  if (pair.length) {
    const first = (q.since ?? eventDate(pair[0])!).slice(0, 7);
    const last = (q.until ?? eventDate(pair[pair.length - 1])!).slice(0, 7);
    for (let m = first; m <= last; m = addMonths(`${m}-01`, 1).slice(0, 7)) {
      months.push({ month: m, index: 0, events: 0, mean: null, by_type: {}, by_status: {} });
    }
  }
  const byMonth = new Map(months.map((m) => [m.month, m]));
  for (const e of pair) {
    const m = byMonth.get(eventDate(e)!.slice(0, 7));
    if (!m) continue;
    m.events++;
    m.by_type[e.type] = (m.by_type[e.type] ?? 0) + 1;
    m.by_status[e.status] = (m.by_status[e.status] ?? 0) + 1;
    const g = goldsteinOf(e);
    if (g !== null) m.index = Math.round((m.index + g) * 10) / 10;
  }
  for (const m of months) m.mean = m.events ? Math.round((m.index / m.events) * 100) / 100 : null;
  const reach = reachBack(
    coverage,
    { a: q.a, b: q.b },
    q.until ?? (pair.length ? eventDate(pair[pair.length - 1])! : '9999-12-31'),
  );
  const complete = reach.from !== null && (!q.since || reach.from <= startOf(q.since));
  const warm = months.filter((m) => m.events).sort((x, y) => y.index - x.index)[0];
  const disputed = disputedOf(pair);
  let explanation = pair.length
    ? `${pair.length} exchanges over ${months.length} months; warmest ${warm.month} (index ${warm.index}).`
    : `No exchange between ${q.a} and ${q.b} in the record for this period.`;
  if (!complete) explanation += ` Quiet months may be gaps in the record: ${describeReach(reach)}.`;
  return {
    question,
    status: complete ? 'answered' : 'unverifiable',
    answer: months,
    explanation: withDisputeNote(explanation, disputed),
    because: pair,
    disputed,
  };
}
