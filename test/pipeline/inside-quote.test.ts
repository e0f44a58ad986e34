// insideQuote is asked for every person and trigger, so it counts quotes in one pass over the characters; it must
// agree with the plain reading of its rule (curly quotes opened and closed, straight ones opening after a space or
// "(" and closing before a space, a stop, ")" or the end), kept here as the reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insideQuote } from '../../src/pipeline/events/speakers.js';

function reference(before: string): boolean {
  const open = (before.match(/[“«]/g) ?? []).length;
  const close = (before.match(/[”»]/g) ?? []).length;
  const straight = (before.match(/(?:^|[\s(])"/g) ?? []).length - (before.match(/"(?=[\s,.;:!?)]|$)/g) ?? []).length;
  return open > close || straight > 0;
}

describe('insideQuote', () => {
  it('inside an open quote, outside a closed one', () => {
    expect(insideQuote('He said: “We hope this ')).toBe(true);
    expect(insideQuote('“We hope,” he said, and ')).toBe(false);
    expect(insideQuote('The minister said "the ')).toBe(true);
    expect(insideQuote('The minister said "fine" and ')).toBe(false);
    expect(insideQuote('« Nous espérons ')).toBe(true);
    expect(insideQuote('Lula met Xi and ')).toBe(false);
  });

  it('agrees with the reference on any mix of quotes, spaces and stops', () => {
    const chars = fc.constantFrom('"', '“', '”', '«', '»', ' ', '(', ')', 'a', ',', '.', '\u00a0', '\n', '!', 'x');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }).map((a) => a.join('')), (s) => {
        expect(insideQuote(s)).toBe(reference(s));
      }),
      { numRuns: 20000 },
    );
  });
});
