// The date stage on plain strings: what findDates reads, and the cheap cue check that decides whether
// chrono is asked at all — it must never hide a date chrono would have found.
import type * as chrono from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chronoDates,
  cueDates,
  findDates,
  guardedChronoDates,
  mayHoldDate,
  parseRef,
  type ChronoDate,
} from '../../src/pipeline/mentions/dates.js';

const ref = parseRef('2024-03-15');
const values = (s: string) => findDates(s, 0, ref).map((d) => d.value);

describe('findDates', () => {
  it("gives a day written without its year the year of the same month written before it in the sentence", () => {
    expect(values('In January 2004, the prime minister flew to Islamabad and met the president on January 5.')).toEqual(['2004-01', '2004-01-05']);
    expect(values('In January 2004, the prime minister flew to Islamabad and met the president on the 5th.')).toEqual(['2004-01', '2004-01-05']);
    // Another month, or a weekday, keeps the reference's reading.
    expect(values('The accord of November 2019 expires, and the ministers meet on March 20.')).toEqual(['2019-11', '2024-03-20']);
    // A weekday of a month named right after it is that month's; a weekday before a place keeps its day.
    expect(values('When she stepped off the plane in Ottawa on a raw Thursday in February, he was not there.')).toEqual(['2024-02']);
    expect(values('They met on Thursday in Ottawa.')).toEqual(['2024-03-14']);
    // A later month of the sentence is of the same year.
    expect(values('He arrived in New Delhi in November 1996 and flew on to Islamabad in December.')).toEqual(['1996-11', '1996-12']);
    expect(values('Talks held in March 2019 resume on Monday.')).toEqual(['2019-03', '2024-03-18']);
    // A month after a season of a written year is that year's; after a bound ("since 2022") it is not.
    expect(values('The crisis ended in the spring of 2022, when a letter made public in March backed the plan.')).toEqual(['2022', '2022-03']);
    expect(values('Relations, frozen since 2022, thawed when the minister visited in March.')).toEqual(['2022', '2024-03']);
  });

  it('reads no month in a lower-case "may" after "late"', () => {
    expect(values('Officials said talks may late resume if the truce holds, or late may not.')).toEqual([]);
  });

  it.each([
    ['The two leaders met on June 18 in the capital.', '2024-06-18'],
    ['She arrived last Tuesday for talks.', '2024-03-12'],
    ['The envoy left two days ago.', '2024-03-13'],
    ['The ministers spoke by phone yesterday.', '2024-03-14'],
    ['Relations were restored in 1998.', '1998'],
    ['The accord was signed on 4 July 2019.', '2019-07-04'],
    ['Talks resumed on 2021-05-06 after a pause.', '2021-05-06'],
    ['Her visit to Beijing in December last year was the first in years.', '2023-12'],
    ['A summit is planned for March next year.', '2025-03'],
    // "late May": chrono drops a bare "May" as the modal; with early, mid or late and a capital it is the month.
    ['The two leaders met in late May in Tokyo.', '2024-05'],
    ['The envoy travelled to Delhi in mid-May 2019.', '2019-05'],
    ['Talks resumed in early January.', '2024-01'],
  ])('%s → %s', (s, v) => {
    expect(mayHoldDate(s)).toBe(true);
    expect(values(s)).toContain(v);
  });

  it.each([
    'The foreign minister praised the deep friendship between the two peoples.',
    'Officials said the agreement would strengthen trade and security ties.',
    'He did not say whether the president would attend.',
    'The truce lasts, and the market is calm.',
    'The band played in a d minor key.',
  ])('no date and no cue: %s', (s) => {
    expect(mayHoldDate(s)).toBe(false);
    expect(values(s)).toEqual([]);
  });

  it('reads "may last year" as the modal, not the month', () => {
    expect(values('He may last year have said so.')).toEqual(['2023']);
  });

  it.each([
    ['Her 2019 tour of Fiji and Samoa was brief.', ['2019']],
    ['The 2016 state visit to Kenya went well.', ['2016']],
    ['Their 2008 talks in Lima were cordial.', ['2008']],
  ])('a year qualifying an exchange noun dates it: %s', (s, want) => {
    expect(values(s)).toEqual(want);
  });

  it('reads "the year 2026" of translated copy as the year', () => {
    expect(values('He will visit Panama in the course of the year 2026.')).toEqual(['2026']);
    expect(values('The year 2026 will be decisive.')).toEqual([]);
  });

  it.each(['The 2008 financial crisis hit exports.', 'His 2019 budget cut aid.', 'A 2010 law governs the border.'])(
    'a year qualifying some other noun is no date: %s',
    (s) => {
      expect(values(s)).toEqual([]);
    },
  );

  it.each(['The next day he met the president.', 'They spoke again the following day.', 'He had arrived the day before.'])(
    'an offset of a day from the story is left to the refine stage, not counted from publication: %s',
    (s) => {
      expect(values(s)).toEqual([]);
    },
  );
});

