// Stores a document and its events whole or not at all: the document row (idempotent by content
// hash), then each event merged into the stored exchange it tells or inserted as a new one. One
// document is one transaction; several (writeDocuments) share one on SQLite, a savepoint each.
import { sql, type Kysely } from 'kysely';
import { badInput } from '../errors.js';
import {
  EVENT_STATUSES,
  EVENT_TYPES,
  type CoverageClaim,
  type ExchangeEvent,
  type Participant,
} from '../types.js';
import type { Dialect } from './connect.js';
import { applyCorrections, type Patch } from './corrections.js';
import { UNDATED_KEY, addDays, dateKeys, isPartialDate } from './dates.js';
import { documentId, eventId, lockKey } from './hash.js';
import { fillFrom, mergeKey, sameExchange } from './merge.js';
import { baseOf, countryRows, eventRow, json, parse, participantRows } from './rows.js';
import type { DocumentRow, Tables } from './schema.js';

export type DocumentInput = Omit<DocumentRow, 'id' | 'ingested_at'>;

export interface WriteResult {
  document: string;
  created: boolean;
  /** Ids of the stored events the document tells, in the order of its extraction. */
  ids: string[];
  added: number;
  merged: number;
}

type Db = Kysely<Tables>;

/**
 * Runs fn inside one transaction on one connection. SQLite takes the write lock up front
 * (BEGIN IMMEDIATE), so two processes never both read "no such event" and then both insert it.
 */
export async function inTransaction<T>(db: Db, dialect: Dialect, fn: (conn: Db) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql.raw(dialect === 'sqlite' ? 'begin immediate' : 'begin').execute(conn);
    try {
      const out = await fn(conn);
      await sql.raw('commit').execute(conn);
      return out;
    } catch (err) {
      await sql
        .raw('rollback')
        .execute(conn)
        .catch(() => {});
      throw err;
    }
  });
}

