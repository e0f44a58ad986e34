// One extraction thread of `readout ingest --jobs N` (see extract-pool.ts): loads the knowledge once,
// then answers each { seq, article } it is sent, in order, with that article's Extraction or the
// message of the error extracting it threw. Articles that arrive while it works are extracted
// together as a block. No files, no database: the main thread reads and stores.
//
// Test-only hooks (the tests of ingest's worker crash and failure handling; nothing else sets them):
//   READOUT_TEST_WORKER_THROW_ON=<article id>  extraction of that article throws
//   READOUT_TEST_WORKER_EXIT_ON=<article id>   the thread calls process.exit(7) on that article
import { parentPort } from 'node:worker_threads';
import { ReadoutError } from '../errors.js';
import { loadKnowledge } from '../knowledge/load.js';
import { BLOCK_BYTES, BLOCK_DOCS } from '../pipeline/block.js';
import { extractBlock } from '../pipeline/extract.js';
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
  // Articles wait here until the thread is free, then go through the pipeline a block at a time
  // (extractBlock reads a block's dates in one go); a suspect goes alone, so a crash names it.
  const queue: ToWorker[] = [];
  let scheduled = false;
  const drain = () => {
    scheduled = false;
    const block: ToWorker[] = [];
    let bytes = 0;
    while (queue.length && block.length < BLOCK_DOCS && bytes < BLOCK_BYTES) {
      if (block.length && queue[0].alone) break;
      const m = queue.shift()!;
      block.push(m);
      bytes += m.article.text.length;
      if (m.alone) break;
    }
    const run: ToWorker[] = [];
    for (const m of block) {
      try {
        testHooks(m.article);
        run.push(m);
      } catch (err) {
        post({ type: 'failed', seq: m.seq, message: err instanceof Error ? err.message : String(err) });
      }
    }
    const results = extractBlock(
      run.map((m) => m.article),
      kb,
    );
    run.forEach(({ seq }, i) => {
      const r = results[i];
      // The article goes back without its text: the main thread has it (ExtractPool puts it back).
      if (r.ok) post({ type: 'done', seq, extraction: { ...r.extraction, article: { ...r.extraction.article, text: '' } } });
      else post({ type: 'failed', seq, message: r.error instanceof Error ? r.error.message : String(r.error) });
    });
    schedule();
  };
  // setImmediate lets the articles sent meanwhile arrive before the next block is taken.
  const schedule = () => {
    if (queue.length && !scheduled) {
      scheduled = true;
      setImmediate(drain);
    }
  };
  port.on('message', (m: ToWorker) => {
    queue.push(m);
    schedule();
  });
}
