// Reads events back as the contract prints them: filtered by countries, period, status and rank,
// in date order, with their people and sources.
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { badInput } from '../errors.js';
import { EVENT_STATUSES, type ExchangeEvent } from '../types.js';
import { UNDATED_KEY, isPartialDate, periodEnd, periodStart } from './dates.js';
import type { CursorKey } from './cursor.js';
import { eventFromRows, indexKey, type SourceJoin } from './rows.js';
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

/**
 * The visible events matching a filter, in date order, after a cursor. With countries it walks the
 * event_countries index of that country or pair (country, date_start, event_id, date_end), so a
 * sparse pair among many events or a recent --since costs an index range, not a scan of every event.
 * A period is inside [since, until] when it overlaps it.
 */
export function orderedEvents(db: Db, f: EventFilter, after: CursorKey | null = null): EventQuery {
  const countries = (f.countries ?? []).map((c) => c.trim().toUpperCase()).filter(Boolean);
  if (countries.length > 2) throw badInput('give one or two countries', 'countries');
  const since = checkDate(f.since, 'since');
  const until = checkDate(f.until, 'until');
  const status = f.status ?? 'occurred';
  if (status !== 'all' && !EVENT_STATUSES.includes(status))
    throw badInput(`status must be one of ${EVENT_STATUSES.join(', ')} or all`, 'status');
  if (f.maxRank !== undefined && f.maxRank !== null && (!Number.isInteger(f.maxRank) || f.maxRank < 1))
    throw badInput('max rank must be a whole number from 1', 'max_rank');

  const indexed = countries.length > 0;
  // The same sort keys live on the event and on each of its index rows.
  const [start, end, id] = indexed
    ? ['ix.date_start', 'ix.date_end', 'ix.event_id']
    : ['events.date_start', 'events.date_end', 'events.id'];
  const ref = (c: string) => sql.ref<string>(c);
  let q = (indexed
    ? db
        .selectFrom('event_countries as ix')
        .innerJoin('events', 'events.id', 'ix.event_id')
        .selectAll('events')
        .where('ix.country', '=', indexKey(countries))
    : db.selectFrom('events').selectAll('events')) as unknown as EventQuery;
  q = q.where('events.deleted', '=', 0);
  if (since) q = q.where(ref(end), '>=', periodStart(since)).where(ref(start), '<>', UNDATED_KEY);
  if (until) q = q.where(ref(start), '<=', periodEnd(until));
  if (status !== 'all') q = q.where('events.status', '=', status);
  if (f.maxRank !== undefined && f.maxRank !== null) q = q.where('events.rank', '<=', f.maxRank);
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb(ref(start), '>', after.date),
        eb.and([eb(ref(start), '=', after.date), eb(ref(id), '>', after.id)]),
      ]),
    );
  }
  return q.orderBy(ref(start)).orderBy(ref(id));
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
