// Sentence boundaries by rule, on plain strings: where news prose ends a sentence and where a period
// only closes an abbreviation, a title or an initial.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../src/pipeline/text/sentence-breaks.js';

const split = (t: string) => sentenceSpans(t).map(([a, b]) => t.slice(a, b));

describe('sentenceSpans', () => {
  it.each([
    ['The minister arrived. He met the president.', ['The minister arrived.', 'He met the president.']],
    [
      'Did they meet? "Yes," she said. It was brief!',
      ['Did they meet?', '"Yes," she said.', 'It was brief!'],
    ],
    ['He said: "We agreed." The talks ended.', ['He said: "We agreed."', 'The talks ended.']],
    ['Talks ended in 2019. 12 diplomats left.', ['Talks ended in 2019.', '12 diplomats left.']],
    [
      'Mr. Lavrov met Dr. Ahmed on Jan. 6 in St. Petersburg.',
      ['Mr. Lavrov met Dr. Ahmed on Jan. 6 in St. Petersburg.'],
    ],
    [
      'John F. Kennedy met Nikita Khrushchev in Vienna.',
      ['John F. Kennedy met Nikita Khrushchev in Vienna.'],
    ],
    [
      'President Smt. Droupadi Murmu hosted a banquet for Shri. Modi. The talks ended.',
      ['President Smt. Droupadi Murmu hosted a banquet for Shri. Modi.', 'The talks ended.'],
    ],
    ['He flew to the U.S. State Department.', ['He flew to the U.S. State Department.']],
    ['She returned to the U.S. The trip was short.', ['She returned to the U.S.', 'The trip was short.']],
    ['Officials met at 10 a.m. on Friday.', ['Officials met at 10 a.m. on Friday.']],
    [
      'Gen. Milley called Gen. Li. They spoke for an hour.',
      ['Gen. Milley called Gen. Li.', 'They spoke for an hour.'],
    ],
    ['It ended... and then resumed.', ['It ended... and then resumed.']],
    // "I" before another initial is one too; "I." before a sentence still ends one.
    ['Chirac met Prime Minister I. K. Gujral in Delhi.', ['Chirac met Prime Minister I. K. Gujral in Delhi.']],
    ['"Who called him? It was I. Then he left," she said.', ['"Who called him?', 'It was I.', 'Then he left," she said.']],
    ['Trump Cancels Visit … Again', ['Trump Cancels Visit … Again']],
    ['No. 2 in the party visited.', ['No. 2 in the party visited.']],
    // "Ma." before a Philippine name is Maria's short form; the surname Ma at a sentence's end still ends it.
    ['The secretary, Ma. Cristina Reyes, arrived.', ['The secretary, Ma. Cristina Reyes, arrived.']],
    ['The talks were chaired by Ma. The envoys left.', ['The talks were chaired by Ma.', 'The envoys left.']],
  ])('%s', (text, want) => {
    expect(split(text)).toEqual(want);
  });

  it('gives ordered, disjoint spans that keep every non-space character', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'Mr.',
            'U.S.',
            'He',
            'met',
            'her',
            '.',
            '!',
            '?',
            '"',
            'J.',
            'The',
            'a.m.',
            ' ',
            '\n',
            '2019.',
            '…',
            'x',
          ),
          {
            maxLength: 40,
          },
        ),
        (parts) => {
          const text = parts.join(' ');
          const spans = sentenceSpans(text);
          let at = 0;
          let kept = '';
          for (const [a, b] of spans) {
            expect(a).toBeGreaterThanOrEqual(at);
            expect(b).toBeGreaterThan(a);
            expect(text.slice(at, a).trim()).toBe('');
            kept += text.slice(a, b);
            at = b;
          }
          expect(text.slice(at).trim()).toBe('');
          expect(kept.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
