// `readout ingest PATH... [--published YYYY-MM-DD] [--db PATH|URL] [--queue]`: reads documents,
// extracts their exchanges and stores them. Idempotent: a document already stored adds nothing.
// A document that cannot be read or extracted is named and skipped; the rest are stored.
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
  const { collectFiles, readFileDocuments } = await import('../../ingest/files.js');
  const files = collectFiles(paths);
  const docs: InputDocument[] = [];
  for (const f of files) docs.push(...(await readFileDocuments(f, { published })));
  const progress = new Progress(docs.length);
  const say = (line: string) => progress.log(`readout: ${line}`);
  const t: Tally = { created: 0, stored: 0, failed: 0, added: 0, merged: 0 };
  const readable = docs.filter((d) => {
    for (const w of d.warnings) say(`${d.name}: ${w}`);
    if (d.article) return true;
    say(`${d.name}: skipped: ${d.error}`);
    t.failed++;
    progress.tick();
    return false;
  });

  if (flags.queue) {
    await enqueue(readable, flags, t, progress);
  } else {
    await store(readable, flags, t, progress, say);
  }
  progress.stop();
  const total = docs.length;
  const summary = flags.queue
    ? `${total} document${total === 1 ? '' : 's'}: ${t.created} queued, ${t.stored} already queued, ${t.failed} failed`
    : `${total} document${total === 1 ? '' : 's'}: ${t.created} new, ${t.stored} already stored, ${t.failed} failed; ` +
      `events: ${t.added} new, ${t.merged} merged into stored exchanges`;
  process.stderr.write(`readout: ${summary}\n`);
  if (t.failed) process.exitCode = 1;
}

async function store(
  docs: InputDocument[],
  flags: IngestFlags,
  t: Tally,
  progress: Progress,
  say: (s: string) => void,
) {
  if (!docs.length) return;
  const { loadKnowledge } = await import('../../knowledge/load.js');
  const { extract } = await import('../../pipeline/extract.js');
  const { openStore } = await import('../../record/store.js');
  const kb = loadKnowledge();
  const db = await openStore(flags.db);
  try {
    for (const d of docs) {
      const article = d.article!;
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
      } finally {
        progress.tick();
      }
    }
  } finally {
    await db.close();
  }
}

async function enqueue(docs: InputDocument[], flags: IngestFlags, t: Tally, progress: Progress) {
  if (!docs.length) return;
  const { enqueueArticles } = await import('../../workers/enqueue.js');
  const r = await enqueueArticles(
    flags.db,
    docs.map((d) => d.article!),
    { onDocument: () => progress.tick() },
  );
  t.created += r.queued;
  t.stored += r.duplicates;
}

/** A progress bar on a terminal; nothing when stderr is a file or a pipe (logs stay clean). */
class Progress {
  private bar: cliProgress.SingleBar | null = null;
  private done = 0;
  constructor(total: number) {
    if (process.stderr.isTTY && total > 1) {
      this.bar = new cliProgress.SingleBar(
        { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} documents', hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      this.bar.start(total, 0);
    }
  }
  tick() {
    this.done++;
    this.bar?.update(this.done);
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
