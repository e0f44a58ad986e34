// The record's questions over HTTP: each route resolves its countries, reads the pair's events and
// the sources' coverage from the store, and hands them to the pure function in src/analysis.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { firstInYears } from '../../analysis/first.js';
import { highestRanking, highestRankingSlice } from '../../analysis/highest-ranking.js';
import { officeInfo, officeTest } from '../../analysis/offices.js';
import type { Answer } from '../../analysis/answer.js';
import type { RecordSlice } from '../../analysis/select.js';
import { silence, silenceSlice } from '../../analysis/silence.js';
import { temperature } from '../../analysis/temperature.js';
import { cachedRead, type ServerContext } from '../context.js';
import { resolveBetween, resolveCountry } from '../countries.js';
import { badField } from '../errors.js';
import { answerOut, errorOut, firstQuery, highestRankingQuery, rangeQuery } from '../schemas.js';

const DESCRIPTION =
  '`answer` is null with `status: "unverifiable"` when the covering sources do not reach far enough to know; `explanation` says why in one line.';

export function registerAskRoutes(app: FastifyInstance, ctx: ServerContext): void {
  /** Every status: the questions pick what counts (temperature reads planned and declined exchanges too). */
  const material = async (countries: string[]) => {
    const [events, coverage] = await Promise.all([
      ctx.store.events({ countries, status: 'all' }),
      ctx.store.coverage(),
    ]);
    return { events, coverage };
  };
  /**
   * Only the slice a question reads, which gives the same answer as the pair's whole history; read
   * as the index's briefs, and only the events an answer rests on are read whole, with sources.
   */
  const slice = async (filter: RecordSlice) => {
    const [events, coverage] = await Promise.all([ctx.store.sliceEvents(filter), ctx.store.coverage()]);
    return { events, coverage };
  };
  const sourced = async <T>(a: Answer<T>): Promise<Answer<T>> => ({
    ...a,
    because: await ctx.store.withSources(a.because),
  });
  const schema = (summary: string, querystring: z.ZodType) => ({
    summary,
    description: DESCRIPTION,
    querystring,
    response: { 200: answerOut, 400: errorOut },
  });
  const pair = (between: string): [string, string] => {
    const codes = resolveBetween(ctx.kb, between);
    if (codes.length !== 2) throw badField('between', 'between: give two countries, e.g. USA,CHN');
    return [codes[0], codes[1]];
  };
  app.get(
    '/api/ask/highest-ranking',
    {
      schema: schema(
        'The highest-ranking visitor from one country to another since a date',
        highestRankingQuery,
      ),
    },
    async (req, reply) => {
      const q = req.query as z.output<typeof highestRankingQuery>;
      const visitor = resolveCountry(ctx.kb, q.visitor, 'visitor');
      const host = resolveCountry(ctx.kb, q.host, 'host');
      return cachedRead(ctx, req, reply, async () => {
        const question = { visitor, host, since: q.since ?? null };
        const { events, coverage } = await slice(highestRankingSlice(question));
        return sourced(highestRanking(events, coverage, question));
      });
    },
  );

  app.get(
    '/api/ask/first',
    {
      schema: schema(
        'When an office-holder last visited before the latest visit, and whether it is the first in N years',
        firstQuery,
      ),
    },
    async (req, reply) => {
      const q = req.query as z.output<typeof firstQuery>;
      const visitor = resolveCountry(ctx.kb, q.visitor, 'visitor');
      const host = resolveCountry(ctx.kb, q.host, 'host');
      const info = q.office ? officeInfo(ctx.kb, q.office, visitor) : null;
      return cachedRead(ctx, req, reply, async () => {
        const { events, coverage } = await material([visitor, host]);
        return firstInYears(events, coverage, {
          visitor,
          host,
          office: info?.title ?? q.office ?? null,
          holds: q.office ? officeTest(ctx.kb, q.office, visitor) : undefined,
          maxRank: info?.rank ?? null,
          years: q.years ?? null,
          asOf: q.as_of ?? null,
        });
      });
    },
  );

  app.get(
    '/api/ask/silence',
    { schema: schema('Gaps between senior contacts (rank ≤ 3 on each side) of a pair', rangeQuery) },
    async (req, reply) => {
      const q = req.query as z.output<typeof rangeQuery>;
      const [a, b] = pair(q.between);
      return cachedRead(ctx, req, reply, async () => {
        const question = { a, b, since: q.since ?? null, until: q.until ?? null };
        // "Days since the last contact" runs to the pair's latest event of any kind.
        const [{ events, coverage }, asOf] = await Promise.all([
          slice(silenceSlice(question, { storedDates: true })),
          ctx.store.latestDate({ countries: [a, b], status: 'all' }),
        ]);
        return sourced(silence(events, coverage, { ...question, asOf }));
      });
    },
  );

  const pairQuestions = [
    ['temperature', 'Monthly cooperation index (sum of Goldstein scores) of a pair', temperature],
  ] as const;
  for (const [name, summary, question] of pairQuestions) {
    app.get(`/api/ask/${name}`, { schema: schema(summary, rangeQuery) }, async (req, reply) => {
      const q = req.query as z.output<typeof rangeQuery>;
      const [a, b] = pair(q.between);
      return cachedRead(ctx, req, reply, async () => {
        const { events, coverage } = await material([a, b]);
        return question(events, coverage, { a, b, since: q.since ?? null, until: q.until ?? null });
      });
    });
  }
}
