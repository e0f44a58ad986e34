// openStore(): the record over SQLite (a file path) or PostgreSQL (a postgres:// URL), behind the
// one Store interface of types.ts. Every query here is written once, for both databases.
import { Migrator, sql, type Kysely } from 'kysely';
import { ReadoutError, badInput, dbError } from '../errors.js';
import type { Article, CoverageClaim, ExchangeEvent, Extraction } from '../types.js';
import { connect, oneLine, type Dialect } from './connect.js';
import { validatePatch } from './corrections.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { asDatabaseError } from './failures.js';
import { contentHash, correctionId, recordHash } from './hash.js';
import { migrationProvider } from './migrations.js';
import { UNDATED_KEY } from './dates.js';
import { defaultSpec } from './spec.js';
import {
  addSources,
  eventRows,
  eventsByIds,
  hydrate,
  latestDate,
  orderedEvents,
  sliceEvents,
} from './read.js';
import { isBriefEvent, json, parse } from './rows.js';
import type { Tables } from './schema.js';
import type {
  Correction,
  CoverageRecord,
  EventFilter,
  IngestResult,
  Store,
  StoreStats,
  StoredDocument,
  TimelinePage,
  TimelineQuery,
} from './types.js';
import {
  documentEventIds,
  inTransaction,
  rewriteEvent,
  writeDocument,
  writeDocuments,
  type DocumentInput,
  type DocumentWrite,
} from './write.js';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export interface OpenOptions {
  /** Apply pending migrations on open (default true). `readout migrate` opens without. */
  migrate?: boolean;
}

export interface MigrationState {
  name: string;
  applied: boolean;
}

/** The database a command uses when none is given. */
export { defaultSpec };

export async function openStore(spec?: string, opts: OpenOptions = {}): Promise<RecordStore> {
  const conn = await connect(spec || defaultSpec());
  const store = new RecordStore(conn.db, conn.dialect, conn.label);
  if (opts.migrate !== false) {
    try {
      await store.migrate();
    } catch (err) {
      await store.close().catch(() => {});
      throw err;
    }
  }
  return store;
}

/**
 * Events sliceEvents() read whole but without sources (rows without a brief): withSources() reads
 * these whole again, as it does the events it made from briefs (isBriefEvent).
 */
const briefs = new WeakSet<ExchangeEvent>();
const readAgain = (e: ExchangeEvent) => isBriefEvent(e) || briefs.has(e);

export class RecordStore implements Store {
  constructor(
    readonly db: Kysely<Tables>,
    readonly dialect: Dialect,
    /** The database as it may be shown to a user (no password). */
    readonly label: string,
  ) {}

