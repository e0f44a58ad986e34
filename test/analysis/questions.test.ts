// The pure questions over hand-made events: highest-ranking, first in N years, silence, temperature.
import { describe, expect, it } from 'vitest';
import { inferDisputedDates } from '../../src/analysis/anchored-dates.js';
import { firstInYears } from '../../src/analysis/first.js';
import { highestRanking } from '../../src/analysis/highest-ranking.js';
import { officeTest } from '../../src/analysis/offices.js';
import { silence } from '../../src/analysis/silence.js';
import { temperature } from '../../src/analysis/temperature.js';
import { timeline } from '../../src/analysis/timeline.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { cov, ev } from '../check/helpers.js';

const kb = loadKnowledge();
const P = (name: string, extra = {}) => ({ name, ...extra });

// US–China senior contacts since Biden took office, as the seed story lists them.
const seedLike = () => [
  ev({ type: 'phone_call', date: '2021-02-10', participants: [P('Joe Biden'), P('Xi Jinping')] }),
  ev({
    type: 'meeting',
    date: '2021-03-18',
    host_country: 'USA',
    location: { city: 'Anchorage', country: 'USA' },
    participants: [P('Antony Blinken'), P('Yang Jiechi', { rank: 3 })],
  }),
  ev({
    type: 'video_call',
    date: '2021-05-26',
    participants: [P('Katherine Tai', { rank: 4 }), P('Liu He', { rank: 3 })],
  }),
  ev({
    type: 'visit',
    date: '2021-07-26',
    host_country: 'CHN',
    participants: [P('Wendy Sherman', { rank: 5 })],
  }),
  ev({ type: 'video_call', date: '2021-11-15', participants: [P('Joe Biden'), P('Xi Jinping')] }),
  ev({
    type: 'meeting',
    date: '2022-09-23',
    host_country: 'USA',
    participants: [P('Antony Blinken'), P('Wang Yi', { rank: 3 })],
  }),
  ev({
    type: 'meeting',
    date: '2022-11-14',
    host_country: 'IDN',
    participants: [P('Joe Biden'), P('Xi Jinping')],
  }),
];
const rome = (date: string, disputed: boolean) => {
  const e = ev(
    {
      type: 'meeting',
      date,
      host_country: 'ITA',
      participants: [P('Jake Sullivan'), P('Yang Jiechi', { rank: 3 })],
      evidence:
        'Weeks after China’s close ally Russia invaded Ukraine, Sullivan held a seven-hour meeting with Yang.',
    },
    'Weeks after China’s close ally Russia invaded Ukraine, Sullivan held a seven-hour meeting with Yang.',
  );
  if (disputed)
    e.date_disputed = {
      as_written: '2021-03-14',
      inferred: '2022-03-14',
      reason: 'weeks after the invasion',
      evidence: [],
    };
  return e;
};
const listCoverage = [cov(['USA', 'CHN'], '2021-01-20', { until: '2023-06-18', max_rank: 3 })];

describe('silence', () => {
  it('names the longest gap and the two events bounding it (Rome at its true date)', () => {
    const a = silence([...seedLike(), rome('2022-03-14', true)], listCoverage, {
      a: 'USA',
      b: 'CHN',
      since: '2021-01-20',
    });
    expect(a.answer!.longest!.days).toBe(242);
    expect(a.answer!.longest!.from.date).toBe('2021-03-18');
    expect(a.answer!.longest!.to.date).toBe('2021-11-15');
    expect(a.because.map((e) => e.date)).toEqual(expect.arrayContaining(['2021-03-18', '2021-11-15']));
    expect(a.status).toBe('answered');
    expect(a.explanation).toContain('disputed');
  });
  it('reads 312 days when Rome keeps the heading’s year, and says nothing is disputed only when nothing is', () => {
    const a = silence([...seedLike(), rome('2021-03-14', false)], listCoverage, {
      a: 'USA',
      b: 'CHN',
      since: '2021-01-20',
    });
    expect(a.answer!.longest!.days).toBe(312);
    expect(a.disputed).toEqual([]);
    // The same event judged from its own evidence: the implied date, and the warning.
    const b = silence(inferDisputedDates([...seedLike(), rome('2021-03-14', false)], kb), listCoverage, {
      a: 'USA',
      b: 'CHN',
      since: '2021-01-20',
    });
    expect(b.answer!.longest!.days).toBe(242);
    expect(b.explanation).toMatch(/disputed: written 2021-03-14, taken as 2022-03-14/);
  });
  it('counts only senior contacts, days since the last as of the record’s latest event, and flags missing coverage', () => {
    const a = silence(seedLike(), [], { a: 'USA', b: 'CHN' });
    expect(a.answer!.contacts).toBe(5);
    expect(a.answer!.as_of).toBe('2022-11-14');
    expect(a.answer!.days_since_last).toBe(0);
    expect(a.status).toBe('unverifiable');
    expect(silence(seedLike(), [], { a: 'USA', b: 'CHN', asOf: '2023-01-14' }).answer!.days_since_last).toBe(
      61,
    );
  });
});

