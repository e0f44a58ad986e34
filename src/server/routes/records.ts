// Reading the record: health, the paged timeline, one event with its sources.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { cachedRead, type ServerContext } from '../context.js';
import { resolveBetween } from '../countries.js';
import { notFound } from '../errors.js';
import { errorOut, eventOut, eventParams, healthOut, timelineOut, timelineQuery } from '../schemas.js';

export function registerRecordRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(
    '/api/health',
    {
      schema: { summary: 'Liveness and the number of stored events', response: { 200: healthOut } },
    },
    async () => {
      const stats = await ctx.store.stats();
      return { ok: true, events: stats.events };
    },
  );

  app.get(
    '/api/timeline',
    {
      schema: {
        summary: "Exchanges between two countries (or all of one country's), in date order, paged",
        description:
          "Occurred events by default. Page with `cursor` = the previous page's `next`; `next` is null on the last page.",
        querystring: timelineQuery,
        response: { 200: timelineOut, 400: errorOut },
      },
    },
    async (req, reply) => {
      const q = req.query as z.output<typeof timelineQuery>;
      const countries = resolveBetween(ctx.kb, q.between);
      return cachedRead(ctx, req, reply, () =>
        ctx.store.timeline({
          countries,
          since: q.since ?? null,
          until: q.until ?? null,
          status: q.status ?? 'occurred',
          maxRank: q.max_rank ?? null,
          limit: q.limit,
          cursor: q.cursor ?? null,
        }),
      );
    },
  );

  app.get(
    '/api/events/:id',
    {
      schema: {
        summary: 'One event with all its sources and evidence',
        params: eventParams,
        response: { 200: eventOut, 404: errorOut },
      },
    },
    async (req, reply) => {
      const { id } = req.params as z.output<typeof eventParams>;
      return cachedRead(ctx, req, reply, async () => {
        const event = await ctx.store.getEvent(id);
        if (!event) throw notFound(`no event with id "${id.slice(0, 100)}"`);
        return event;
      });
    },
  );
}
