// visitsBy keeps one visit per exchange by comparing each visit only with the kept ones whose dates
// can still agree; it must keep exactly what comparing with every kept visit keeps.
import { describe, expect, it } from 'vitest';
import { sameExchange } from '../../src/analysis/events.js';
import { visitsBy, type HighestRankingQuery } from '../../src/analysis/highest-ranking.js';
import { occurredIn } from '../../src/analysis/select.js';
import type { ExchangeEvent } from '../../src/types.js';
import { event } from '../record/fixtures.js';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

const NAMES = ['Antony Blinken', 'Blinken', 'Janet Yellen', 'Yellen', 'John Kerry', null];

function visits(seed: number, n: number): ExchangeEvent[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const out: ExchangeEvent[] = [];
  for (let i = 0; i < n; i++) {
    const day = `2023-0${1 + Math.floor(r() * 3)}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    const date = pick([day, day, day, day.slice(0, 7), '2023']);
    const withEnd = date.length === 10 && r() < 0.2;
    const e = event({
      id: r() < 0.1 && out.length ? (out[out.length - 1].id as string) : r() < 0.05 ? undefined : `ev${i}`,
      type: r() < 0.9 ? 'visit' : 'meeting',
      status: r() < 0.9 ? 'occurred' : 'planned',
      participants: [{ name: pick(NAMES), role: null, country: 'USA', rank: 1 + Math.floor(r() * 5) }],
      host_country: r() < 0.9 ? 'CHN' : 'IND',
      date,
      end_date: withEnd
        ? `${date.slice(0, 8)}${String(Math.min(28, Number(date.slice(8)) + 3)).padStart(2, '0')}`
        : null,
    });
    out.push(e);
    if (r() < 0.05) out.push(e); // the same object twice
  }
  return out;
}

/** The rule as first written: each visit against every visit kept so far. */
function everyKept(events: ExchangeEvent[], q: HighestRankingQuery): ExchangeEvent[] {
  const out: ExchangeEvent[] = [];
  for (const e of occurredIn(events, q))
    if (
      e.type === 'visit' &&
      e.host_country === q.host &&
      e.participants.some((p) => p.country === q.visitor)
    )
      if (!out.some((o) => sameExchange(o, e))) out.push(e);
  return out;
}

describe('visitsBy', () => {
  it('keeps what comparing with every kept visit keeps, over many random records', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const events = visits(seed, 40 + seed * 3);
      for (const q of [
        { visitor: 'USA', host: 'CHN' },
        { visitor: 'USA', host: 'CHN', since: '2023-02', until: '2023-03-10' },
      ]) {
        const want = everyKept(events, q);
        const got = visitsBy(events, q);
        expect(got).toHaveLength(want.length);
        got.forEach((e, i) => expect(e).toBe(want[i]));
      }
    }
  });

  it('keeps one of two tellings a day apart and both of two visits a week apart', () => {
    const [a, b, c] = visits(7, 3).map((e, i) => ({
      ...e,
      id: `v${i}`,
      type: 'visit' as const,
      status: 'occurred' as const,
      host_country: 'CHN',
      end_date: null,
      participants: [{ name: 'Antony Blinken', role: null, country: 'USA', rank: 3 }],
    }));
    const told = [
      { ...a, date: '2023-06-18' },
      { ...b, date: '2023-06-19' },
      { ...c, date: '2023-06-26' },
    ];
    expect(visitsBy(told, { visitor: 'USA', host: 'CHN' }).map((e) => e.date)).toEqual([
      '2023-06-18',
      '2023-06-26',
    ]);
  });
});
