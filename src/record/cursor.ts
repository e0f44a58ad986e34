// Keyset pagination: a cursor is the (date key, id) of the last event of a page, opaque to callers.
import { badInput } from '../errors.js';

export interface CursorKey {
  date: string;
  id: string;
}

export function encodeCursor(k: CursorKey): string {
  return Buffer.from(JSON.stringify([k.date, k.id]), 'utf8').toString('base64url');
}

export function decodeCursor(s: string): CursorKey {
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string')
      return { date: v[0], id: v[1] };
  } catch {
    // fall through to the user-facing error
  }
  throw badInput('cursor is not one this server returned', 'cursor');
}
