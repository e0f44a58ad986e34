import { describe, expect, it } from 'vitest';
import { claimCovers, covered, reachBack } from '../../src/analysis/coverage.js';
import {
  addYears,
  daysBetween,
  endOf,
  formatGap,
  gapBetween,
  roundedYears,
} from '../../src/analysis/dates.js';
import { cov } from '../check/helpers.js';

describe('dates', () => {
  it('gives calendar gaps and rounds years as journalists do', () => {
    const g = gapBetween('2018-10-08', '2023-06-18');
    expect([g.years, g.months, g.days]).toEqual([4, 8, 10]);
    expect(roundedYears(g)).toBe(5);
    expect(formatGap(g)).toBe('4 years 8 months 10 days (1714 days)');
    expect(roundedYears(gapBetween('2018-01-08', '2023-06-07'))).toBe(5);
    expect(roundedYears(gapBetween('2018-01-08', '2023-07-08'))).toBe(6);
  });
  it('counts days and bounds partial dates', () => {
    expect(daysBetween('2021-03-18', '2021-11-15')).toBe(242);
    expect(daysBetween('2021-11-15', '2022-09-23')).toBe(312);
    expect(endOf('2024-02')).toBe('2024-02-29');
    expect(endOf('2023')).toBe('2023-12-31');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });
});

describe('coverage', () => {
  const trips = cov(['USA'], '1905-01-01', {
    until: '2025-02-19',
    types: ['visit'],
    visitor: 'USA',
    max_rank: 3,
    offices: ['President', 'Secretary of State'],
  });
  it('a trips record covers that country’s visits by those offices, and nothing else', () => {
    expect(
      claimCovers(trips, {
        a: 'USA',
        b: 'CHN',
        types: ['visit'],
        visitor: 'USA',
        maxRank: 3,
        offices: ['Secretary of State'],
      }),
    ).toBe(true);
    expect(
      claimCovers(trips, {
        a: 'USA',
        b: 'CHN',
        types: ['visit'],
        visitor: 'CHN',
        maxRank: 3,
        offices: ['Secretary of State'],
      }),
    ).toBe(false);
    expect(claimCovers(trips, { a: 'USA', b: 'CHN', types: ['visit'], visitor: 'USA', maxRank: 2 })).toBe(
      false,
    );
    expect(claimCovers(trips, { a: 'USA', b: 'CHN', types: ['meeting'], maxRank: 3 })).toBe(false);
  });
  it('a pair list covers that pair up to its rank, not one side’s other partners', () => {
    const list = cov(['USA', 'CHN'], '2021-01-20', { max_rank: 3 });
    expect(claimCovers(list, { a: 'USA', b: 'CHN', maxRank: 3 })).toBe(true);
    expect(claimCovers(list, { a: 'USA', b: 'CHN', maxRank: 4 })).toBe(false);
    expect(claimCovers(list, { a: 'USA', b: 'JPN', maxRank: 3 })).toBe(false);
    expect(claimCovers(list, { a: 'USA', maxRank: 3 })).toBe(false);
  });
  it('joins adjacent claims and stops at a hole', () => {
    const need = { a: 'USA', b: 'CHN' };
    const early = cov(['USA', 'CHN'], '2010-01-01', { until: '2015-12-31' });
    const late = cov(['USA', 'CHN'], '2016-01-01');
    expect(reachBack([late, early], need, '2023-06-18').from).toBe('2010-01-01');
    expect(covered([late, early], need, '2012-05-01', '2023-06-18')).toBe(true);
    const gapped = cov(['USA', 'CHN'], '2017-01-01');
    expect(reachBack([gapped, early], need, '2023-06-18').from).toBe('2017-01-01');
    expect(covered([gapped, early], need, '2012-05-01', '2023-06-18')).toBe(false);
    expect(reachBack([], need, '2023-06-18').from).toBeNull();
  });
});
