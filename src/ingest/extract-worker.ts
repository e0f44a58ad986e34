// One extraction thread of `readout ingest --jobs N` (see extract-pool.ts): loads the knowledge once,
// then answers each { seq, article } it is sent, in order, with that article's Extraction or the
// message of the error extracting it threw. No files, no database: the main thread reads and stores.
//
// Test-only hooks (the tests of ingest's worker crash and failure handling; nothing else sets them):
//   READOUT_TEST_WORKER_THROW_ON=<article id>  extraction of that article throws
//   READOUT_TEST_WORKER_EXIT_ON=<article id>   the thread calls process.exit(7) on that article
import { parentPort } from 'node:worker_threads';
import { ReadoutError } from '../errors.js';
import { loadKnowledge } from '../knowledge/load.js';
import { extract } from '../pipeline/extract.js';
import type { Article } from '../types.js';
import type { FromWorker, ToWorker } from './extract-pool.js';

const port = parentPort;
if (!port) throw new Error('extract-worker.js runs as a worker thread of readout ingest');
const post = (m: FromWorker) => port.postMessage(m);

function testHooks(article: Article): void {
  if (article.id === process.env.READOUT_TEST_WORKER_EXIT_ON) process.exit(7);
  if (article.id === process.env.READOUT_TEST_WORKER_THROW_ON)
    throw new Error(`extraction failed on purpose (READOUT_TEST_WORKER_THROW_ON=${article.id})`);
}

function loadOrReport(): ReturnType<typeof loadKnowledge> | null {
  try {
    return loadKnowledge();
  } catch (err) {
    // Not any document's fault (a knowledge file missing or broken): the pool stops the run.
    post({
      type: 'fatal',
      code: err instanceof ReadoutError ? err.code : 'READOUT_INTERNAL',
      message: err instanceof Error ? err.message : String(err),
    });
    return null;
  }
}

const kb = loadOrReport();
if (kb) {
  post({ type: 'ready' });
  port.on('message', ({ seq, article }: ToWorker) => {
    try {
      testHooks(article);
      // The article goes back without its text: the main thread has it (ExtractPool puts it back).
      const x = extract(article, kb);
      post({ type: 'done', seq, extraction: { ...x, article: { ...x.article, text: '' } } });
    } catch (err) {
      post({ type: 'failed', seq, message: err instanceof Error ? err.message : String(err) });
    }
  });
}
