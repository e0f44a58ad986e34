// Writing the record: one document in, extracted and stored in one transaction by the store.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { htmlToArticle } from '../../ingest/html.js';
import { extract } from '../../pipeline/extract.js';
import type { Article } from '../../types.js';
import type { ServerContext } from '../context.js';
import { documentBody, documentOut, errorOut } from '../schemas.js';
import { requireToken } from '../security.js';

type Body = z.output<typeof documentBody>;

export function articleFromBody(b: Body): Article {
  if (b.html !== undefined) {
    const a = htmlToArticle(b.html, { url: b.url ?? null });
    return {
      ...a,
      published: b.published ?? a.published,
      outlet: b.outlet ?? a.outlet ?? null,
      title: b.title ?? a.title ?? null,
    };
  }
  const text = b.text as string;
  return {
    id: `api-${createHash('sha256').update(text).digest('hex').slice(0, 16)}`,
    text,
    published: b.published ?? null,
    url: b.url ?? null,
    outlet: b.outlet ?? (b.url ? new URL(b.url).hostname : null),
    title: b.title ?? null,
  };
}

export function registerDocumentRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post(
    '/api/documents',
    {
      preHandler: requireToken(ctx.token),
      schema: {
        summary: 'Store one document and the exchanges it tells',
        description:
          '201 with the new document id and its events; 200 when the same document is already stored (nothing added). Needs "Authorization: Bearer TOKEN" when the server has a token.',
        security: ctx.token ? [{ bearer: [] }] : [],
        body: documentBody,
        response: { 200: documentOut, 201: documentOut, 400: errorOut, 401: errorOut, 413: errorOut },
      },
    },
    async (req, reply) => {
      const article = articleFromBody(req.body as Body);
      const result = await ctx.store.ingest(extract(article, ctx.kb));
      if (result.created) ctx.cache.clear();
      return reply
        .code(result.created ? 201 : 200)
        .send({ document: result.document, events: result.events });
    },
  );
}
