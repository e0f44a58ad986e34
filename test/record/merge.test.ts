import { describe, expect, it } from 'vitest';
import { datesAgree, fillFrom, mergeKey, namesMatch, sameExchange } from '../../src/record/merge.js';
import { event, person } from './fixtures.js';

const pair = (a = 'Antony Blinken', b = 'Wang Yi') => [person(a, 'USA'), person(b, 'CHN')];

describe('namesMatch', () => {
  it('matches a name whose tokens are a subset of the other, ignoring case and accents', () => {
    expect(namesMatch('Blinken', 'Antony Blinken')).toBe(true);
    expect(namesMatch('antony blinken', 'Antony J. Blinken')).toBe(true);
    expect(namesMatch('Lula', 'Luiz Inácio Lula da Silva')).toBe(true);
    expect(namesMatch('Inacio Lula', 'Luiz Inácio Lula da Silva')).toBe(true);
  });
  it('does not match different people or empty names', () => {
    expect(namesMatch('Wang Yi', 'Wang Wenbin')).toBe(false);
    expect(namesMatch('Qin Gang', 'Wang Yi')).toBe(false);
    expect(namesMatch('', 'Wang Yi')).toBe(false);
  });
});

describe('datesAgree', () => {
  const d = (date: string | null, end_date: string | null = null) => ({ date, end_date });
  it('agrees on a prefix and on days one apart', () => {
    expect(datesAgree(d('2023-06'), d('2023-06-18'))).toBe(true);
    expect(datesAgree(d('2023'), d('2023-11'))).toBe(true);
    expect(datesAgree(d('2023-06-18'), d('2023-06-19'))).toBe(true);
    expect(datesAgree(d('2023-06-30'), d('2023-07-01'))).toBe(true);
    expect(datesAgree(d('2023-06-18', '2023-06-20'), d('2023-06-21'))).toBe(true);
  });
  it('disagrees two days apart, across months, and without dates', () => {
    expect(datesAgree(d('2023-06-18'), d('2023-06-20'))).toBe(false);
    expect(datesAgree(d('2023-06'), d('2023-07-01'))).toBe(false);
    expect(datesAgree(d('2022'), d('2023-01'))).toBe(false);
    expect(datesAgree(d(null), d('2023-01'))).toBe(false);
  });
});

describe('sameExchange', () => {
  const base = { date: '2023-06-18', participants: pair() };
  it('is the same exchange told with short names a day apart', () => {
    expect(
      sameExchange(event(base), event({ date: '2023-06-19', participants: pair('Blinken', 'Wang') })).same,
    ).toBe(true);
  });
  it('matches an unnamed side by its country', () => {
    expect(
      sameExchange(
        event(base),
        event({ ...base, participants: [person('Blinken', 'USA'), person(null, 'CHN')] }),
      ).same,
    ).toBe(true);
  });
  it('keeps apart other types, statuses, countries, hosts, people and dates', () => {
    const a = event({ ...base, host_country: 'CHN' });
    const cases = [
      event({ ...base, type: 'phone_call' }),
      event({ ...base, type: 'handshake' }),
      event({ ...base, status: 'planned' }),
      event({
        ...base,
        participants: [person('Antony Blinken', 'USA'), person('Wang Yi', 'CHN'), person('Yoon', 'KOR')],
      }),
      event({ ...base, host_country: 'USA' }),
      event({ ...base, participants: pair('Antony Blinken', 'Qin Gang') }),
      event({ ...base, date: '2023-06-25' }),
    ];
    for (const b of cases) expect(sameExchange(a, b).same, JSON.stringify(b)).toBe(false);
  });
  it('merges undated events only with identical participants', () => {
    const u = event({ participants: pair() });
    expect(sameExchange(u, event({ participants: pair() })).same).toBe(true);
    expect(sameExchange(u, event({ participants: pair('Blinken', 'Wang') })).same).toBe(false);
    expect(sameExchange(u, event(base)).same).toBe(true);
    expect(sameExchange(u, event({ ...base, participants: pair('Antony Blinken', 'Qin Gang') })).same).toBe(
      false,
    );
  });
  it('does not merge events without any country on overlapping dates', () => {
    const nowhere = (n: string) =>
      event({ date: '2023-06-18', participants: [{ name: n, role: null, country: null, rank: null }] });
    expect(sameExchange(nowhere('A Person'), nowhere('B Person')).same).toBe(false);
  });
  it('gives the same merge key to candidates whatever the participant order', () => {
    expect(mergeKey(event({ ...base, participants: pair().reverse() }))).toBe(mergeKey(event(base)));
  });
});

describe('fillFrom', () => {
  it('takes a finer date and fields the stored event lacks, never overwriting', () => {
    const stored = event({
      date: '2023-06',
      participants: [person('Blinken', 'USA', null), person(null, 'CHN', null)],
      tone: 'frank',
    });
    const incoming = event({
      date: '2023-06-18',
      participants: pair(),
      tone: 'candid',
      duration_minutes: 90,
      topics: ['Taiwan'],
      location: { city: 'Beijing', country: 'CHN' },
    });
    const out = fillFrom(stored, incoming);
    expect(out).toMatchObject({
      date: '2023-06-18',
      tone: 'frank',
      duration_minutes: 90,
      topics: ['Taiwan'],
      rank: 3,
    });
    expect(out?.location?.city).toBe('Beijing');
    expect(out?.participants.map((p) => p.name)).toEqual(['Antony Blinken', 'Wang Yi']);
  });
  it('returns null when the new telling adds nothing', () => {
    const full = event({ date: '2023-06-18', participants: pair(), tone: 'candid' });
    expect(fillFrom(full, event({ date: '2023-06', participants: pair('Blinken', 'Wang') }))).toBeNull();
  });
});
