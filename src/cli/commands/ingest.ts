// `readout ingest PATH... [--published YYYY-MM-DD] [--db PATH|URL] [--queue]`: reads documents,
// extracts their exchanges and stores them. Idempotent: a document already stored adds nothing.
// A document that cannot be read or extracted is named and skipped; the rest are stored.
import { statSync } from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { ReadoutError, usage } from '../../errors.js';
import type { InputDocument } from '../../ingest/files.js';

interface IngestFlags {
  published?: string;
  db?: string;
  queue?: boolean;
  feed?: string;
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
    .option('--feed <url|file>', 'an RSS, Atom or JSON feed: fetch its pages politely and ingest them (entries seen before are skipped)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) of documents that carry none')
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default $READOUT_DB or ./readout.db)')
    .option('--queue', 'hand the documents to `readout worker`s through the PostgreSQL queue instead')
    .action(async (paths: string[], flags: IngestFlags) => ingest(paths, flags));
}

/** Input from which ingest caps its heap (smaller runs spare the child's start-up). */
const CAPPED_FROM_BYTES = 32 * 2 ** 20;

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

interface Tally {
  created: number;
  stored: number;
  failed: number;
  added: number;
  merged: number;
}

async function ingest(paths: string[], flags: IngestFlags): Promise<void> {
  const published = checkDay('--published', flags.published);
  if (flags.feed) {
    if (paths.length || flags.queue) throw usage('--feed takes no paths and no --queue');
    const { runFeedIngest } = await import('../../ingest/feed.js');
    await runFeedIngest(flags.feed, { db: flags.db, published });
    return;
  }
  if (!paths.length) throw usage('give files or folders to ingest, or --feed URL|FILE');
  // Loaded here, not at the top: every readout command would otherwise pay for the pipeline at startup.
  const { collectFiles, streamFileDocuments } = await import('../../ingest/files.js');
  const files = collectFiles(paths);
  // Large input runs in a child with a capped heap, as extract --batch does: uncapped, V8 let a
  // 1 GB batch's ingest reach 510 MiB though what it keeps is near 100 MiB.
  if (inputBytes(files) >= CAPPED_FROM_BYTES) {
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
  // the memory of one document; a document that cannot be read is named and counted as failed.
  async function* readable(): AsyncGenerator<InputDocument> {
    for (const [i, f] of files.entries()) {
      for await (const d of streamFileDocuments(f, { published })) {
        total++;
        for (const w of d.warnings) say(`${d.name}: ${w}`);
        if (d.article) yield d;
        else {
          say(`${d.name}: skipped: ${d.error}`);
          t.failed++;
        }
        progress.document();
      }
      progress.file(i + 1);
    }
  }

  if (flags.queue) {
    await enqueue(readable(), flags, t);
  } else {
    await store(readable(), flags, t, say);
  }
  progress.stop();
  const summary = flags.queue
    ? `${total} document${total === 1 ? '' : 's'}: ${t.created} queued, ${t.stored} already queued, ${t.failed} failed`
    : `${total} document${total === 1 ? '' : 's'}: ${t.created} new, ${t.stored} already stored, ${t.failed} failed; ` +
      `events: ${t.added} new, ${t.merged} merged into stored exchanges`;
  process.stderr.write(`readout: ${summary}\n`);
  if (t.failed) process.exitCode = 1;
}

async function store(docs: AsyncIterable<InputDocument>, flags: IngestFlags, t: Tally, say: (s: string) => void) {
  const { loadKnowledge } = await import('../../knowledge/load.js');
  const { extract } = await import('../../pipeline/extract.js');
  const { openStore } = await import('../../record/store.js');
  let kb: ReturnType<typeof loadKnowledge> | undefined;
  let db: Awaited<ReturnType<typeof openStore>> | undefined;
  try {
    for await (const d of docs) {
      const article = d.article!;
      // Opened at the first readable document, as before: input with none touches no database.
      db ??= await openStore(flags.db);
      kb ??= loadKnowledge();
      try {
        if (await db.hasDocument(article)) {
          t.stored++;
          continue;
        }
        const x = extract(article, kb);
        // The pipeline names the article by its id; name it as the user gave it instead.
        for (const w of x.warnings)
          say(`${d.name}: ${w.startsWith(`${article.id}: `) ? w.slice(article.id.length + 2) : w}`);
        const r = await db.ingest(x, { events: false });
        if (r.created) {
          t.created++;
          t.added += r.added ?? 0;
          t.merged += r.merged ?? 0;
        } else t.stored++;
      } catch (err) {
        // The database failing is not this document's fault: stop, and let main() report it.
        if (err instanceof ReadoutError && err.code === 'READOUT_DATABASE') throw err;
        t.failed++;
        say(`${d.name}: skipped: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      }
    }
  } finally {
    await db?.close();
  }
}

async function enqueue(docs: AsyncIterable<InputDocument>, flags: IngestFlags, t: Tally) {
  const { enqueueArticles } = await import('../../workers/enqueue.js');
  async function* articles() {
    for await (const d of docs) yield d.article!;
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
