// Reads events back as the contract prints them: filtered by countries, period, status and rank,
// in date order, with their people and sources.
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { badInput } from '../errors.js';
import { EVENT_STATUSES, type ExchangeEvent } from '../types.js';
import { UNDATED_KEY, isPartialDate, periodEnd, periodStart, startKey } from './dates.js';
import type { CursorKey } from './cursor.js';
import type { Dialect } from './connect.js';
import {
  eventFromRows,
  eventOfBrief,
  indexKey,
  parse,
  sourceFromRow,
  type Brief,
  type SourceJoin,
} from './rows.js';
import type { ParticipantRow, PrintedEventRow, Tables } from './schema.js';
import type { EventFilter } from './types.js';

type Db = Kysely<Tables>;

// Keeps IN lists well below SQLite's and PostgreSQL's bound-parameter limits.
const CHUNK = 500;

function checkDate(v: string | null | undefined, field: string): string | null {
  if (v === undefined || v === null || v === '') return null;
  if (!isPartialDate(v)) throw badInput(`${field} must be YYYY, YYYY-MM or YYYY-MM-DD, not "${v}"`, field);
  return v;
}

/** The columns an event is printed from (eventFromRows): not `base`, a second copy of the event. */
export const EVENT_COLUMNS: ReadonlyArray<`events.${keyof PrintedEventRow}`> = [
  'events.id',
  'events.type',
  'events.status',
  'events.certainty',
  'events.date',
  'events.end_date',
  'events.date_disputed',
  'events.host_country',
  'events.location',
  'events.duration_minutes',
  'events.topics',
  'events.tone',
  'events.cameo',
  'events.plover',
  'events.goldstein',
  'events.rank',
  'events.date_start',
  'events.date_end',
  'events.evidence',
];

type ReadQuery = SelectQueryBuilder<
  Tables & { ix: Tables['event_countries'] },
  'events' | 'ix',
  PrintedEventRow
>;

/**
 * The visible events matching a filter, in date order, after a cursor. With countries it walks the
 * event_countries index of that country or pair, whose rows carry the event's sort keys, status,
 * type, host and best participant rank, so a sparse pair among many events, a recent --since or a
 * question's narrow slice costs an index range, not a visit to every event of the pair.
 * A period is inside [since, until] when it overlaps it.
 */
export function orderedEvents(
  db: Db,
  f: EventFilter,
  after: CursorKey | null = null,
  sortAfterReading = false,
): ReadQuery {
  return inOrder(
    matching(db, f).select([...EVENT_COLUMNS]),
    f,
    after,
    sortAfterReading,
  ) as unknown as ReadQuery;
}

function inOrder<
  Q extends SelectQueryBuilder<Tables & { ix: Tables['event_countries'] }, 'events' | 'ix', object>,
>(q: Q, f: EventFilter, after: CursorKey | null, sortAfterReading: boolean): Q {
  const { start, id } = keysOf(f);
  const ordered = after
    ? q.where((eb) =>
        eb.or([
          eb(sql.ref<string>(start), '>', after.date),
          eb.and([eb(sql.ref<string>(start), '=', after.date), eb(sql.ref<string>(id), '>', after.id)]),
        ]),
      )
    : q;
  // The same order; as an expression it no longer matches an index's columns, so the database reads
  // the since range of event_countries_since and sorts it, rather than walking the pair's whole
  // history in date order to skip what ends before since.
  const key = sortAfterReading ? sql<string>`${sql.ref(start)} || ''` : sql.ref(start);
  return ordered.orderBy(key).orderBy(sql.ref(id)) as Q;
}

/**
 * The rows of Store.events(): orderedEvents' rows, but a pair's events since a date are read as a
 * range (see orderedEvents), and disputed dates kept whatever their date come from a read of their own.
 */
export async function eventRows(db: Db, f: EventFilter): Promise<PrintedEventRow[]> {
  return inWindow(
    f,
    (g, sortAfterReading) => orderedEvents(db, g, null, sortAfterReading),
    (r) => [r.date_start, r.id],
  );
}

