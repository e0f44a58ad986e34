// The first look: an article in which nothing can give an event or a coverage claim is read no
// further, and the shortcut never changes what extraction gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { extract } from '../../src/pipeline/extract.js';
import { firstLook } from '../../src/pipeline/first-look.js';
import type { Article } from '../../src/types.js';
import { ownArticles, seedArticle } from '../support/own-texts.js';
import { anyText, published } from '../reliability/fuzz-inputs.js';

const kb = loadKnowledge();
const own = ownArticles((i) => (i % 7 ? `2025-0${1 + (i % 9)}-12` : null));
const seed = seedArticle;

/** The article with every sentence the trigger rules match taken out: the rest of its prose, which tells no exchange. */
function withoutExchanges(a: Article): Article {
  const look = firstLook(a.text);
  const kept = look.sentences.filter((_, i) => !look.hits[i].length).map((s) => s.text);
  return { ...a, id: `${a.id} (no exchanges)`, text: kept.join('\n\n') };
}

const both = (a: Article) => [extract(a, kb, { trace: true }), extract(a, kb, { trace: true, readQuiet: true })];

describe('firstLook', () => {
  it('finds nothing in prose that tells no exchange', () => {
    const look = firstLook(
      'Shares in the carmaker rose 4 percent on Tuesday after it raised its forecast.\n\n' +
        'The central bank left rates unchanged, its governor told a news conference in Frankfurt.\n\nRain is expected over the weekend.',
    );
    expect(look.sentences.length).toBe(3);
    expect(look.hits.every((h) => h.length === 0)).toBe(true);
    expect(look.quiet).toBe(true);
  });

  it('keeps an article with a trigger, a list of trips or a heading of exchanges', () => {
    expect(firstLook('The prime minister flew to Canberra and met her Australian counterpart on Friday.').quiet).toBe(false);
    expect(firstLook('The two foreign ministers spoke by phone on Monday.').quiet).toBe(false);
    // No trigger word in it, but the items under it are trips (trip-list) …
    expect(firstLook("Here are the president's journeys abroad since 2024:\n\n* March 2024 - Ghana and Togo").quiet).toBe(false);
    // … or the line heads a list a coverage claim reads (refine/coverage).
    expect(firstLook('Top Japan-Korea contacts since 2022\n\nThe list below is compiled from public records.').quiet).toBe(false);
  });

  it('gives the sentences, trigrams and trigger hits the reading then uses', () => {
    const look = firstLook('Budget talks resumed.\n\nThe chancellor met the French president in Paris on Monday.');
    expect(look.sentences.map((s) => s.text)).toEqual(['Budget talks resumed.', 'The chancellor met the French president in Paris on Monday.']);
    expect(look.grams).toHaveLength(2);
    expect(look.hits.map((h) => h.map((t) => t.rule.id))).toEqual([['talks'], ['met']]);
  });

  it('finds nothing in empty text', () => {
    const look = firstLook('');
    expect(look.sentences).toEqual([]);
    expect(look.quiet).toBe(true);
  });
});

describe('the shortcut for articles that tell no exchange', () => {
  it('gives what reading them through gives: our own articles and the seed with their exchanges taken out', () => {
    const quiet = [seed, ...own].map(withoutExchanges);
    expect(quiet.filter((a) => firstLook(a.text).quiet).length).toBeGreaterThan(100);
    for (const a of quiet) {
      const [fast, full] = both(a);
      expect(fast, a.id).toEqual(full);
    }
  });

  it('gives what reading them through gives for whole articles, which are not quiet', () => {
    for (const a of [seed, ...own.slice(0, 40)]) {
      expect(firstLook(a.text).quiet, a.id).toBe(false);
      const [fast, full] = both(a);
      expect(fast, a.id).toEqual(full);
    }
  });

  it('gives what reading through gives on any text, and on sentences of our articles mixed at random', () => {
    const sentences = [seed, ...own].flatMap((a) => firstLook(a.text).sentences.map((s) => s.text));
    const mixed = fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 12 }).map((ss) => ss.join(' '));
    fc.assert(
      fc.property(fc.oneof(anyText, mixed), published, (text, day) => {
        const [fast, full] = both({ id: 'x', text, published: day });
        expect(fast).toEqual(full);
      }),
      { numRuns: 150 },
    );
  });
});
