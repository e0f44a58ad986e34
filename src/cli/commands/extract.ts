// `readout extract FILE|- [--published YYYY-MM-DD] [--format jsonl]` and
// `readout extract --batch FILE.jsonl`: prints one event per line; stores nothing.
import { once } from 'node:events';
import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { badInput, firstLine, usage } from '../../errors.js';
import type { InputDocument } from '../../ingest/files.js';
import { loadKnowledge } from '../../knowledge/load.js';
import type { ExchangeEvent } from '../../types.js';
import { runWithCappedHeap } from '../capped-heap.js';
import { checkDay } from './ingest.js';

interface ExtractFlags {
  published?: string;
  batch?: string;
  format?: string;
  trace?: boolean;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('Print the diplomatic exchanges a text tells, one JSON event per line (nothing is stored)')
    .argument('[file]', 'a text, Markdown or HTML file, or - for standard input')
    .option('--published <date>', 'publication date YYYY-MM-DD (relative dates such as "on Sunday" resolve against it)')
    .option('--batch <file>', 'a JSONL file of {"id", "text"|"html", "published", "url"?} lines')
    .option('--format <format>', 'jsonl (the only format)', 'jsonl')
    .option('--trace', 'add each event\'s rule reasons as "trace"')
    .action(async (file: string | undefined, flags: ExtractFlags) => run(file, flags));
}

async function run(file: string | undefined, flags: ExtractFlags): Promise<void> {
  if (flags.format !== 'jsonl') throw usage(`--format must be jsonl, not "${flags.format}"`);
  const published = checkDay('--published', flags.published);
  if (!file && !flags.batch) throw usage('give a FILE, - for standard input, or --batch FILE.jsonl');
  if (file && flags.batch) throw usage('give either a FILE or --batch, not both');
  if (flags.batch) {
    const code = await runWithCappedHeap();
    if (code !== null) {
      process.exitCode = code;
      return;
    }
  }
  // Loaded on use: every readout command would otherwise pay for the pipeline at startup.
  const { BLOCK_BYTES, BLOCK_DOCS, extractBlock } = await import('../../pipeline/extract.js');
  const kb = loadKnowledge();
  // A batch is read and answered a block of documents at a time, so its size never shows in memory;
  // the pipeline reads a block's dates in one go (extractBlock).
  const docs = flags.batch ? readBatch(flags.batch, published) : await readOne(file as string, published);
  let failed = 0;
  let count = 0;
  let block: InputDocument[] = [];
  let bytes = 0;
  const answer = async () => {
    const readable = block.filter((d) => d.article);
    const results = extractBlock(
      readable.map((d) => d.article!),
      kb,
      { trace: flags.trace },
    );
    let next = 0;
    for (const d of block) {
      for (const w of d.warnings) process.stderr.write(`readout: ${d.name}: ${w}\n`);
      if (!d.article) {
        failed++;
        process.stderr.write(`readout: ${d.name}: ${d.error}\n`);
        continue;
      }
      const r = results[next++];
      if (!r.ok) {
        failed++;
        process.stderr.write(`readout: ${d.name}: extraction failed: ${firstLine(r.error)}\n`);
        continue;
      }
      for (const w of r.extraction.warnings) process.stderr.write(`readout: warning: ${w}\n`);
      const lines = r.extraction.events.map((e) => JSON.stringify(flags.batch ? withArticle(e, d.article!.id) : e));
      if (lines.length && !process.stdout.write(`${lines.join('\n')}\n`)) await once(process.stdout, 'drain');
    }
    block = [];
    bytes = 0;
  };
  for await (const d of docs) {
    count++;
    block.push(d);
    bytes += d.article?.text.length ?? 0;
    if (block.length >= BLOCK_DOCS || bytes >= BLOCK_BYTES) await answer();
  }
  if (block.length) await answer();
  if (failed && failed === count) throw badInput(`no document could be read (${failed} failed)`);
  if (failed) process.exitCode = 1;
}


function withArticle(e: ExchangeEvent, article: string): ExchangeEvent {
  return { article, ...e };
}

async function readOne(file: string, published: string | null): Promise<InputDocument[]> {
  const { decode, loadHtmlReader, readFileDocuments } = await import('../../ingest/files.js');
  if (file !== '-') {
    let isDir = false;
    try {
      isDir = statSync(file).isDirectory();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw badInput(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code})`}`);
    }
    if (isDir) throw badInput(`${file}: is a folder; extract reads one file (ingest reads folders)`);
    const docs = await readFileDocuments(file, { published });
    if (docs.length === 1 && docs[0].error) throw badInput(`${docs[0].name}: ${docs[0].error}`);
    return docs;
  }
  const decoded = decode(readFileSync(0));
  if (decoded.error || decoded.text === undefined) throw badInput(`standard input: ${decoded.error}`);
  const text = decoded.text;
  if (/^\s*</.test(text)) {
    const toArticle = await loadHtmlReader();
    const a = toArticle(text, { id: 'stdin' });
    return [{ name: 'standard input', article: { ...a, published: published ?? a.published }, warnings: decoded.warning ? [decoded.warning] : [] }];
  }
  return [{ name: 'standard input', article: { id: 'stdin', text, published }, warnings: decoded.warning ? [decoded.warning] : [] }];
}

async function* readBatch(file: string, published: string | null): AsyncGenerator<InputDocument> {
  const { streamBatchDocuments } = await import('../../ingest/files.js');
  yield* streamBatchDocuments(file, { published, name: file });
}
