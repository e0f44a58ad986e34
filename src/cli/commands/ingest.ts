// `readout ingest PATH... [--published YYYY-MM-DD] [--db PATH|URL] [--jobs N] [--queue]`: reads
// documents, extracts their exchanges and stores them. Idempotent: a document already stored adds
// nothing. A document that cannot be read or extracted is named and skipped; the rest are stored.
// Extraction runs in --jobs threads beside this one, which reads and stores in input order.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { firstLine, ReadoutError, usage } from '../../errors.js';
import type { Extractor, Outcome } from '../../ingest/extract-pool.js';
import type { InputDocument } from '../../ingest/files.js';
import { BLOCK_BYTES, BLOCK_DOCS } from '../../pipeline/block.js';
import { defaultSpec, isPostgresSpec } from '../../record/spec.js';
import type { StoreWriter } from '../../record/store-writer.js';
import type { IngestResult } from '../../record/types.js';
import type { Extraction } from '../../types.js';

interface IngestFlags {
  published?: string;
  db?: string;
  queue?: boolean;
  feed?: string;
  jobs?: string;
}

export function checkDay(flag: string, v: string | undefined): string | null {
  if (v === undefined) return null;
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(v) ||
    Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ||
    new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v
  )
    throw usage(`${flag} must be a date YYYY-MM-DD, not "${v}"`);
  return v;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description(
      'Read files, folders (.txt .md .html .htm .jsonl) and JSONL batches; extract and store their exchanges',
    )
    .argument('[path...]', 'files or folders')
    .option(
      '--feed <url|file>',
      'an RSS, Atom or JSON feed: fetch its pages politely and ingest them (entries seen before are skipped)',
    )
    .option('--published <date>', 'publication date (YYYY-MM-DD) of documents that carry none')
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default $READOUT_DB or ./readout.db)')
    .option(
      '--jobs <n>',
      `threads that extract beside the one that reads and stores; 0: that one extracts too (default ${defaultJobs()} here: see the README)`,
    )
    .option('--queue', 'hand the documents to `readout worker`s through the PostgreSQL queue instead')
    .action(async (paths: string[], flags: IngestFlags) => ingest(paths, flags));
}

/** Most --jobs accepted: each thread holds its own knowledge and heap (~170 MiB). */
const MAX_JOBS = 16;

/**
 * --jobs when none is given: a thread per core but one, up to 2 (none on one core). The main thread
 * keeps a core of its own for reading and storing, which on the bench corpus is about a third of
 * ingest's CPU: one extracting thread beside it takes the rest, so on 2 cores the two work at once
 * (a 4 MB ingest's main thread used 2.1 CPU s with one thread extracting, 6.2 s extracting itself).
 * A third thread adds little speed for its ~170 MiB (its own knowledge and heap: with two threads a
 * 1 GB batch peaked at 557 MiB, against 370 in the main thread and the goal of 512).
 */
export function defaultJobs(): number {
  return Math.max(0, Math.min(2, availableParallelism() - 1));
}

export function checkJobs(v: string | undefined): number {
  if (v === undefined) return defaultJobs();
  if (!/^\d+$/.test(v.trim()) || Number(v) > MAX_JOBS)
    throw usage(`--jobs must be a whole number from 0 to ${MAX_JOBS}, not "${v}"`);
  return Number(v);
}

/**
 * Input smaller than this is extracted in this thread whatever --jobs says: in one thread it takes a
 * few seconds, of which threads, at ~0.9 CPU s each to start (modules, knowledge, JIT warm-up),
 * would save little or nothing (README, "Ingest in parallel").
 */
const POOL_FROM_BYTES = 2 ** 20;

/**
 * Extracting threads for this input (0: the main thread extracts): none under POOL_FROM_BYTES; the
 * default only below CAPPED_FROM_BYTES, since each thread holds its own knowledge and heap and a
 * large batch must stay in flat memory (with 2 threads a 1 GB batch peaked at 557 MiB, over the
 * 512 MiB goal; in the main thread, 370). Asked for with --jobs, as many as asked.
 */
