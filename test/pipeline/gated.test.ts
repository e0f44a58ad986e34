// A gate must say exactly what its pattern says of any part of a sentence, given the sentence's grams: the filter
// in front may only spare the pattern a run, never change the answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gatesOf } from '../../src/pipeline/events/gated.js';
import { gramsOf } from '../../src/pipeline/text/literal-filter.js';

const PATTERNS = {
  DENIED: /\bden(?:ied|ies|y)\s+(?:the\s+)?reports?\b/i,
  ANCHORED: /^\s+(?:was|were)\s+(?:postponed|cancelled)\b/i,
  TAIL: /\bwould\s+be\s+(?:willing|ready)\s+to\s+$/i,
  CASED: /\bAPEC\b|\bGeneral Assembly\b/,
};
const G = gatesOf(PATTERNS);

describe('gatesOf', () => {
  it('answers as the pattern does for any part of a sentence', () => {
    const words = fc.constantFrom('denied', 'Denies', 'the', 'report', 'reports', 'was', 'postponed', 'would', 'be', 'willing', 'to', 'APEC', 'apec', 'General', 'Assembly', ',', '  ');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }).map((a) => a.join(' ')), fc.nat(), fc.nat(), (sentence, a, b) => {
        const from = a % (sentence.length + 1);
        const to = from + (b % (sentence.length - from + 1));
        const part = sentence.slice(from, to);
        const g = gramsOf(sentence);
        for (const k of Object.keys(PATTERNS) as Array<keyof typeof PATTERNS>) expect(G[k](g, part), `${k} on ${JSON.stringify(part)}`).toBe(PATTERNS[k].test(part));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds what is there and not what is not', () => {
    const s = 'The ministry denied the reports on Friday.';
    expect(G.DENIED(gramsOf(s), s)).toBe(true);
    expect(G.DENIED(gramsOf('Xi met Lula.'), 'Xi met Lula.')).toBe(false);
    expect(G.ANCHORED(gramsOf('The trip was postponed.'), ' was postponed.')).toBe(true);
  });

  it('refuses a pattern that keeps state between tests', () => {
    expect(() => gatesOf({ GLOBAL: /visit/g })).toThrow(/GLOBAL/);
  });
});
