// The questions over a pair's whole history read its index rows as one JSON text (read.ts
// historyRows) and make events of their briefs; over a generated record full of what can go wrong
// (ties on one day, partial and disputed dates, one exchange told in several documents, visits
// with an unnamed host side, hidden events) every answer must equal the answer over the pair's
// events read whole. Run over SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  highestRanking,
  highestRankingSlice,
  type HighestRankingQuery,
} from '../../src/analysis/highest-ranking.js';
import { silence, silenceSlice, type SilenceQuery } from '../../src/analysis/silence.js';
import { isBriefEvent } from '../../src/record/rows.js';
import type { RecordStore } from '../../src/record/store.js';
import type { ExchangeEvent, Participant } from '../../src/types.js';
import { event, extraction, span } from './fixtures.js';
import { storeTargets } from './targets.js';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

const PEOPLE: Record<string, Array<[string | null, string | null]>> = {
  USA: [
    ['Antony Blinken', 'Secretary of State'],
    ['Blinken', null],
    ['Janet Yellen', 'Treasury Secretary'],
    ['Joe Biden', 'President'],
    [null, 'an aide'],
  ],
  CHN: [
    ['Wang Yi', 'Foreign Minister'],
    ['Xi Jinping', 'President'],
    ['Li Qiang', null],
    [null, null],
  ],
  IND: [['S. Jaishankar', 'External Affairs Minister']],
};

/** A record of tellings: each [sentence, event], some told twice in other documents. */
function tellings(seed: number, n: number): Array<[string, ExchangeEvent]> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  // Few days, so many events share one (ties broken by id) or fall a day apart (one exchange?).
  const days = Array.from({ length: 24 }, () => {
    const y = 2015 + Math.floor(r() * 9);
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 27);
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  });
  const who = (c: string): Participant => {
    const [name, role] = pick(PEOPLE[c]);
    return { name, role, country: c, rank: r() < 0.1 ? null : 1 + Math.floor(r() * 6) };
  };
  const out: Array<[string, ExchangeEvent]> = [];
  for (let i = 0; i < n; i++) {
    const [a, b] = r() < 0.85 ? ['USA', 'CHN'] : pick([['USA', 'IND'] as const, ['CHN', 'IND'] as const]);
    const type = pick(['visit', 'visit', 'meeting', 'phone_call', 'video_call'] as const);
    const host = type === 'visit' ? pick([a, b]) : type === 'meeting' ? pick([a, b, null]) : null;
    const day = pick(days);
    const date = pick([day, day, day, day, day.slice(0, 7), day.slice(0, 4), null]);
    const participants = [who(a)];
    // A visit's host side may go unnamed; every other exchange names both sides.
    if (type !== 'visit' || r() < 0.7) participants.push(who(b));
    if (r() < 0.15) participants.push(who(a));
    const e = event({
      type,
      status: r() < 0.85 ? 'occurred' : pick(['planned', 'cancelled'] as const),
      host_country: host,
      location:
        host && r() < 0.5 ? { city: pick(['Beijing', 'Washington', 'Delhi', null]), country: host } : null,
      date,
      end_date: date?.length === 10 && r() < 0.2 ? `${date.slice(0, 8)}28` : null,
      participants,
    });
    if (date && r() < 0.12) {
      const inferred = pick(days);
      e.date_disputed = { as_written: date, inferred, reason: 'its evidence says otherwise', evidence: [] };
    }
    const says = `Telling ${i}: ${participants.map((p) => p.name ?? p.role ?? 'someone').join(' and ')} (${type}).`;
    out.push([says, { ...e, evidence: [span(says, says)] }]);
    // The same exchange told again elsewhere, a day later or at the month, the visitor by surname.
    if (r() < 0.2 && date?.length === 10) {
      const next = `${date.slice(0, 8)}${String(Math.min(28, Number(date.slice(8)) + 1)).padStart(2, '0')}`;
      const again = `Retold ${i}: the ${type} again.`;
      out.push([
        again,
        {
          ...e,
          date: pick([next, date.slice(0, 7), date]),
          participants: participants.map((p) => ({ ...p, name: p.name?.split(' ').pop() ?? null })),
          evidence: [span(again, again)],
        },
      ]);
    }
  }
  return out;
}

const HIGHEST: HighestRankingQuery[] = [
  { visitor: 'USA', host: 'CHN' },
  { visitor: 'CHN', host: 'USA' },
  { visitor: 'USA', host: 'IND' },
  { visitor: 'USA', host: 'CHN', until: '2019-06' },
  { visitor: 'USA', host: 'CHN', since: '2020' },
];
const SILENCE: SilenceQuery[] = [
  { a: 'USA', b: 'CHN' },
  { a: 'CHN', b: 'USA', maxRank: 1 },
  { a: 'USA', b: 'CHN', maxRank: 5 },
  { a: 'USA', b: 'IND' },
  { a: 'USA', b: 'CHN', until: '2018' },
  { a: 'USA', b: 'CHN', since: '2019-03' },
];

const targets = await storeTargets('readout-history-');

