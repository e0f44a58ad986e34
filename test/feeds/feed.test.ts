// Feed ingest against a local HTTP server serving feeds and pages written for this test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ingestFeed, parseFeed } from '../../src/ingest/feed.js';
import { memoryFeedState, storeFeedState } from '../../src/ingest/feedState.js';
import { PoliteFetcher, USER_AGENT } from '../../src/ingest/politeFetch.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { openStore, type RecordStore } from '../../src/record/store.js';

const page = (title: string, date: string | null, paras: string[]) => `<!doctype html><html><head>
<title>${title} | Harbour Post</title><meta property="og:site_name" content="Harbour Post">
${date ? `<meta property="article:published_time" content="${date}T09:00:00+02:00">` : ''}
</head><body><header><a href="/">Harbour Post</a></header><article><h1>${title}</h1>
${paras.map((p) => `<p>${p}</p>`).join('\n')}</article><footer>© Harbour Post</footer></body></html>`;

const PAGES: Record<string, string> = {
  '/a/1.html': page('Finnish president visits Tallinn', '2024-05-02', [
    'The president of Finland arrived in Tallinn on Thursday for a one-day visit, the Estonian foreign ministry said.',
    'She held talks with the Estonian prime minister on ferry links, energy cables and the Baltic Sea.',
  ]),
  '/a/2.html': page('Ministers speak by phone', null, [
    'The foreign ministers of Chile and Peru spoke by telephone on Monday about fisheries and a border crossing.',
    'Both ministries described the call as constructive and said officials would meet next month.',
  ]),
  '/a/flaky.html': page('Envoy arrives in Nairobi', '2024-05-03', [
    'A special envoy of the African Union arrived in Nairobi on Friday for consultations with Kenyan officials.',
    'The envoy is expected to travel on to Addis Ababa after two days of meetings, a spokesperson said.',
  ]),
  '/a/4.html': page('Premiers meet in Reykjavik', '2024-04-30', [
    'The prime ministers of Iceland and Norway met in Reykjavik on Tuesday to discuss fisheries quotas.',
    'It was their second meeting this year, officials in both capitals said after the talks ended.',
  ]),
};

let server: Server;
let base: string;
const log: Array<{ path: string; ua: string | undefined }> = [];
let inFlight = 0;
let maxInFlight = 0;
let flakyFailures = 0;