// Words of news prose with and without date cues, so generated sentences sit near the boundary.
const VOCAB = [
  'the',
  'minister',
  'met',
  'visited',
  'in',
  'on',
  'at',
  'last',
  'next',
  'this',
  'ago',
  'two',
  'a',
  'few',
  'later',
  'earlier',
  'after',
  'before',
  'since',
  'Beijing',
  'talks',
  'summit',
  'held',
  'said',
  'of',
  'and',
  'June',
  'Friday',
  'week',
  'year',
  'today',
  'tonight',
  'morning',
  '18',
  '2019',
  '3/4',
  'Mar.',
  'sat',
  'may',
  'May',
  'now',
  'noon',
  'within',
  'past',
  'first',
  'time',
  'decade',
  'weekend',
  'Sunday',
  'Sept',
  'hours',
  'twenty-first',
  'thirty-first',
  'second',
  'month',
  'about',
  'around',
  'end',
  'Christmas',
  'dawn',
  'eve',
  'midday',
  'quarter',
  'fortnight',
  'century',
  'season',
  'summer',
  'spring',
  'friendship',
  'market',
  'decision',
  'monitor',
  'lasts',
  'pasty',
  'd',
  'm',
  'h',
  'couple',
  'several',
  'Thurs',
];

describe('durations', () => {
  it.each([
    'They talked for an hour on the phone.',
    'The talks ended within minutes.',
    'He arrived two hours later.',
    'The minister visited Kyiv for a second time.',
    'Within seconds the two leaders were shaking hands.',
  ])('%s is no date', (s) => {
    expect(values(s)).toEqual([]);
  });
});

describe('mayHoldDate', () => {
  it('never hides a date chrono would keep', () => {
    const instant = new Date(Date.UTC(2024, 2, 15, 12));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 12 }), (ws) => {
        const s = `${ws.join(' ')}.`;
        if (mayHoldDate(s)) return;
        const kept = chronoDates(s, instant).filter((r) =>
          ['year', 'month', 'day', 'weekday'].some((k) => r.start.isCertain(k as chrono.Component)),
        );
        expect(kept.map((r) => r.text)).toEqual([]);
      }),
      { numRuns: 20000 },
    );
  });
});

// Long filler runs between cues, so a sentence splits into several windows.
const FILLER = [
  'the delegation of the foreign ministry',
  'discussed bilateral cooperation extensively',
  'and',
  ',',
];

