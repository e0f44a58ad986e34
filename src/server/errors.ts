// One error shape for every route: {"error": {"code", "message", "field"?}}. Codes come from
// src/errors.ts so the CLI and the server speak the same language; nothing internal leaks.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ReadoutError, type ErrorCode } from '../errors.js';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string };
}

export function errorBody(err: ReadoutError): ErrorBody {
  return { error: { code: err.code, message: err.message, ...(err.field ? { field: err.field } : {}) } };
}

/** Fastify's own failures (body parsing, limits, timeouts) mapped onto our codes. */
function fromFastify(err: FastifyError): ReadoutError | null {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ReadoutError('READOUT_TOO_LARGE', 'request body is larger than the server accepts', 'body');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ReadoutError('READOUT_BAD_INPUT', 'send the body as application/json', 'content-type');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ReadoutError('READOUT_BAD_INPUT', 'the JSON body is empty', 'body');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ReadoutError('READOUT_BAD_INPUT', 'the body is not valid JSON', 'body');
  }
  // Malformed JSON surfaces as a SyntaxError with statusCode 400 from fastify's JSON parser.
  if (err instanceof SyntaxError || (err.statusCode === 400 && !err.code?.startsWith('READOUT_'))) {
    return new ReadoutError('READOUT_BAD_INPUT', 'the body is not valid JSON', 'body');
  }
  return null;
}

export function handleError(err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply): void {
  let known = err instanceof ReadoutError ? err : fromFastify(err as FastifyError);
  if (!known) {
    // Unknown failures are ours, not the caller's: log the detail, answer without it.
    req.log.error({ err }, 'request failed');
    known = new ReadoutError('READOUT_INTERNAL', 'internal error');
  } else if (known.httpStatus >= 500) {
    req.log.error({ err }, 'request failed');
  }
  void reply.code(known.httpStatus).type('application/json; charset=utf-8').send(errorBody(known));
}

export const notFound = (what: string) => new ReadoutError('READOUT_NOT_FOUND', what);
export const badField = (field: string, message: string) =>
  new ReadoutError('READOUT_BAD_FIELD', message, field);