export function threadsFor(jobs: number, asked: boolean, bytes: number): number {
  if (jobs === 0 || bytes < POOL_FROM_BYTES) return 0;
  return asked || bytes < CAPPED_FROM_BYTES ? jobs : 0;
}

/** Input from which ingest caps its heap (smaller runs spare the child's start-up). */
const CAPPED_FROM_BYTES = 32 * 2 ** 20;

/** Input from which a main thread that extracts leaves storing to a thread of its own (storeOptions). */
export const STORE_THREAD_FROM_BYTES = CAPPED_FROM_BYTES;

function inputBytes(files: string[]): number {
  let n = 0;
  for (const f of files) {
    try {
      n += statSync(f).size;
    } catch {
      // Unreadable: reported as that document's error when it is read.
    }
  }
  return n;
}

/**
 * Where a run extracts and stores: `jobs` threads extract (0: the main thread), and with `writer` a
 * thread of its own stores (store-writer.ts), when the main thread extracts 32 MiB or more into
 * SQLite on a machine with a core to spare. At 40 MB of text that took a run from 67.8 to 55.1 s for
 * the same 65.6 CPU s; at 10 MB with --jobs 0 it cost 2-3 CPU s more (a second isolate's warm-up,
 * the copies to it) and was no faster, at load 4-5. PostgreSQL's writes are another process's work.
 */
export function storeOptions(
  db: string | undefined,
  jobs: number,
  bytes: number,
  cores = availableParallelism(),
) {
  const writer =
    jobs === 0 && bytes >= STORE_THREAD_FROM_BYTES && cores > 1 && !isPostgresSpec(db || defaultSpec());
  return { db, jobs, writer };
}

interface Tally {
  created: number;
  stored: number;
  failed: number;
  added: number;
  merged: number;
}

async function ingest(paths: string[], flags: IngestFlags): Promise<void> {
  const published = checkDay('--published', flags.published);
  const jobs = checkJobs(flags.jobs);
  if (flags.feed) {
    if (paths.length || flags.queue || flags.jobs !== undefined)
      throw usage('--feed takes no paths, no --queue and no --jobs');
    const { runFeedIngest } = await import('../../ingest/feed.js');
    await runFeedIngest(flags.feed, { db: flags.db, published });
    return;
  }
  if (flags.queue && flags.jobs !== undefined)
    throw usage('--jobs goes without --queue: with --queue, `readout worker`s extract');
  if (!paths.length) throw usage('give files or folders to ingest, or --feed URL|FILE');
  // Loaded here, not at the top: every readout command would otherwise pay for the pipeline at startup.
  const { collectFiles, streamFileDocuments } = await import('../../ingest/files.js');
  const files = collectFiles(paths);
  const bytes = inputBytes(files);
  // Large input runs in a child with a capped heap, as extract --batch does: uncapped, V8 let a
  // 1 GB batch's ingest reach 510 MiB though what it keeps is near 100 MiB.
  if (bytes >= CAPPED_FROM_BYTES) {
    const { runWithCappedHeap } = await import('../capped-heap.js');
    const code = await runWithCappedHeap();
    if (code !== null) {
      process.exitCode = code;
      return;
    }
  }
  const progress = new Progress(files);
  const say = (line: string) => progress.log(`readout: ${line}`);
  const t: Tally = { created: 0, stored: 0, failed: 0, added: 0, merged: 0 };
  let total = 0;
  // Documents are read as they are stored (a JSONL batch line by line), so input of any size needs
  // the memory of a few documents. Every document read is yielded, also one that could not be read.
  async function* readable(): AsyncGenerator<InputDocument> {
    for (const [i, f] of files.entries()) {
      for await (const d of streamFileDocuments(f, { published })) {
        total++;
        yield d;
        progress.document();
      }
      progress.file(i + 1);
    }
  }
  // A document's reading warnings, or why it could not be read (counted as failed); true if it can go on.
  function announce(d: InputDocument, tell: (line: string) => void = say): boolean {
    for (const w of d.warnings) tell(`${d.name}: ${w}`);
    if (d.article) return true;
    tell(`${d.name}: skipped: ${d.error}`);
    t.failed++;
    return false;
  }

  if (flags.queue) {
    await enqueue(readable(), (d) => announce(d), flags, t);
  } else {
    await store(
      readable(),
      announce,
      storeOptions(flags.db, threadsFor(jobs, flags.jobs !== undefined, bytes), bytes),
      t,
      say,
    );
  }
  progress.stop();
  const summary = flags.queue
    ? `${total} document${total === 1 ? '' : 's'}: ${t.created} queued, ${t.stored} already queued, ${t.failed} failed`
    : `${total} document${total === 1 ? '' : 's'}: ${t.created} new, ${t.stored} already stored, ${t.failed} failed; ` +
      `events: ${t.added} new, ${t.merged} merged into stored exchanges`;
  process.stderr.write(`readout: ${summary}\n`);
  if (t.failed) process.exitCode = 1;
}