describe('highest-ranking', () => {
  const visits = [
    ev({
      type: 'visit',
      date: '2021-07-26',
      host_country: 'CHN',
      participants: [P('Wendy Sherman', { rank: 5 })],
    }),
    ev({ type: 'visit', date: '2023-06-18', host_country: 'CHN', participants: [P('Antony Blinken')] }),
    ev({
      type: 'visit',
      date: '2017-11-08',
      host_country: 'CHN',
      participants: [P('Donald Trump', { role: 'President', rank: 1 })],
    }),
  ];
  it('gives the best rank since the date, with the events', () => {
    const a = highestRanking(visits, listCoverage, { visitor: 'USA', host: 'CHN', since: '2021-01-20' });
    expect(a.answer!.rank).toBe(3);
    expect(a.answer!.visits[0].name).toBe('Antony Blinken');
    expect(a.status).toBe('answered');
    expect(highestRanking(visits, [], { visitor: 'USA', host: 'CHN', since: '2021-01-20' }).status).toBe(
      'unverifiable',
    );
    expect(
      highestRanking(visits, [], { visitor: 'USA', host: 'CHN', since: '2017-01-01' }).answer!.rank,
    ).toBe(1);
  });
});

describe('first in N years', () => {
  const sec = (date: string, name: string) =>
    ev({
      type: 'visit',
      date,
      host_country: 'CHN',
      participants: [P(name, { role: 'Secretary of State', country: 'USA', rank: 3 })],
    });
  const trips = [
    cov(['USA'], '1905-01-01', {
      until: '2025-02-19',
      types: ['visit'],
      visitor: 'USA',
      max_rank: 3,
      offices: ['President', 'Secretary of State'],
    }),
  ];
  const events = [
    sec('2018-06-14', 'Mike Pompeo'),
    sec('2018-10-08', 'Mike Pompeo'),
    sec('2023-06-18', 'Antony Blinken'),
    ev({
      type: 'visit',
      date: '2021-07-26',
      host_country: 'CHN',
      participants: [P('Wendy Sherman', { rank: 5 })],
    }),
  ];
  const q = {
    visitor: 'USA',
    host: 'CHN',
    office: 'Secretary of State',
    holds: officeTest(kb, 'Secretary of State', 'USA'),
    maxRank: 3,
  };
  it('finds the latest visit, the one before it and the exact gap', () => {
    const a = firstInYears(events, trips, { ...q, years: 5 });
    expect(a.answer!.visit!.date).toBe('2023-06-18');
    expect(a.answer!.previous!.date).toBe('2018-10-08');
    expect(a.answer!.gap_text).toBe('4 years 8 months 10 days (1714 days)');
    expect(a.answer!.holds).toBe(true);
    expect(firstInYears(events, trips, { ...q, years: 4 }).answer!.holds).toBe(false);
  });
  it('cannot tell without coverage, and judges as of a date', () => {
    expect(firstInYears(events, [], { ...q, years: 5 }).answer!.holds).toBeNull();
    expect(firstInYears(events, trips, { ...q, asOf: '2019-01-01' }).answer!.previous!.date).toBe(
      '2018-06-14',
    );
  });
});

describe('temperature and timeline', () => {
  it('sums Goldstein scores by month, deriving them from type and status when absent', () => {
    const events = [
      ...seedLike(),
      ev({
        type: 'meeting',
        status: 'planned',
        date: '2022-11',
        participants: [P('Joe Biden'), P('Xi Jinping')],
      }),
      ev({
        type: 'meeting',
        status: 'declined',
        date: '2022-11-20',
        participants: [P('Lloyd Austin'), P('Wei Fenghe')],
      }),
    ];
    const a = temperature(events, listCoverage, { a: 'USA', b: 'CHN', since: '2022-09', until: '2022-11' });
    expect(a.answer!.map((m) => m.month)).toEqual(['2022-09', '2022-10', '2022-11']);
    const nov = a.answer!.find((m) => m.month === '2022-11')!;
    // meeting in a third country 044 (2.5) + planned 036 (4.0) + declined 125 (-5.0)
    expect(nov.index).toBe(1.5);
    expect(nov.by_status).toEqual({ occurred: 1, planned: 1, declined: 1 });
    expect(a.answer!.find((m) => m.month === '2022-10')!.events).toBe(0);
  });
  it('lists a pair’s occurred exchanges in date order, filtered by rank', () => {
    const t = timeline(seedLike().reverse(), { countries: ['USA', 'CHN'], maxRank: 1 });
    expect(t.map((e) => e.date)).toEqual(['2021-02-10', '2021-11-15', '2022-11-14']);
  });
});
