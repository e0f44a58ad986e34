// POST /api/check: extract the pasted article, read the record around the countries it speaks of,
// and let the pure claim check judge each claim against both. Nothing is stored.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { checkClaims } from '../../analysis/check.js';
import { extract } from '../../pipeline/extract.js';
import type { Store } from '../../record/types.js';
import type { ExchangeEvent } from '../../types.js';
import type { ServerContext } from '../context.js';
import { checkBody, errorOut, findingsOut } from '../schemas.js';
import { articleFromBody } from './documents.js';

/** Enough pairs for any real article; bounded so a crafted text cannot make the server read the whole record. */
const MAX_PAIRS = 12;

/** The country pairs the article's exchanges join (participants and hosts), most frequent first. */
export function pairsOf(events: ExchangeEvent[]): [string, string][] {
  const counts = new Map<string, number>();
  for (const e of events) {
    const cs = [
      ...new Set([...e.participants.map((p) => p.country), e.host_country].filter((c): c is string => !!c)),
    ].sort();
    for (let i = 0; i < cs.length; i++)
      for (let j = i + 1; j < cs.length; j++) {
        const key = `${cs[i]},${cs[j]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_PAIRS)
    .map(([k]) => k.split(',') as [string, string]);
}

async function recordAround(store: Store, events: ExchangeEvent[]): Promise<ExchangeEvent[]> {
  const seen = new Map<string, ExchangeEvent>();
  for (const [a, b] of pairsOf(events)) {
    for (const e of await store.events({ countries: [a, b], status: 'all' })) if (e.id) seen.set(e.id, e);
  }
  return [...seen.values()];
}

export function registerCheckRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post(
    '/api/check',
    {
      schema: {
        summary: "Check an article's claims against its own events and the record",
        description:
          'Each finding marks the claim (character offsets into `text`), its kind, a verdict (supported, contradicted, unverifiable) and a one-line explanation. Nothing is stored.',
        body: checkBody,
        response: { 200: findingsOut, 400: errorOut, 413: errorOut },
      },
    },
    async (req) => {
      const b = req.body as z.output<typeof checkBody>;
      const article = articleFromBody({ text: b.text, published: b.published ?? null });
      const x = extract(article, ctx.kb);
      const [recordEvents, recordCoverage] = await Promise.all([
        recordAround(ctx.store, x.events),
        ctx.store.coverage(),
      ]);
      const findings = checkClaims({
        article,
        articleEvents: x.events,
        articleCoverage: x.coverage,
        recordEvents,
        recordCoverage,
        kb: ctx.kb,
      });
      return { findings };
    },
  );
}
