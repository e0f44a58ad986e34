// `readout worker`: takes queued documents, extracts and stores them, until stopped. Safety comes
// from the record and the queue, not from the worker: a document is stored in one transaction and
// is idempotent by content hash, and a job is only completed after its document is stored, so a
// worker killed at any point leaves either nothing (the job expires and is retried) or a stored
// document whose retry finds it already there.
import type PgBoss from 'pg-boss';
import { loadKnowledge } from '../knowledge/load.js';
import type { KnowledgeIndex } from '../knowledge/index.js';
import { extract, extractBlock, type BlockResult } from '../pipeline/extract.js';
import { openStore, type RecordStore } from '../record/store.js';
import type { Article } from '../types.js';
import { DOCUMENT_QUEUE, documentHash, fromJobData, type DocumentJob } from './job.js';
import { oneLine, redactUrl } from '../record/connect.js';
import { batchSizeFromEnv, openQueue, requirePostgres, type QueueSettings } from './queue.js';

export interface WorkerOptions {
  db?: string;
  /** Documents handled at once in this process (extraction is CPU-bound: one per core is plenty). */
  concurrency?: number;
  /** Exit once the queue has had nothing waiting or running for this long. Null: run until stopped. */
  idleExitSeconds?: number | null;
  /** Pause between looks at an empty queue. */
  pollSeconds?: number;
  /** Documents taken from the queue at once by each of the `concurrency` loops (default $READOUT_QUEUE_BATCH or 4). */
  batchSize?: number;
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
  const ctx: JobContext = { boss: queue.boss, store, kb, log, warn, verbose: !!opts.verbose };
  const handle = (jobs: PgBoss.Job<DocumentJob>[]) => handleBatch(jobs, ctx, summary);
  const batchSize = opts.batchSize ?? batchSizeFromEnv();
  try {
    await Promise.all(
      Array.from({ length: concurrency }, () =>
        loop(queue.boss, handle, batchSize, state, (opts.pollSeconds ?? 1) * 1000, url, warn),
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
  handle: (jobs: PgBoss.Job<DocumentJob>[]) => Promise<void>,
  batchSize: number,
  state: LoopState,
  pollMs: number,
  url: string,
  warn: (line: string) => void,
): Promise<void> {
  let failures = 0;
  while (!state.stopping) {
    let jobs: PgBoss.Job<DocumentJob>[];
    try {
      jobs = await boss.fetch<DocumentJob>(DOCUMENT_QUEUE, { batchSize });
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
    // The whole batch is in hand: a stop request is honoured after it.
    await handle(jobs);
  }
}

interface JobContext {
  boss: PgBoss;
  store: RecordStore;
  kb: KnowledgeIndex;
  log: (line: string) => void;
  warn: (line: string) => void;
  verbose: boolean;
}

interface Done {
  job: PgBoss.Job<DocumentJob>;
  article: Article;
  outcome: Outcome;
  events: number;
  extractMs: number;
  storeMs: number;
}

/**
 * One batch of jobs: one look for documents already stored, each document extracted and stored in
 * its own transaction, then the batch completed at once. Per document, the queue costs a share of
 * three round trips instead of three: each costs about 1 ms of CPU between the worker and the
 * database on the 2-core development machine, against 10 to 20 ms to extract a 1 KB article.
 */
async function handleBatch(
  jobs: PgBoss.Job<DocumentJob>[],
  ctx: JobContext,
  summary: WorkerSummary,
): Promise<void> {
  const articles = jobs.map((job) => fromJobData(job.data));
  // A retried job usually finds its document stored already: skip its extraction. Should the look
  // fail, storing finds out for itself.
  const stored = await storedAlready(ctx.store, articles).catch(() => new Set<string>());
  if (ctx.verbose) jobs.forEach((job, i) => ctx.log(`took ${job.id} ${articles[i].id}`));
  // The batch's new documents are extracted together (extractBlock: less CPU than one by one).
  const todo = articles.filter((a) => !stored.has(documentHash(a)));
  const t0 = performance.now();
  const results = extractBlock(todo, ctx.kb);
  const extractMs = (performance.now() - t0) / Math.max(1, todo.length);
  const done: Done[] = [];
  let next = 0;
  for (const [i, job] of jobs.entries()) {
    const extracted = stored.has(documentHash(articles[i])) ? null : { result: results[next++], ms: extractMs };
    const d = await handleJob(job, articles[i], extracted, ctx, summary);
    if (d) done.push(d);
  }
  // Completed only after their documents are stored: a kill in between means retries that find them stored.
  if (done.length) {
    try {
      await ctx.boss.complete(
        DOCUMENT_QUEUE,
        done.map((d) => d.job.id),
      );
    } catch (err) {
      // The jobs stay active, expire and are retried; the retries will find the documents stored.
      for (const d of done) ctx.warn(`uncompleted ${d.job.id} ${d.article.id}: ${oneLine(err)}`);
    }
  }
  for (const d of done) {
    summary[d.outcome]++;
    ctx.log(
      `${d.outcome} ${d.job.id} ${d.article.id} ${d.events} events, ${Math.round(d.extractMs)} ms extract, ${Math.round(d.storeMs)} ms store`,
    );
  }
}

/** Content hashes of these documents that the record already holds, in one query. */
async function storedAlready(store: RecordStore, articles: Article[]): Promise<Set<string>> {
  const rows = await store.db
    .selectFrom('documents')
    .select('content_hash')
    .where('content_hash', 'in', articles.map(documentHash))
    .execute();
  return new Set(rows.map((r) => r.content_hash));
}

/**
 * Stores one document's extraction (null: found stored already); null when it failed (and its job
 * was handed back to the queue).
 */
async function handleJob(
  job: PgBoss.Job<DocumentJob>,
  article: Article,
  extracted: { result: BlockResult; ms: number } | null,
  ctx: JobContext,
  summary: WorkerSummary,
): Promise<Done | null> {
  // Where the time goes: extraction runs in parallel across workers, storing may wait for another
  // worker merging the same exchange.
  const d: Done = { job, article, outcome: 'existing', events: 0, extractMs: 0, storeMs: 0 };
  if (!extracted) return d;
  try {
    if (!extracted.result.ok) throw extracted.result.error;
    const t1 = performance.now();
    // The worker only counts what it stored: reading every event back with its sources cost three
    // more round trips per document, which on a shared machine is CPU the other worker needs.
    const result = await ctx.store.ingest(extracted.result.extraction, { events: false });
    d.extractMs = extracted.ms;
    d.storeMs = performance.now() - t1;
    d.outcome = result.created ? 'stored' : 'existing';
    d.events = (result.added ?? 0) + (result.merged ?? 0);
    return d;
  } catch (err) {
    summary.failed++;
    const message = oneLine(err);
    ctx.warn(`failed ${job.id} ${article.id}: ${message}`);
    // Failing hands it back to the queue (retried after a pause, up to the retry limit).
    await ctx.boss.fail(DOCUMENT_QUEUE, job.id, { message }).catch(() => undefined);
    return null;
  }
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
