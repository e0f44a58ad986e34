import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, pagedWriter, writeEvents, type ExportFormat } from '../../src/formats/index.js';
import { EVENTS } from './fixtures.js';

const ctx = { now: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)), title: 'Exchanges' };
const FORMATS = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/** The events cut into pages at the given points, written page by page. */
function paged(format: ExportFormat, events: typeof EVENTS, cuts: number[]): string | null {
  const w = pagedWriter(format, ctx);
  if (!w) return null;
  const at = [...new Set(cuts.map((c) => c % (events.length + 1)))].sort((a, b) => a - b);
  let out = '';
  let from = 0;
  for (const c of [...at, events.length]) {
    if (c > from) out += w.page(events.slice(from, c));
    from = Math.max(from, c);
  }
  return out + w.end();
}

describe('pagedWriter', () => {
  it.each(FORMATS.filter((f) => pagedWriter(f, ctx)))(
    '%s: page by page, the same bytes as whole',
    (format) => {
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...EVENTS), { maxLength: 12 }),
          fc.array(fc.nat(), { maxLength: 6 }),
          (events, cuts) => {
            expect(paged(format, events, cuts)).toBe(writeEvents(format, events, ctx));
          },
        ),
        { numRuns: 300 },
      );
    },
  );

  it('writes the empty document when there is no page', () => {
    for (const f of FORMATS) {
      const w = pagedWriter(f, ctx);
      if (w) expect(w.end()).toBe(writeEvents(f, [], ctx));
    }
  });

  it('leaves the one-document JSON formats to be written whole', () => {
    expect(pagedWriter('timelinejs', ctx)).toBeNull();
    expect(pagedWriter('plover', ctx)).toBeNull();
    expect(pagedWriter('csv', ctx)).not.toBeNull();
  });
});
