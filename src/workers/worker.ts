// `readout worker`: takes queued documents, extracts and stores them, until stopped. Safety comes
// from the record and the queue, not from the worker: a document is stored in one transaction and
// is idempotent by content hash, and a job is only completed after its document is stored, so a
// worker killed at any point leaves either nothing (the job expires and is retried) or a stored
// document whose retry finds it already there.
import type PgBoss from 'pg-boss';
import { loadKnowledge } from '../knowledge/load.js';
import type { KnowledgeIndex } from '../knowledge/index.js';
import { extract } from '../pipeline/extract.js';
import { openStore } from '../record/store.js';
import type { Store } from '../record/types.js';
import { DOCUMENT_QUEUE, fromJobData, type DocumentJob } from './job.js';
import { oneLine, redactUrl } from '../record/connect.js';
import { openQueue, requirePostgres, type QueueSettings } from './queue.js';

export interface WorkerOptions {
  db?: string;
  /** Documents handled at once in this process (extraction is CPU-bound: one per core is plenty). */
  concurrency?: number;
  /** Exit once the queue has had nothing waiting or running for this long. Null: run until stopped. */
  idleExitSeconds?: number | null;
  /** Pause between looks at an empty queue. */
  pollSeconds?: number;
  settings?: QueueSettings;
  /** Stops the worker after the documents in hand are done. */
  signal?: AbortSignal;
  /** One line per document done (stored or found stored). */
  log?: (line: string) => void;
  /** Problems: a document that failed, a database out of reach (default: stderr). */
  warn?: (line: string) => void;
  /** Called once the worker is about to take its first document. */
  onReady?: (db: string) => void;
  /** Also log each document when it is taken, before it is done (for tests that kill mid-job). */
  verbose?: boolean;
}

export interface WorkerSummary {
  stored: number;
  /** Documents found already stored (a retried job, or the same text under another id). */
  existing: number;
  failed: number;
  seconds: number;
}

type Outcome = 'stored' | 'existing';

const WARM_UP = {
  id: 'warm-up',
  text: "Brazil's Foreign Minister met the Argentine foreign minister in Buenos Aires on 3 January 2023.",
  published: '2023-01-04',
};

