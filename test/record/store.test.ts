// One suite, run over SQLite (a temp file) and PostgreSQL (a throwaway database for this file).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadoutError } from '../../src/errors.js';
import { TABLES_CHILD_FIRST } from '../../src/record/migrations.js';
import { openStore, type RecordStore } from '../../src/record/store.js';
import { createPgDatabase, dropPgDatabase, pgAvailable } from '../support/pg.js';
import { beijingTalks, event, extraction, person, span } from './fixtures.js';

const pgOk = await pgAvailable();

interface Target {
  name: 'sqlite' | 'postgres';
  skip: boolean;
  /** A fresh, empty store for one test. */
  fresh: () => Promise<RecordStore>;
  setup: () => Promise<void>;
  teardown: () => Promise<void>;
}

const dir = mkdtempSync(join(tmpdir(), 'readout-store-'));
let sqliteCount = 0;
const sqlite: Target = {
  name: 'sqlite',
  skip: false,
  fresh: () => openStore(join(dir, `t${++sqliteCount}.db`)),
  setup: async () => {},
  teardown: async () => rmSync(dir, { recursive: true, force: true }),
};

let pgUrl = '';
const postgres: Target = {
  name: 'postgres',
  skip: !pgOk,
  async fresh() {
    const s = await openStore(pgUrl);
    // One database per file; each test starts from empty tables.
    for (const t of TABLES_CHILD_FIRST) {
      await s.db.deleteFrom(t).execute();
    }
    return s;
  },
  async setup() {
    pgUrl = await createPgDatabase();
  },
  async teardown() {
    if (pgUrl) await dropPgDatabase(pgUrl);
  },
};

/** Meetings and calls between the USA and China, and one USA–India visit, told by one document. */
function calendar() {
  const text = [
    'Biden and Xi met in Bali on November 14, 2022.',
    'Blinken spoke by phone with Qin Gang on January 1, 2023.',
    'Blinken visited New Delhi in March 2023.',
    'Sherman met Xie Feng in 2023.',
    'Blinken postponed a February 2023 trip to Beijing.',
    'Deputy Secretary Campbell met Ma Zhaoxu on April 3, 2024.',
  ].join('\n');
  return extraction('calendar', text, [
    event({
      participants: [person('Joe Biden', 'USA', 1), person('Xi Jinping', 'CHN', 1)],
      host_country: 'IDN',
      date: '2022-11-14',
      evidence: [span(text, 'Biden and Xi met in Bali on November 14, 2022.')],
    }),
    event({
      type: 'phone_call',
      participants: [person('Antony Blinken', 'USA', 3), person('Qin Gang', 'CHN', 3)],
      date: '2023-01-01',
      evidence: [span(text, 'Blinken spoke by phone with Qin Gang on January 1, 2023.')],
    }),
    event({
      type: 'visit',
      participants: [person('Antony Blinken', 'USA', 3)],
      host_country: 'IND',
      date: '2023-03',
      evidence: [span(text, 'Blinken visited New Delhi in March 2023.')],
    }),
    event({
      participants: [person('Wendy Sherman', 'USA', 5), person('Xie Feng', 'CHN', 5)],
      date: '2023',
      evidence: [span(text, 'Sherman met Xie Feng in 2023.')],
    }),
    event({
      type: 'visit',
      status: 'postponed',
      participants: [person('Antony Blinken', 'USA', 3)],
      host_country: 'CHN',
      date: '2023-02',
      evidence: [span(text, 'Blinken postponed a February 2023 trip to Beijing.')],
    }),
    event({
      participants: [person('Kurt Campbell', 'USA', 5), person('Ma Zhaoxu', 'CHN', 5)],
      date: '2024-04-03',
      evidence: [span(text, 'Deputy Secretary Campbell met Ma Zhaoxu on April 3, 2024.')],
    }),
  ]);
}

