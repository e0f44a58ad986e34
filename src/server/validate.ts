// Request validation with zod: routes declare zod schemas, this turns them into fastify validators
// whose failures name the offending field, and into JSON Schema for the OpenAPI description.
import type { FastifySchemaCompiler } from 'fastify';
import { z, type ZodType } from 'zod';
import { ReadoutError } from '../errors.js';

const PART: Record<string, string> = {
  querystring: 'query',
  body: 'body',
  params: 'path',
  headers: 'header',
};

/** The first problem zod found, as one of our errors with the field it concerns. */
export function zodToError(err: z.ZodError, part: string): ReadoutError {
  const issue = err.issues[0];
  if (!issue) return new ReadoutError('READOUT_BAD_FIELD', `bad ${part}`);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    return new ReadoutError('READOUT_BAD_FIELD', `unknown ${part} field "${key}"`, key);
  }
  const field = issue.path.map(String).join('.') || part;
  return new ReadoutError('READOUT_BAD_FIELD', `${field}: ${issue.message}`, field);
}

export const zodValidator: FastifySchemaCompiler<ZodType> = ({ schema, httpPart }) => {
  const part = PART[httpPart ?? ''] ?? 'request';
  return (data: unknown) => {
    const r = schema.safeParse(data);
    return r.success ? { value: r.data } : { error: zodToError(r.error, part) };
  };
};

export function isZod(x: unknown): x is ZodType {
  return typeof x === 'object' && x !== null && '_zod' in x;
}

/** JSON Schema of what a client sends (input side: coercions and defaults as the client sees them). */
export function toJsonSchema(schema: ZodType): Record<string, unknown> {
  const out = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'openapi-3.0',
  }) as Record<string, unknown>;
  delete out.$schema;
  return out;
}
