// sortSmall must order exactly as Array.prototype.sort does (both stable), at every length.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortSmall } from '../../src/pipeline/sort-small.js';

describe('sortSmall', () => {
  it('orders as Array.prototype.sort, ties kept in their order', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ start: fc.integer({ min: 0, max: 5 }), id: fc.nat() }), { maxLength: 40 }), (xs) => {
        const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
        expect(sortSmall([...xs], byStart)).toEqual([...xs].sort(byStart));
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts in place and returns the array', () => {
    const xs = [3, 1, 2];
    expect(sortSmall(xs, (a, b) => a - b)).toBe(xs);
    expect(xs).toEqual([1, 2, 3]);
  });
});