type Reader<R> = (
  f: EventFilter,
  sortAfterReading: boolean,
) => {
  where(c: 'ix.disputed', op: 'in' | '=', v: number[] | number): { execute(): Promise<R[]> };
  execute(): Promise<R[]>;
};

/** A filter's rows in date order, with a pair's window since a date and its disputed dates read as ranges. */
async function inWindow<R>(f: EventFilter, read: Reader<R>, key: (r: R) => [string, string]): Promise<R[]> {
  if (!f.countries?.length || !f.since) return read(f, false).execute();
  // disputed is 0 or 1: naming both lets the index range over date_end behind it.
  const window = await read({ ...f, disputedAnyDate: false }, true)
    .where('ix.disputed', 'in', [0, 1])
    .execute();
  if (!f.disputedAnyDate) return window;
  const disputed = await read({ ...f, since: null, until: null, disputedAnyDate: false }, true)
    .where('ix.disputed', '=', 1)
    .execute();
  if (!disputed.length) return window;
  const byId = new Map([...window, ...disputed].map((r) => [key(r)[1], r]));
  return [...byId.values()].sort((a, b) => {
    const [sa, ia] = key(a);
    const [sb, ib] = key(b);
    return byKeys(sa, ia, sb, ib);
  });
}

/** Date order as the reads ask SQL for it: first day, then id. */
function byKeys(sa: string, ia: string, sb: string, ib: string): number {
  return sa !== sb ? (sa < sb ? -1 : 1) : ia < ib ? -1 : ia > ib ? 1 : 0;
}

/**
 * A question's slice of a pair (Store.sliceEvents) from the briefs on the pair's index rows alone:
 * one index range, no lookup of each event and its people. Rows without a brief (hidden events, and
 * any an older readout wrote) are read whole, which also leaves the hidden ones out.
 */
export async function sliceEvents(db: Db, dialect: Dialect, f: EventFilter): Promise<ExchangeEvent[]> {
  if (f.countries?.length !== 2 || f.maxRank != null) return hydrate(db, await eventRows(db, f), false);
  const rows = f.since ? await windowRows(db, f) : await historyRows(db, dialect, f);
  const whole = rows.filter((r) => r[1] === null).map((r) => r[0]);
  const read = new Map<string, ExchangeEvent>();
  for (let i = 0; i < whole.length; i += CHUNK) {
    const part = await db
      .selectFrom('events')
      .select([...EVENT_COLUMNS])
      .where('events.id', 'in', whole.slice(i, i + CHUNK))
      .where('events.deleted', '=', 0)
      .execute();
    for (const e of await hydrate(db, part, false))
      if (!f.dayDates || e.date_disputed || e.date?.length === 10) read.set(e.id as string, e);
  }
  const fixed = fixedColumns(f);
  const out: ExchangeEvent[] = [];
  for (const r of rows) {
    // By index: destructuring a row goes through the iterator protocol, for each of thousands.
    const e =
      r[1] === null
        ? read.get(r[0])
        : eventOfBrief(r[0], fixed.type ?? r[2]!, fixed.status ?? r[3]!, fixed.host ?? r[4], r[1]);
    if (e) out.push(e);
  }
  if (f.since) return out;
  // The whole history comes in the index's order: put it in date order (asked for it, SQLite sorted
  // the contacts' range, three contact ranks, in a temporary tree, briefs and all). Each event's
  // first day is its row's date_start (rows.ts countryRows), found once.
  const keys = out.map((e) => startKey(e.date));
  return out
    .map((_, i) => i)
    .sort((i, j) => byKeys(keys[i], out[i].id!, keys[j], out[j].id!))
    .map((i) => out[i]);
}

/**
 * A slice's index row: event_id, the brief (null: none), type, status and host_country, the last
 * three null where the filter fixes them (fixedColumns).
 */
type SliceRow = [string, Brief | null, string | null, string | null, string | null];

