// Which database a spec names, without loading any database driver: callers that only need to
// choose (ingest deciding whether to store in a thread) stay cheap to start.

/** A postgres:// (or postgresql://) URL selects PostgreSQL; anything else is a SQLite file. */
export const isPostgresSpec = (spec: string) => /^postgres(ql)?:\/\//i.test(spec);

/** The database when none is given: $READOUT_DB, else ./readout.db. */
export function defaultSpec(): string {
  return process.env.READOUT_DB || './readout.db';
}
