// Reads events back as the contract prints them: filtered by countries, period, status and rank,
// in date order, with their people and sources.
import type { Kysely, SelectQueryBuilder } from 'kysely';
import { badInput } from '../errors.js';
import { EVENT_STATUSES, type ExchangeEvent } from '../types.js';
import { UNDATED_KEY, isPartialDate, periodEnd, periodStart } from './dates.js';
import { eventFromRows, type SourceJoin } from './rows.js';
import type { EventRow, ParticipantRow, Tables } from './schema.js';
import type { EventFilter } from './types.js';

type Db = Kysely<Tables>;
type EventQuery = SelectQueryBuilder<Tables, 'events', EventRow>;

// Keeps IN lists well below SQLite's and PostgreSQL's bound-parameter limits.
const CHUNK = 500;

function checkDate(v: string | null | undefined, field: string): string | null {
  if (v === undefined || v === null || v === '') return null;
  if (!isPartialDate(v)) throw badInput(`${field} must be YYYY, YYYY-MM or YYYY-MM-DD, not "${v}"`, field);
  return v;
}

/** The visible events matching a filter. A period is inside [since, until] when it overlaps it. */
export function filteredEvents(db: Db, f: EventFilter): EventQuery {
  let q = db
    .selectFrom('events')
    .selectAll('events')
    .where('events.deleted', '=', 0) as unknown as EventQuery;
  const countries = (f.countries ?? []).map((c) => c.trim().toUpperCase()).filter(Boolean);
  if (countries.length > 2) throw badInput('give one or two countries', 'countries');
  for (const country of countries) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('event_countries as ec')
          .select('ec.event_id')
          .whereRef('ec.event_id', '=', 'events.id')
          .where('ec.country', '=', country),
      ),
    );
  }
  const since = checkDate(f.since, 'since');
  const until = checkDate(f.until, 'until');
  if (since)
    q = q.where('events.date_end', '>=', periodStart(since)).where('events.date_start', '<>', UNDATED_KEY);
  if (until) q = q.where('events.date_start', '<=', periodEnd(until));
  const status = f.status ?? 'occurred';
  if (status !== 'all') {
    if (!EVENT_STATUSES.includes(status))
      throw badInput(`status must be one of ${EVENT_STATUSES.join(', ')} or all`, 'status');
    q = q.where('events.status', '=', status);
  }
  if (f.maxRank !== undefined && f.maxRank !== null) {
    if (!Number.isInteger(f.maxRank) || f.maxRank < 1)
      throw badInput('max rank must be a whole number from 1', 'max_rank');
    q = q.where('events.rank', '<=', f.maxRank);
  }
  return q;
}

/** Adds people and sources to event rows, keeping the rows' order. */
export async function hydrate(db: Db, rows: EventRow[]): Promise<ExchangeEvent[]> {
  const people = new Map<string, ParticipantRow[]>();
  const sources = new Map<string, SourceJoin[]>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const ids = rows.slice(i, i + CHUNK).map((r) => r.id);
    const ps = await db.selectFrom('participants').selectAll().where('event_id', 'in', ids).execute();
    for (const p of ps) push(people, p.event_id, p);
    const ss = await db
      .selectFrom('sources')
      .innerJoin('documents', 'documents.id', 'sources.document_id')
      .select([
        'sources.event_id',
        'sources.document_id',
        'sources.evidence',
        'documents.url',
        'documents.outlet',
        'documents.published',
      ])
      .where('sources.event_id', 'in', ids)
      // The first source is the document that created the event.
      .orderBy('documents.ingested_at')
      .orderBy('sources.document_id')
      .execute();
    for (const s of ss) push(sources, s.event_id, s);
  }
  return rows.map((r) => eventFromRows(r, people.get(r.id) ?? [], sources.get(r.id) ?? []));
}

function push<T>(m: Map<string, T[]>, k: string, v: T) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export async function eventsByIds(db: Db, ids: string[], includeDeleted = false): Promise<ExchangeEvent[]> {
  const rows: EventRow[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    let q = db
      .selectFrom('events')
      .selectAll()
      .where('id', 'in', ids.slice(i, i + CHUNK));
    if (!includeDeleted) q = q.where('deleted', '=', 0);
    rows.push(...(await q.execute()));
  }
  const byId = new Map((await hydrate(db, rows)).map((e) => [e.id as string, e]));
  return [...new Set(ids)].map((id) => byId.get(id)).filter((e): e is ExchangeEvent => !!e);
}
