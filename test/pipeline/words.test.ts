import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey, words } from '../../src/pipeline/text/words.js';

const show = (text: string) => words(text).map((w) => [w.text, w.key, w.start, w.end, w.cap]);

describe('words', () => {
  // (session 14) Another romanisation of a courtesy is read as the tables write it; a word that names an object's own
  // property is a word like any other.
  it('reads "Shaikh" as "sheikh", and "constructor" or "toString" as themselves', () => {
    expect(words('Shaikh Khalifa met Shaykh Tamim').map((w) => w.key)).toEqual(['sheikh', 'khalifa', 'met', 'sheikh', 'tamim']);
    expect(words('The constructor of toString hasOwnProperty').map((w) => w.key)).toEqual(['the', 'constructor', 'of', 'tostring', 'hasownproperty']);
  });
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

  it('finds the words of the Unicode word pattern, scanning by code point', () => {
    // The reference: what words() found with a regular expression before it scanned by hand.
    const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*/gu;
    const spans = (text: string) => {
      const out: Array<[number, number]> = [];
      WORD.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = WORD.exec(text))) out.push([m.index, m.index + m[0].length]);
      return out;
    };
    // Letters, digits, marks, joiners and their neighbours, an astral letter and digit, a lone surrogate.
    const chars = fc.constantFrom(
      ...'aZq09 .-\'’&,;:"()?!\n\tUSsXéÉ\u0301\u0308ğİ١٢ß‐–—“”'.split(''),
      '𝐀',
      '𝟘',
      '\ud835',
      '中',
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), (cs) => {
        const text = cs.join('');
        // words() splits a possessive off and may keep an abbreviation's final period: undo both.
        const got: Array<[number, number]> = [];
        for (const w of words(text)) {
          // A word's key is its folded text, whichever way it was found.
          expect(w.key).toBe(foldKey(w.text));
          const prev = got[got.length - 1];
          if (prev && prev[1] === w.start && /^['’]s$/i.test(w.text)) prev[1] = w.end;
          else got.push([w.start, w.end]);
        }
        const want = spans(text);
        expect(got.map(([a, b], i) => (b === want[i]?.[1] + 1 && text[b - 1] === '.' ? [a, b - 1] : [a, b]))).toEqual(want);
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
