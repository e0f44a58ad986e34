// The HTTP contract's inputs and outputs as zod schemas: validation and the OpenAPI description
// come from the same definitions, so they cannot drift apart.
import { z } from 'zod';
import { ERROR_CODES } from '../errors.js';
import { EVENT_STATUSES, EVENT_TYPES } from '../types.js';

/** Dates at the precision the record keeps them; the shape is checked, the calendar too. */
export const dateParam = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(realDay, 'no such day');

/** "2023-02-30" has the right shape but no day; the calendar round trip catches it. */
function realDay(s: string): boolean {
  if (s.length < 10) return true;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

export const dayParam = dateParam.refine((s) => s.length === 10, 'expected a full date YYYY-MM-DD');

/** One or two countries: alpha-3, alpha-2 or a name, comma-separated. Resolved against knowledge in the route. */
const countries = z.string().min(1).max(120);
const country = z.string().min(1).max(60);
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const MAX_LIMIT = 1000;

export const timelineQuery = z.strictObject({
  between: countries.describe('USA,CHN for exchanges between two; USA alone for all of its exchanges'),
  since: dateParam.optional(),
  until: dateParam.optional(),
  status: z
    .enum([...EVENT_STATUSES, 'all'])
    .optional()
    .describe("default 'occurred'"),
  max_rank: int(1, 7).optional().describe('keep events whose best participant rank is at most this'),
  limit: int(1, MAX_LIMIT).default(100),
  cursor: z.string().min(1).max(512).optional().describe('the `next` of the previous page'),
});

export const eventParams = z.strictObject({ id: z.string().min(1).max(200) });

export const highestRankingQuery = z.strictObject({
  visitor: country,
  host: country,
  since: dateParam.optional(),
});

export const firstQuery = z.strictObject({
  visitor: country,
  host: country,
  office: z.string().min(1).max(120).optional().describe('an office phrase, e.g. "secretary of state"'),
  years: int(1, 200).optional(),
  as_of: dateParam.optional(),
});

export const rangeQuery = z.strictObject({
  between: countries,
  since: dateParam.optional(),
  until: dateParam.optional(),
});

/**
 * Extraction runs on the request's thread at roughly 10–40 ms per 1,000 characters, so text is
 * capped to keep one request (check is open to anyone who can read) to a few seconds. Long news
 * articles run to 30,000 characters; pages carry markup, hence the larger HTML cap.
 */
const MAX_TEXT = 100_000;

export const checkBody = z.strictObject({
  text: z.string().min(1).max(MAX_TEXT),
  published: dayParam.nullable().optional(),
});

export const documentBody = z
  .strictObject({
    text: z.string().min(1).max(MAX_TEXT).optional(),
    html: z
      .string()
      .min(1)
      .max(MAX_TEXT * 4)
      .optional(),
    published: dayParam.nullable().optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .nullable()
      .optional(),
    outlet: z.string().max(200).nullable().optional(),
    title: z.string().max(500).nullable().optional(),
  })
  .refine((b) => (b.text === undefined) !== (b.html === undefined), {
    message: 'send exactly one of "text" or "html"',
    path: ['text'],
  });

// Outputs, for the description only (responses are serialised as they are).
const span = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
const participant = z.object({
  name: z.string().nullable(),
  role: z.string().nullable(),
  country: z.string().nullable(),
  rank: z.number().int().nullable(),
});
export const eventOut = z.looseObject({
  id: z.string(),
  type: z.enum(EVENT_TYPES),
  status: z.enum(EVENT_STATUSES),
  participants: z.array(participant),
  host_country: z.string().nullable(),
  date: z.string().nullable(),
  evidence: z.array(span),
  sources: z
    .array(z.looseObject({ document: z.string(), url: z.string().nullable(), evidence: z.array(span) }))
    .optional(),
});
export const errorOut = z.object({
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string(), field: z.string().optional() }),
});
export const timelineOut = z.object({ events: z.array(eventOut), next: z.string().nullable() });
export const answerOut = z.object({ answer: z.unknown(), because: z.array(eventOut) });
export const findingsOut = z.object({
  findings: z.array(z.looseObject({ kind: z.string(), verdict: z.string() })),
});
export const documentOut = z.object({ document: z.string(), events: z.array(eventOut) });
export const healthOut = z.object({ ok: z.boolean(), events: z.number().int() });
