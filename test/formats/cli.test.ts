// `readout export`, `readout import jsonl|csv|icews|gdelt` and `readout ingest --feed` as a user
// runs them: `node bin/readout.js …` (run `npm run build` first).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliIn } from '../support/cli.js';
import { openStore } from '../../src/record/store.js';
import type { ExchangeEvent } from '../../src/types.js';
import { event, person, span } from '../record/fixtures.js';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'readout-formats-cli-'));

const readout = cliIn(dir);

const TEXT_A =
  'The prime ministers of Iceland and Norway met in Reykjavik on Tuesday, 7 May 2024.\nThey also spoke by phone in April.';
const TEXT_B = 'Iceland’s premier hosted her Norwegian counterpart in Reykjavik on 7 May.';
const iceland = person('Sigrun Jonsdottir', 'ISL', 2, 'Prime Minister');
const norway = person('Per Lunde', 'NOR', 2, 'Prime Minister');
const meeting = (text: string, phrase: string) =>
  event({
    participants: [iceland, norway],
    host_country: 'ISL',
    location: { city: 'Reykjavik', country: 'ISL' },
    date: '2024-05-07',
    evidence: [span(text, phrase)],
    cameo: '040',
    plover: { event: 'CONSULT', mode: null },
    goldstein: 1,
  });

const comparable = (events: ExchangeEvent[]) =>
  events
    .map(({ id: _id, sources, ...rest }) =>
      JSON.stringify({
        ...rest,
        sources: (sources ?? []).map(({ document: _d, ...s }) => JSON.stringify(s)).sort(),
      }),
    )
    .sort();