for (const target of targets) {
  describe.skipIf(target.skip)(`whole-history questions on ${target.name}`, () => {
    let s: RecordStore;
    beforeAll(async () => {
      s = await target.open();
      for (const [i, [says, e]] of tellings(23, 150).entries())
        await s.ingest(extraction(`h${i}`, says, [e]));
      // A senior contact written at the month whose text implies a day: it counts, at that day.
      const said = 'Wang Yi met Antony Blinken in May 2018.';
      const partial = event({
        date: '2018-05',
        participants: [
          { name: 'Antony Blinken', role: 'Secretary of State', country: 'USA', rank: 2 },
          { name: 'Wang Yi', role: 'Foreign Minister', country: 'CHN', rank: 2 },
        ],
      });
      partial.date_disputed = {
        as_written: '2018-05',
        inferred: '2018-05-20',
        reason: 'a later day',
        evidence: [],
      };
      await s.ingest(extraction('h-partial', said, [{ ...partial, evidence: [span(said, said)] }]));
      // Two hidden events: their rows carry no brief, and the answers must not see them.
      const pair = await s.events({ countries: ['USA', 'CHN'], status: 'occurred' });
      for (const e of [pair[3], pair[pair.length - 5]])
        await s.correct({ event: e.id!, patch: { deleted: true }, author: null, note: null });
    });
    afterAll(async () => {
      await s?.close();
      await target.done();
    });
    const whole = (a: string, b: string) => s.events({ countries: [a, b], status: 'all' });

    it('reads the record it was meant to: ties, partial and disputed dates, retellings', async () => {
      const all = await whole('USA', 'CHN');
      const dated = all.filter((e) => e.date);
      expect(all.length).toBeGreaterThan(100);
      expect(new Set(dated.map((e) => e.date)).size).toBeLessThan(dated.length - 20);
      expect(all.filter((e) => e.date && e.date.length < 10).length).toBeGreaterThan(5);
      expect(all.filter((e) => e.date_disputed).length).toBeGreaterThan(5);
      const visits = highestRanking(all, [], HIGHEST[0]);
      const slice = await s.sliceEvents(highestRankingSlice(HIGHEST[0]));
      // Some visits are one exchange told twice: fewer visits counted than read.
      expect(visits.explanation).not.toContain(`(${slice.length} visits`);
      expect(slice.every(isBriefEvent)).toBe(true);
    });

    it('highest-ranking from the briefs answers as from the whole history', async () => {
      for (const q of HIGHEST) {
        const expected = JSON.stringify(highestRanking(await whole(q.visitor, q.host), [], q));
        const slice = highestRankingSlice(q);
        const briefs = await s.sliceEvents(slice);
        expect(briefs.map((e) => e.id)).toEqual((await s.events(slice)).map((e) => e.id));
        const got = highestRanking(briefs, [], q);
        expect(JSON.stringify({ ...got, because: await s.withSources(got.because) })).toBe(expected);
      }
    });

    it('silence from the briefs answers as from the whole history', async () => {
      for (const q of SILENCE)
        for (const storedDates of [false, true]) {
          const expected = JSON.stringify(silence(await whole(q.a, q.b), [], q));
          const slice = silenceSlice(q, { storedDates });
          const briefs = await s.sliceEvents(slice);
          expect(briefs.map((e) => e.id)).toEqual((await s.events(slice)).map((e) => e.id));
          const asOf = await s.latestDate({ countries: [q.a, q.b], status: 'all' });
          const got = silence(briefs, [], { ...q, asOf });
          expect(JSON.stringify({ ...got, because: await s.withSources(got.because) })).toBe(expected);
        }
    });

    it('silence over stored dates reads only days and disputed dates, of briefs and of events read whole', async () => {
      const q = { a: 'USA', b: 'CHN' };
      const all = await s.sliceEvents(silenceSlice(q));
      const days = await s.sliceEvents(silenceSlice(q, { storedDates: true }));
      const kept = (e: ExchangeEvent) => !!e.date_disputed || e.date?.length === 10;
      expect(days.map((e) => e.id)).toEqual(all.filter(kept).map((e) => e.id));
      // Partial dates and undated events are left out; disputed ones of any precision stay.
      expect(all.filter((e) => !kept(e)).length).toBeGreaterThan(2);
      expect(days.some((e) => e.date_disputed && e.date?.length !== 10)).toBe(true);
      expect((await s.events(silenceSlice(q, { storedDates: true }))).every(kept)).toBe(true);
    });

    it('events made from briefs carry what the questions read, as the events read whole do', async () => {
      const slice = silenceSlice({ a: 'USA', b: 'CHN', maxRank: 7 });
      const byId = new Map((await s.events(slice, { sources: false })).map((e) => [e.id, e]));
      const briefs = await s.sliceEvents(slice);
      expect(briefs.length).toBe(byId.size);
      for (const e of briefs) {
        const w = byId.get(e.id)!;
        const read = (x: ExchangeEvent) => [
          x.id,
          x.type,
          x.status,
          x.host_country,
          x.location,
          x.date,
          x.end_date,
          x.date_disputed ?? null,
          x.rank,
          x.participants,
        ];
        expect(read(e)).toEqual(read(w));
        // A copy is an ordinary event again: withSources() adds sources to it rather than reading it.
        expect(isBriefEvent({ ...e })).toBe(false);
      }
    });
  });
}
