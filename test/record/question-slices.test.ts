// The questions read only their slice of a pair (src/analysis *Slice, pushed into the store's
// query) and must answer exactly as over the pair's whole history. Run over SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  highestRanking,
  highestRankingSlice,
  type HighestRankingQuery,
} from '../../src/analysis/highest-ranking.js';
import { latestDate } from '../../src/analysis/select.js';
import { silence, silenceSlice, type SilenceQuery } from '../../src/analysis/silence.js';
import type { RecordStore } from '../../src/record/store.js';
import type { ExchangeEvent, Participant } from '../../src/types.js';
import { event, extraction, person, span } from './fixtures.js';
import { storeTargets } from './targets.js';

type Told = Omit<Partial<ExchangeEvent>, 'evidence'> & Pick<ExchangeEvent, 'participants'> & { says: string };

const [USA, CHN] = ['USA', 'CHN'];
/** A telling of an exchange: the sentence its document says, and the event. */
const told = (
  says: string,
  over: Omit<Partial<ExchangeEvent>, 'evidence'> & Pick<ExchangeEvent, 'participants'>,
): Told => ({
  says,
  ...over,
});
const visit = (says: string, host: string, date: string | null, ...participants: Participant[]) =>
  told(says, { type: 'visit', host_country: host, date, participants });
const talks = (says: string, type: ExchangeEvent['type'], date: string, ...participants: Participant[]) =>
  told(says, { type, date, participants });

/** Each telling in its own document, so the store keeps apart what its merge rules keep apart. */
const TELLINGS: Told[] = [
  {
    ...visit(
      'Obama visited Beijing in November 2009.',
      CHN,
      '2009-11-15',
      person('Barack Obama', USA, 1),
      person('Hu Jintao', CHN, 1),
    ),
    end_date: '2009-11-18',
  },
  // Told again with a British aide along: another exchange to the store (other countries), the same visit to the questions.
  visit(
    'Obama, with a British aide, arrived in Beijing on 16 November 2009.',
    CHN,
    '2009-11-16',
    person('Obama', USA, 1),
    person('Aide Smith', 'GBR', 7),
  ),
  visit('Clinton visited China in 2010.', CHN, '2010-05', person('Hillary Clinton', USA, 3)),
  visit(
    'An envoy visited Beijing on 2 March 2012.',
    CHN,
    '2012-03-02',
    person('Envoy Jones', USA, 6),
    person('Yang Jiechi', CHN, 3),
  ),
  visit('Kerry visited Beijing on 14 February 2013.', CHN, '2013-02-14', person('John Kerry', USA, 3)),
  {
    ...visit('A planned Kerry trip to Beijing in 2014.', CHN, '2014-07-01', person('John Kerry', USA, 3)),
    status: 'planned',
  },
  visit(
    'Xi visited Washington on 24 September 2015.',
    USA,
    '2015-09-24',
    person('Xi Jinping', CHN, 1),
    person('Barack Obama', USA, 1),
  ),
  talks(
    'A deputy met a deputy on 3 April 2016.',
    'meeting',
    '2016-04-03',
    person('Deputy Brown', USA, 5),
    person('Deputy Li', CHN, 3),
  ),
  talks(
    'Trump called Xi on 10 February 2017.',
    'phone_call',
    '2017-02-10',
    person('Donald Trump', USA, 1),
    person('Xi Jinping', CHN, 1),
  ),
  visit(
    'Pompeo visited Beijing on 8 October 2018.',
    CHN,
    '2018-10-08',
    person('Mike Pompeo', USA, 3),
    person('Wang Yi', CHN, 3),
  ),
  // Written 2019 under a wrong heading; its own text puts it in 2022: judged at 2022-03-18.
  {
    ...talks(
      'Biden spoke with Xi by video weeks after the invasion.',
      'video_call',
      '2019-03-18',
      person('Joe Biden', USA, 1),
      person('Xi Jinping', CHN, 1),
    ),
    date_disputed: {
      as_written: '2019-03-18',
      inferred: '2022-03-18',
      reason: 'its evidence places it after the invasion',
      evidence: [],
    },
  },
  {
    ...talks(
      'Biden met Xi in Bali on 14 November 2022.',
      'meeting',
      '2022-11-14',
      person('Joe Biden', USA, 1),
      person('Xi Jinping', CHN, 1),
    ),
    host_country: 'IDN',
  },
  visit(
    'Blinken visited Beijing on 18 June 2023.',
    CHN,
    '2023-06-18',
    person('Antony Blinken', USA, 3),
    person('Wang Yi', CHN, 3),
  ),
  {
    ...visit(
      'A cancelled Blinken trip in February 2023.',
      CHN,
      '2023-02-05',
      person('Antony Blinken', USA, 3),
    ),
    status: 'cancelled',
  },
  visit(
    'Yellen visited Beijing on 6 July 2023.',
    CHN,
    '2023-07-06',
    person('Janet Yellen', USA, 4),
    person('Li Qiang', CHN, 2),
  ),
  talks(
    'Officials talked in 2024.',
    'meeting',
    '2024',
    person('Official Green', USA, 3),
    person('Official Wu', CHN, 3),
  ),
  {
    ...talks(
      'Sullivan met Wang Yi on 27 January 2024.',
      'meeting',
      '2024-01-27',
      person('Jake Sullivan', USA, 3),
      person('Wang Yi', CHN, 3),
    ),
    host_country: 'THA',
  },
  visit('Blinken visited India on 2 March 2023.', 'IND', '2023-03-02', person('Antony Blinken', USA, 3)),
  visit('A mention without a date.', CHN, null, person('Someone Else', USA, 2)),
  {
    ...talks(
      'Officials planned talks for 1 May 2025.',
      'meeting',
      '2025-05-01',
      person('Official Green', USA, 5),
      person('Official Wu', CHN, 5),
    ),
    status: 'planned',
  },
];