/** The columns every row of a slice has the same value in, given by its filter. */
function fixedColumns(f: EventFilter): { type: string | null; status: string | null; host: string | null } {
  const status = f.status ?? 'occurred';
  return {
    type: f.types?.length === 1 ? f.types[0] : null,
    status: status === 'all' ? null : status,
    host: f.host ? f.host.trim().toUpperCase() : null,
  };
}

/**
 * A pair's whole history for a question: one range of its slice's index, brought out as one JSON
 * text of all its rows (one value and one JSON.parse, not an object, six strings and a parse a row:
 * those were two thirds of the read on a pair of 20,000 events), with only the columns the filter
 * does not fix, in the index's order.
 */
async function historyRows(db: Db, dialect: Dialect, f: EventFilter): Promise<SliceRow[]> {
  const fixed = fixedColumns(f);
  const columns = (
    [
      ['type', fixed.type],
      ['status', fixed.status],
      ['host_country', fixed.host],
    ] as const
  ).map(([c, value]) => (value === null ? `ix.${c}` : null));
  // One JSON array a row, [event_id, brief, each column the filter leaves open or else null], all
  // the rows in one array; the text is made of constants and column names only.
  const row =
    dialect === 'sqlite'
      ? `'[' || json_quote(ix.event_id) || ',' || coalesce(ix.brief, 'null')${columns
          .map((c) => (c ? ` || ',' || json_quote(${c})` : ` || ',null'`))
          .join('')} || ']'`
      : `json_build_array(ix.event_id, ix.brief::json${columns.map((c) => `, ${c ?? 'null'}`).join('')})::text`;
  const aggregate = dialect === 'sqlite' ? 'group_concat' : 'string_agg';
  const all = sql<string | null>`'[' || ${sql.raw(`${aggregate}(${row}, ',')`)} || ']'`;
  const { rows } = (await matching(db, f, false).select(all.as('rows')).executeTakeFirst()) ?? { rows: null };
  // The brackets come with the text (null: no rows), so parsing it copies nothing first.
  return rows === null ? [] : (JSON.parse(rows) as SliceRow[]);
}

/** A window since a date, as Store.events() reads it (inWindow), in the same rows as historyRows(). */
async function windowRows(db: Db, f: EventFilter): Promise<SliceRow[]> {
  const rows = await inWindow(
    f,
    (g, sortAfterReading) =>
      inOrder(
        matching(db, g, false).select([
          'ix.event_id',
          'ix.date_start',
          'ix.type',
          'ix.status',
          'ix.host_country',
          'ix.brief',
        ]),
        g,
        null,
        sortAfterReading,
      ),
    (r) => [r.date_start, r.event_id],
  );
  return rows.map((r) => [
    r.event_id,
    r.brief === null ? null : parse<Brief>(r.brief),
    r.type,
    r.status,
    r.host_country,
  ]);
}

/** The latest first day of a matching dated event, a disputed date counting at its inferred date. */
export async function latestDate(db: Db, f: EventFilter): Promise<string | null> {
  const { start } = keysOf(f);
  const indexed = !!f.countries?.length;
  const plain = indexed
    ? sql.ref<number>('ix.disputed')
    : sql<number>`case when events.date_disputed is null then 0 else 1 end`;
  // Walks the date order back from the end, so it stops at the first visible dated event.
  const last = await matching(db, f)
    .where(plain, '=', 0)
    .where(sql.ref<string>(start), '<>', UNDATED_KEY)
    .select(sql<string>`${sql.ref(start)}`.as('day'))
    .orderBy(sql.ref(start), 'desc')
    .limit(1)
    .executeTakeFirst();
  let best = (last as { day?: string } | undefined)?.day ?? null;
  // Every status named, so a pair's disputed dates are a few ranges of event_countries_since
  // (country, status, disputed) rather than a scan of the pair's whole history (~6 ms on 20,000 rows).
  const statuses = indexed && (f.status ?? 'occurred') === 'all' ? [...EVENT_STATUSES] : null;
  const disputed = await matching(db, f)
    .where(plain, '=', 1)
    .$if(statuses !== null, (q) => q.where('ix.status', 'in', statuses!))
    .select(['events.date_disputed'])
    .execute();
  for (const r of disputed as Array<{ date_disputed: string | null }>) {
    const inferred = parse<{ inferred?: string } | null>(r.date_disputed)?.inferred;
    if (typeof inferred === 'string' && (!best || periodStart(inferred) > best)) best = periodStart(inferred);
  }
  return best;
}

