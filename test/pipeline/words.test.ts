import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey, words } from '../../src/pipeline/text/words.js';

const show = (text: string) => words(text).map((w) => [w.text, w.key, w.start, w.end, w.cap]);

describe('words', () => {
  it.each([
    [
      'U.S. envoy met Xi’s aide.',
      [
        ['U.S.', 'u.s.', 0, 4, true],
        ['envoy', 'envoy', 5, 10, false],
        ['met', 'met', 11, 14, false],
        ['Xi', 'xi', 15, 17, true],
        ['’s', "'s", 17, 19, false],
        ['aide', 'aide', 20, 24, false],
      ],
    ],
    [
      "Kim Jong-un and Erdoğan's AT&T call",
      [
        ['Kim', 'kim', 0, 3, true],
        ['Jong-un', 'jong-un', 4, 11, true],
        ['and', 'and', 12, 15, false],
        ['Erdoğan', 'erdogan', 16, 23, true],
        ["'s", "'s", 23, 25, false],
        ['AT&T', 'at&t', 26, 30, true],
        ['call', 'call', 31, 35, false],
      ],
    ],
    [
      'in 2023, -- talks... ',
      [
        ['in', 'in', 0, 2, false],
        ['2023', '2023', 3, 7, false],
        ['talks', 'talks', 12, 17, false],
      ],
    ],
  ])('%s', (text, want) => {
    expect(show(text)).toEqual(want);
  });

  it('finds the same words in ASCII text by its fast path as by the Unicode pattern', () => {
    // A trailing non-ASCII word sends the same text down the Unicode path; its own word is dropped.
    const chars = fc.constantFrom(...'aZq09 .-\'&,;:"()?!\n\tUSsX'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), (cs) => {
        const text = cs.join('');
        const slow = show(`${text} é`).slice(0, -1);
        expect(show(text)).toEqual(slow);
      }),
      { numRuns: 5000 },
    );
  });

  it('folds keys: case, accents, curly quotes and dashes', () => {
    expect(foldKey('Erdoğan’s')).toBe("erdogan's");
    expect(foldKey('Jong‐un')).toBe('jong-un');
    expect(foldKey('PLAIN')).toBe('plain');
  });
});
