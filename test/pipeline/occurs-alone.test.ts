// occursAlone finds what the lookaround pattern finds, code point by code point (surrogate pairs,
// lone surrogates, hyphens, marks), without building a pattern per hyphenated name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { occursAlone } from '../../src/pipeline/document.js';

const reference = (text: string, part: string) => new RegExp(`(?<![\\p{L}-])${part}(?![\\p{L}-])`, 'u').test(text);

describe('occursAlone', () => {
  it('is true only where no letter or hyphen touches the name', () => {
    expect(occursAlone('Talks with Xi, then Biden-Xi.', 'Xi')).toBe(true);
    expect(occursAlone('Biden-Xi talks', 'Xi')).toBe(false);
    expect(occursAlone('Xiang met', 'Xi')).toBe(false);
    expect(occursAlone('Xi', 'Xi')).toBe(true);
  });

  it('agrees with the pattern it replaces', () => {
    const chars = fc.constantFrom('X', 'i', 'a', ' ', '-', ',', 'é', '\u0301', '𝐀', '\ud835', '\udc00', '1');
    const part = fc.constantFrom('Xi', 'Xia', 'aX', 'é');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 24 }), part, (cs, p) => {
        const text = cs.join('');
        expect(occursAlone(text, p), JSON.stringify([text, p])).toBe(reference(text, p));
      }),
      { numRuns: 5000 },
    );
  });
});