/**
 * Documents read ahead of the one being stored, per extraction thread: what each holds (PER_THREAD in
 * extract-pool.ts, 256) and two blocks more, so that a thread that answers a block is sent the next
 * at once.
 */
const AHEAD_PER_JOB = 10 * BLOCK_DOCS;
/** Article text read ahead, at most (one document is always read, however large). */
const AHEAD_BYTES = 16 * 2 ** 20;

/**
 * Documents stored in one transaction, at most (Store.ingestMany): on SQLite each commit wrote every
 * page its document touched to the log again, a fifth of the store's time on the bench corpus; 256
 * at once took the store from ~2.9 to ~4.2-5 MB/s per CPU second. A killed run loses at most this
 * batch (never a part of a document), and a re-run stores it. READOUT_TEST_INGEST_BATCH sets it for
 * the crash test, so that kills find a record part-way (nothing else sets it).
 */
const BATCH_DOCS = Number(process.env.READOUT_TEST_INGEST_BATCH) || 256;
/** Article text in one transaction, at most. */
const BATCH_BYTES = 8 * 2 ** 20;
/** A batch older than this is stored without waiting to fill up, so slow input still reaches the record. */
const BATCH_MS = 2000;

/** A document read, on its way to the record. */
interface Slot {
  d: InputDocument;
  bytes: number;
  hash?: string;
  /** Stored already when it was read. */
  found?: boolean;
  /** The same text as a document ahead of it, not stored yet: looked up again when its turn comes. */
  again?: boolean;
  /** Its extraction, under way. */
  outcome?: Promise<Outcome>;
  /** What looking it up in the record threw. */
  error?: unknown;
}

/** A document settled, waiting for its batch: what to say about it, and what to store. */
interface Settled {
  name: string;
  lines: string[];
  hash?: string;
  x?: Extraction;
}

/**
 * Errors that are no document's fault, and stop the run for main() to report: the database failing,
 * or extraction unable to start (knowledge missing, an extraction thread that cannot load it).
 */
const stopsTheRun = (err: unknown) =>
  err instanceof ReadoutError &&
  (err.code === 'READOUT_DATABASE' || err.code === 'READOUT_RESOURCE' || err.code === 'READOUT_INTERNAL');

/**
 * Stores the documents in input order, as a sequential run would, while up to `jobs` threads
 * extract the next ones (with `jobs` 0, this thread, a block of documents at a time). A document already
 * stored is not extracted again. Extracted documents are stored a batch at a time (BATCH_DOCS), and
 * what is said about each document is said when its batch is stored, so messages keep input order.
 */
