// extractBlock: articles extracted together give what each gives alone, in order, and an article
// that cannot be extracted fails alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { extract, extractBlock } from '../../src/pipeline/extract.js';
import type { Article } from '../../src/types.js';
import { ownArticles, seedArticle } from '../support/own-texts.js';
import { anyText, published } from '../reliability/fuzz-inputs.js';

const kb = loadKnowledge();
const own = ownArticles((i) => (i % 5 ? `2024-0${1 + (i % 9)}-15` : null));
const seed = seedArticle;

const alone = (as: Article[]) => as.map((a) => extract(a, kb, { trace: true }));
const together = (as: Article[]) =>
  extractBlock(as, kb, { trace: true }).map((r) => {
    if (!r.ok) throw r.error;
    return r.extraction;
  });

describe('extractBlock', () => {
  it('gives each of our own articles and the seed story what extracting it alone gives, traces included', () => {
    const all = [seed, ...own];
    expect(all.length).toBeGreaterThan(30);
    const events = alone(all).reduce((n, x) => n + x.events.length, 0);
    expect(events).toBeGreaterThan(100);
    expect(together(all)).toEqual(alone(all));
  });

  it('gives the same in any order and any grouping', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([seed, ...own], { minLength: 1, maxLength: 8 }), (as) => {
        expect(together(as)).toEqual(alone(as));
      }),
      { numRuns: 20 },
    );
  });

  it('gives the same on any text, empty and undated ones included', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text: anyText, published }), { minLength: 1, maxLength: 6 }), (xs) => {
        const as = xs.map((x, i): Article => ({ id: `a${i}`, ...x }));
        expect(together(as)).toEqual(alone(as));
      }),
      { numRuns: 60 },
    );
  });

  it('fails only the article that cannot be extracted, and keeps the order of the others', () => {
    const broken = { id: 'broken', text: null, published: '2024-01-01' } as unknown as Article;
    const rs = extractBlock([seed, broken, own[0]], kb);
    expect(rs.map((r) => r.ok)).toEqual([true, false, true]);
    expect(rs[0].ok && rs[0].extraction.article.id).toBe('seed');
    expect(rs[2].ok && rs[2].extraction.article.id).toBe(own[0].id);
    expect(rs[2].ok && rs[2].extraction).toEqual(extract(own[0], kb));
    expect(() => extract(broken, kb)).toThrow(TypeError);
  });

  it('gives nothing for no articles', () => {
    expect(extractBlock([], kb)).toEqual([]);
  });
});
