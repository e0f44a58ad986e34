// Opens the database a spec names: a postgres:// URL selects PostgreSQL (a pg Pool), anything else
// is a SQLite file (better-sqlite3 in WAL mode, waiting rather than failing when another writer holds it).
import Database from 'better-sqlite3';
import { userInfo } from 'node:os';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { dbError } from '../errors.js';
import type { Tables } from './schema.js';
import { isPostgresSpec } from './spec.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Connection {
  db: Kysely<Tables>;
  dialect: Dialect;
  /** The spec as it may be shown to a user: a URL without its password. */
  label: string;
}

export { isPostgresSpec };

/** postgres://user:secret@host/db → postgres://user@host/db, for messages and logs. */
export function redactUrl(spec: string): string {
  try {
    const u = new URL(spec);
    u.password = '';
    return u.toString().replace(/:@/, '@');
  } catch {
    return spec.replace(/(\/\/[^:/@]*):[^@]*@/, '$1@');
  }
}

const MMAP_BYTES = 2 ** 31;

// A writer waits this long for another process's write to finish before giving up.
const BUSY_TIMEOUT_MS = 30_000;

export async function connect(spec: string): Promise<Connection> {
  return isPostgresSpec(spec) ? connectPostgres(spec) : connectSqlite(spec);
}

/**
 * Like psql, a URL without a user name connects as $PGUSER or the login user (node-postgres would
 * otherwise send no user at all when $USER is unset, as in containers and CI).
 */
export function withDefaultUser(spec: string): string {
  try {
    const u = new URL(spec);
    if (!u.username) u.username = process.env.PGUSER || userInfo().username;
    return u.toString();
  } catch {
    return spec;
  }
}

async function connectPostgres(spec: string): Promise<Connection> {
  const label = redactUrl(spec);
  const pool = new pg.Pool({
    connectionString: withDefaultUser(spec),
    max: 10,
    connectionTimeoutMillis: 10_000,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (err) {
    await db.destroy().catch(() => {});
    throw dbError(`cannot connect to PostgreSQL at ${label}: ${oneLine(err)}`);
  }
  return { db, dialect: 'postgres', label };
}

async function connectSqlite(path: string): Promise<Connection> {
  let handle: Database.Database;
  try {
    handle = new Database(path);
    handle.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    handle.pragma('journal_mode = WAL');
    // In WAL mode this syncs at checkpoints, not at every commit: a commit survives the process being
    // killed, and a power cut can lose the last commits but never corrupts the file.
    handle.pragma('synchronous = NORMAL');
    handle.pragma('foreign_keys = ON');
    // Reads map the file instead of copying each page through a system call: a question reads
    // thousands of scattered rows, and on the 1M-event bench record the copies were about half of
    // its SQL time. Only address space is reserved; pages count as resident once read, and the
    // kernel may drop them.
    handle.pragma(`mmap_size = ${MMAP_BYTES}`);
    // Reading the schema is what finds a file that is not a database.
    handle.prepare('select count(*) from sqlite_master').get();
  } catch (err) {
    throw dbError(`cannot open SQLite database ${path}: ${oneLine(err)}`);
  }
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: reusingStatements(handle) }) });
  return { db, dialect: 'sqlite', label: path };
}

// Kysely prepares every query anew; preparing costs ten times what running a small query does, and
// an ingest runs the same dozen queries for every event.
const STATEMENTS = 256;

/** The database as Kysely uses it (prepare, close), keeping the statements it prepares for reuse. */
function reusingStatements(handle: Database.Database) {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => handle.close(),
    prepare(text: string): Database.Statement {
      let st = cache.get(text);
      // A statement still iterating (a streamed query) cannot run again until it is done.
      if (st && !st.busy) {
        // Most recently used last, so the first entry is the one to drop.
        cache.delete(text);
        cache.set(text, st);
        return st;
      }
      st = handle.prepare(text);
      cache.set(text, st);
      if (cache.size > STATEMENTS) cache.delete(cache.keys().next().value as string);
      return st;
    },
  };
}

export function oneLine(err: unknown): string {
  const e = err as { message?: string; code?: string; errors?: unknown[] };
  // pg reports "connect ECONNREFUSED" for each address tried inside an AggregateError with no message.
  let msg =
    e?.message ||
    (Array.isArray(e?.errors) && e.errors.length ? oneLine(e.errors[0]) : '') ||
    e?.code ||
    String(err);
  msg = msg.split('\n')[0].trim();
  return msg;
}