async function store(
  docs: AsyncIterable<InputDocument>,
  announce: (d: InputDocument, tell: (line: string) => void) => boolean,
  opts: { db?: string; jobs: number; writer: boolean },
  t: Tally,
  say: (s: string) => void,
) {
  const { openStore } = await import('../../record/store.js');
  const { StoreWriter: Writer } = await import('../../record/store-writer.js');
  const { contentHash } = await import('../../record/hash.js');
  const { ExtractPool, inlineExtractor } = await import('../../ingest/extract-pool.js');
  const extractor: Extractor = opts.jobs > 0 ? new ExtractPool(opts.jobs) : inlineExtractor();
  const ahead = opts.jobs > 0 ? opts.jobs * AHEAD_PER_JOB : extractor.block;
  let db: Awaited<ReturnType<typeof openStore>> | undefined;
  /** Stores in a thread of its own (opts.writer); else db stores, in this thread. */
  let writer: StoreWriter | undefined;
  /** The batch being stored, if any: at most one, so that messages keep input order. */
  let storing: Promise<void> = Promise.resolve();
  /** Texts (by hash) of the documents read that are not stored yet: being extracted, or in the batch. */
  const unstored = new Set<string>();
  /** Settled documents in input order, and of those, the extracted ones' count, text and age. */
  const batch: Settled[] = [];
  let batchDocs = 0;
  let batchBytes = 0;
  let batchSince = 0;

  /** Documents to extract, not handed to the extractor yet: it takes them a block at a time. */
  let toExtract: Slot[] = [];
  let toExtractBytes = 0;
  function handOver() {
    const slots = toExtract;
    toExtract = [];
    toExtractBytes = 0;
    const outcomes = extractor.extractMany(slots.map((x) => x.d.article!));
    slots.forEach((x, i) => {
      x.outcome = outcomes[i];
      x.outcome.catch(() => {}); // awaited in its turn; until then, not an unhandled rejection
    });
  }

  async function take(d: InputDocument): Promise<Slot> {
    const slot: Slot = { d, bytes: 0 };
    const article = d.article;
    if (!article) return slot;
    // Opened at the first readable document, as before: input with none touches no database.
    if (!db) {
      db = await openStore(opts.db);
      // Opened after this thread's connection has migrated the record.
      if (opts.writer) writer = await Writer.open(opts.db || defaultSpec());
    }
    slot.bytes = article.text.length;
    slot.hash = contentHash(article.text);
    if (unstored.has(slot.hash)) slot.again = true;
    else {
      try {
        slot.found = await db.hasDocument(article);
      } catch (err) {
        slot.error = err;
      }
      if (!slot.found && !slot.error) {
        unstored.add(slot.hash);
        toExtract.push(slot);
        toExtractBytes += slot.bytes;
        if (toExtract.length >= extractor.block || toExtractBytes >= BLOCK_BYTES) handOver();
      }
    }
    return slot;
  }

  async function settle(slot: Slot) {
    const { d } = slot;
    // A copy of a document ahead of it, not stored yet: that one's batch is stored first, so that
    // looking it up finds it (unless it failed).
    if (slot.again) await stored();
    const s: Settled = { name: d.name, lines: [] };
    batch.push(s);
    const tell = (line: string) => s.lines.push(line);
    if (!announce(d, tell) || !db) return;
    const article = d.article!;
    try {
      if (slot.error) throw slot.error;
      // A copy of a document ahead of it is stored now, unless that one failed.
      if (slot.found || (slot.again && (await db.hasDocument(article)))) {
        t.stored++;
        return;
      }
      if (!slot.outcome && toExtract.includes(slot)) handOver();
      const o = await (slot.outcome ?? extractor.extractMany([article])[0]);
      if (o.error !== undefined) {
        t.failed++;
        tell(`${d.name}: skipped: ${o.error}`);
        return;
      }
      const x = o.extraction;
      // The pipeline names the article by its id; name it as the user gave it instead.
      for (const w of x.warnings)
        tell(`${d.name}: ${w.startsWith(`${article.id}: `) ? w.slice(article.id.length + 2) : w}`);
      s.x = x;
      s.hash = slot.hash;
      if (!batchDocs++) batchSince = performance.now();
      batchBytes += slot.bytes;
    } catch (err) {
      if (stopsTheRun(err)) throw err;
      t.failed++;
      tell(`${d.name}: skipped: ${firstLine(err)}`);
    } finally {
      if (slot.hash && !s.x && slot.outcome) unstored.delete(slot.hash);
    }
    if (
      batchDocs &&
      (batchDocs >= BATCH_DOCS || batchBytes >= BATCH_BYTES || performance.now() - batchSince >= BATCH_MS)
    )
      await flush();
  }

  /**
   * Stores the batch's extracted documents in one go, then says what became of each settled one.
   * With a store thread the batch is stored while this thread goes on extracting; the one before
   * it is awaited first, so messages keep input order and a database failure stops the run at the
   * next batch at the latest.
   */
  async function flush() {
    await storing;
    const settled = batch.splice(0);
    const xs = settled.flatMap((s) => (s.x ? [s.x] : []));
    batchDocs = batchBytes = 0;
    storing = write(settled, xs);
    if (!writer) await storing;
  }

  /** Everything settled is stored (or has failed), and said. */
  async function stored() {
    await flush();
    await storing;
  }

  async function write(settled: Settled[], xs: Extraction[]) {
    let results: (IngestResult | Error)[] = [];
    try {
      if (xs.length) results = await (writer ? writer.ingestMany(xs) : db!.ingestMany(xs, { events: false }));
    } catch (err) {
      for (const s of settled) s.lines.forEach(say);
      throw err;
    }
    let next = 0;
    for (const s of settled) {
      s.lines.forEach(say);
      if (!s.x) continue;
      unstored.delete(s.hash!);
      const r = results[next++];
      if (r instanceof Error) {
        t.failed++;
        say(`${s.name}: skipped: ${firstLine(r)}`);
      } else if (r.created) {
        t.created++;
        t.added += r.added ?? 0;
        t.merged += r.merged ?? 0;
      } else t.stored++;
    }
  }

  const window: Slot[] = [];
  let held = 0;
  const next = async () => {
    const slot = window.shift()!;
    held -= slot.bytes;
    await settle(slot);
  };
  try {
    for await (const d of docs) {
      const slot = await take(d);
      window.push(slot);
      held += slot.bytes;
      while (window.length >= ahead || (held > AHEAD_BYTES && window.length > 1)) await next();
    }
    while (window.length) await next();
    await stored();
  } catch (err) {
    // The run stops; what was settled before is stored, as it would have been one at a time, unless
    // the database is what failed.
    if (!(err instanceof ReadoutError && err.code === 'READOUT_DATABASE')) await stored().catch(() => {});
    throw err;
  } finally {
    await storing.catch(() => {});
    await extractor.close();
    await writer?.close();
    await db?.close();
  }
}

