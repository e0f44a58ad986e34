// occurredIn takes events that already come in date order (a store's slice) as they are, without
// sorting them again, and silence's gaps share each contact's reference rather than copying it: the
// events in order and the answers must be what sorting every time and copying every reference gave.
import { describe, expect, it } from 'vitest';
import { eventDate, startOf } from '../../src/analysis/dates.js';
import { occurredIn } from '../../src/analysis/select.js';
import { silence } from '../../src/analysis/silence.js';
import type { ExchangeEvent } from '../../src/types.js';
import { event, person } from '../record/fixtures.js';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

/** The sort occurredIn ran on every array before. */
function sortedAsBefore(events: ExchangeEvent[]): ExchangeEvent[] {
  return events
    .filter((e) => e.status === 'occurred' && eventDate(e))
    .map((e) => ({ e, start: startOf(eventDate(e)!), id: String(e.id ?? '') }))
    .sort((a, b) => (a.start !== b.start ? (a.start < b.start ? -1 : 1) : a.id.localeCompare(b.id)))
    .map((k) => k.e);
}

/** Events on few days (ties), at three precisions, some disputed, planned or undated, ids in mixed case. */
function record(seed: number, n: number): ExchangeEvent[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const days = ['2020-03-01', '2020-03-02', '2020-03-09', '2021-07-30', '2021-08-01'];
  return Array.from({ length: n }, (_, i) => {
    const day = pick(days);
    const e = event({
      id: pick(['ev-', 'EV-', 'Ev-', 'év-', 'ev_']) + String(Math.floor(r() * 40)),
      status: r() < 0.85 ? 'occurred' : 'planned',
      date: pick([day, day, day, day.slice(0, 7), day.slice(0, 4), null]),
      participants: [
        person(`Official ${i % 5}`, 'USA', 1 + Math.floor(r() * 4), pick(['Minister', null])),
        person(`Official ${i % 7}`, 'CHN', 1 + Math.floor(r() * 4)),
      ],
    });
    if (e.date && r() < 0.15)
      e.date_disputed = { as_written: e.date, inferred: pick(days), reason: 'said otherwise', evidence: [] };
    return e;
  });
}

describe('events already in date order', () => {
  it('come out of occurredIn as the sort gave them, in order or not, whatever their ties', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const events = record(seed, 1 + (seed % 40));
      const expected = sortedAsBefore(events);
      expect(occurredIn(events)).toEqual(expected);
      // The same events already in order, as a store's slice gives them (every one occurred and dated).
      const inOrder = [...expected];
      expect(occurredIn(inOrder)).toEqual(expected);
      expect(occurredIn(inOrder, { since: '2021', until: '2021-07' })).toEqual(
        occurredIn(events, { since: '2021', until: '2021-07' }),
      );
      // One pair swapped: no longer in order, so sorted.
      if (inOrder.length > 2) {
        const swapped = [...expected];
        [swapped[0], swapped[swapped.length - 1]] = [swapped[swapped.length - 1], swapped[0]];
        expect(occurredIn(swapped)).toEqual(sortedAsBefore(swapped));
      }
    }
  });

  it('are sorted when a tie is in code-unit order but not in the locale order the sort uses', () => {
    const on = (id: string, date: string) =>
      event({ id, date, participants: [person('A', 'USA'), person('B', 'CHN')] });
    for (const ids of [
      ['EV-1', 'ev-1'],
      ['ew-1', 'év-1'],
    ]) {
      const events = [on('ev-0', '2020-01-01'), on(ids[0], '2020-03-01'), on(ids[1], '2020-03-01')];
      expect(occurredIn(events).map((e) => e.id)).toEqual(sortedAsBefore(events).map((e) => e.id));
      expect(occurredIn(events).map((e) => e.id)).toEqual(['ev-0', ids[1], ids[0]]);
    }
  });

  it("silence's gaps print as copies of each contact's reference would", () => {
    for (let seed = 1; seed <= 50; seed++) {
      const events = sortedAsBefore(record(seed, 60));
      const got = silence(events, [], { a: 'USA', b: 'CHN', asOf: '2022-01-01' });
      expect(got.answer!.gaps.length).toBeGreaterThan(0);
      const copied = {
        ...got,
        answer: {
          ...got.answer!,
          gaps: got.answer!.gaps.map((g) => ({ days: g.days, from: { ...g.from }, to: { ...g.to } })),
        },
      };
      expect(JSON.stringify(got)).toBe(JSON.stringify(copied));
    }
  });
});
