// What every route needs, passed explicitly rather than decorated onto fastify.
import type { KnowledgeIndex } from '../knowledge/index.js';
import type { Store } from '../record/types.js';

export interface ServerContext {
  store: Store;
  kb: KnowledgeIndex;
  token?: string;
  /** Today's date for requests that default to it (as_of); injectable for tests. */
  today: () => string;
}
