// `readout ingest … --queue`: documents are read exactly as ingest reads them, then handed to the
// queue instead of the pipeline; workers anywhere take them from there.
import type { Article } from '../types.js';
import { documentHash, DOCUMENT_QUEUE, jobId, toJobData } from './job.js';
import { openQueue, requirePostgres, type QueueSettings } from './queue.js';

export interface EnqueueResult {
  /** Documents that will be processed: new jobs, and failed jobs given another chance. */
  queued: number;
  /** Of those, jobs that had failed (retry limit reached) and were queued again. */
  retried: number;
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
  const result: EnqueueResult = { queued: 0, retried: 0, duplicates: 0 };
  try {
    for await (const article of articles) {
      const hash = documentHash(article);
      const id = jobId(hash);
      // send() returns null when a job with this id exists: that is the idempotence, not an error.
      let queued =
        (await queue.boss.send(DOCUMENT_QUEUE, toJobData(article), {
          id,
          singletonKey: hash,
          expireInSeconds: queue.settings.expireInSeconds,
          retryLimit: queue.settings.retryLimit,
        })) !== null;
      if (!queued && (await queue.boss.getJobById(DOCUMENT_QUEUE, id))?.state === 'failed') {
        // Enqueueing a document again is how a user asks for another try after a failure.
        await queue.boss.retry(DOCUMENT_QUEUE, id);
        result.retried++;
        queued = true;
      }
      if (queued) result.queued++;
      else result.duplicates++;
      opts.onDocument?.(article, queued);
    }
  } finally {
    await queue.close();
  }
  return result;
}
