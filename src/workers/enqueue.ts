// `readout ingest … --queue`: documents are read exactly as ingest reads them, then handed to the
// queue instead of the pipeline; workers anywhere take them from there.
import type { Article } from '../types.js';
import { documentHash, DOCUMENT_QUEUE, jobId, toJobData } from './job.js';
import { openQueue, requirePostgres, type QueueSettings } from './queue.js';

export interface EnqueueResult {
  /** Jobs created now. */
  queued: number;
  /** Documents whose job already existed (the same content enqueued before, or twice in this input). */
  duplicates: number;
}

export interface EnqueueOptions {
  settings?: QueueSettings;
  /** Called after each document, for progress display. */
  onDocument?: (article: Article, queued: boolean) => void;
}

export async function enqueueArticles(
  db: string | undefined,
  articles: Iterable<Article> | AsyncIterable<Article>,
  opts: EnqueueOptions = {},
): Promise<EnqueueResult> {
  const url = requirePostgres(db, 'ingest --queue');
  // The enqueuer only inserts; expired jobs are the workers' business.
  const queue = await openQueue(url, { settings: opts.settings, supervise: false, poolSize: 2 });
  const result: EnqueueResult = { queued: 0, duplicates: 0 };
  try {
    for await (const article of articles) {
      const hash = documentHash(article);
      // send() returns null when a job with this id exists: that is the idempotence, not an error.
      const id = await queue.boss.send(DOCUMENT_QUEUE, toJobData(article), {
        id: jobId(hash),
        singletonKey: hash,
        expireInSeconds: queue.settings.expireInSeconds,
        retryLimit: queue.settings.retryLimit,
      });
      if (id) result.queued++;
      else result.duplicates++;
      opts.onDocument?.(article, id !== null);
    }
  } finally {
    await queue.close();
  }
  return result;
}