for (const target of [sqlite, postgres]) {
  describe.skipIf(target.skip)(`record on ${target.name}`, () => {
    beforeAll(target.setup);
    afterAll(target.teardown);

    async function withStore(fn: (s: RecordStore) => Promise<void>) {
      const s = await target.fresh();
      try {
        await fn(s);
      } finally {
        await s.close();
      }
    }

    it('stores a document once: the same text again (even re-spaced) adds nothing', () =>
      withStore(async (s) => {
        const { first } = beijingTalks();
        const r1 = await s.ingest(first);
        expect(r1.created).toBe(true);
        expect(r1.events).toHaveLength(1);
        expect(r1.events[0].id).toMatch(/^ev_[0-9a-f]{16}$/);
        const again = {
          ...first,
          article: { ...first.article, text: `  ${first.article.text.replace(/ /g, '  ')}\n` },
        };
        const r2 = await s.ingest(again);
        expect(r2.created).toBe(false);
        expect(r2.document).toBe(r1.document);
        expect(r2.events.map((e) => e.id)).toEqual(r1.events.map((e) => e.id));
        expect(await s.hasDocument(again.article)).toBe(true);
        const st = await s.stats();
        expect([st.documents, st.events, st.sources]).toEqual([1, 1, 1]);
      }));

    it('merges two documents telling one exchange into one event with two sources, and fills what was missing', () =>
      withStore(async (s) => {
        const { first, second } = beijingTalks();
        const a = await s.ingest(first);
        const b = await s.ingest(second);
        expect(b.created).toBe(true);
        expect(b.events[0].id).toBe(a.events[0].id);
        const e = await s.getEvent(a.events[0].id as string);
        expect(e?.sources?.map((x) => x.document)).toEqual([a.document, b.document]);
        expect(e?.sources?.[1].evidence[0].text).toContain('Blinken sat down with Wang');
        // Evidence stays the first source's; the date stays the first telling's (18 vs 19 June agree).
        expect(e?.evidence[0].text).toContain('Antony Blinken held talks');
        expect(e?.date).toBe('2023-06-19');
        expect(e?.participants.map((p) => p.name)).toEqual(['Antony Blinken', 'Wang Yi']);
        expect(e?.duration_minutes).toBe(180);
        expect(e?.tone).toBe('candid');
        expect(e?.location?.city).toBe('Beijing');
        expect((await s.stats()).events).toBe(1);
      }));

    it('keeps different exchanges apart: other people, other type, other month, other countries', () =>
      withStore(async (s) => {
        const { first } = beijingTalks();
        await s.ingest(first);
        const text =
          'Blinken also met Qin Gang on June 19. He called Wang on June 19. He met Wang again on July 19. Blinken met Jaishankar on June 19.';
        const base = { host_country: null, date: '2023-06-19' };
        const r = await s.ingest(
          extraction('others', text, [
            event({
              ...base,
              participants: [person('Antony Blinken', 'USA'), person('Qin Gang', 'CHN')],
              evidence: [span(text, 'Blinken also met Qin Gang on June 19.')],
            }),
            event({
              ...base,
              type: 'phone_call',
              participants: [person('Blinken', 'USA'), person('Wang', 'CHN')],
              evidence: [span(text, 'He called Wang on June 19.')],
            }),
            event({
              ...base,
              date: '2023-07-19',
              participants: [person('Blinken', 'USA'), person('Wang', 'CHN')],
              evidence: [span(text, 'He met Wang again on July 19.')],
            }),
            event({
              ...base,
              participants: [person('Blinken', 'USA'), person('S. Jaishankar', 'IND')],
              evidence: [span(text, 'Blinken met Jaishankar on June 19.')],
            }),
          ]),
        );
        expect(r.events).toHaveLength(4);
        expect(new Set(r.events.map((e) => e.id)).size).toBe(4);
        expect((await s.stats()).events).toBe(5);
      }));

    it('never merges two events of the same document, even when they look alike', () =>
      withStore(async (s) => {
        const text = 'Blinken met Wang on June 19. Blinken met Wang on June 19 again, at dinner.';
        const twin = () =>
          event({
            participants: [person('Blinken', 'USA'), person('Wang', 'CHN')],
            date: '2023-06-19',
            evidence: [span(text, 'Blinken met Wang on June 19.')],
          });
        const r = await s.ingest(extraction('twins', text, [twin(), twin()]));
        expect(new Set(r.events.map((e) => e.id)).size).toBe(2);
        // A later document telling it once merges into one of them, not both.
        const other = 'Blinken and Wang Yi met on 19 June.';
        const r2 = await s.ingest(
          extraction('once', other, [
            event({
              participants: [person('Antony Blinken', 'USA'), person('Wang Yi', 'CHN')],
              date: '2023-06-19',
              evidence: [span(other, other)],
            }),
          ]),
        );
        expect(r.events.map((e) => e.id)).toContain(r2.events[0].id);
        expect((await s.stats()).sources).toBe(3);
      }));

    it('lists a timeline by country pair or one country, in date order, filtered by period, status and rank', () =>
      withStore(async (s) => {
        await s.ingest(calendar());
        const dates = async (q: Parameters<RecordStore['timeline']>[0]) =>
          (await s.timeline(q)).events.map((e) => `${e.date} ${e.type}`);
        expect(await dates({ countries: ['USA', 'CHN'] })).toEqual([
          '2022-11-14 meeting',
          '2023 meeting',
          '2023-01-01 phone_call',
          '2024-04-03 meeting',
        ]);
        expect(await dates({ countries: ['USA'] })).toHaveLength(5);
        expect(await dates({ countries: ['IND'] })).toEqual(['2023-03 visit']);
        // The year 2023 overlaps "since 2023-01-20"; the call on 1 January does not.
        expect(await dates({ countries: ['CHN', 'USA'], since: '2023-01-20' })).toEqual([
          '2023 meeting',
          '2024-04-03 meeting',
        ]);
        expect(await dates({ countries: ['USA', 'CHN'], until: '2022' })).toEqual(['2022-11-14 meeting']);
        expect(await dates({ countries: ['USA', 'CHN'], status: 'all' })).toContain('2023-02 visit');
        expect(await dates({ countries: ['USA', 'CHN'], status: 'postponed' })).toEqual(['2023-02 visit']);
        expect(await dates({ countries: ['USA', 'CHN'], maxRank: 3 })).toEqual([
          '2022-11-14 meeting',
          '2023-01-01 phone_call',
        ]);
        expect(await dates({ countries: ['USA', 'RUS'] })).toEqual([]);
        const tl = await s.timeline({ countries: ['USA', 'CHN'] });
        expect(tl.events[0].sources?.[0].url).toBe('https://example.org/calendar');
        expect(tl.next).toBeNull();
      }));

    it('pages with an opaque cursor that neither repeats nor skips', () =>
      withStore(async (s) => {
        await s.ingest(calendar());
        const all = (await s.timeline({ countries: ['USA'], status: 'all' })).events.map((e) => e.id);
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const page: Awaited<ReturnType<RecordStore['timeline']>> = await s.timeline({
            countries: ['USA'],
            status: 'all',
            limit: 2,
            cursor,
          });
          seen.push(...page.events.map((e) => e.id as string));
          cursor = page.next;
          pages++;
        } while (cursor);
        expect(seen).toEqual(all);
        expect(all).toHaveLength(6);
        expect(pages).toBe(3);
        await expect(s.timeline({ countries: ['USA'], cursor: 'not-a-cursor' })).rejects.toMatchObject({
          code: 'READOUT_BAD_INPUT',
        });
        await expect(s.timeline({ countries: ['USA'], since: 'June 2023' })).rejects.toMatchObject({
          code: 'READOUT_BAD_INPUT',
        });
        await expect(s.timeline({ countries: ['USA'], status: 'rumoured' as never })).rejects.toMatchObject({
          code: 'READOUT_BAD_INPUT',
        });
      }));

    it('reads events() page by page for exports: the same events in the same order, any page size', () =>
      withStore(async (s) => {
        await s.ingest(calendar());
        const filters: Array<Parameters<RecordStore['events']>[0]> = [
          {},
          { status: 'all' },
          { countries: ['USA'], status: 'all' },
          { countries: ['USA', 'CHN'] },
          { countries: ['CHN', 'USA'], since: '2023-01-20' },
          { countries: ['USA', 'CHN'], until: '2022', status: 'all' },
          { countries: ['USA', 'RUS'] },
        ];
        for (const f of filters) {
          const whole = await s.events(f);
          for (const size of [1, 2, 3, 1000]) {
            const pages: string[][] = [];
            for await (const page of s.eventPages(f, size)) {
              expect(page.length).toBeGreaterThan(0);
              expect(page.length).toBeLessThanOrEqual(size);
              pages.push(page.map((e) => JSON.stringify(e)));
            }
            expect(pages.flat(), `${JSON.stringify(f)} in pages of ${size}`).toEqual(
              whole.map((e) => JSON.stringify(e)),
            );
          }
        }
      }));

    it('keeps corrections over later sources: applied by event id on read and on merge', () =>
      withStore(async (s) => {
        const { first, second } = beijingTalks();
        const id = (await s.ingest(first)).events[0].id as string;
        const fixed = await s.correct({
          event: id,
          patch: { date: '2023-06-18', tone: 'constructive' },
          author: 'ed',
          note: 'local time',
        });
        expect(fixed.date).toBe('2023-06-18');
        await s.ingest(first);
        await s.ingest(second);
        const e = await s.getEvent(id);
        expect(e?.sources).toHaveLength(2);
        expect(e?.date).toBe('2023-06-18');
        expect(e?.tone).toBe('constructive');
        expect(
          (await s.timeline({ countries: ['USA', 'CHN'], until: '2023-06-18' })).events.map((x) => x.id),
        ).toEqual([id]);

        await s.correct({ event: id, patch: { deleted: true }, author: 'ed', note: 'duplicate' });
        expect(await s.getEvent(id)).toBeNull();
        expect((await s.timeline({ countries: ['USA', 'CHN'] })).events).toEqual([]);
        // A third telling merges into the hidden event rather than bringing the exchange back.
        const c = 'Blinken and Wang Yi held talks in Beijing on 19 June 2023.';
        await s.ingest(
          extraction('report-c', c, [
            event({
              participants: [person('Antony Blinken', 'USA'), person('Wang Yi', 'CHN')],
              host_country: 'CHN',
              date: '2023-06-19',
              evidence: [span(c, c)],
            }),
          ]),
        );
        expect((await s.timeline({ countries: ['USA', 'CHN'] })).events).toEqual([]);
        const st = await s.stats();
        expect([st.events, st.corrections, st.sources]).toEqual([0, 2, 3]);
        await expect(
          s.correct({ event: 'ev_missing', patch: { date: '2020' }, author: null, note: null }),
        ).rejects.toMatchObject({ code: 'READOUT_BAD_INPUT' });
        await expect(
          s.correct({ event: id, patch: { date: 'yesterday' }, author: null, note: null }),
        ).rejects.toMatchObject({ code: 'READOUT_BAD_INPUT' });
      }));

    it('counts the record in stats, and keeps coverage claims', () =>
      withStore(async (s) => {
        const x = calendar();
        x.coverage = [
          {
            countries: ['USA', 'CHN'],
            since: '2021-01-20',
            until: null,
            max_rank: 3,
            evidence: [span(x.article.text, 'Biden and Xi met in Bali')],
          },
        ];
        const r = await s.ingest(x);
        const st = await s.stats();
        expect(st).toMatchObject({
          documents: 1,
          events: 6,
          sources: 6,
          participants: 10,
          corrections: 0,
          by_type: { meeting: 3, phone_call: 1, visit: 2 },
          by_status: { occurred: 5, postponed: 1 },
          first_date: '2022-11-14',
          last_date: '2024-04-03',
        });
        expect(await s.coverage()).toEqual([{ document: r.document, ...x.coverage[0] }]);
        // Limits beyond the core fields (a dataset of one country's trips) come back as given.
        const trips = {
          countries: ['USA'],
          since: '1945',
          until: '2024',
          max_rank: 3,
          evidence: [],
          types: ['visit' as const],
          visitor: 'USA',
        };
        const imp = await s.importRecords(
          { kind: 'state-dept', key: 'trips', url: null, outlet: null, published: null, title: null },
          [],
          [trips],
        );
        expect((await s.coverage()).find((c) => c.document === imp.document)).toEqual({
          document: imp.document,
          ...trips,
        });
      }));

    it('imports dataset records idempotently by key, merged with news events', () =>
      withStore(async (s) => {
        const { first } = beijingTalks();
        const news = await s.ingest(first);
        const rec = event({
          type: 'meeting',
          participants: [person('Antony Blinken', 'USA', 3)],
          host_country: 'CHN',
          date: '2023-06-18',
        });
        rec.participants.push(person(null, 'CHN', null));
        const doc = {
          kind: 'state-dept',
          key: 'blinken-2023-06',
          url: null,
          outlet: 'Office of the Historian',
          published: null,
          title: null,
        };
        const r1 = await s.importRecords(doc, [rec]);
        expect(r1.created).toBe(true);
        expect(r1.events[0].id).toBe(news.events[0].id);
        const r2 = await s.importRecords(doc, [rec]);
        expect(r2.created).toBe(false);
        expect((await s.stats()).documents).toBe(2);
      }));

    it('refuses an event it cannot order, naming it, and stores nothing of that document', () =>
      withStore(async (s) => {
        const t = 'Ramaphosa met Modi on 3/4/23.';
        const bad = event({
          participants: [person('Cyril Ramaphosa', 'ZAF'), person('Narendra Modi', 'IND')],
          date: '3/4/23',
          evidence: [span(t, t)],
        });
        await expect(s.ingest(extraction('bad', t, [bad]))).rejects.toMatchObject({
          code: 'READOUT_BAD_INPUT',
          message: 'event 1: date "3/4/23" is not YYYY, YYYY-MM or YYYY-MM-DD',
        });
        expect((await s.stats()).documents).toBe(0);
      }));

    it('orders undated events last and merges them only with the same people', () =>
      withStore(async (s) => {
        const t = 'Blinken and Wang Yi have met; Blinken and Qin Gang have met.';
        const undated = (who: string) =>
          event({
            participants: [person('Antony Blinken', 'USA'), person(who, 'CHN')],
            evidence: [span(t, t)],
          });
        await s.ingest(extraction('u1', t, [undated('Wang Yi')]));
        const t2 = `${t} Again.`;
        const r = await s.ingest(extraction('u2', t2, [undated('Wang Yi'), undated('Qin Gang')]));
        expect(r.events.map((e) => e.sources?.length)).toEqual([2, 1]);
        await s.ingest(calendar());
        const tl = (await s.timeline({ countries: ['USA', 'CHN'] })).events;
        expect(tl.slice(-2).map((e) => e.date)).toEqual([null, null]);
        expect(
          (await s.timeline({ countries: ['USA', 'CHN'], since: '2020' })).events.every((e) => e.date),
        ).toBe(true);
      }));
  });
}

