// Storing in a thread of its own, for `readout ingest` into SQLite when the main thread extracts
// (--jobs 0, and batches of 32 MiB and more by default). There the main thread did everything, and
// storing was about a third of its CPU; a thread that only stores (kysely and SQLite, no knowledge,
// a small heap) takes that off it while the next batch is extracted. SQLite has one writer either
// way; the main thread keeps its own connection for looking documents up, which WAL lets read while
// this one writes.
import { Worker } from 'node:worker_threads';
import { ReadoutError, type ErrorCode } from '../errors.js';
import type { Extraction } from '../types.js';
import type { IngestResult } from './types.js';

export type ToStoreThread = { type: 'store'; seq: number; extractions: Extraction[] } | { type: 'close' };

export type FromStoreThread =
  | { type: 'ready' }
  | { type: 'closed' }
  | { type: 'fatal'; code: ErrorCode; message: string }
  /** Each document's result, or the message of what refused it (that document only). */
  | { type: 'stored'; seq: number; results: (IngestResult | { error: string })[] }
  /** The database failed: nothing of the batch was stored. */
  | { type: 'failed'; seq: number; code: ErrorCode; message: string };

/**
 * The thread's young generation, in MiB: what it allocates lives one batch. A 40 MB ingest peaked at
 * 460 MiB with 8, 484-488 with V8's default or 32 (`node bench/batch-memory.js --command ingest
 * --sizes 0 --text-mb 40`; 423 MiB before there was a store thread).
 */
const YOUNG_MB = 8;

interface Pending {
  resolve: (r: (IngestResult | Error)[]) => void;
  reject: (err: Error) => void;
}

export class StoreWriter {
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  /** Why nothing more can be stored: the thread failed or ended. */
  private broken: Error | null = null;
  private closing: Promise<void> | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (m: FromStoreThread) => {
      if (m.type === 'stored' || m.type === 'failed') {
        const p = this.pending.get(m.seq);
        this.pending.delete(m.seq);
        if (m.type === 'stored') p?.resolve(m.results.map((r) => ('error' in r ? new Error(r.error) : r)));
        else p?.reject(new ReadoutError(m.code, m.message));
      }
    });
    worker.on('error', (err) => this.break(err));
    worker.on('exit', (code) => this.break(new Error(`exit code ${code}`)));
  }

  /** Starts the thread and opens the record there (migrating it if need be); rejects as openStore would. */
  static open(db: string): Promise<StoreWriter> {
    const worker = new Worker(new URL('./store-thread.js', import.meta.url), {
      workerData: { db },
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
    });
    return new Promise((resolve, reject) => {
      const started = (m: FromStoreThread) => {
        if (m.type === 'ready') resolve(new StoreWriter(worker));
        else if (m.type === 'fatal') {
          reject(new ReadoutError(m.code, m.message));
          void worker.terminate();
        } else return;
        worker.off('message', started);
        worker.off('error', failed);
      };
      const failed = (err: Error) =>
        reject(new ReadoutError('READOUT_INTERNAL', `the store thread failed to start: ${err.message}`));
      worker.on('message', started);
      worker.once('error', failed);
    });
  }

  /** Store.ingestMany, in the thread: resolves when the batch is committed. */
  ingestMany(extractions: Extraction[]): Promise<(IngestResult | Error)[]> {
    if (this.broken) return Promise.reject(this.broken);
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.worker.postMessage({ type: 'store', seq, extractions } satisfies ToStoreThread);
    });
  }

  /** Waits for what was sent to be stored, then closes the record and ends the thread. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (!this.broken) {
        const closed = new Promise<void>((resolve) =>
          this.worker.on('message', (m: FromStoreThread) => m.type === 'closed' && resolve()),
        );
        this.worker.postMessage({ type: 'close' } satisfies ToStoreThread);
        await Promise.race([closed, new Promise((r) => this.worker.once('exit', r))]);
      }
      await this.worker.terminate();
    })();
    return this.closing;
  }

  private break(err: Error) {
    if (this.broken) return;
    this.broken =
      err instanceof ReadoutError
        ? err
        : new ReadoutError('READOUT_INTERNAL', `the store thread stopped: ${err.message}`);
    for (const p of this.pending.values()) p.reject(this.broken);
    this.pending.clear();
  }
}
