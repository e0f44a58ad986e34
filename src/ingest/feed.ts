// `readout ingest --feed URL|FILE`: reads an RSS, Atom or JSON feed, fetches each entry's page
// politely (see politeFetch.ts), turns it into an article, extracts and stores it. Entries already
// seen are skipped without a request; pages that failed for good (404) are remembered too, while
// ones that may recover (5xx, timeouts) are tried again on the next run.
import { readFileSync } from 'node:fs';
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import { ReadoutError, badInput } from '../errors.js';
import type { KnowledgeIndex } from '../knowledge/index.js';
import { loadKnowledge } from '../knowledge/load.js';
import { extract } from '../pipeline/extract.js';
import { openStore } from '../record/store.js';
import type { Store } from '../record/types.js';
import { storeFeedState, type FeedState } from './feedState.js';
import { htmlToArticle } from './html.js';
import { toIsoDate } from './htmlMeta.js';
import { FetchError, PoliteFetcher, type FetchOptions } from './politeFetch.js';

export interface FeedEntry {
  /** What the state remembers: the link, or the entry id when there is none. */
  key: string;
  link: string | null;
  title: string | null;
  published: string | null;
}

export interface Feed {
  title: string | null;
  entries: FeedEntry[];
}

const isHttp = (s: string) => /^https?:\/\//i.test(s);

/** Parses feed text; relative entry links are resolved against the feed's own URL when known. */
export function parseFeed(text: string, base: string | null = null): Feed {
  let data;
  try {
    // The library drops relative links; keep the raw ones to resolve against the feed's URL.
    const opts = {
      useISODateFormat: false,
      descriptionMaxLen: 0,
      getExtraEntryFields: (raw: Record<string, unknown>) => ({ rawLink: rawLink(raw.link) }),
    };
    data = text.trimStart().startsWith('{') ? extractFromJson(text, opts) : extractFromXml(text, opts);
  } catch (err) {
    throw badInput(`not an RSS, Atom or JSON feed (${(err as Error).message.split('\n')[0]})`);
  }
  if (!data || !Array.isArray(data.entries)) throw badInput('not an RSS, Atom or JSON feed');
  return {
    title: data.title || null,
    entries: data.entries.map((e) => {
      let link: string | null = e.link?.trim() || (e as { rawLink?: string | null }).rawLink || null;
      if (link && !isHttp(link)) {
        try {
          link = base ? new URL(link, base).toString() : null;
        } catch {
          link = null;
        }
      }
      return {
        key: link ?? `id:${e.id}`,
        link,
        title: e.title?.trim() || null,
        published: toIsoDate(e.published ?? null),
      };
    }),
  };
}

/** An RSS <link> is text; an Atom <link> an element (or several) with href and rel. */
function rawLink(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  const links = (Array.isArray(v) ? v : [v]).filter(
    (l): l is Record<string, unknown> => !!l && typeof l === 'object',
  );
  const best = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
  const href = best?.['@_href'];
  return typeof href === 'string' && href.trim() ? href.trim() : null;
}

export interface FeedSummary {
  entries: number;
  /** Skipped without a request: seen on an earlier run. */
  seen: number;
  stored: number;
  /** Pages already in the record (same text), now remembered. */
  known: number;
  /** Pages the site's robots.txt does not let Readout fetch (asked again on the next run). */
  disallowed: number;
  failed: number;
  added: number;
  merged: number;
}

export interface FeedIngestOptions {
  fetcher: PoliteFetcher;
  state: FeedState;
  kb: KnowledgeIndex;
  /** Publication date for pages neither the page nor the feed dates. */
  published?: string | null;
  log?: (line: string) => void;
}

export async function readFeedSource(source: string, fetcher: PoliteFetcher): Promise<Feed> {
  if (isHttp(source)) {
    const res = await fetcher.get(
      source,
      'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5',
    );
    return parseFeed(res.body, res.url);
  }
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw badInput(
      e.code === 'ENOENT' ? `no such feed file: ${source}` : `cannot read ${source}: ${e.message}`,
    );
  }
  return parseFeed(text, null);
}

