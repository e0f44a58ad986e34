// Extraction for `readout ingest`, in this thread or in a pool of worker threads (--jobs N). The
// pipeline is pure and CPU-bound (~70 % of ingest), so N threads extract N documents at once while
// the main thread reads the input and stores the results in input order.
//
// Each thread (extract-worker.ts) loads the knowledge once (~0.5 s, ~110 MiB of heap) and extracts
// the articles it is sent in blocks of those waiting (extractBlock). A thread holds at most PER_THREAD
// articles (enough that it never waits for the main thread while that one stores a batch); articles and extractions are plain JSON-like objects and cross the thread boundary by
// structured clone.
//
// A thread that dies (a crash, or running out of its heap) fails only the article it was working on.
// Which article of a block that was is not known, so the articles it held are sent again one at a
// time (as suspects, each extracted alone): the one that kills a thread then is the oldest that
// thread held, and only that one fails. A new thread is started in its place when there is work. A thread that cannot load the knowledge stops
// the run, as loading it in this thread would.
import { Worker } from 'node:worker_threads';
import { firstLine, ReadoutError, type ErrorCode } from '../errors.js';
import type { KnowledgeIndex } from '../knowledge/index.js';
import { BLOCK_DOCS } from '../pipeline/block.js';
import type { Article, Extraction } from '../types.js';

export interface ToWorker {
  seq: number;
  article: Article;
  /** Extract it in a block of its own: a thread died holding it. */
  alone?: boolean;
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'fatal'; code: ErrorCode; message: string }
  /** The article comes back with its text empty: the pool has it, and need not copy it twice. */
  | { type: 'done'; seq: number; extraction: Extraction }
  | { type: 'failed'; seq: number; message: string };

/** An article's extraction, or why it has none (that article is skipped; the run goes on). */
export type Outcome = { extraction: Extraction; error?: undefined } | { error: string };

export interface Extractor {
  /** Articles best handed over together (extractMany): a block this thread extracts, or 1 for a pool, which groups them itself. */
  readonly block: number;
  /**
   * Each article's outcome, in order. A promise rejects only when nothing can be extracted at all
   * (the knowledge cannot be loaded): stop the run.
   */
  extractMany(articles: Article[]): Array<Promise<Outcome>>;
  close(): Promise<void>;
}

/** Extraction in this thread, as ingest did before the pool: for --jobs 0, small input and large input by default. */
export function inlineExtractor(): Extractor {
  let run: ((as: Article[]) => Outcome[]) | undefined;
  const load = async () => {
    // Loaded at the first article to extract: a re-run over stored documents loads nothing.
    const { loadKnowledge } = await import('../knowledge/load.js');
    const { extractBlock } = await import('../pipeline/extract.js');
    const kb: KnowledgeIndex = loadKnowledge();
    return (as: Article[]) =>
      extractBlock(as, kb).map((r): Outcome => (r.ok ? { extraction: r.extraction } : { error: firstLine(r.error) }));
  };
  return {
    block: BLOCK_DOCS,
    extractMany(articles) {
      const all = (async () => (run ??= await load())(articles))();
      return articles.map((_, i) => all.then((outcomes) => outcomes[i]));
    },
    async close() {},
  };
}

/**
 * Articles a thread holds at once: enough to keep it extracting while the main thread stores a batch
 * (ingest.ts BATCH_DOCS), when it can send none. Holding two blocks (64), the one thread beside the
 * store of a 10 MB ingest waited 2.2-3.6 s for articles (idle in a CPU profile, of 14-24 s), mostly
 * during those stores; holding 256, 0.3 s. A thread that dies re-sends what it held one article at a
 * time, so more held makes only that rare recovery longer.
 */
const PER_THREAD = 8 * BLOCK_DOCS;

/**
 * A thread's young generation, in MiB. Two threads extracting the same 3,000 articles side by side
 * in one process (so both saw the same load) spent 1.5-1.8 s in young collections at 32 against
 * 2.0-3.3 s at 16, and at 32 took 0.5-7 % less thread CPU in each of six pairs; 64 and 96 did no
 * better, with heaps up to 90 MiB larger at times. V8's default (larger still) let each thread's heap
 * grow some 25 MiB more than 16 (peak RSS of a 67 MB batch with two threads: 522 MiB by default, 475
 * at 16, 467 at 8). The old generation keeps the process's cap.
 */
