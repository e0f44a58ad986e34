// When chrono's time parser may wait: a window that can give it only bare numbers, each inside a longer
// date that chrono's overlap removal keeps. The guarded-chrono property tests (dates.test.ts) check the
// results; these check the two conditions on their own, negatives beside positives.
import { describe, expect, it } from 'vitest';
import { bareTimesDropped, onlyBareTimes } from '../../src/pipeline/mentions/bare-times.js';

describe('onlyBareTimes', () => {
  it.each([
    'They met on June 18, 2023.',
    'In 2023 the 20 members met.',
    'The G20 summit ran 3 days.',
    'Prices rose from 2019 levels.',
    'No digits at all.',
  ])(
    'only bare numbers: %s',
    (s) => expect(onlyBareTimes(s)).toBe(true),
  );

  it.each([
    'They spoke at 10:30.',
    'The call was at 5 on Monday.',
    'Talks ran from 9 until late.',
    'It starts at 3 p.m. sharp.',
    'It starts 3pm.',
    'Doors open 7 a.m.',
    "They met at eight, or 8 o'clock.",
    'He called 10 in the morning.',
    'Talks ran 18-20 June.',
    'Talks ran 18 - 20 June.',
    'Talks ran 3-25 June.',
    'Talks ran 7-8.30.',
    'The meeting ran 10 to 11.',
    'Share 5.30 of it.',
  ])('more than a bare number: %s', (s) => expect(onlyBareTimes(s)).toBe(false));
});

describe('bareTimesDropped', () => {
  const at = (text: string, part: string) => ({ index: text.indexOf(part), text: part });

  it('drops the day of a date that a longer result covers', () => {
    const s = 'They met on June 18, 2023.';
    expect(bareTimesDropped(s, [at(s, 'June 18, 2023'), at(s, 'June')], 1)).toBe(true);
  });

  it('drops a number that a longer result starting at it replaces ("18 months later")', () => {
    const s = 'He returned 18 months later.';
    expect(bareTimesDropped(s, [at(s, '18 months later')], 0)).toBe(true);
  });

  it('has nothing to drop without a two-digit number up to 24', () => {
    expect(bareTimesDropped('In 2023, 150 delegates came.', [], 0)).toBe(true);
    expect(bareTimesDropped('Some 45 delegates came.', [], 0)).toBe(true);
  });

  it('keeps a number that no date covers', () => {
    const s = 'On Monday 20 leaders met.';
    expect(bareTimesDropped(s, [at(s, 'Monday')], 1)).toBe(false);
    expect(bareTimesDropped('The 20 leaders met.', [], 0)).toBe(false);
  });

  it('keeps a number after a date it could join ("June 18, 2023, 20 …")', () => {
    const s = 'On June 18, 2023, 20 leaders met.';
    expect(bareTimesDropped(s, [at(s, 'June 18, 2023')], 1)).toBe(false);
  });
});
