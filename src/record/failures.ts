// Database failures reach the user as one READOUT_DATABASE line; a bug in our own code does not
// (it stays an internal error with its stack, so it gets fixed rather than explained away).
import { ReadoutError, dbError } from '../errors.js';
import { oneLine } from './connect.js';

// SQLite result codes and PostgreSQL SQLSTATE classes that mean "the database", not "the code".
const SQLITE = /^SQLITE_/;
const PG_CLASSES = /^(08|53|54|57|58|3D|28|40|XX)/;
const NET = /^(ECONN|ENOTFOUND|ETIMEDOUT|EPIPE|EHOSTUNREACH|EAI_AGAIN)/;

export function asDatabaseError(err: unknown, label: string): unknown {
  if (err instanceof ReadoutError) return err;
  const code = (err as { code?: unknown })?.code;
  const msg = oneLine(err);
  if (
    typeof code === 'string' &&
    (SQLITE.test(code) || NET.test(code) || (code.length === 5 && PG_CLASSES.test(code)))
  ) {
    if (code === 'SQLITE_READONLY') return dbError(`database ${label} is read-only: ${msg}`);
    return dbError(`database ${label}: ${msg}`);
  }
  if (/Connection terminated|timeout exceeded when trying to connect/i.test(msg))
    return dbError(`database ${label}: ${msg}`);
  return err;
}
