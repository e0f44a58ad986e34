// What feed ingest has already seen, kept in the record's own database so any machine ingesting
// into the same record skips the same entries. The table has its own small migration set (with its
// own bookkeeping table), so the record's migrations stay the record owner's to change.
import { Migrator, type Kysely, type Migration } from 'kysely';
import type { RecordStore } from '../record/store.js';

export interface FeedItem {
  /** The entry's link (or its id when it has no link). */
  key: string;
  feed: string;
  url: string | null;
  /** Stored document, when the page was stored. */
  document: string | null;
  /** 'stored', 'empty' (no text) or 'gone' (a permanent failure such as 404). */
  status: string;
}

export interface FeedState {
  seen(key: string): Promise<boolean>;
  remember(item: FeedItem): Promise<void>;
}

interface FeedTables {
  feed_items: {
    item_key: string;
    feed: string;
    url: string | null;
    document_id: string | null;
    status: string;
    seen_at: string;
  };
}

const feedItems: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('feed_items')
      .ifNotExists()
      .addColumn('item_key', 'text', (c) => c.primaryKey())
      .addColumn('feed', 'text', (c) => c.notNull())
      .addColumn('url', 'text')
      .addColumn('document_id', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('seen_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('feed_items').ifExists().execute();
  },
};

/** The seen-entries table in the store's database, created on first use. */
export async function storeFeedState(store: RecordStore): Promise<FeedState> {
  const db = store.db as unknown as Kysely<FeedTables>;
  const { error } = await new Migrator({
    db,
    provider: { getMigrations: async () => ({ '0001_feed_items': feedItems }) },
    migrationTableName: 'readout_feed_migration',
    migrationLockTableName: 'readout_feed_migration_lock',
  }).migrateToLatest();
  if (error) throw error;
  return {
    async seen(key) {
      return !!(await db
        .selectFrom('feed_items')
        .select('item_key')
        .where('item_key', '=', key)
        .executeTakeFirst());
    },
    async remember(item) {
      const row = {
        item_key: item.key,
        feed: item.feed,
        url: item.url,
        document_id: item.document,
        status: item.status,
        seen_at: new Date().toISOString(),
      };
      await db
        .insertInto('feed_items')
        .values(row)
        .onConflict((oc) => oc.column('item_key').doUpdateSet(row))
        .execute();
    },
  };
}

/** For tests and one-off runs: state that lasts as long as the process. */
export function memoryFeedState(): FeedState & { items: Map<string, FeedItem> } {
  const items = new Map<string, FeedItem>();
  return {
    items,
    seen: async (key) => items.has(key),
    remember: async (item) => void items.set(item.key, item),
  };
}