async function enqueue(
  docs: AsyncIterable<InputDocument>,
  announce: (d: InputDocument) => boolean,
  flags: IngestFlags,
  t: Tally,
) {
  const { enqueueArticles } = await import('../../workers/enqueue.js');
  async function* articles() {
    for await (const d of docs) if (announce(d)) yield d.article!;
  }
  const r = await enqueueArticles(flags.db, articles());
  t.created += r.queued;
  t.stored += r.duplicates;
}

/**
 * A progress bar on a terminal, over the files (a batch's documents are not counted before they are
 * read), with the documents read so far; nothing when stderr is a file or a pipe (logs stay clean).
 */
class Progress {
  private bar: cliProgress.SingleBar | null = null;
  private docs = 0;
  private files = 0;
  constructor(files: string[]) {
    const batch = files.some((f) => f.toLowerCase().endsWith('.jsonl'));
    if (process.stderr.isTTY && (files.length > 1 || batch)) {
      this.bar = new cliProgress.SingleBar(
        {
          stream: process.stderr,
          format: 'ingest [{bar}] {value}/{total} files, {docs} documents',
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      );
      this.bar.start(files.length, 0, { docs: 0 });
    }
  }
  document() {
    this.docs++;
    this.bar?.update(this.files, { docs: this.docs });
  }
  file(done: number) {
    this.files = done;
    this.bar?.update(this.files, { docs: this.docs });
  }
  log(line: string) {
    // Clear the bar's line first so messages and the bar do not overwrite each other.
    process.stderr.write(this.bar ? `\r\x1b[K${line}\n` : `${line}\n`);
    this.bar?.render();
  }
  stop() {
    this.bar?.stop();
  }
}
