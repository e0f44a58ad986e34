// An HTML page → Article: the readable body (Readability over linkedom) with the publisher's
// metadata. The record owner's `ingest` calls this for .html files and JSONL lines with "html".
import { createHash } from 'node:crypto';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../types.js';
import { blockText } from './htmlText.js';
import { readMeta, withoutSiteName } from './htmlMeta.js';

export interface HtmlOptions {
  /** Where the page was fetched from; resolves a relative canonical link and names the host. */
  url?: string | null;
  /** Document id; defaults to a hash of the canonical URL, or of the page when it has none. */
  id?: string;
}

export function htmlToArticle(html: string, opts: HtmlOptions = {}): Article {
  const doc = parsePage(html);
  const meta = readMeta(doc as never);
  const canonical = absolute(meta.canonical, opts.url) ?? opts.url ?? null;

  const readable = readableBody(doc);
  // A <title> usually carries "| Site name"; Readability drops it only from longer headlines.
  const title = meta.title ?? withoutSiteName(readable.title ?? meta.docTitle, meta.h1);
  let body = readable.body;
  if (!body) body = blockText(parsePage(html).body as never);

  const lines = body.split('\n');
  if (title && lines[0] === title) lines.shift(); // the headline is often repeated as the body's h1
  const text = title ? [title, ...lines].join('\n') : lines.join('\n');

  return {
    id: opts.id ?? sha(canonical ?? html),
    text,
    published: meta.published,
    url: canonical,
    outlet: meta.outlet ?? hostOf(canonical),
    title,
  };
}

/**
 * linkedom builds no <body> for markup without one: a fragment ("<p>…</p>", bare text, a JSONL
 * line's "html") read as empty, and with no element at the top (a lone "<", only a comment) it
 * threw on `.body`. Such markup is read as the body of a page.
 */
function parsePage(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement && document.querySelector('body')) return document as unknown as Document;
  return parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
}

const MAX_READABILITY_DEPTH = 120;

/** The article body by Readability, or empty when it declines or the page is too deep for it. */
function readableBody(doc: Document): { body: string; title: string | null } {
  // Readability's cost grows steeply with nesting (seconds at a few hundred levels, minutes at a
  // few thousand); real articles sit far below the cap, so deeper pages skip it.
  if (nestingDepth(doc.body as never, MAX_READABILITY_DEPTH) > MAX_READABILITY_DEPTH)
    return { body: '', title: null };
  try {
    // The serializer hands back the element itself, so paragraph breaks survive into the text.
    const parsed = new Readability<unknown>(doc, { serializer: (node) => node }).parse();
    return { body: parsed?.content ? blockText(parsed.content as never) : '', title: parsed?.title ?? null };
  } catch (err) {
    // Readability recurses in places; should the stack still overflow, fall back to the raw body text.
    if (!(err instanceof RangeError)) throw err;
    return { body: '', title: null };
  }
}

/** Element nesting depth below `root`, counted without recursion; stops once past `cap`. */
function nestingDepth(root: { children: ArrayLike<unknown> } | null, cap: number): number {
  if (!root) return 0;
  let max = 0;
  const stack: Array<[{ children: ArrayLike<unknown> }, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (max > cap) return max;
    const kids = node.children;
    for (let i = 0; i < kids.length; i++)
      stack.push([kids[i] as { children: ArrayLike<unknown> }, depth + 1]);
  }
  return max;
}

function absolute(href: string | null, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).toString();
  } catch {
    return null; // relative link with no base to resolve it against
  }
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