/** An event the record cannot order or match (a bad date, an unknown type) is refused, naming it. */
export function checkEvent(e: ExchangeEvent, position: number): void {
  const what = `event ${position + 1}`;
  if (!EVENT_TYPES.includes(e.type)) throw badInput(`${what}: unknown type "${e.type}"`);
  if (!EVENT_STATUSES.includes(e.status)) throw badInput(`${what}: unknown status "${e.status}"`);
  for (const f of ['date', 'end_date'] as const) {
    const v = e[f];
    if (v !== null && v !== undefined && !isPartialDate(v))
      throw badInput(`${what}: ${f} "${v}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  if (!Array.isArray(e.participants)) throw badInput(`${what}: participants must be a list`);
}

/** A document to store, with what its extraction tells. */
export interface DocumentWrite {
  doc: DocumentInput;
  events: ExchangeEvent[];
  coverage: CoverageClaim[];
}

export async function writeDocument(
  db: Db,
  dialect: Dialect,
  doc: DocumentInput,
  events: ExchangeEvent[],
  coverage: CoverageClaim[],
  now: string,
): Promise<WriteResult> {
  events.forEach(checkEvent);
  return inTransaction(db, dialect, (conn) => writeIn(conn, dialect, { doc, events, coverage }, now));
}

/**
 * writeDocument() of several documents, each one whole or not at all, in input order. On SQLite they
 * share one transaction (a commit wrote every page the document touched to the log again: about a
 * fifth of the store's time on a news batch), each inside a savepoint, so a document that fails is
 * rolled back alone and the others are kept; a killed process leaves the batch out entirely, never a
 * part of a document. On PostgreSQL each document keeps its own transaction as before: its advisory
 * locks are taken in sorted order within one document, and held across several they could deadlock
 * with another writer's.
 *
 * A document's failure is its entry in the result; an error `stops(err)` says is not the document's
 * (the database failing) rolls back the whole batch and is thrown.
 */
export async function writeDocuments(
  db: Db,
  dialect: Dialect,
  docs: DocumentWrite[],
  stops: (err: unknown) => boolean,
  now: () => string,
): Promise<(WriteResult | Error)[]> {
  const asError = (err: unknown) => (err instanceof Error ? err : new Error(String(err)));
  const one = async (conn: Db | null, w: DocumentWrite): Promise<WriteResult | Error> => {
    try {
      w.events.forEach(checkEvent);
      if (!conn) return await inTransaction(db, dialect, (c) => writeIn(c, dialect, w, now()));
      await sql.raw('savepoint readout_document').execute(conn);
      try {
        const r = await writeIn(conn, dialect, w, now());
        await sql.raw('release readout_document').execute(conn);
        return r;
      } catch (err) {
        if (!stops(err)) {
          await sql.raw('rollback to readout_document').execute(conn);
          await sql.raw('release readout_document').execute(conn);
        }
        throw err;
      }
    } catch (err) {
      if (stops(err)) throw err;
      return asError(err);
    }
  };
  if (dialect === 'postgres') {
    const out: (WriteResult | Error)[] = [];
    for (const w of docs) out.push(await one(null, w));
    return out;
  }
  return inTransaction(db, dialect, async (conn) => {
    const out: (WriteResult | Error)[] = [];
    for (const w of docs) out.push(await one(conn, w));
    return out;
  });
}

/** One document's rows, inside the caller's transaction. */
async function writeIn(
  conn: Db,
  dialect: Dialect,
  { doc, events, coverage }: DocumentWrite,
  now: string,
): Promise<WriteResult> {
  const id = documentId(doc.content_hash);
  const inserted = await conn
    .insertInto('documents')
    .values({ ...doc, id, ingested_at: now })
    // No conflict target: the id derives from the hash, and a concurrent writer of the same
    // document may trip either unique index first.
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) {
    const stored = await conn
      .selectFrom('documents')
      .select('id')
      .where('content_hash', '=', doc.content_hash)
      .executeTakeFirstOrThrow();
    return {
      document: stored.id,
      created: false,
      ids: await documentEventIds(conn, stored.id),
      added: 0,
      merged: 0,
    };
  }
  if (dialect === 'postgres') {
    // Writers merging the same exchange (same type and countries) take turns; others run in parallel.
    // Sorted, so two documents locking the same keys can never deadlock.
    const keys = [...new Set(events.map((e) => lockKey(mergeKey(e))))].sort();
    for (const k of keys) await sql`select pg_advisory_xact_lock(cast(${k} as bigint))`.execute(conn);
  }
  const incomings = events.map(baseOf);
  const candidates = await candidatesFor(conn, incomings);
  // Matched first, so the stored events merged into are read in one query and the sources written
  // in one statement: on PostgreSQL each statement is a round trip, and most events of a news feed
  // merge into one already stored.
  const told = new Set<string>();
  const matches = incomings.map((incoming) => {
    const match = sameExchangeIn(candidates, incoming, told);
    if (match) told.add(match);
    return match;
  });
  const stored = await storedOf(
    conn,
    matches.filter((m): m is string => m !== null),
  );
  const ids: string[] = [];
  let added = 0;
  let merged = 0;
  for (const [position, incoming] of incomings.entries()) {
    const match = matches[position];
    let target: string;
    if (match) {
      target = match;
      const filled = fillFrom(parse<ExchangeEvent>(stored.get(match)!), incoming);
      if (filled) await rewriteEvent(conn, target, filled, now);
      merged++;
    } else {
      target = eventId(doc.content_hash, position);
      await insertEvent(conn, target, incoming, now);
      added++;
    }
    ids.push(target);
  }
  for (let i = 0; i < incomings.length; i += ROWS_PER_INSERT) {
    await conn
      .insertInto('sources')
      .values(
        incomings.slice(i, i + ROWS_PER_INSERT).map((incoming, k) => ({
          event_id: ids[i + k],
          document_id: id,
          position: i + k,
          evidence: json(incoming.evidence),
        })),
      )
      .execute();
  }
  if (coverage.length) {
    await conn
      .insertInto('coverage')
      .values(
        coverage.map((c, position) => {
          const { countries, since, until, max_rank, evidence, ...scope } = c;
          return {
            document_id: id,
            position,
            countries: json(countries),
            since,
            until,
            max_rank,
            evidence: json(evidence ?? []),
            scope: Object.keys(scope).length ? json(scope) : null,
          };
        }),
      )
      .execute();
  }
  return { document: id, created: true, ids, added, merged };
}

export async function documentEventIds(db: Db, document: string): Promise<string[]> {
  const rows = await db
    .selectFrom('sources')
    .select('event_id')
    .where('document_id', '=', document)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.event_id);
}

/** Rows per multi-row statement (and ids per "in" list): well under either database's parameter limit. */
const ROWS_PER_INSERT = 500;

/** The stored base of each event merged into, by id, read in one query per ROWS_PER_INSERT ids. */
async function storedOf(conn: Db, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += ROWS_PER_INSERT) {
    const rows = await conn
      .selectFrom('events')
      .select(['id', 'base'])
      .where('id', 'in', ids.slice(i, i + ROWS_PER_INSERT))
      .execute();
    for (const r of rows) out.set(r.id, r.base);
  }
  return out;
}

interface Candidate {
  id: string;
  key: string;
  start: string;
  end: string;
  /** Only what sameExchange compares: the stored copies (base, evidence) are kilobytes each. */
  event: ExchangeEvent;
}

/** Where a stored event must start and end to tell the same exchange as `e` (null: undated, any). */
function mergeWindow(e: ExchangeEvent): { lo: string; hi: string } | null {
  if (!e.date) return null;
  const k = dateKeys(e.date, e.end_date);
  return { lo: addDays(k.start, -1), hi: addDays(k.end, 1) };
}

/**
 * Every stored event (hidden ones included, so a deleted exchange stays deleted) that one of a new
 * document's events could merge into, in date order, read at once rather than event by event. The
 * document is new, so none of them is one it tells yet.
 */
async function candidatesFor(conn: Db, incomings: ExchangeEvent[]): Promise<Candidate[]> {
  if (!incomings.length) return [];
  const rows = await conn
    .selectFrom('events')
    .select([
      'id',
      'merge_key',
      'date_start',
      'date_end',
      'type',
      'status',
      'host_country',
      'date',
      'end_date',
    ])
    .where((eb) =>
      eb.or(
        incomings.map((e) => {
          const w = mergeWindow(e);
          const key = eb('merge_key', '=', mergeKey(e));
          if (!w) return key;
          return eb.and([
            key,
            eb.or([
              eb.and([eb('date_start', '<=', w.hi), eb('date_end', '>=', w.lo)]),
              eb('date_start', '=', UNDATED_KEY),
            ]),
          ]);
        }),
      ),
    )
    .orderBy('date_start')
    .orderBy('id')
    .execute();
  const people = new Map<string, Participant[]>();
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const ps = await conn
      .selectFrom('participants')
      .selectAll()
      .where(
        'event_id',
        'in',
        rows.slice(i, i + ROWS_PER_INSERT).map((r) => r.id),
      )
      .orderBy('position')
      .execute();
    for (const p of ps) {
      const list = people.get(p.event_id) ?? [];
      list.push({
        name: p.name,
        role: p.role,
        country: p.country,
        rank: p.rank === null ? null : Number(p.rank),
      });
      people.set(p.event_id, list);
    }
  }
  return rows.map((r) => ({
    id: r.id,
    key: r.merge_key,
    start: r.date_start,
    end: r.date_end,
    event: {
      type: r.type,
      status: r.status,
      host_country: r.host_country,
      date: r.date,
      end_date: r.end_date,
      participants: people.get(r.id) ?? [],
    } as ExchangeEvent,
  }));
}

/**
 * The stored event that tells the same exchange, compared as corrected. Events this document already
 * tells are never candidates: the pipeline has merged what one document says twice, and what it
 * still keeps apart is apart.
 */
function sameExchangeIn(candidates: Candidate[], incoming: ExchangeEvent, told: Set<string>): string | null {
  const key = mergeKey(incoming);
  const w = mergeWindow(incoming);
  for (const c of candidates) {
    if (c.key !== key || told.has(c.id)) continue;
    if (w && !((c.start <= w.hi && c.end >= w.lo) || c.start === UNDATED_KEY)) continue;
    if (sameExchange(c.event, incoming).same) return c.id;
  }
  return null;
}

async function insertEvent(conn: Db, id: string, base: ExchangeEvent, now: string): Promise<void> {
  await conn
    .insertInto('events')
    .values({ ...eventRow(id, base, base, false, base.evidence, now), created_at: now })
    .execute();
  await writeChildren(conn, id, base);
}

/** Rewrites an event from its base (as the sources tell it) with its corrections laid over. */
export async function rewriteEvent(conn: Db, id: string, base: ExchangeEvent, now: string): Promise<void> {
  const patches = await conn
    .selectFrom('corrections')
    .select('patch')
    .where('event_id', '=', id)
    .orderBy('seq')
    .execute();
  const { event, deleted } = applyCorrections(
    base,
    patches.map((p) => parse<Patch>(p.patch)),
  );
  const current = await conn
    .selectFrom('events')
    .select('evidence')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const row = eventRow(id, event, base, deleted, parse(current.evidence), now);
  await conn.updateTable('events').set(row).where('id', '=', id).execute();
  await conn.deleteFrom('participants').where('event_id', '=', id).execute();
  await conn.deleteFrom('event_countries').where('event_id', '=', id).execute();
  await writeChildren(conn, id, event, deleted);
}

async function writeChildren(conn: Db, id: string, e: ExchangeEvent, hidden = false): Promise<void> {
  const people = participantRows(id, e);
  if (people.length) await conn.insertInto('participants').values(people).execute();
  const countries = countryRows(id, e, hidden);
  if (countries.length) await conn.insertInto('event_countries').values(countries).execute();
}