export async function ingestFeed(
  source: string,
  store: Store,
  opts: FeedIngestOptions,
): Promise<FeedSummary> {
  const log = opts.log ?? (() => {});
  const feed = await readFeedSource(source, opts.fetcher);
  const sum: FeedSummary = {
    entries: feed.entries.length,
    seen: 0,
    stored: 0,
    known: 0,
    disallowed: 0,
    failed: 0,
    added: 0,
    merged: 0,
  };

  // Hosts are fetched side by side, each host's pages one at a time (the fetcher's queues);
  // writes to the record go one at a time.
  let writing = Promise.resolve();
  const serially = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = writing.then(fn);
    writing = run.then(
      () => {},
      () => {},
    );
    return run;
  };

  const todo: FeedEntry[] = [];
  for (const entry of feed.entries) {
    if (!entry.link) {
      log(`${entry.title ?? entry.key}: skipped: no link to a page`);
      sum.failed++;
    } else if (await opts.state.seen(entry.key)) sum.seen++;
    else todo.push(entry);
  }

  const one = async (entry: FeedEntry) => {
    const link = entry.link as string;
    try {
      if (!(await opts.fetcher.allowed(link))) {
        sum.disallowed++;
        log(`${link}: not fetched: disallowed by the site's robots.txt`);
        return;
      }
      const page = await opts.fetcher.get(link);
      if (!/html|xml/i.test(page.contentType) && page.contentType) {
        throw new FetchError(`${link}: ${page.contentType} is not a web page`, true);
      }
      const a = htmlToArticle(page.body, { url: page.url });
      const article = {
        ...a,
        published: a.published ?? entry.published ?? opts.published ?? null,
        title: a.title ?? entry.title,
      };
      await serially(async () => {
        if (!article.text.trim()) {
          log(`${link}: no text found`);
          sum.failed++;
          await opts.state.remember({
            key: entry.key,
            feed: source,
            url: link,
            document: null,
            status: 'empty',
          });
          return;
        }
        if (await store.hasDocument(article)) {
          sum.known++;
          await opts.state.remember({
            key: entry.key,
            feed: source,
            url: link,
            document: null,
            status: 'stored',
          });
          return;
        }
        const x = extract(article, opts.kb);
        const r = await store.ingest(x);
        // The store reports how many events were new and how many merged (optional in IngestResult).
        const counts = r as { added?: number; merged?: number };
        sum.stored++;
        sum.added += counts.added ?? 0;
        sum.merged += counts.merged ?? 0;
        await opts.state.remember({
          key: entry.key,
          feed: source,
          url: link,
          document: r.document,
          status: 'stored',
        });
      });
    } catch (err) {
      if (err instanceof ReadoutError && err.code === 'READOUT_DATABASE') throw err;
      sum.failed++;
      log(`${link}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      if (err instanceof FetchError && err.permanent)
        await serially(() =>
          opts.state.remember({ key: entry.key, feed: source, url: link, document: null, status: 'gone' }),
        );
    }
  };

  const byHost = new Map<string, FeedEntry[]>();
  for (const e of todo) {
    const host = new URL(e.link as string).host;
    byHost.set(host, [...(byHost.get(host) ?? []), e]);
  }
  await Promise.all(
    [...byHost.values()].map(async (entries) => {
      for (const e of entries) await one(e);
    }),
  );
  return sum;
}

/** The CLI's `ingest --feed`: opens the record, ingests the feed, prints one summary line. */
export async function runFeedIngest(
  source: string,
  opts: { db?: string; published?: string | null; fetch?: FetchOptions } = {},
): Promise<FeedSummary> {
  const say = (line: string) => process.stderr.write(`readout: ${line}\n`);
  const store = await openStore(opts.db);
  try {
    const sum = await ingestFeed(source, store, {
      fetcher: new PoliteFetcher(opts.fetch),
      state: await storeFeedState(store),
      kb: loadKnowledge(),
      published: opts.published ?? null,
      log: say,
    });
    say(
      `${source}: ${sum.entries} entries: ${sum.stored} stored, ${sum.known} already stored, ` +
        `${sum.seen} seen before, ${sum.disallowed} disallowed by robots.txt, ${sum.failed} failed; events: ${sum.added} new, ${sum.merged} merged`,
    );
    if (sum.failed) process.exitCode = 1;
    return sum;
  } finally {
    await store.close();
  }
}
