// Phrase keys on plain strings: a phrase of the knowledge is keyed exactly as words() splits running text,
// or a name the knowledge holds is never found where a story writes it.
import { describe, expect, it } from 'vitest';
import { phraseKey } from '../../src/pipeline/mentions/phrase-table.js';
import { words } from '../../src/pipeline/text/words.js';

const textKey = (s: string) => words(s).map((w) => w.key).join(' ');

describe('phraseKey', () => {
  it.each(['George W. Bush', 'Joseph R. Biden', 'S. Jaishankar', 'the U.S.', 'U.N. Secretary-General', "Xi's"])(
    'keys %s as running text splits it',
    (phrase) => {
      expect(phraseKey(phrase)).toBe(textKey(phrase));
    },
  );

  it('keeps the final period of an abbreviation of several letters, not of an initial', () => {
    expect(phraseKey('U.S.')).toBe('u.s.');
    expect(phraseKey('W.')).toBe('w');
  });
});