export async function runWorker(opts: WorkerOptions): Promise<WorkerSummary> {
  const url = requirePostgres(opts.db, 'worker');
  const concurrency = opts.concurrency ?? 1;
  const log = opts.log ?? (() => undefined);
  const warn = opts.warn ?? ((line: string) => process.stderr.write(`readout worker: ${line}\n`));
  const started = Date.now();
  // Knowledge and the pipeline's lazily built parts first: they take seconds, and a job held that
  // long could pass its expiry and be handed to another worker.
  const kb = loadKnowledge();
  extract(WARM_UP, kb);
  const store = await openStore(url);
  let queue;
  try {
    queue = await openQueue(url, { settings: opts.settings, poolSize: concurrency + 2, supervise: true });
  } catch (err) {
    await store.close();
    throw err;
  }
  opts.onReady?.(redactUrl(url));
  const summary: WorkerSummary = { stored: 0, existing: 0, failed: 0, seconds: 0 };
  const state = new LoopState(queue.boss, opts.idleExitSeconds ?? null, opts.signal);
  const handle = (job: PgBoss.Job<DocumentJob>) =>
    handleJob(job, { boss: queue.boss, store, kb, log, warn, verbose: !!opts.verbose }, summary);
  try {
    await Promise.all(
      Array.from({ length: concurrency }, () =>
        loop(queue.boss, handle, state, (opts.pollSeconds ?? 1) * 1000, url, warn),
      ),
    );
  } finally {
    // Jobs in hand are finished by now (loops only end between jobs); stop without failing anything.
    await queue.close(false).catch(() => undefined);
    await store.close().catch(() => undefined);
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

/** Shared by the loops of one process: when to stop. */
class LoopState {
  private lastBusy = Date.now();
  constructor(
    private readonly boss: PgBoss,
    private readonly idleExitSeconds: number | null,
    private readonly signal?: AbortSignal,
  ) {}
  stopped = false;
  get stopping(): boolean {
    return this.stopped || !!this.signal?.aborted;
  }
  busy(): void {
    this.lastBusy = Date.now();
  }
  /** True once nothing has been waiting or running anywhere for idleExitSeconds. */
  async idleLongEnough(): Promise<boolean> {
    if (this.idleExitSeconds === null) return false;
    // Running jobs count: one may belong to a dead worker and come back when it expires.
    const pending = await this.boss.getQueueSize(DOCUMENT_QUEUE, { before: 'completed' });
    if (pending && pending > 0) this.busy();
    if (Date.now() - this.lastBusy >= this.idleExitSeconds * 1000) this.stopped = true;
    return this.stopped;
  }
}

async function loop(
  boss: PgBoss,
  handle: (job: PgBoss.Job<DocumentJob>) => Promise<void>,
  state: LoopState,
  pollMs: number,
  url: string,
  warn: (line: string) => void,
): Promise<void> {
  let failures = 0;
  while (!state.stopping) {
    let jobs: PgBoss.Job<DocumentJob>[];
    try {
      jobs = await boss.fetch<DocumentJob>(DOCUMENT_QUEUE, { batchSize: 1 });
      failures = 0;
    } catch (err) {
      // The database went away: say so, wait longer each time, and keep trying; nothing is held.
      failures++;
      warn(`queue unreachable at ${redactUrl(url)}: ${oneLine(err)}`);
      await sleep(Math.min(30_000, pollMs * 2 ** failures), state);
      continue;
    }
    if (jobs.length === 0) {
      if (await state.idleLongEnough().catch(() => false)) break;
      await sleep(pollMs, state);
      continue;
    }
    state.busy();
    for (const job of jobs) await handle(job);
  }
}

interface JobContext {
  boss: PgBoss;
  store: Store;
  kb: KnowledgeIndex;
  log: (line: string) => void;
  warn: (line: string) => void;
  verbose: boolean;
}

async function handleJob(
  job: PgBoss.Job<DocumentJob>,
  ctx: JobContext,
  summary: WorkerSummary,
): Promise<void> {
  const article = fromJobData(job.data);
  if (ctx.verbose) ctx.log(`took ${job.id} ${article.id}`);
  let outcome: Outcome;
  let events = 0;
  // Where the time goes: extraction runs in parallel across workers, storing may wait for another
  // worker merging the same exchange.
  let extractMs = 0;
  let storeMs = 0;
  try {
    // A retried job usually finds its document stored already: skip the extraction.
    if (await ctx.store.hasDocument(article)) {
      outcome = 'existing';
    } else {
      const t0 = performance.now();
      const extraction = extract(article, ctx.kb);
      const t1 = performance.now();
      const result = await ctx.store.ingest(extraction);
      extractMs = t1 - t0;
      storeMs = performance.now() - t1;
      outcome = result.created ? 'stored' : 'existing';
      events = result.events.length;
    }
  } catch (err) {
    summary.failed++;
    const message = oneLine(err);
    ctx.warn(`failed ${job.id} ${article.id}: ${message}`);
    // Failing hands it back to the queue (retried after a pause, up to the retry limit).
    await ctx.boss.fail(DOCUMENT_QUEUE, job.id, { message }).catch(() => undefined);
    return;
  }
  // Completed only after the document is stored: a kill in between means a retry that finds it stored.
  try {
    await ctx.boss.complete(DOCUMENT_QUEUE, job.id, { outcome, events });
  } catch (err) {
    // The job stays active, expires and is retried; the retry will find the document stored.
    ctx.warn(`uncompleted ${job.id} ${article.id}: ${oneLine(err)}`);
  }
  summary[outcome]++;
  ctx.log(
    `${outcome} ${job.id} ${article.id} ${events} events, ${Math.round(extractMs)} ms extract, ${Math.round(storeMs)} ms store`,
  );
}

function sleep(ms: number, state: { stopping: boolean }): Promise<void> {
  // Short slices so a stop request is honoured within a fraction of a second.
  return new Promise((resolve) => {
    const end = Date.now() + ms;
    const tick = () =>
      state.stopping || Date.now() >= end ? resolve() : setTimeout(tick, Math.min(100, end - Date.now()));
    tick();
  });
}
