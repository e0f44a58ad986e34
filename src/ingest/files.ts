// Finds the documents under the paths a user gives and reads them into Articles: plain text and
// Markdown, HTML pages, and JSONL batches. Every problem is per document, so one bad file never
// stops the rest.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { badInput } from '../errors.js';
import type { Article } from '../types.js';
import { parseBatch, parseBatchLine, type BatchLine } from './jsonl.js';

export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.jsonl'];

/** One document read from the input, or why it could not be. */
export interface InputDocument {
  /** How messages name it: the path, or path:line for a batch line. */
  name: string;
  article?: Article;
  error?: string;
  warnings: string[];
}

/** Files named by the user plus the documents inside named folders (recursively), in a stable order. */
export function collectFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw badInput(`${p}: no such file or directory`);
    }
    if (st.isDirectory()) {
      const found = walk(p);
      if (!found.length)
        throw badInput(`${p}: no documents in this folder (looked for ${DOCUMENT_EXTENSIONS.join(', ')})`);
      out.push(...found);
    } else out.push(p);
  }
  return [...new Set(out)];
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    else if (entry.isFile() && DOCUMENT_EXTENSIONS.includes(extname(entry.name).toLowerCase())) out.push(p);
  }
  return out;
}

export interface Decoded {
  text?: string;
  error?: string;
  warning?: string;
}

/**
 * Bytes → text. Invalid UTF-8 is decoded with replacement characters and a warning (a stray Latin-1
 * byte should not lose a whole article); NUL bytes mean a binary file, which is refused.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (!bytes.length) return { error: 'empty file' };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { error: 'binary file, not text' };
  let text: string;
  let warning: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    warning = 'invalid UTF-8; undecodable bytes were replaced with U+FFFD';
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) return { error: 'empty file' };
  return { text, warning };
}

type HtmlReader = (html: string, opts: { url?: string | null; id?: string }) => Article;
let htmlReader: Promise<HtmlReader> | undefined;

/**
 * The HTML reader (Readability over linkedom, src/ingest/html.ts) when it is present; otherwise a
 * plain tag stripper, so HTML input never blocks ingest.
 */
export function loadHtmlReader(): Promise<HtmlReader> {
  const spec = './html.js';
  htmlReader ??= import(spec).then(
    (m: { htmlToArticle?: HtmlReader }) => m.htmlToArticle ?? stripTags,
    () => stripTags,
  );
  return htmlReader;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function stripTags(html: string, opts: { url?: string | null; id?: string } = {}): Article {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.trim() ?? null;
  const text = html
    .replace(/<(script|style|noscript|head)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|div|h[1-6]|li|tr|br|section|article|header|footer)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(Number(e[1] === 'x' || e[1] === 'X' ? `0${e.slice(1)}` : e.slice(1)))
        : (ENTITIES[e.toLowerCase()] ?? m),
    )
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return { id: opts.id ?? '', text, published: null, url: opts.url ?? null, title };
}

export interface ReadOptions {
  /** YYYY-MM-DD for documents that carry no date of their own (files; batch lines without one). */
  published?: string | null;
  /** Base for the names in messages and ids (default: the current directory). */
  cwd?: string;
  /** How messages name the file (default: its path from cwd). */
  name?: string;
}

/** Reads one file into its documents (one, or one per line of a batch). */
export async function readFileDocuments(file: string, opts: ReadOptions = {}): Promise<InputDocument[]> {
  const name = relative(opts.cwd ?? process.cwd(), file) || file;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    return [
      {
        name,
        error: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
        warnings: [],
      },
    ];
  }
  const decoded = decode(bytes);
  if (decoded.error || decoded.text === undefined) return [{ name, error: decoded.error, warnings: [] }];
  const warnings = decoded.warning ? [decoded.warning] : [];
  const ext = extname(file).toLowerCase();
  const published = opts.published ?? null;

  if (ext === '.jsonl') {
    const toArticle = await loadHtmlReader();
    const out = parseBatch(decoded.text, published).map((l) => lineDocument(l, name, toArticle, warnings));
    if (!out.length) return [{ name, error: 'no documents in this JSONL file', warnings }];
    return out;
  }

  let article: Article;
  if (ext === '.html' || ext === '.htm') {
    const page = (await loadHtmlReader())(decoded.text, { id: name });
    article = { ...page, id: name, published: published ?? page.published };
  } else {
    article = { id: name, text: decoded.text, published, url: null, outlet: null, title: null };
  }
  if (textless(article)) return [{ name, error: 'no text in this document', warnings }];
  return [{ name, article, warnings }];
}

const textless = (a: Article) => !a.text || !a.text.trim();

/** One line of a batch as a document: its HTML read into text, its errors named by path:line (id). */
function lineDocument(l: BatchLine, file: string, toArticle: HtmlReader, warnings: string[]): InputDocument {
  const name = `${file}:${l.line}${l.id ? ` (${l.id})` : ''}`;
  if (l.error || !l.article) return { name, error: l.error, warnings: [] };
  let article = l.article;
  if (l.html !== undefined) {
    const page = toArticle(l.html, { url: article.url, id: article.id });
    article = {
      ...page,
      id: article.id,
      published: article.published ?? page.published,
      url: article.url ?? page.url,
    };
  }
  return textless(article) ? { name, error: 'no text', warnings: [] } : { name, article, warnings };
}

/**
 * The documents of one file as a stream: a JSONL batch line by line (so a batch of any size needs one
 * line in memory), any other file whole. A file that cannot be read is one document with its error.
 */
export async function* streamFileDocuments(
  file: string,
  opts: ReadOptions = {},
): AsyncGenerator<InputDocument> {
  if (extname(file).toLowerCase() === '.jsonl') yield* streamBatchDocuments(file, opts);
  else yield* await readFileDocuments(file, opts);
}

/** A JSONL batch (whatever its file name), line by line. */
export async function* streamBatchDocuments(
  file: string,
  opts: ReadOptions = {},
): AsyncGenerator<InputDocument> {
  const name = opts.name ?? (relative(opts.cwd ?? process.cwd(), file) || file);
  const [toArticle, { readLines }] = await Promise.all([loadHtmlReader(), import('./line-stream.js')]);
  let any = false;
  try {
    for await (const [line, raw] of readLines(file)) {
      const l = parseBatchLine(raw, line, opts.published ?? null);
      if (!l) continue;
      any = true;
      yield lineDocument(l, name, toArticle, []);
    }
  } catch (err) {
    // readLines names the file in its message; the document's name says it already.
    yield { name, error: (err as Error).message.replace(`${file}: `, ''), warnings: [] };
    return;
  }
  if (!any) yield { name, error: 'no documents in this JSONL file', warnings: [] };
}
