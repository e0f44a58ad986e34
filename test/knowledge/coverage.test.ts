import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';

// The promise, checked twice a year 2000–2025: every G20 country has a head of state or
// government and a foreign minister in the knowledge, and so do the thirty-odd others it names.
const G20 = [
  'ARG',
  'AUS',
  'BRA',
  'CAN',
  'CHN',
  'FRA',
  'DEU',
  'IND',
  'IDN',
  'ITA',
  'JPN',
  'KOR',
  'MEX',
  'RUS',
  'SAU',
  'ZAF',
  'TUR',
  'GBR',
  'USA',
];
const NAMED = [
  'SEN',
  'GMB',
  'KEN',
  'UGA',
  'TZA',
  'NGA',
  'ETH',
  'EGY',
  'IRN',
  'LBN',
  'ISR',
  'ARE',
  'QAT',
  'UKR',
  'POL',
  'HUN',
  'ESP',
  'NLD',
  'BEL',
  'PRK',
  'NPL',
  'BGD',
  'PAK',
  'LKA',
  'FJI',
  'NZL',
  'MYS',
  'SGP',
  'VNM',
  'THA',
  'PHL',
  'COL',
  'VEN',
  'CUB',
  'PER',
  'CHL',
];
const HEADS = new Set(['head_of_state', 'head_of_government']);
const FOREIGN = new Set(['foreign_minister', 'uk_foreign_secretary', 'us_secretary_of_state']);
const G20_CABINET: Array<[string, Set<string>]> = [
  ['defence', new Set(['defence_minister', 'us_secretary_of_defense'])],
  ['finance', new Set(['finance_minister', 'us_treasury_secretary'])],
];

const dates = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i).flatMap((y) => [`${y}-01-15`, `${y}-07-15`]);

describe('knowledge coverage', () => {
  const kb = loadKnowledge();
  const holds = (country: string, offices: Set<string>, date: string) =>
    kb
      .officialsInOffice(date, country)
      .some((o) =>
        o.terms.some((t) => offices.has(t.office_id) && t.start <= date && (t.end === null || t.end >= date)),
      );
  const gaps = (countries: string[], offices: Set<string>, from: number, to: number) =>
    countries.flatMap((c) =>
      dates(from, to)
        .filter((d) => !holds(c, offices, d))
        .map((d) => `${c} ${d}`),
    );

  it('every G20 country has a head and a foreign minister on every sampled date 2000–2025', () => {
    expect(gaps(G20, HEADS, 2000, 2025)).toEqual([]);
    expect(gaps(G20, FOREIGN, 2000, 2025)).toEqual([]);
  });

  it('the European Union has a High Representative and a Commission President throughout', () => {
    expect(gaps(['EUR'], new Set(['eu_high_representative']), 2000, 2025)).toEqual([]);
    expect(gaps(['EUR'], new Set(['commission_president']), 2000, 2025)).toEqual([]);
  });

  it('G20 defence and finance ministers are known at least nine samples in ten', () => {
    for (const [what, offices] of G20_CABINET) {
      const missing = gaps(
        G20.filter((c) => c !== 'ARG'),
        offices,
        2010,
        2025,
      );
      expect(missing.length, `${what}: ${missing.slice(0, 10).join(', ')}`).toBeLessThan(
        G20.length * 32 * 0.1,
      );
    }
  });

  it('the other named countries have a head throughout and a foreign minister in recent years', () => {
    expect(gaps(NAMED, HEADS, 2000, 2025)).toEqual([]);
    expect(
      gaps(
        NAMED.filter((c) => c !== 'PER'),
        FOREIGN,
        2024,
        2025,
      ),
    ).toEqual([]);
  });

  it('finds a gap when there is one (the check is not vacuous)', () => {
    expect(gaps(['ATA'], HEADS, 2020, 2020)).toEqual(['ATA 2020-01-15', 'ATA 2020-07-15']);
  });
});
