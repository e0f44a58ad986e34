// Phrase keys on plain strings: a phrase of the knowledge is keyed exactly as words() splits running text,
// or a name the knowledge holds is never found where a story writes it.
import { describe, expect, it } from 'vitest';
import { PhraseTable, RootIndex, phraseKey } from '../../src/pipeline/mentions/phrase-table.js';
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

describe('PhraseTable.add', () => {
  it('adds every value of a phrase, but with onlyNew keeps the first a phrase was given (as the places do)', () => {
    const all = new PhraseTable<string>();
    all.add('Georgetown', 'GUY');
    all.add('Georgetown', 'MYS');
    expect(all.get('georgetown')).toEqual(['GUY', 'MYS']);
    const first = new PhraseTable<string>();
    first.add('Georgetown', 'GUY', true);
    first.add('GEORGETOWN', 'MYS', true);
    first.add('Kingston', 'JAM', true);
    expect(first.get('Georgetown')).toEqual(['GUY']);
    expect(first.matchAt(words('in Kingston today'), 1)?.values).toEqual(['JAM']);
  });
});

describe('RootIndex', () => {
  it('finds every first word of several tables past its growth, and no other word', () => {
    const roots = new RootIndex();
    const a = new PhraseTable<number>(roots);
    const b = new PhraseTable<number>(roots);
    // Thousands of keys: the index grows several times from its first 1,024 slots, and probes pass other keys.
    for (let n = 0; n < 5000; n++) {
      a.add(`w${n} end`, n);
      if (n % 3 === 0) b.add(`w${n}`, -n);
    }
    for (let n = 0; n < 5000; n += 7) {
      const ws = words(`w${n} end w${n + 5000}`);
      expect(a.matchAt(ws, 0)?.values, `w${n}`).toEqual([n]);
      expect(b.matchAt(ws, 0)?.values, `w${n}`).toEqual(n % 3 === 0 ? [-n] : undefined);
      expect(a.matchAt(ws, 2), `w${n + 5000}`).toBeUndefined();
      expect(roots.entryOf(ws[2])).toBe(-1);
    }
  });
});
