// What travels through the queue: one document as ingest read it, under a key derived from its
// content, so the same document enqueued twice is one job (and, once stored, one document).
import { contentHash } from '../record/hash.js';
import type { Article } from '../types.js';

/** The pg-boss queue every `ingest --queue` writes to and every `worker` reads from. */
export const DOCUMENT_QUEUE = 'readout-documents';

/** The job payload: exactly the Article fields the pipeline reads. */
export interface DocumentJob {
  id: string;
  text: string;
  published: string | null;
  url: string | null;
  outlet: string | null;
  title: string | null;
}

export function toJobData(article: Article): DocumentJob {
  return {
    id: article.id,
    text: article.text,
    published: article.published ?? null,
    url: article.url ?? null,
    outlet: article.outlet ?? null,
    title: article.title ?? null,
  };
}

export function fromJobData(data: DocumentJob): Article {
  return {
    id: String(data.id),
    text: String(data.text ?? ''),
    published: data.published ?? null,
    url: data.url ?? null,
    outlet: data.outlet ?? null,
    title: data.title ?? null,
  };
}

/** The record's content hash of the document: the queue and the record agree on what "the same" is. */
export const documentHash = (article: Pick<Article, 'text'>): string => contentHash(article.text);

/**
 * A UUID made from the content hash. pg-boss inserts with ON CONFLICT DO NOTHING on (queue, id),
 * so a deterministic id makes enqueueing idempotent while the job is queued, running or completed.
 */
export function jobId(hash: string): string {
  const h = hash.slice(0, 32).split('');
  h[12] = '5'; // version nibble: name-based
  h[16] = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16); // RFC 4122 variant
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}
