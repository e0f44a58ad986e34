// Our own articles (test/pipeline/articles/) and the seed story as Articles, for tests that run extraction over
// all of them. Their publication dates vary (some are absent) so that dating paths are exercised too.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article } from '../../src/types.js';

const dir = resolve(import.meta.dirname, '../pipeline/articles');

/** Every own article, sorted by file name; `published(i)` dates the i-th. */
export function ownArticles(published: (i: number) => string | null): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f, i) => ({ id: f, text: readFileSync(resolve(dir, f), 'utf8'), published: published(i) }));
}

export const seedArticle: Article = {
  id: 'seed',
  text: readFileSync(resolve(import.meta.dirname, '../../examples/seed/article.txt'), 'utf8'),
  published: '2023-06-18',
};