async function record(s: RecordStore): Promise<void> {
  for (const [i, t] of TELLINGS.entries()) {
    const { says, ...over } = t;
    await s.ingest(extraction(`doc${i}`, says, [event({ ...over, evidence: [span(says, says)] })]));
  }
  // A correction lowers a visitor's rank (the index must follow it), another hides an event.
  const [kerry] = await s.events({
    countries: ['USA', 'CHN'],
    types: ['visit'],
    since: '2013',
    until: '2013',
  });
  await s.correct({
    event: kerry.id!,
    patch: { participants: [person('John Kerry', 'USA', 2)] },
    author: null,
    note: null,
  });
  const [deputies] = await s.events({ countries: ['USA', 'CHN'], since: '2016', until: '2016' });
  await s.correct({ event: deputies.id!, patch: { deleted: true }, author: null, note: null });
}

const targets = await storeTargets('readout-slices-');

const HIGHEST: HighestRankingQuery[] = [
  { visitor: 'USA', host: 'CHN' },
  { visitor: 'USA', host: 'CHN', since: '2010' },
  { visitor: 'USA', host: 'CHN', since: '2013-02-14', until: '2018' },
  { visitor: 'USA', host: 'CHN', since: '2023' },
  { visitor: 'CHN', host: 'USA' },
  { visitor: 'USA', host: 'IND', since: '2020' },
  { visitor: 'USA', host: 'RUS' },
];
const SILENCE: SilenceQuery[] = [
  { a: 'USA', b: 'CHN' },
  { a: 'CHN', b: 'USA', since: '2015' },
  { a: 'USA', b: 'CHN', since: '2021', until: '2022-12' },
  { a: 'USA', b: 'CHN', since: '2022-03-01', until: '2022-03-31' },
  { a: 'USA', b: 'CHN', maxRank: 1 },
  { a: 'USA', b: 'IND' },
];