describe('cueDates', () => {
  it('finds the same dates as chrono over the whole sentence', () => {
    const instant = new Date(Date.UTC(2024, 2, 15, 12));
    const key = (r: ChronoDate) =>
      `${r.index}|${r.text}|${r.start.date().toISOString()}|${r.end?.date().toISOString() ?? ''}`;
    const kept = (rs: ChronoDate[]) =>
      rs
        .filter((r) =>
          ['year', 'month', 'day', 'weekday'].some((k) => r.start.isCertain(k as chrono.Component)),
        )
        .map(key);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...VOCAB), fc.constantFrom(...FILLER)), {
          minLength: 1,
          maxLength: 30,
        }),
        (ws) => {
          const s = `${ws.join(' ')}.`;
          expect(kept(cueDates(s, instant))).toEqual(kept(chronoDates(s, instant)));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('guardedChronoDates', () => {
  // Every result, kept or not, with every component chrono read: skipping a parser that lacks its words
  // must change nothing at all, before or after chrono's refiners.
  const all = (rs: ChronoDate[]) =>
    rs.map((r) => `${r.index}|${r.text}|${JSON.stringify(r.start)}|${r.end ? JSON.stringify(r.end) : ''}`);
  const instant = new Date(Date.UTC(2024, 2, 15, 12));

  it('gives what the whole of chrono gives, on generated text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            ...VOCAB,
            '-',
            '+',
            '5d',
            '3 h',
            'pm',
            '10:30',
            '2021-05-06',
            'from now',
            'out',
            'tmrw',
            '4th',
            'ISO',
            'T12',
          ),
          { minLength: 1, maxLength: 14 },
        ),
        (ws) => {
          const s = `${ws.join(' ')}.`;
          expect(all(guardedChronoDates(s, instant))).toEqual(all(chronoDates(s, instant)));
        },
      ),
      { numRuns: 20000 },
    );
  });

  it.each([
    'They met on June 18, 2023 at 10:30 am in Beijing.',
    'The talks ended three days ago, and resume next Tuesday evening.',
    'He arrived 2 hours later, on the twenty-first of March.',
    'A call is set for tomorrow night; a visit for the end of the month.',
    'The envoy left Sept. 5 and returns within a week.',
    'No date is in this sentence at all.',
  ])('same results as chrono: %s', (s) => {
    expect(all(guardedChronoDates(s, instant))).toEqual(all(chronoDates(s, instant)));
  });

  // Words and marks for what the time parser, the duration parsers and the refiners look at: times with
  // and without minutes, am/pm, ranges, "at"/"from", bare numbers beside dates, time zones, "end of".
  const TIMEY = [
    '10:30',
    '5.30',
    '3',
    '5',
    '07',
    '18',
    '18,',
    '20',
    '24',
    '25',
    '930',
    '0012',
    '7-8',
    '7-8.3',
    '1.5',
    'G20',
    'G-20',
    '2023',
    '1.5',
    'p.m.',
    'pm',
    'am',
    'a.m.',
    'a',
    'at',
    'from',
    'that',
    "o'clock",
    'in the morning',
    'at night',
    'to',
    'until',
    'till',
    'through',
    '-',
    '–',
    '~',
    '?',
    ',',
    'T',
    'G20',
    'within',
    'in',
    'for',
    'two weeks',
    '3 days',
    'a second',
    'the second',
    'end of',
    'last day of',
    'the month',
    'EST',
    'CET',
    'utc',
    'GMT',
    '+05:00',
    '-3',
    'June',
    'Jan.',
    'thirteenth',
    'twentieth',
    'third',
    'summary',
    'junta',
    'Mayor',
    'decided',
    'inJune',
    'onMonday',
    'lastFriday',
    'Tuesdays',
    '2023-June-18',
    '2023/06/18',
    '2023 June',
    '1999 AD',
    '2 BC',
    'in 3 d',
    'for the week',
    'within about 2 hours',
    'in about',
    'mar',
    'sun',
    '+',
    'couple',
    'several',
    'Monday',
    'on',
    'of',
    'may',
    'May',
    'week',
    'next',
    'last',
    'ago',
    'later',
    'tonight',
    'leaders',
    'met',
  ];

  it('gives what the whole of chrono gives, on times, durations and time zones', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...TIMEY), fc.constantFrom(' ', ' ', ' ', '', ', ', '-')), {
          minLength: 1,
          maxLength: 12,
        }),
        (parts) => {
          const s = parts.map(([w, sep]) => w + sep).join('');
          expect(all(guardedChronoDates(s, instant))).toEqual(all(chronoDates(s, instant)));
        },
      ),
      { numRuns: 20000 },
    );
  });

  it('gives what the whole of chrono gives, on random text of digits, letters and marks', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789012 :.-+/,apmtTojunedsyEST'), maxLength: 40 }), (s) => {
        expect(all(guardedChronoDates(s, instant))).toEqual(all(chronoDates(s, instant)));
      }),
      { numRuns: 20000 },
    );
  });

  it.each([
    'They spoke at 10:30 on June 18.',
    'The call is at 3 p.m. on Monday.',
    'He returns within two weeks.',
    'The envoy arrives in 3 days.',
    'The talks ran for a second day.',
    'On June 18, 2023, 20 leaders met.',
    'On Monday 20 leaders met.',
    'The talks run 18-20 June.',
    'The visit is set for the end of March 18 talks.',
    'The call began at 18 EST.',
    'They met June 18 CET time.',
    'The leaders met June 18 +05:00 in the capital.',
    'The G20 summit opened on 18 June.',
    'Sanctions on 20 firms took effect.',
    'They met in 2023, and again in 2024.',
    'The G20 summit met on June 18, and the G-20 on June 19.',
    'Growth was 1.5 percent on June 18.',
    'Talks ran March 25-28, then June 19-20, then 7-8.3 and 7-8 pm.',
    'They met may 18, 3-25 times.',
    'They met at 2019 prices and at 0012 hours.',
    'The junta decided in summary that the Mayor would go.',
    'They met inJune, onMonday and lastFriday.',
    'The accord of 2023 June 18 replaced that of 2021/06/18 and 1999 AD.',
    'The talks were within about 2 hours of ending, for the week.',
    'None of these words is a date.',
  ])('same results as chrono, with times and durations: %s', (s) => {
    expect(all(guardedChronoDates(s, instant))).toEqual(all(chronoDates(s, instant)));
  });

  it('still reads dates (the guard does not skip everything)', () => {
    expect(guardedChronoDates('They met on June 18, 2023.', instant).map((r) => r.text)).toEqual([
      'June 18, 2023',
    ]);
  });
});
