// The writing half of `readout ingest` into SQLite when the main thread extracts (see
// store-writer.ts): opens the record and stores each batch of extractions it is sent, in the order
// sent, answering with each document's result or the message of its error. No extraction here, and
// no reading of input: the main thread does both.
import { parentPort, workerData } from 'node:worker_threads';
import { ReadoutError } from '../errors.js';
import { openStore } from './store.js';
import type { FromStoreThread, ToStoreThread } from './store-writer.js';

const port = parentPort;
if (!port) throw new Error('store-thread.js runs as a worker thread of readout ingest');
const post = (m: FromStoreThread) => port.postMessage(m);
const failure = (err: unknown) => ({
  code: err instanceof ReadoutError ? err.code : ('READOUT_INTERNAL' as const),
  message: err instanceof Error ? err.message : String(err),
});

try {
  const store = await openStore((workerData as { db: string }).db);
  post({ type: 'ready' });
  // One batch at a time, in the order sent: each is one transaction on the one connection.
  let queue = Promise.resolve();
  port.on('message', (m: ToStoreThread) => {
    queue = queue.then(async () => {
      if (m.type === 'close') {
        await store.close();
        post({ type: 'closed' });
        port.close();
        return;
      }
      try {
        const results = await store.ingestMany(m.extractions, { events: false });
        post({
          type: 'stored',
          seq: m.seq,
          results: results.map((r) => (r instanceof Error ? { error: r.message } : r)),
        });
      } catch (err) {
        // The database failed: the batch was rolled back whole, and the run stops.
        post({ type: 'failed', seq: m.seq, ...failure(err) });
      }
    });
  });
} catch (err) {
  post({ type: 'fatal', ...failure(err) });
}
