// The helpers that keep the pipeline's objects of one hidden class each must not change what they hold:
// mapPacked is Array.prototype.map, and a copied candidate is the candidate with the changes asked for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapPacked } from '../../src/pipeline/packed.js';
import { copyCandidate, newCandidate } from '../../src/pipeline/events/new-candidate.js';
import type { Candidate } from '../../src/pipeline/events/candidates.js';

describe('mapPacked', () => {
  it('gives what Array.prototype.map gives, index included', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(null))), (xs) => {
        const f = (x: unknown, i: number) => [x, i];
        expect(mapPacked(xs, f)).toEqual(xs.map(f));
      }),
      { numRuns: 500 },
    );
  });

  it('gives a new array, the input untouched', () => {
    const xs = [1, 2, 3];
    const out = mapPacked(xs, (x) => x * 2);
    expect(out).not.toBe(xs);
    expect(xs).toEqual([1, 2, 3]);
    expect(mapPacked([], (x) => x)).toEqual([]);
  });
});

function told(): Candidate {
  return newCandidate(
    {
      type: 'meeting',
      status: 'occurred',
      certainty: 'stated',
      participants: [],
      travellers: [],
      host: 'CHN',
      place: null,
      date: '2023-06-19',
      endDate: null,
      dateFrom: 'sentence',
      sentence: 2,
      triggerStart: 10,
      triggerEnd: 13,
      clauseStart: 0,
      heading: false,
      anaphoric: false,
      trace: ['trigger met'],
    },
    { noun: true, listItem: 4 },
  );
}

describe('copyCandidate', () => {
  it('copies every field, in the order every candidate has them', () => {
    const c = told();
    const copy = copyCandidate(c);
    expect(copy).not.toBe(c);
    expect(copy).toEqual(c);
    expect(Object.keys(copy)).toEqual(Object.keys(c));
  });

  it('sets the changes asked for and leaves the original as it was', () => {
    const c = told();
    const copy = copyCandidate(c, { type: 'visit', host: null, noun: undefined, split: '2:10|7' });
    expect(copy.type).toBe('visit');
    expect(copy.host).toBeNull();
    expect(copy.noun).toBeUndefined();
    expect(copy.split).toBe('2:10|7');
    expect(copy.listItem).toBe(4);
    expect(Object.keys(copy)).toEqual(Object.keys(c));
    expect(c.type).toBe('meeting');
    expect(c.host).toBe('CHN');
    expect(c.noun).toBe(true);
    expect(c.split).toBeUndefined();
  });
});