function keysOf(f: EventFilter): { start: string; end: string; id: string } {
  return f.countries?.length
    ? { start: 'ix.date_start', end: 'ix.date_end', id: 'ix.event_id' }
    : { start: 'events.date_start', end: 'events.date_end', id: 'events.id' };
}

/**
 * The filter as a query over visible events, with nothing selected yet. Without the events joined
 * (a pair's index rows alone) it neither hides deleted events nor takes a max rank: the caller does.
 */
function matching(db: Db, f: EventFilter, joinEvents = true) {
  const countries = (f.countries ?? []).map((c) => c.trim().toUpperCase()).filter(Boolean);
  if (countries.length > 2) throw badInput('give one or two countries', 'countries');
  const since = checkDate(f.since, 'since');
  const until = checkDate(f.until, 'until');
  const status = f.status ?? 'occurred';
  if (status !== 'all' && !EVENT_STATUSES.includes(status))
    throw badInput(`status must be one of ${EVENT_STATUSES.join(', ')} or all`, 'status');
  const rankLimit = (v: number | null | undefined, field: string) => {
    if (v === undefined || v === null) return null;
    if (!Number.isInteger(v) || v < 1) throw badInput('max rank must be a whole number from 1', field);
    return v;
  };
  const maxRank = rankLimit(f.maxRank, 'max_rank');
  const senior = rankLimit(f.senior, 'senior');
  if (senior !== null && countries.length !== 2)
    throw badInput('senior contacts are between two countries', 'countries');

  const indexed = countries.length > 0;
  const { start, end } = keysOf(f);
  // The index rows copy what the slices below test, so those tests never leave the index.
  const col = (c: 'status' | 'type' | 'host_country') => sql.ref<string>(indexed ? `ix.${c}` : `events.${c}`);
  const ref = (c: string) => sql.ref<string>(c);
  if (!joinEvents && (!indexed || maxRank !== null))
    throw new Error('only a pair without max rank is read from its index');
  const pairRows = db.selectFrom('event_countries as ix').where('ix.country', '=', indexKey(countries));
  let q = (indexed
    ? joinEvents
      ? pairRows.innerJoin('events', 'events.id', 'ix.event_id')
      : pairRows
    : db.selectFrom('events')) as unknown as SelectQueryBuilder<
    Tables & { ix: Tables['event_countries'] },
    'events' | 'ix',
    object
  >;
  if (joinEvents) q = q.where('events.deleted', '=', 0);
  if (since || until) {
    q = q.where((eb) => {
      const bounds = [];
      if (since) bounds.push(eb(ref(end), '>=', periodStart(since)), eb(ref(start), '<>', UNDATED_KEY));
      if (until) bounds.push(eb(ref(start), '<=', periodEnd(until)));
      if (!f.disputedAnyDate) return eb.and(bounds);
      return eb.or([
        eb.and(bounds),
        indexed ? eb('ix.disputed', '=', 1) : eb('events.date_disputed', 'is not', null),
      ]);
    });
  }
  if (status !== 'all') q = q.where(col('status'), '=', status);
  if (f.types?.length) q = q.where(col('type'), 'in', [...f.types]);
  if (f.host) q = q.where(col('host_country'), '=', f.host.trim().toUpperCase());
  if (maxRank !== null) q = q.where('events.rank', '<=', maxRank);
  // Senior on each side, or on one side of a visit whose other side is unnamed. The pair's history
  // reads that as a range of contact_rank (event_countries_contacts); a window since a date is a
  // range of event_countries_since, which carries the sides' ranks but not contact_rank, so there it
  // is tested on those (else the planner takes the contacts range and looks up every row's date).
  if (senior !== null && !since) q = q.where('ix.contact_rank', '<=', senior);
  if (senior !== null && since)
    q = q.where((eb) => {
      const first = eb('ix.rank_first', '<=', senior);
      const second = eb('ix.rank_second', '<=', senior);
      const unnamed = (c: 'ix.rank_first' | 'ix.rank_second') => eb(c, 'is', null);
      return eb.or([
        eb.and([first, second]),
        eb.and([
          eb('ix.type', '=', 'visit'),
          eb.or([eb.and([first, unnamed('ix.rank_second')]), eb.and([second, unnamed('ix.rank_first')])]),
        ]),
      ]);
    });
  // Stored dates are YYYY, YYYY-MM or YYYY-MM-DD (write.ts checkEvent, corrections), so a day is
  // the ten-character one. On the index rows alone it is the brief's first item as JSON.stringify
  // wrote it ('["2023-06-18",…'); a row without a brief is kept, and tested once read whole.
  if (f.dayDates)
    q = q.where((eb) =>
      joinEvents
        ? eb.or([eb('events.date_disputed', 'is not', null), eb(sql<number>`length(events.date)`, '=', 10)])
        : eb.or([
            eb('ix.disputed', '=', 1),
            eb('ix.brief', 'is', null),
            eb('ix.brief', 'like', '["____-__-__"%'),
          ]),
    );
  return q;
}