let original: ExchangeEvent[];
beforeAll(async () => {
  if (!existsSync(join(root, 'dist/cli/main.js')))
    throw new Error('dist/ is missing: run `npm run build` before these tests');
  const store = await openStore(join(dir, 'source.db'));
  try {
    await store.ingest({
      article: {
        id: 'a',
        text: TEXT_A,
        published: '2024-05-08',
        url: 'https://a.example/1',
        outlet: 'Nordic Daily',
      },
      events: [
        meeting(TEXT_A, 'The prime ministers of Iceland and Norway met in Reykjavik on Tuesday, 7 May 2024.'),
        event({
          type: 'phone_call',
          participants: [iceland, norway],
          date: '2024-04',
          evidence: [span(TEXT_A, 'They also spoke by phone in April.')],
          cameo: '041',
        }),
      ],
      warnings: [],
      coverage: [],
    });
    await store.ingest({
      article: { id: 'b', text: TEXT_B, published: '2024-05-09', url: null, outlet: 'Reykjavik Review' },
      events: [meeting(TEXT_B, TEXT_B)],
      warnings: [],
      coverage: [],
    });
    original = await store.events({ status: 'all' });
  } finally {
    await store.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readout export, then readout import into an empty record', () => {
  it.each(['jsonl', 'csv'])('%s gives the same events and sources', async (format) => {
    expect(original.find((e) => e.type === 'meeting')?.sources).toHaveLength(2);
    const out = join(dir, `all.${format}`);
    const ex = await readout('export', '--format', format, '--db', join(dir, 'source.db'), '--out', out);
    expect([ex.code, ex.err]).toEqual([0, '']);
    const im = await readout('import', format, out, '--db', join(dir, `from-${format}.db`));
    expect(im.err).toMatch(/2 documents \(2 new\); events: 2 new, 1 merged/);
    expect(im.code).toBe(0);
    const store = await openStore(join(dir, `from-${format}.db`));
    try {
      expect(comparable(await store.events({ status: 'all' }))).toEqual(comparable(original));
    } finally {
      await store.close();
    }
  });
});

describe('readout export formats', () => {
  it('writes an iCalendar file ical.js reads, filtered by --between and --since', async () => {
    const r = await readout(
      'export',
      '--format',
      'ics',
      '--between',
      'Iceland,NO',
      '--since',
      '2024-05',
      '--db',
      join(dir, 'source.db'),
    );
    expect([r.code, r.err]).toEqual([0, '']);
    const vevents = new ICAL.Component(ICAL.parse(r.out)).getAllSubcomponents('vevent');
    expect(vevents.map((v) => new ICAL.Event(v).startDate.toString())).toEqual(['2024-05-07']);
  });

  it('writes TimelineJS JSON, CAMEO TSV and PLOVER JSON', async () => {
    const db = join(dir, 'source.db');
    const t = JSON.parse((await readout('export', '--format', 'timelinejs', '--db', db)).out);
    expect(t.events.map((e: { start_date: unknown }) => e.start_date)).toEqual([
      { year: 2024, month: 4 },
      { year: 2024, month: 5, day: 7 },
    ]);
    const tsv = (await readout('export', '--format', 'cameo', '--db', db)).out.trim().split('\n');
    expect(tsv).toHaveLength(2);
    expect(tsv[1].split('\t').slice(13, 17)).toEqual(['040', '04', '1', '1']);
    const plover = JSON.parse((await readout('export', '--format', 'plover', '--db', db)).out);
    expect(plover.map((p: { event: string }) => p.event)).toEqual(['CONSULT']); // the call has no PLOVER code stored
  });

  it('refuses an unknown format or country with exit 1 and one line', async () => {
    const f = await readout('export', '--format', 'xml', '--db', join(dir, 'source.db'));
    expect([f.code, f.err.trim().split('\n')]).toEqual([
      1,
      ['readout: --format must be one of csv, jsonl, ics, timelinejs, cameo, plover, not "xml"'],
    ]);
    const c = await readout(
      'export',
      '--format',
      'csv',
      '--between',
      'Atlantis',
      '--db',
      join(dir, 'source.db'),
    );
    expect(c.code).toBe(1);
    expect(c.err).toMatch(/unknown country "Atlantis"/);
  });

  it('writes --out whole or not at all: a folder that is not there fails in one line and leaves no file', async () => {
    const out = join(dir, 'no-such-folder', 'x.csv');
    const r = await readout('export', '--format', 'csv', '--db', join(dir, 'source.db'), '--out', out);
    expect([r.code, r.err.trim().split('\n').length]).toEqual([2, 1]);
    expect(r.err).toContain(`readout: cannot write ${out}: ENOENT`);
    expect(r.err).not.toContain('.part');
    const ok = join(dir, 'whole.ics');
    expect(
      (await readout('export', '--format', 'ics', '--db', join(dir, 'source.db'), '--out', ok)).code,
    ).toBe(0);
    expect(existsSync(`${ok}.part`)).toBe(false);
    expect(readFileSync(ok, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  });

  it('refuses a missing or malformed import file with exit 1', async () => {
    const m = await readout('import', 'gdelt', join(dir, 'nope.CSV'), '--db', join(dir, 'x.db'));
    expect(m.code).toBe(1);
    expect(m.err).toMatch(/no such file/);
    writeFileSync(join(dir, 'bad.csv'), 'a,b\r\n1,2\r\n');
    const b = await readout('import', 'csv', join(dir, 'bad.csv'), '--db', join(dir, 'x.db'));
    expect(b.code).toBe(1);
    expect(b.err).toMatch(/bad\.csv: header lacks/);
  });
});

describe('readout ingest --feed', () => {
  let server: Server;
  let base: string;
  const agents: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      agents.push(String(req.headers['user-agent']));
      if (req.url === '/feed.xml') {
        res.setHeader('content-type', 'application/rss+xml');
        res.end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Talks</title><link>${base}/p.html</link></item></channel></rss>`,
        );
      } else if (req.url === '/p.html') {
        res.setHeader('content-type', 'text/html');
        res.end(
          `<html><head><title>Talks in Reykjavik</title><meta property="article:published_time" content="2024-05-08"></head><body><article><h1>Talks in Reykjavik</h1><p>${TEXT_A.replace('\n', '</p><p>')}</p></article></body></html>`,
        );
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('stores the pages a feed lists, and a second run asks only for the feed', async () => {
    const db = join(dir, 'feed.db');
    const first = await readout('ingest', '--feed', `${base}/feed.xml`, '--db', db);
    expect(first.err).toMatch(/1 entries: 1 stored/);
    expect(first.code).toBe(0);
    expect(agents).toHaveLength(3); // feed, robots.txt (404: all allowed), page
    expect(agents.every((a) => a.startsWith('Readout/'))).toBe(true);
    const second = await readout('ingest', '--feed', `${base}/feed.xml`, '--db', db);
    expect(second.err).toMatch(/0 stored, 0 already stored, 1 seen before/);
    expect(agents).toHaveLength(4);
    const usage = await readout('ingest', '--db', db);
    expect(usage.code).toBe(1);
    expect(usage.err).toMatch(/or --feed URL\|FILE/);
    expect(readFileSync(db).length).toBeGreaterThan(0);
  });
});
