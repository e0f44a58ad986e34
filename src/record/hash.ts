// Identity in the record: a document is its normalised text, an event keeps the id it was born with.
import { createHash } from 'node:crypto';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The same text with different Unicode forms or spacing is the same document. */
export function contentHash(text: string): string {
  return sha256(text.normalize('NFC').replace(/\s+/g, ' ').trim());
}

/** A dataset record is identified by its kind and its key in that dataset, not by its text. */
export function recordHash(kind: string, key: string): string {
  return sha256(`record\u0000${kind}\u0000${key}`);
}

export const documentId = (hash: string) => `doc_${hash.slice(0, 16)}`;

/** Deterministic, so rebuilding a record from the same inputs in the same order gives the same ids. */
export const eventId = (documentHash: string, position: number) =>
  `ev_${sha256(`${documentHash}:${position}`).slice(0, 16)}`;

export const correctionId = (eventId: string, seq: number) =>
  `cor_${sha256(`${eventId}:${seq}`).slice(0, 16)}`;

/** A signed 64-bit key for pg_advisory_xact_lock, as a decimal string. */
export function lockKey(s: string): string {
  return BigInt.asIntN(64, BigInt(`0x${sha256(s).slice(0, 16)}`)).toString();
}