describe('migrations', () => {
  it('lets several processes open a fresh SQLite file at once: one migrates, the others wait', async () => {
    const d = mkdtempSync(join(tmpdir(), 'readout-race-'));
    const f = join(d, 'race.db');
    const { fork } = await import('node:child_process');
    const opener = join(d, 'open.mjs');
    const { pathToFileURL } = await import('node:url');
    const { writeFileSync } = await import('node:fs');
    // Children import the built store: the race is between processes, as with parallel CLI runs.
    const built = pathToFileURL(resolve(import.meta.dirname, '../../dist/record/store.js')).href;
    writeFileSync(
      opener,
      `const { openStore } = await import(${JSON.stringify(built)});\nconst s = await openStore(process.argv[2]);\nawait s.close();\n`,
    );
    const codes = await Promise.all(
      [1, 2, 3, 4, 5, 6].map(
        () =>
          new Promise<number | null>((done) => {
            const c = fork(opener, [f], { stdio: 'ignore' });
            c.on('exit', (code) => done(code));
          }),
      ),
    );
    rmSync(d, { recursive: true, force: true });
    expect(codes).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('opens without migrating when asked, then applies each pending migration once', async () => {
    const d = mkdtempSync(join(tmpdir(), 'readout-mig-'));
    const s = await openStore(join(d, 'm.db'), { migrate: false });
    try {
      expect((await s.migrations()).every((m) => !m.applied)).toBe(true);
      const applied = await s.applyMigrations();
      expect(applied).toEqual([
        '0001_initial',
        '0002_coverage_scope',
        '0003_timeline_index',
        '0004_question_index',
        '0005_since_index',
        '0006_question_briefs',
      ]);
      expect(await s.applyMigrations()).toEqual([]);
      expect((await s.migrations()).every((m) => m.applied)).toBe(true);
    } finally {
      await s.close();
      rmSync(d, { recursive: true, force: true });
    }
  });
});

describe.each([
  { name: 'sqlite', skip: false },
  { name: 'postgres', skip: !pgOk },
])('upgrading a record written before the timeline index ($name)', ({ name, skip }) => {
  it.skipIf(skip)('backfills the index so old events appear in country and pair timelines', async () => {
    const d = mkdtempSync(join(tmpdir(), 'readout-up-'));
    const spec = name === 'sqlite' ? join(d, 'old.db') : await createPgDatabase();
    try {
      const s = await openStore(spec, { migrate: false });
      const { Migrator } = await import('kysely');
      const { migrationProvider } = await import('../../src/record/migrations.js');
      const to = await new Migrator({ db: s.db, provider: migrationProvider }).migrateTo(
        '0002_coverage_scope',
      );
      expect(to.error).toBeUndefined();
      // Rows as 0002's code wrote them: one event_countries row per country, no sort keys.
      const { eventRow, participantRows } = await import('../../src/record/rows.js');
      const e = event({
        participants: [person('Lula', 'BRA'), person('Xi Jinping', 'CHN')],
        date: '2023-04-14',
      });
      const now = '2024-01-01T00:00:00.000Z';
      await s.db
        .insertInto('events')
        .values({ ...eventRow('ev_old', e, e, false, [], now), created_at: now })
        .execute();
      await s.db.insertInto('participants').values(participantRows('ev_old', e)).execute();
      await sql`insert into event_countries (event_id, country) values ('ev_old', 'BRA'), ('ev_old', 'CHN')`.execute(
        s.db,
      );
      expect(await s.applyMigrations()).toEqual([
        '0003_timeline_index',
        '0004_question_index',
        '0005_since_index',
        '0006_question_briefs',
      ]);
      // The backfilled index rows are what the store writes for a new event today.
      const { countryRows } = await import('../../src/record/rows.js');
      const byKey = (a: { country: string }, b: { country: string }) => (a.country < b.country ? -1 : 1);
      const backfilled = await s.db
        .selectFrom('event_countries')
        .selectAll()
        .where('event_id', '=', 'ev_old')
        .execute();
      expect(backfilled.sort(byKey)).toEqual(countryRows('ev_old', e).sort(byKey));
      expect(
        (await s.timeline({ countries: ['CHN', 'BRA'], since: '2023' })).events.map((x) => x.id),
      ).toEqual(['ev_old']);
      expect((await s.timeline({ countries: ['BRA'] })).events.map((x) => x.id)).toEqual(['ev_old']);
      expect((await s.timeline({ countries: ['BRA'], since: '2023-05' })).events).toEqual([]);
      await s.close();
    } finally {
      rmSync(d, { recursive: true, force: true });
      if (name !== 'sqlite') await dropPgDatabase(spec);
    }
  });
});

describe('opening a database that cannot be used', () => {
  it('says a newer readout upgraded the database, rather than calling it corrupt', async () => {
    const d = mkdtempSync(join(tmpdir(), 'readout-newer-'));
    const f = join(d, 'newer.db');
    const s = await openStore(f);
    await sql`insert into kysely_migration (name, timestamp) values ('9999_from_the_future', '2030-01-01')`.execute(
      s.db,
    );
    await s.close();
    const err = await openStore(f).catch((e) => e);
    rmSync(d, { recursive: true, force: true });
    expect(err).toMatchObject({ code: 'READOUT_DATABASE' });
    expect(err.message).toMatch(
      /newer\.db was upgraded by a newer readout \(migration 9999_from_the_future\)/,
    );
  });

  it('names a SQLite path in a missing folder in one READOUT_DATABASE line', async () => {
    const err = await openStore('/nonexistent-readout-dir/sub/x.db').catch((e) => e);
    expect(err).toBeInstanceOf(ReadoutError);
    expect(err.code).toBe('READOUT_DATABASE');
    expect(err.message).toMatch(/\/nonexistent-readout-dir\/sub\/x\.db/);
    expect(err.message).not.toContain('\n');
  });

  it('reports a file that is not a database', async () => {
    const d = mkdtempSync(join(tmpdir(), 'readout-bad-'));
    const f = join(d, 'notes.db');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(f, 'these are my notes, not a database '.repeat(200));
    const err = await openStore(f).catch((e) => e);
    rmSync(d, { recursive: true, force: true });
    expect(err).toMatchObject({ code: 'READOUT_DATABASE' });
    expect(err.message).toMatch(/notes\.db.*not a database/);
  });

  it('reports a read-only SQLite file in one line when writing, and still reads it', async (ctx) => {
    const d = mkdtempSync(join(tmpdir(), 'readout-ro-'));
    const f = join(d, 'ro.db');
    const s0 = await openStore(f);
    await s0.ingest(beijingTalks().first);
    await s0.close();
    rmSync(`${f}-wal`, { force: true });
    rmSync(`${f}-shm`, { force: true });
    // chmod does not stop root, so the file is made immutable instead; where that is impossible, skip.
    const { spawnSync } = await import('node:child_process');
    const locked =
      spawnSync('chattr', ['+i', f]).status === 0 ||
      (process.getuid?.() !== 0 && spawnSync('chmod', ['a-w', f, d]).status === 0);
    if (!locked) {
      rmSync(d, { recursive: true, force: true });
      return ctx.skip('cannot make a read-only file here (no chattr, and running as root)');
    }
    try {
      const s = await openStore(f);
      try {
        expect((await s.stats()).documents).toBe(1);
        const err = await s.ingest(beijingTalks().second).catch((e) => e);
        expect(err).toMatchObject({ code: 'READOUT_DATABASE' });
        expect(err.message).toMatch(/ro\.db is read-only/);
      } finally {
        await s.close();
      }
    } finally {
      spawnSync('chattr', ['-i', f]);
      spawnSync('chmod', ['u+w', f, d]);
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('names an unreachable PostgreSQL URL without its password', async () => {
    const err = await openStore('postgres://reader:hunter2@127.0.0.1:1/record').catch((e) => e);
    expect(err).toMatchObject({ code: 'READOUT_DATABASE' });
    expect(err.message).toContain('postgres://reader@127.0.0.1:1/record');
    expect(err.message).not.toContain('hunter2');
  });
});

describe.skipIf(!pgOk)('record on postgres under concurrency', () => {
  let url = '';
  beforeAll(async () => {
    url = await createPgDatabase();
  });
  afterAll(async () => {
    if (url) await dropPgDatabase(url);
  });

  it('two connections ingesting the same exchange at the same moment make one event', async () => {
    const [one, two] = [await openStore(url), await openStore(url)];
    try {
      const rounds = 12;
      for (let i = 0; i < rounds; i++) {
        const day = `2023-05-${String(2 * i + 1).padStart(2, '0')}`; // two days apart: distinct exchanges
        const a = `Secretary Blinken held talks with Foreign Minister Wang Yi on ${day}.`;
        const b = `Wang and Blinken met for two hours (${day}, round ${i}).`;
        const who = (first: string, second: string) => [person(first, 'USA'), person(second, 'CHN')];
        const ra = extraction(`a${i}`, a, [
          event({ participants: who('Antony Blinken', 'Wang Yi'), date: day, evidence: [span(a, a)] }),
        ]);
        const rb = extraction(`b${i}`, b, [
          event({ participants: who('Blinken', 'Wang'), date: day, evidence: [span(b, b)] }),
        ]);
        // The same document from both sides too: stored once, the loser reports created: false.
        const [x, y, p, q] = await Promise.all([
          one.ingest(ra),
          two.ingest(rb),
          one.ingest(rb),
          two.ingest(ra),
        ]);
        expect(x.events[0].id).toBe(y.events[0].id);
        expect([x.created, q.created].filter(Boolean)).toHaveLength(1);
        expect([y.created, p.created].filter(Boolean)).toHaveLength(1);
      }
      const st = await one.stats();
      expect([st.documents, st.events, st.sources]).toEqual([rounds * 2, rounds, rounds * 2]);
    } finally {
      await one.close();
      await two.close();
    }
  });
});
