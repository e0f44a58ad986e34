// What every route needs, passed explicitly rather than decorated onto fastify.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { KnowledgeIndex } from '../knowledge/index.js';
import type { Store } from '../record/types.js';
import type { ReadCache } from './cache.js';

export interface ServerContext {
  store: Store;
  kb: KnowledgeIndex;
  token?: string;
  /** Today's date for requests that default to it (as_of); injectable for tests. */
  today: () => string;
  /** Serialised read answers; cleared by writes. */
  cache: ReadCache;
}

export const JSON_TYPE = 'application/json; charset=utf-8';

/** Answers a read from the cache, keyed by the request's URL (path and query as sent). */
export async function cachedRead(
  ctx: ServerContext,
  req: FastifyRequest,
  reply: FastifyReply,
  compute: () => Promise<unknown>,
): Promise<FastifyReply> {
  return reply.type(JSON_TYPE).send(await ctx.cache.get(req.url, compute));
}