  /** Runs fn, turning a database failure into one READOUT_DATABASE line naming this database. */
  private async run<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw asDatabaseError(err, this.label);
    }
  }

  private migrator(db: Kysely<Tables> = this.db, disableTransactions = false) {
    return new Migrator({ db, provider: migrationProvider, disableTransactions });
  }

  /**
   * Kysely's SQLite migration runs in a deferred transaction, so two processes opening a fresh file
   * at once both read "nothing applied" and both create the tables. Holding BEGIN IMMEDIATE around
   * the whole run makes the second wait, then find everything applied.
   */
  private async migrateNow() {
    if (this.dialect !== 'sqlite') return this.migrator().migrateToLatest();
    // Up to date (the usual case) is a read; only a pending migration takes the write lock.
    const known = await this.migrator().getMigrations();
    // (Kysely's own run still checks for migrations this version does not know.)
    if (known.every((m) => m.executedAt !== undefined)) return this.migrator().migrateToLatest();
    return inTransaction(this.db, 'sqlite', async (conn) => {
      const result = await this.migrator(conn, true).migrateToLatest();
      if (result.error) throw result.error;
      return result;
    }).catch((error: unknown) => ({ error, results: undefined }));
  }

  async migrate(): Promise<void> {
    await this.applyMigrations();
  }

  /** Applies pending migrations; returns the names applied now (empty when up to date). */
  async applyMigrations(): Promise<string[]> {
    return this.run(async () => {
      const { error, results } = await this.migrateNow();
      if (error) {
        const unknown = /previously executed migration (\S+) is missing/.exec(oneLine(error));
        // The usual cause: a newer readout has upgraded this database. Say so rather than "corrupted".
        if (unknown)
          throw dbError(
            `${this.label} was upgraded by a newer readout (migration ${unknown[1]}); upgrade readout to use it`,
          );
        throw dbError(`cannot migrate ${this.label}: ${oneLine(error)}`);
      }
      return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    });
  }

  async migrations(): Promise<MigrationState[]> {
    return this.run(async () =>
      (await this.migrator().getMigrations()).map((m) => ({
        name: m.name,
        applied: m.executedAt !== undefined,
      })),
    );
  }

  async ingest(x: Extraction, opts: { events?: boolean } = {}): Promise<IngestResult> {
    return this.write(articleDocument(x), x.events, x.coverage ?? [], opts.events !== false);
  }

  async ingestMany(xs: Extraction[], opts: { events?: boolean } = {}): Promise<(IngestResult | Error)[]> {
    const docs: (DocumentWrite | Error)[] = xs.map((x) => {
      try {
        return { doc: articleDocument(x), events: x.events, coverage: x.coverage ?? [] };
      } catch (err) {
        return err as Error;
      }
    });
    return this.run(async () => {
      const written = await writeDocuments(
        this.db,
        this.dialect,
        docs.filter((d): d is DocumentWrite => !(d instanceof Error)),
        (err) => isDatabaseError(asDatabaseError(err, this.label)),
        () => new Date().toISOString(),
      );
      let next = 0;
      const out: (IngestResult | Error)[] = [];
      for (const d of docs) {
        const r = d instanceof Error ? d : written[next++];
        if (r instanceof Error) out.push(r);
        else
          out.push({
            document: r.document,
            created: r.created,
            events: opts.events !== false ? await eventsByIds(this.db, r.ids) : [],
            added: r.added,
            merged: r.merged,
          });
      }
      return out;
    });
  }

  async importRecords(
    doc: Omit<StoredDocument, 'id' | 'content_hash'> & { key: string },
    events: ExchangeEvent[],
    coverage: CoverageClaim[] = [],
  ): Promise<IngestResult> {
    // A dataset row has no sentence to quote; the document keeps a readable line per record, and the
    // event's evidence points at its line, so every stored event still quotes what it rests on.
    const { text, withEvidence } = recordLines(events);
    const input: DocumentInput = {
      content_hash: recordHash(doc.kind, doc.key),
      kind: doc.kind,
      name: doc.key,
      url: doc.url ?? null,
      outlet: doc.outlet ?? null,
      published: doc.published ?? null,
      title: doc.title ?? null,
      text,
    };
    return this.write(input, withEvidence, coverage);
  }

  private async write(
    doc: DocumentInput,
    events: ExchangeEvent[],
    coverage: CoverageClaim[],
    withEvents = true,
  ): Promise<IngestResult> {
    return this.run(async () => {
      const r = await writeDocument(this.db, this.dialect, doc, events, coverage, new Date().toISOString());
      return {
        document: r.document,
        created: r.created,
        events: withEvents ? await eventsByIds(this.db, r.ids) : [],
        added: r.added,
        merged: r.merged,
      };
    });
  }

  async hasDocument(article: Article): Promise<boolean> {
    return this.run(async () => {
      const row = await this.db
        .selectFrom('documents')
        .select('id')
        .where('content_hash', '=', contentHash(article.text))
        .executeTakeFirst();
      return !!row;
    });
  }

  async timeline(q: TimelineQuery): Promise<TimelinePage> {
    // A blank entry would otherwise drop the country filter and answer with every event.
    if (!q.countries?.length || q.countries.some((c) => typeof c !== 'string' || !c.trim()))
      throw badInput('give one or two countries', 'countries');
    const limit = q.limit ?? DEFAULT_LIMIT;
    if (!Number.isInteger(limit) || limit < 1) throw badInput('limit must be a whole number from 1', 'limit');
    const take = Math.min(limit, MAX_LIMIT);
    const after = q.cursor ? decodeCursor(q.cursor) : null;
    return this.run(async () => {
      const rows = await orderedEvents(this.db, q, after)
        .limit(take + 1)
        .execute();
      const page = rows.slice(0, take);
      const last = page[page.length - 1];
      return {
        events: await hydrate(this.db, page),
        next: rows.length > take && last ? encodeCursor({ date: last.date_start, id: last.id }) : null,
      };
    });
  }

  async getEvent(id: string): Promise<ExchangeEvent | null> {
    return this.run(async () => (await eventsByIds(this.db, [id]))[0] ?? null);
  }

  async events(filter: EventFilter = {}, opts: { sources?: boolean } = {}): Promise<ExchangeEvent[]> {
    return this.run(async () => {
      return hydrate(this.db, await eventRows(this.db, filter), opts.sources !== false);
    });
  }

  /**
   * events(filter) page by page, in the same date order, for exports of any size: memory for one page
   * of events, not the record. Pages follow on from the last event read (as timeline cursors do), so
   * an event written meanwhile before that point is not read.
   */
  async *eventPages(filter: EventFilter = {}, size = 1000): AsyncGenerator<ExchangeEvent[]> {
    type Cursor = { date: string; id: string };
    let after: Cursor | null = null;
    for (;;) {
      const from: Cursor | null = after;
      const page: { events: ExchangeEvent[]; next: Cursor | null } = await this.run(async () => {
        const rows = await orderedEvents(this.db, filter, from).limit(size).execute();
        const last = rows[rows.length - 1];
        return {
          events: await hydrate(this.db, rows),
          next: rows.length === size && last ? { date: last.date_start, id: last.id } : null,
        };
      });
      if (page.events.length) yield page.events;
      if (!page.next) return;
      after = page.next;
    }
  }

  async sliceEvents(filter: EventFilter): Promise<ExchangeEvent[]> {
    return this.run(async () => {
      const events = await sliceEvents(this.db, this.dialect, filter);
      for (const e of events) if (!isBriefEvent(e)) briefs.add(e);
      return events;
    });
  }

  async withSources(events: ExchangeEvent[]): Promise<ExchangeEvent[]> {
    return this.run(async () => {
      const whole = new Map(
        (
          await eventsByIds(
            this.db,
            events.flatMap((e) => (readAgain(e) ? [e.id as string] : [])),
          )
        ).map((e) => [e.id, e]),
      );
      const sourced = await addSources(
        this.db,
        events.filter((e) => !readAgain(e)),
      );
      let next = 0;
      // A brief whose event has gone since it was read is left out, as events() would now leave it.
      return events.flatMap((e) =>
        readAgain(e) ? (whole.has(e.id) ? [whole.get(e.id)!] : []) : [sourced[next++]],
      );
    });
  }

  async latestDate(filter: EventFilter = {}): Promise<string | null> {
    return this.run(() => latestDate(this.db, filter));
  }

  /** The ids of the events a stored document tells (for workers and tests). */
  async documentEvents(document: string): Promise<string[]> {
    return this.run(() => documentEventIds(this.db, document));
  }

  async coverage(): Promise<CoverageRecord[]> {
    return this.run(async () => {
      const rows = await this.db
        .selectFrom('coverage')
        .selectAll()
        .orderBy('document_id')
        .orderBy('position')
        .execute();
      return rows.map((r) => ({
        document: r.document_id,
        countries: parse<string[]>(r.countries),
        since: r.since,
        until: r.until,
        max_rank: r.max_rank === null ? null : Number(r.max_rank),
        evidence: parse(r.evidence),
        ...(r.scope ? parse<object>(r.scope) : {}),
      }));
    });
  }

  async correct(c: Correction): Promise<ExchangeEvent> {
    validatePatch(c.patch);
    return this.run(async () => {
      await inTransaction(this.db, this.dialect, async (conn) => {
        const row = await conn
          .selectFrom('events')
          .select(['id', 'base'])
          .where('id', '=', c.event)
          .executeTakeFirst();
        if (!row) throw badInput(`no event ${c.event}`, 'event');
        const last = await conn
          .selectFrom('corrections')
          .select((eb) => eb.fn.max('seq').as('seq'))
          .where('event_id', '=', c.event)
          .executeTakeFirst();
        const seq = Number(last?.seq ?? 0) + 1;
        const now = new Date().toISOString();
        await conn
          .insertInto('corrections')
          .values({
            id: correctionId(c.event, seq),
            event_id: c.event,
            seq,
            patch: json(c.patch),
            author: c.author ?? null,
            note: c.note ?? null,
            created_at: now,
          })
          .execute();
        await rewriteEvent(conn, c.event, parse(row.base), now);
      });
      return (await eventsByIds(this.db, [c.event], true))[0];
    });
  }

  async stats(): Promise<StoreStats> {
    return this.run(async () => {
      const count = async (table: keyof Tables) =>
        Number(
          (
            await this.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const visible = () => this.db.selectFrom('events').where('deleted', '=', 0);
      const group = async (col: 'type' | 'status') => {
        const rows = await visible()
          .select([col, (eb) => eb.fn.countAll().as('n')])
          .groupBy(col)
          .orderBy(col)
          .execute();
        return Object.fromEntries(rows.map((r) => [r[col] as string, Number(r.n)]));
      };
      const dated = () => visible().select('date').where('date_start', '<>', UNDATED_KEY);
      const first = await dated().orderBy('date_start').orderBy('id').limit(1).executeTakeFirst();
      const last = await dated().orderBy('date_end', 'desc').orderBy('id').limit(1).executeTakeFirst();
      const events = Number(
        (
          await visible()
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
      return {
        documents: await count('documents'),
        events,
        sources: await count('sources'),
        participants: await count('participants'),
        corrections: await count('corrections'),
        by_type: await group('type'),
        by_status: await group('status'),
        first_date: first?.date ?? null,
        last_date: last?.date ?? null,
      };
    });
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  /** For tests and tools that need the raw connection (e.g. a health check). */
  async ping(): Promise<void> {
    await this.run(async () => {
      await sql`select 1`.execute(this.db);
    });
  }
}

/** The document row of an extracted article; refused when it has no text. */
function articleDocument(x: Extraction): DocumentInput {
  const a = x.article;
  if (typeof a?.text !== 'string' || !a.text.trim())
    throw badInput(`document ${a?.id ?? ''} has no text`.trim());
  return {
    content_hash: contentHash(a.text),
    kind: 'article',
    name: a.id ?? null,
    url: a.url ?? null,
    outlet: a.outlet ?? null,
    published: a.published ?? null,
    title: a.title ?? null,
    text: a.text,
  };
}

const isDatabaseError = (err: unknown) => err instanceof ReadoutError && err.code === 'READOUT_DATABASE';

/** One readable line per record without evidence ("2023-06-17..2023-06-19 visit occurred: Antony Blinken (Secretary of State, USA) in Beijing, CHN"). */
export function recordLines(events: ExchangeEvent[]): { text: string | null; withEvidence: ExchangeEvent[] } {
  let text = '';
  const withEvidence = events.map((e) => {
    if (e.evidence?.length) return e;
    const who = e.participants
      .map(
        (p) =>
          `${p.name ?? 'unnamed'}${p.role || p.country ? ` (${[p.role, p.country].filter(Boolean).join(', ')})` : ''}`,
      )
      .join('; ');
    const where =
      e.location?.city || e.host_country
        ? ` in ${[e.location?.city, e.host_country].filter(Boolean).join(', ')}`
        : '';
    const when = `${e.date ?? 'undated'}${e.end_date ? `..${e.end_date}` : ''}`;
    const line = `${when} ${e.type} ${e.status}: ${who}${where}`;
    if (text) text += '\n';
    const start = text.length;
    text += line;
    return { ...e, evidence: [{ start, end: start + line.length, text: line }] };
  });
  return { text: text || null, withEvidence };
}