const YOUNG_MB = 32;

interface Task {
  seq: number;
  article: Article;
  alone?: boolean;
  resolve: (o: Outcome) => void;
  reject: (err: Error) => void;
}

interface Thread {
  worker: Worker;
  /** Sent and not answered yet, oldest first: the first is the one being extracted. */
  held: Task[];
  ready: boolean;
  /** What the thread threw before it exited, if anything. */
  error?: Error;
}

export class ExtractPool implements Extractor {
  private readonly waiting: Task[] = [];
  private readonly threads = new Set<Thread>();
  private seq = 0;
  private fatal: Error | null = null;
  private closed = false;

  /** `size` threads at most, started as work arrives (one small document starts one). */
  constructor(private readonly size: number) {}

  readonly block = 1;

  extractMany(articles: Article[]): Array<Promise<Outcome>> {
    return articles.map((a) => this.extract(a));
  }

  private extract(article: Article): Promise<Outcome> {
    if (this.fatal) return Promise.reject(this.fatal);
    if (this.closed) return Promise.reject(new Error('extraction pool is closed'));
    return new Promise((resolve, reject) => {
      this.waiting.push({ seq: this.seq++, article, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.threads].map((t) => t.worker.terminate()));
    this.threads.clear();
  }

  /** Hands waiting articles to the least busy thread, starting one when all are busy and there is room. */
  private dispatch() {
    while (this.waiting.length && !this.fatal && !this.closed) {
      let best: Thread | undefined;
      for (const t of this.threads)
        if (t.held.length < PER_THREAD && (!best || t.held.length < best.held.length)) best = t;
      if ((!best || best.held.length > 0) && this.threads.size < this.size) best = this.start();
      if (!best) return;
      const task = this.waiting.shift()!;
      best.held.push(task);
      best.worker.postMessage({ seq: task.seq, article: task.article, alone: task.alone } satisfies ToWorker);
    }
  }

  private start(): Thread {
    const worker = new Worker(new URL('./extract-worker.js', import.meta.url), {
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
    });
    const t: Thread = { worker, held: [], ready: false };
    this.threads.add(t);
    worker.on('message', (m: FromWorker) => this.answer(t, m));
    worker.on('error', (err) => (t.error = err));
    worker.on('exit', (code) => this.exited(t, code));
    return t;
  }

  private answer(t: Thread, m: FromWorker) {
    if (m.type === 'ready') t.ready = true;
    else if (m.type === 'fatal') this.fail(new ReadoutError(m.code, m.message));
    else {
      const i = t.held.findIndex((x) => x.seq === m.seq);
      if (i < 0) return;
      const [task] = t.held.splice(i, 1);
      task.resolve(
        m.type === 'done'
          ? { extraction: { ...m.extraction, article: { ...m.extraction.article, text: task.article.text } } }
          : { error: m.message.split('\n')[0] },
      );
      this.dispatch();
    }
  }

  private exited(t: Thread, code: number) {
    this.threads.delete(t);
    if (this.closed || this.fatal) return;
    const why = t.error ? firstLine(t.error) : `exit code ${code}`;
    if (!t.ready) {
      // It died loading the knowledge: every thread would.
      this.fail(new ReadoutError('READOUT_INTERNAL', `an extraction thread failed to start: ${why}`));
      return;
    }
    const [working, ...next] = t.held;
    if (working?.alone) {
      // It died on the article it extracted alone, the oldest it held; the others were not started.
      this.waiting.unshift(...next);
      working.resolve({ error: `extraction thread crashed (${why})` });
    } else {
      // It died somewhere in a block: each article it held goes again alone, first, in order.
      for (const x of t.held) x.alone = true;
      this.waiting.unshift(...t.held);
    }
    this.dispatch();
  }

  private fail(err: Error) {
    if (this.fatal) return;
    this.fatal = err;
    for (const task of [...this.waiting, ...[...this.threads].flatMap((t) => t.held)]) task.reject(err);
    this.waiting.length = 0;
    for (const t of this.threads) {
      t.held = [];
      void t.worker.terminate();
    }
  }
}