function rss(items: Array<{ link: string; title: string; date?: string }>) {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Harbour Post: World</title>
<link>${base}/</link><description>World news</description>
${items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link><guid>${i.link}</guid>${i.date ? `<pubDate>${i.date}</pubDate>` : ''}</item>`).join('\n')}
</channel></rss>`;
}

function handle(req: IncomingMessage, res: ServerResponse) {
  const path = req.url ?? '/';
  log.push({ path, ua: req.headers['user-agent'] });
  inFlight++;
  maxInFlight = Math.max(maxInFlight, inFlight);
  const done = () => inFlight--;
  res.on('close', done);
  // A short delay lets overlapping requests show up in inFlight, were the fetcher to make any.
  setTimeout(() => {
    if (path === '/rss.xml') {
      res.setHeader('content-type', 'application/rss+xml');
      res.end(
        rss([
          { link: `${base}/a/1.html`, title: 'Finnish president visits Tallinn' },
          {
            link: `${base}/a/2.html`,
            title: 'Ministers speak by phone',
            date: 'Mon, 06 May 2024 22:30:00 -0400',
          },
          { link: `${base}/a/flaky.html`, title: 'Envoy arrives in Nairobi' },
          { link: `${base}/a/missing.html`, title: 'Removed story' },
          { link: `${base}/a/hang.html`, title: 'A server that never answers' },
          { link: `${base}/a/private/x.html`, title: 'Not for robots' },
        ]),
      );
    } else if (path === '/atom.xml') {
      res.setHeader('content-type', 'application/atom+xml');
      res.end(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>HP Atom</title><id>urn:hp</id>
<entry><title>Premiers meet in Reykjavik</title><link rel="alternate" href="/a/4.html"/><id>urn:hp:4</id><updated>2024-04-30T12:00:00Z</updated></entry></feed>`);
    } else if (path === '/a/flaky.html' && flakyFailures < 1) {
      flakyFailures++;
      res.statusCode = 503;
      res.end('busy');
    } else if (path === '/robots.txt') {
      // Readout's own group wins over "*": it may fetch all but /a/private/.
      res.end('User-agent: *\nDisallow: /\n\nUser-agent: Readout\nDisallow: /a/private/\nAllow: /\n');
    } else if (path === '/a/hang.html') {
      // never answers: the client's timeout must end it
    } else if (PAGES[path]) {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(PAGES[path]);
    } else {
      res.statusCode = 404;
      res.end('not found');
    }
  }, 15);
}

const dir = mkdtempSync(join(tmpdir(), 'readout-feeds-'));
const fetcher = () => new PoliteFetcher({ perHostDelayMs: 0, backoffMs: 10, timeoutMs: 400, retries: 1 });
const kb = loadKnowledge();

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  log.length = 0;
  maxInFlight = 0;
});

describe('readout ingest --feed', () => {
  let store: RecordStore;
  beforeAll(async () => {
    store = await openStore(join(dir, 'feed.db'));
  });
  afterAll(async () => store.close());

  it('fetches each entry politely and stores the pages', async () => {
    const lines: string[] = [];
    const state = await storeFeedState(store);
    const sum = await ingestFeed(`${base}/rss.xml`, store, {
      fetcher: fetcher(),
      state,
      kb,
      log: (l) => lines.push(l),
    });
    expect(sum).toMatchObject({ entries: 6, seen: 0, stored: 3, failed: 2, disallowed: 1 });
    expect(
      lines.some((l) => /private\/x\.html: not fetched: disallowed by the site's robots\.txt/.test(l)),
    ).toBe(true);
    expect(log.filter((r) => r.path === '/robots.txt')).toHaveLength(1);
    expect(log.some((r) => r.path.startsWith('/a/private/'))).toBe(false);
    expect(lines.some((l) => /missing\.html: HTTP 404/.test(l))).toBe(true);
    expect(lines.some((l) => /hang\.html: timed out/.test(l))).toBe(true);
    // One request at a time to this host, every one naming Readout and where to read about it.
    expect(maxInFlight).toBe(1);
    expect(log.every((r) => r.ua === USER_AGENT)).toBe(true);
    expect(USER_AGENT).toMatch(/^Readout\/\S+ \(\+https?:\/\/\S+/);
    // The 503 was retried once and then served.
    expect(log.filter((r) => r.path === '/a/flaky.html')).toHaveLength(2);
    expect(log.filter((r) => r.path === '/a/hang.html')).toHaveLength(2);

    const docs = await store.db
      .selectFrom('documents')
      .select(['url', 'published', 'outlet', 'title', 'text'])
      .orderBy('url')
      .execute();
    expect(docs.map((d) => d.url)).toEqual([`${base}/a/1.html`, `${base}/a/2.html`, `${base}/a/flaky.html`]);
    expect(docs[0]).toMatchObject({ published: '2024-05-02', outlet: 'Harbour Post' });
    expect(docs[0].text?.split('\n')[0]).toBe('Finnish president visits Tallinn');
    expect(docs[0].text).not.toContain('©');
    // The page gives no date: the feed's pubDate does, as the publisher's own day.
    expect(docs[1].published).toBe('2024-05-06');
  });

  it('remembers what it has seen: a second run fetches only what may have recovered', async () => {
    const state = await storeFeedState(store);
    const sum = await ingestFeed(`${base}/rss.xml`, store, { fetcher: fetcher(), state, kb });
    expect(sum).toMatchObject({ entries: 6, seen: 4, stored: 0, failed: 1, disallowed: 1 });
    expect(log.map((r) => r.path).sort()).toEqual([
      '/a/hang.html',
      '/a/hang.html',
      '/robots.txt',
      '/rss.xml',
    ]);
    expect((await store.stats()).documents).toBe(3);
  });

  it('reads an Atom feed, resolving relative links against the feed URL', async () => {
    const sum = await ingestFeed(`${base}/atom.xml`, store, {
      fetcher: fetcher(),
      state: memoryFeedState(),
      kb,
    });
    expect(sum).toMatchObject({ entries: 1, stored: 1 });
    expect(log.map((r) => r.path)).toEqual(['/atom.xml', '/robots.txt', '/a/4.html']);
  });

  it('reads a feed from a file; a page already stored is remembered, not stored twice', async () => {
    const file = join(dir, 'saved.xml');
    writeFileSync(file, rss([{ link: `${base}/a/1.html`, title: 'again' }]));
    const state = memoryFeedState();
    const sum = await ingestFeed(file, store, { fetcher: fetcher(), state, kb });
    expect(sum).toMatchObject({ entries: 1, stored: 0, known: 1 });
    expect(state.items.get(`${base}/a/1.html`)?.status).toBe('stored');
  });
});

const f_xml = (link: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>t</title><link>${link}</link><guid>g-1</guid></item></channel></rss>`;

describe('parseFeed', () => {
  it('refuses what is not a feed', () => {
    expect(() => parseFeed('<html><body>hello</body></html>')).toThrow(/not an RSS, Atom or JSON feed/);
    expect(() => parseFeed('just text')).toThrow(/not an RSS, Atom or JSON feed/);
  });
  it('resolves a relative link against the feed URL, and without one keys the entry by its id', () => {
    const f = parseFeed(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>t</title><link>/rel</link><guid>g-1</guid></item></channel></rss>`,
    );
    expect(f.entries[0]).toMatchObject({ key: 'id:g-1', link: null, title: 't' });
    expect(parseFeed(f_xml('/rel'), 'https://news.example/feed.xml').entries[0].link).toBe(
      'https://news.example/rel',
    );
  });
});
