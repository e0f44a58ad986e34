// Repairs of damaged copy (text/repair.ts), on strings of our own making: what is mended, what is left
// alone, and that every offset maps back so evidence stays an exact slice of the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { extract } from '../../src/pipeline/extract.js';
import { gluedPeriods, repairText } from '../../src/pipeline/text/repair.js';

const kb = loadKnowledge();
const repaired = (t: string) => repairText(t)?.text ?? t;

describe('repairText', () => {
  it.each([
    ['The minister ar- rived in Lusaka on Monday.', 'The minister arrived in Lusaka on Monday.'],
    ['a three-nation Af- rican tour', 'a three-nation African tour'],
    ['talks held in Sep- tember', 'talks held in September'],
    ['his Chilean counter-  part', 'his Chilean counterpart'],
    ['the ex- president of Peru', 'the ex-president of Peru'],
    ['Peruvian Presi dent Ollanta Humala', 'Peruvian President Ollanta Humala'],
    ['Humala vis ited Quito and held a meet ing with offi cials', 'Humala visited Quito and held a meeting with officials'],
    ['in Lima on Wednes day', 'in Lima on Wednesday'],
    ['signed a pact in Quito.The two leaders', 'signed a pact in Quito. The two leaders'],
    ['he said.“We agree', 'he said. “We agree'],
    ['Talks began.\nAlso read: Chile and Peru settle border row\nThe two met.', 'Talks began.\n\nThe two met.'],
    ['READ MORE | Ecuador recalls envoy\nok', '\nok'],
    ['Peruvian Presi-\ndent Ollanta Humala', 'Peruvian President Ollanta Humala'],
    ['Humala vis-ited Quito', 'Humala visited Quito'],
    ['he will vis it Quito', 'he will visit Quito'],
  ])('mends %j', (input, want) => {
    expect(repaired(input)).toBe(want);
  });

  it.each([
    ['pre- and post-war talks'],
    ['two- to three-day visit'],
    ['a short- or long-term plan'],
    ['a visit or a call'],
    ['they at tend the talks'],
    ['the U.S. and the U.K. said'],
    ['Dr.Singh left'],
    ['Dlamini- Zuma'],
    ['Related questions were raised: why now?'],
    ['He read more: books, papers and files.'],
    ['He met Mr. Rao in Delhi.'],
    ['a long-\nrunning dispute'],
    ['a well-known envoy'],
    ['the state-run media'],
  ])('leaves %j alone', (input) => {
    expect(repaired(input)).toBe(input);
  });

  it('maps offsets back to the input, across deletions and insertions', () => {
    const input = 'Presi dent Humala ar- rived in Quito.The talks began.';
    const r = repairText(input)!;
    expect(r.text).toBe('President Humala arrived in Quito. The talks began.');
    const at = r.text.indexOf('The talks');
    expect(input.slice(r.toOriginal(at), r.toOriginal(at + 'The talks began.'.length))).toBe('The talks began.');
    expect(input.slice(r.toOriginal(0), r.toOriginal(r.text.indexOf(' Humala')))).toBe('Presi dent');
  });

  it('returns null for clean text', () => {
    expect(repairText('Peruvian President Ollanta Humala visited Quito on Monday.')).toBeNull();
  });
});

describe('extraction on damaged copy', () => {
  it('finds a visit told with broken words, and its evidence is the input as written', () => {
    const text =
      'QUITO — Peruvian Presi dent Ollanta Humala ar- rived in Ecuador on Monday for a two-day vis it.The visit follows a border deal.';
    const events = extract({ id: 't', text, published: '2012-03-05' }, kb).events;
    const visit = events.find((e) => e.type === 'visit');
    expect(visit?.participants.map((p) => p.name)).toEqual(['Ollanta Humala']);
    expect(visit?.host_country).toBe('ECU');
    expect(visit?.date).toBe('2012-03-05');
    for (const e of events) for (const s of e.evidence) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads no exchange from a link to another story', () => {
    const text = 'Chile and Peru sign trade pact\nAlso read: Bachelet to visit Lima next week\nThe pact cuts tariffs on 300 goods.';
    expect(extract({ id: 't', text, published: '2015-06-01' }, kb).events).toEqual([]);
  });
});

describe('gluedPeriods', () => {
  const GLUED = /[a-zà-öø-ÿ]{2}\.(?=["“‘]?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])/g;
  const byPattern = (t: string) => [...t.matchAll(GLUED)].map((m) => m.index);

  it('finds where the glued-sentence pattern matches, on text of the characters at its edges', () => {
    // Letters at each end of the classes and just outside them (÷ and × sit inside the Latin-1 ranges), quotes,
    // full stops and spaces.
    const chars = ['a', 'z', 'A', 'Z', 'à', 'ö', '÷', 'ø', 'ÿ', 'À', 'Ö', '×', 'Ø', 'Þ', 'ß', 'ā', '.', '.', '.', '"', '“', '‘', '”', ' ', '1'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }), (cs) => {
        const t = cs.join('');
        expect(gluedPeriods(t)).toEqual(byPattern(t));
      }),
      { numRuns: 5000, seed: 20261201 },
    );
  });

  it('finds the examples', () => {
    expect(gluedPeriods('in Namibia.The two met.“Both agreed. U.S.President')).toEqual(byPattern('in Namibia.The two met.“Both agreed. U.S.President'));
    expect(gluedPeriods('in Namibia.The two')).toEqual([8]);
    expect(gluedPeriods('.Ab')).toEqual([]);
  });
});
