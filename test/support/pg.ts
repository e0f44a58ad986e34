// Throwaway PostgreSQL databases for tests that run against both dialects. Each test file gets its
// own database (readout_t_<random>) on the server at $READOUT_TEST_PG (default 127.0.0.1:5432),
// dropped afterwards. Unreachable server: CI fails, elsewhere the PostgreSQL tests skip with the reason.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { withDefaultUser } from '../../src/record/connect.js';

export const PG_ADMIN_URL = withDefaultUser(
  process.env.READOUT_TEST_PG ?? 'postgres://127.0.0.1:5432/postgres',
);

let probe: Promise<string | null> | undefined;

/** null when PostgreSQL answers; otherwise why not (for the skip message). */
export function pgUnavailableReason(): Promise<string | null> {
  probe ??= (async () => {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('select 1');
      return null;
    } catch (err) {
      const e = err as { message?: string; code?: string; errors?: Array<{ message?: string }> };
      return e.message || e.errors?.[0]?.message || e.code || String(err);
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return probe;
}

/**
 * Whether the PostgreSQL tests should run. Outside CI an unreachable server means "skip" (with a
 * message on stderr); in CI it throws, because CI is where both databases must be proven.
 */
export async function pgAvailable(): Promise<boolean> {
  const reason = await pgUnavailableReason();
  if (reason === null) return true;
  const msg = `PostgreSQL at ${PG_ADMIN_URL} is unreachable (${reason})`;
  if (process.env.CI) throw new Error(`${msg}; CI requires it`);
  process.stderr.write(`SKIP PostgreSQL tests: ${msg}\n`);
  return false;
}

function urlFor(database: string): string {
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates a fresh empty database and returns its URL. */
export async function createPgDatabase(): Promise<string> {
  const name = `readout_t_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  return urlFor(name);
}

/** Drops a database made by createPgDatabase, ending any connection still open to it. */
export async function dropPgDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!/^readout_t_[0-9a-f]+$/.test(name)) throw new Error(`refusing to drop ${name}: not a test database`);
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** Runs fn with a throwaway database URL and drops the database afterwards. */
export async function withPgDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const url = await createPgDatabase();
  try {
    return await fn(url);
  } finally {
    await dropPgDatabase(url);
  }
}
