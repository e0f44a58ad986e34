// The one set of migrations, defined in code so the built package carries them, written with
// Kysely's schema builder in types both SQLite and PostgreSQL accept. Append; never edit a shipped one.
import { SqliteAdapter, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { countrySet } from './merge.js';
import { EVENT_COLUMNS, hydrate } from './read.js';
import { briefOf } from './rows.js';
import type { Tables } from './schema.js';

/** The record's tables, those that reference others first (the order to empty or drop them in). */
export const TABLES_CHILD_FIRST = [
  'corrections',
  'coverage',
  'sources',
  'event_countries',
  'participants',
  'events',
  'documents',
] as const;

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('content_hash', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text')
      .addColumn('url', 'text')
      .addColumn('outlet', 'text')
      .addColumn('published', 'text')
      .addColumn('title', 'text')
      .addColumn('text', 'text')
      .addColumn('ingested_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('certainty', 'text', (c) => c.notNull())
      .addColumn('date', 'text')
      .addColumn('end_date', 'text')
      .addColumn('date_disputed', 'text')
      .addColumn('host_country', 'text')
      .addColumn('location', 'text')
      .addColumn('duration_minutes', 'double precision')
      .addColumn('topics', 'text', (c) => c.notNull())
      .addColumn('tone', 'text')
      .addColumn('cameo', 'text')
      .addColumn('plover', 'text')
      .addColumn('goldstein', 'double precision')
      .addColumn('rank', 'integer')
      .addColumn('date_start', 'text', (c) => c.notNull())
      .addColumn('date_end', 'text', (c) => c.notNull())
      .addColumn('evidence', 'text', (c) => c.notNull())
      .addColumn('merge_key', 'text', (c) => c.notNull())
      .addColumn('base', 'text', (c) => c.notNull())
      .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('events_date').on('events').columns(['date_start', 'id']).execute();
    await db.schema.createIndex('events_merge').on('events').columns(['merge_key', 'date_start']).execute();

    await db.schema
      .createTable('participants')
      .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('name', 'text')
      .addColumn('role', 'text')
      .addColumn('country', 'text')
      .addColumn('rank', 'integer')
      .addPrimaryKeyConstraint('participants_pk', ['event_id', 'position'])
      .execute();

    // The timeline's entry point: the events of a country (joined twice for a pair), in date order.
    await db.schema
      .createTable('event_countries')
      .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('country', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('event_countries_pk', ['country', 'event_id'])
      .execute();
    await db.schema.createIndex('event_countries_event').on('event_countries').column('event_id').execute();

    await db.schema
      .createTable('sources')
      .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('evidence', 'text', (c) => c.notNull())
      .addUniqueConstraint('sources_event_document', ['event_id', 'document_id'])
      .execute();
    await db.schema
      .createIndex('sources_document')
      .on('sources')
      .columns(['document_id', 'position'])
      .execute();

    await db.schema
      .createTable('coverage')
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('countries', 'text', (c) => c.notNull())
      .addColumn('since', 'text')
      .addColumn('until', 'text')
      .addColumn('max_rank', 'integer')
      .addColumn('evidence', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('coverage_pk', ['document_id', 'position'])
      .execute();

    await db.schema
      .createTable('corrections')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('patch', 'text', (c) => c.notNull())
      .addColumn('author', 'text')
      .addColumn('note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('corrections_event_seq', ['event_id', 'seq'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const t of TABLES_CHILD_FIRST) {
      await db.schema.dropTable(t).ifExists().execute();
    }
  },
};

// Coverage claims grew optional limits (types, visitor, host, offices …); they are kept together as
// JSON so further limits need no new column.
const coverageScope: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('coverage').addColumn('scope', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('coverage').dropColumn('scope').execute();
  },
};

// The timeline walked every event and probed its countries; a sparse pair among 100k events took a
// second. The index now carries pairs too, with the sort keys, so a timeline is one range read.
const timelineIndex: Migration = {
  async up(db: Kysely<unknown>) {
    const d = db as Kysely<Tables>;
    await d.schema
      .alterTable('event_countries')
      .addColumn('date_start', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await d.schema
      .alterTable('event_countries')
      .addColumn('date_end', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await d
      .updateTable('event_countries')
      .set((eb) => ({
        date_start: eb
          .selectFrom('events')
          .select('events.date_start')
          .whereRef('events.id', '=', 'event_countries.event_id'),
        date_end: eb
          .selectFrom('events')
          .select('events.date_end')
          .whereRef('events.id', '=', 'event_countries.event_id'),
      }))
      .execute();
    await d
      .insertInto('event_countries')
      .columns(['event_id', 'country', 'date_start', 'date_end'])
      .expression(
        d
          .selectFrom('event_countries as a')
          .innerJoin('event_countries as b', (j) =>
            j.onRef('a.event_id', '=', 'b.event_id').onRef('a.country', '<', 'b.country'),
          )
          .select([
            'a.event_id',
            sql<string>`a.country || '-' || b.country`.as('country'),
            'a.date_start',
            'a.date_end',
          ]),
      )
      .execute();
    await d.schema
      .createIndex('event_countries_timeline')
      .on('event_countries')
      .columns(['country', 'date_start', 'event_id', 'date_end'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    const d = db as Kysely<Tables>;
    await d.schema.dropIndex('event_countries_timeline').execute();
    await d.deleteFrom('event_countries').where('country', 'like', '%-%').execute();
    await d.schema.alterTable('event_countries').dropColumn('date_end').execute();
    await d.schema.alterTable('event_countries').dropColumn('date_start').execute();
  },
};

// The questions (highest-ranking, silence) read a slice of a pair: occurred visits to one host, or
// senior contacts. Testing that on each event of a pair with 20,000 took seconds; the index rows
// now carry status, type, host, each side's best participant rank and whether the date is disputed,
// so the slice is one index range.
const questionIndex: Migration = {
  async up(db: Kysely<unknown>) {
    const d = db as Kysely<Tables>;
    const add = (c: string, type: 'text' | 'integer', notNull: string | number | null) =>
      d.schema
        .alterTable('event_countries')
        .addColumn(c, type, (col) => (notNull !== null ? col.notNull().defaultTo(notNull) : col))
        .execute();
    await add('status', 'text', '');
    await add('type', 'text', '');
    await add('host_country', 'text', null);
    await add('rank_first', 'integer', null);
    await add('rank_second', 'integer', null);
    await add('disputed', 'integer', 0);
    const fromEvent = (c: 'status' | 'type' | 'host_country') =>
      sql<string>`(select events.${sql.ref(c)} from events where events.id = event_countries.event_id)`;
    // A row's key is 'USA' or 'CHN-USA' (codes have no '-'): its first side is the code before any
    // '-', its second the code after.
    const sideRank = (side: ReturnType<typeof sql>) =>
      sql<number>`(select min(p.rank) from participants p where p.event_id = event_countries.event_id and ${side})`;
    await d
      .updateTable('event_countries')
      .set({
        status: fromEvent('status'),
        type: fromEvent('type'),
        host_country: fromEvent('host_country'),
        disputed: sql<number>`(select case when events.date_disputed is null then 0 else 1 end from events where events.id = event_countries.event_id)`,
        rank_first: sideRank(
          sql`(event_countries.country = p.country or event_countries.country like p.country || '-%')`,
        ),
        rank_second: sideRank(sql`event_countries.country like '%-' || p.country`),
      })
      .execute();
    await d.schema
      .createIndex('event_countries_questions')
      .on('event_countries')
      .columns([
        'country',
        'status',
        'date_start',
        'event_id',
        'date_end',
        'type',
        'host_country',
        'rank_first',
        'rank_second',
        'disputed',
      ])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    const d = db as Kysely<Tables>;
    await d.schema.dropIndex('event_countries_questions').execute();
    for (const c of ['disputed', 'rank_second', 'rank_first', 'host_country', 'type', 'status'])
      await d.schema.alterTable('event_countries').dropColumn(c).execute();
  },
};

// A question since a date reads the pair's events whose period ends after it, and those with a
// disputed date: keyed by disputed then date_end, each is one range rather than the pair's whole history.
const sinceIndex: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex('event_countries_since')
      .on('event_countries')
      .columns([
        'country',
        'status',
        'disputed',
        'date_end',
        'date_start',
        'event_id',
        'type',
        'host_country',
        'rank_first',
        'rank_second',
      ])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('event_countries_since').execute();
  },
};

// Reading a pair's whole history for a question looked up every event and its people (~40 µs
// each; 20,000 events on a busy pair). Pair rows of visible events now carry a brief of what the
// questions read (rows.ts briefOf), kept by the same writes as the rest of the row, and the rank at
// which the event is a senior contact of the pair; each question's slice has an index that reads
// it as one range. The backfill runs in JS with the writer's own function, so both databases get
// the same briefs.
const questionBriefs: Migration = {
  async up(db: Kysely<unknown>) {
    const d = db as Kysely<Tables>;
    await d.schema.alterTable('event_countries').addColumn('brief', 'text').execute();
    await d.schema.alterTable('event_countries').addColumn('contact_rank', 'integer').execute();
    let after: string | null = null;
    for (;;) {
      let q = d
        .selectFrom('events')
        .select([...EVENT_COLUMNS])
        .where('events.deleted', '=', 0)
        .orderBy('events.id')
        .limit(500);
      if (after !== null) q = q.where('events.id', '>', after);
      const rows = await q.execute();
      if (!rows.length) break;
      after = rows[rows.length - 1].id;
      for (const e of await hydrate(d, rows, false)) {
        if (countrySet(e).length < 2) continue;
        await d
          .updateTable('event_countries')
          .set({ brief: briefOf(e) })
          .where('event_id', '=', e.id as string)
          .where('country', 'like', '%-%')
          .execute();
      }
    }
    // As rows.ts contactRank: both sides ranked, the lower; a visit with one side unnamed, the other.
    await d
      .updateTable('event_countries')
      .set({
        contact_rank: sql<number>`case
          when rank_first is not null and rank_second is not null
            then case when rank_first > rank_second then rank_first else rank_second end
          when type = 'visit' then coalesce(rank_first, rank_second)
        end`,
      })
      .where('country', 'like', '%-%')
      .execute();
    // SQLite reads the briefs from the index itself; PostgreSQL bounds an index entry (~2.7 kB) that
    // a brief of many people could pass, so there the index gives the range and the rows the briefs.
    const covered = db.getExecutor().adapter instanceof SqliteAdapter ? ['brief'] : [];
    await d.schema
      .createIndex('event_countries_visits')
      .on('event_countries')
      .columns([
        'country',
        'status',
        'type',
        'host_country',
        'date_start',
        'event_id',
        'disputed',
        ...covered,
      ])
      .execute();
    await d.schema
      .createIndex('event_countries_contacts')
      .on('event_countries')
      .columns([
        'country',
        'status',
        'contact_rank',
        'date_start',
        'event_id',
        'type',
        'host_country',
        'disputed',
        ...covered,
      ])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('event_countries_contacts').execute();
    await db.schema.dropIndex('event_countries_visits').execute();
    await db.schema.alterTable('event_countries').dropColumn('contact_rank').execute();
    await db.schema.alterTable('event_countries').dropColumn('brief').execute();
  },
};

export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_coverage_scope': coverageScope,
  '0003_timeline_index': timelineIndex,
  '0004_question_index': questionIndex,
  '0005_since_index': sinceIndex,
  '0006_question_briefs': questionBriefs,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