for (const target of targets) {
  describe.skipIf(target.skip)(`question slices on ${target.name}`, () => {
    let s: RecordStore;
    let whole: ExchangeEvent[];
    beforeAll(async () => {
      s = await target.open();
      await record(s);
    });
    afterAll(async () => {
      await s?.close();
      await target.done();
    });
    const history = (a: string, b: string) => s.events({ countries: [a, b], status: 'all' });

    it('highest-ranking over its slice answers as over the whole history', async () => {
      for (const q of HIGHEST) {
        whole = await history(q.visitor, q.host);
        const expected = highestRanking(whole, [], q);
        const slice = await s.events(highestRankingSlice(q), { sources: false });
        expect(slice.every((e) => e.sources === undefined)).toBe(true);
        const got = highestRanking(slice, [], q);
        expect({ ...got, because: await s.withSources(got.because) }).toEqual(expected);
        expect(JSON.stringify({ ...got, because: await s.withSources(got.because) })).toBe(
          JSON.stringify(expected),
        );
      }
      // The slice is narrower than the history it stands for.
      const all = await s.events(highestRankingSlice(HIGHEST[0]));
      expect(all.map((e) => e.participants[0].name)).toEqual([
        'Barack Obama',
        'Obama',
        'Hillary Clinton',
        'Envoy Jones',
        'John Kerry',
        'Mike Pompeo',
        'Antony Blinken',
        'Janet Yellen',
        'Someone Else',
      ]);
      expect(highestRanking(all, [], HIGHEST[0]).explanation).toContain('(7 visits in the period)');
    });

    it('silence over its slice, as of the pair’s latest date, answers as over the whole history', async () => {
      for (const q of SILENCE) {
        whole = await history(q.a, q.b);
        const expected = silence(whole, [], q);
        const asOf = await s.latestDate({ countries: [q.a, q.b], status: 'all' });
        expect(asOf).toBe(latestDate(whole));
        const got = silence(await s.events(silenceSlice(q), { sources: false }), [], { ...q, asOf });
        expect(JSON.stringify({ ...got, because: await s.withSources(got.because) })).toBe(
          JSON.stringify(expected),
        );
      }
      // The disputed video call is kept by a window around its inferred date, not its written one.
      const march = await s.events(silenceSlice(SILENCE[3]));
      expect(march.map((e) => e.date_disputed?.inferred)).toEqual(['2022-03-18']);
      // Senior on each side, or on one side of a visit (the second Obama telling names no Chinese side).
      const senior = await s.events(silenceSlice({ a: 'USA', b: 'CHN', maxRank: 1 }));
      expect(senior.map((e) => e.date)).toEqual([
        '2009-11-15',
        '2009-11-16',
        '2015-09-24',
        '2017-02-10',
        '2019-03-18',
        '2022-11-14',
      ]);
    });

    it('answers as over the whole history from the index briefs, and from events read whole where a row has none', async () => {
      const same = async () => {
        for (const q of HIGHEST) {
          const expected = JSON.stringify(highestRanking(await history(q.visitor, q.host), [], q));
          const slice = highestRankingSlice(q);
          const briefs = await s.sliceEvents(slice);
          expect(briefs.map((e) => e.id)).toEqual((await s.events(slice)).map((e) => e.id));
          const got = highestRanking(briefs, [], q);
          expect(JSON.stringify({ ...got, because: await s.withSources(got.because) })).toBe(expected);
        }
        for (const q of SILENCE)
          for (const storedDates of [false, true]) {
            const expected = JSON.stringify(silence(await history(q.a, q.b), [], q));
            const asOf = await s.latestDate({ countries: [q.a, q.b], status: 'all' });
            const slice = silenceSlice(q, { storedDates });
            const briefs = await s.sliceEvents(slice);
            expect(briefs.map((e) => e.id)).toEqual((await s.events(slice)).map((e) => e.id));
            const got = silence(briefs, [], { ...q, asOf });
            expect(JSON.stringify({ ...got, because: await s.withSources(got.because) })).toBe(expected);
          }
      };
      // The hidden event's rows carry no brief; the corrected one's carry the correction.
      const rows = await s.db
        .selectFrom('event_countries')
        .select(['event_id', 'country', 'brief'])
        .execute();
      const hidden = await s.db.selectFrom('events').select('id').where('deleted', '=', 1).execute();
      expect(hidden).toHaveLength(1);
      expect(rows.filter((r) => r.event_id === hidden[0].id).every((r) => r.brief === null)).toBe(true);
      expect(rows.filter((r) => r.country.includes('-') && r.brief !== null).length).toBeGreaterThan(10);
      expect(rows.filter((r) => !r.country.includes('-')).every((r) => r.brief === null)).toBe(true);
      const kerry = (
        await s.sliceEvents(highestRankingSlice({ visitor: USA, host: CHN, since: '2013', until: '2013' }))
      )[0];
      expect(kerry.participants).toEqual(
        [person('John Kerry', 'USA', 2)].map(({ name, role, country, rank }) => ({
          name,
          role,
          country,
          rank,
        })),
      );
      await same();
      // As a record written before the briefs would be, were it not backfilled: every event read whole.
      const saved = rows.filter((r) => r.brief !== null);
      await s.db.updateTable('event_countries').set({ brief: null }).execute();
      try {
        await same();
      } finally {
        for (const r of saved)
          await s.db
            .updateTable('event_countries')
            .set({ brief: r.brief })
            .where('event_id', '=', r.event_id)
            .where('country', '=', r.country)
            .execute();
      }
    });

    it('latestDate counts a disputed date at its inferred date and skips hidden and undated events', async () => {
      expect(await s.latestDate({ countries: ['USA', 'CHN'], status: 'all' })).toBe('2025-05-01');
      expect(await s.latestDate({ countries: ['USA', 'CHN'], until: '2022-06' })).toBe('2022-03-18');
      expect(await s.latestDate({ countries: ['USA', 'RUS'], status: 'all' })).toBeNull();
      expect(await s.latestDate({ status: 'all', types: ['video_call'] })).toBe('2022-03-18');
    });

    it('refuses a senior slice without a pair', async () => {
      await expect(s.events({ countries: ['USA'], senior: 3 })).rejects.toThrow(/two countries/);
    });
  });
}