/** Adds people (and, unless told not to, sources) to event rows, keeping the rows' order. */
export async function hydrate(db: Db, rows: PrintedEventRow[], withSources = true): Promise<ExchangeEvent[]> {
  const people = new Map<string, ParticipantRow[]>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const ids = rows.slice(i, i + CHUNK).map((r) => r.id);
    const ps = await db.selectFrom('participants').selectAll().where('event_id', 'in', ids).execute();
    for (const p of ps) push(people, p.event_id, p);
  }
  const sources = withSources
    ? await sourcesOf(
        db,
        rows.map((r) => r.id),
      )
    : null;
  return rows.map((r) =>
    eventFromRows(r, people.get(r.id) ?? [], sources ? (sources.get(r.id) ?? []) : null),
  );
}

/** The events with their sources, as events() would have given them (read without, for speed). */
export async function addSources(db: Db, events: ExchangeEvent[]): Promise<ExchangeEvent[]> {
  const sources = await sourcesOf(
    db,
    events.flatMap((e) => (e.id ? [e.id] : [])),
  );
  return events.map((e) => {
    const { sources: _old, ...rest } = e;
    void _old;
    return { ...rest, sources: (e.id ? sources.get(e.id) : undefined)?.map(sourceFromRow) ?? [] };
  });
}

async function sourcesOf(db: Db, ids: string[]): Promise<Map<string, SourceJoin[]>> {
  const sources = new Map<string, SourceJoin[]>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += CHUNK) {
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
      .where('sources.event_id', 'in', unique.slice(i, i + CHUNK))
      // The first source is the document that created the event.
      .orderBy('documents.ingested_at')
      .orderBy('sources.document_id')
      .execute();
    for (const s of ss) push(sources, s.event_id, s);
  }
  return sources;
}

function push<T>(m: Map<string, T[]>, k: string, v: T) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export async function eventsByIds(db: Db, ids: string[], includeDeleted = false): Promise<ExchangeEvent[]> {
  const rows: PrintedEventRow[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    let q = db
      .selectFrom('events')
      .select([...EVENT_COLUMNS])
      .where('events.id', 'in', ids.slice(i, i + CHUNK));
    if (!includeDeleted) q = q.where('events.deleted', '=', 0);
    rows.push(...(await q.execute()));
  }
  const byId = new Map((await hydrate(db, rows)).map((e) => [e.id as string, e]));
  return [...new Set(ids)].map((id) => byId.get(id)).filter((e): e is ExchangeEvent => !!e);
}
