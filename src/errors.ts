// Every failure a user can cause or meet has a stable code, a one-line message and an exit code
// (1 bad input or usage, 2 a database or another resource failed), and an HTTP status for the server.

export type ErrorCode =
  | 'READOUT_BAD_INPUT'
  | 'READOUT_USAGE'
  | 'READOUT_NOT_FOUND'
  | 'READOUT_BAD_FIELD'
  | 'READOUT_UNAUTHORIZED'
  | 'READOUT_TOO_LARGE'
  | 'READOUT_DATABASE'
  | 'READOUT_RESOURCE'
  | 'READOUT_INTERNAL';

const EXIT: Record<ErrorCode, number> = {
  READOUT_BAD_INPUT: 1,
  READOUT_USAGE: 1,
  READOUT_NOT_FOUND: 1,
  READOUT_BAD_FIELD: 1,
  READOUT_UNAUTHORIZED: 1,
  READOUT_TOO_LARGE: 1,
  READOUT_DATABASE: 2,
  READOUT_RESOURCE: 2,
  READOUT_INTERNAL: 2,
};

const HTTP: Record<ErrorCode, number> = {
  READOUT_BAD_INPUT: 400,
  READOUT_USAGE: 400,
  READOUT_NOT_FOUND: 404,
  READOUT_BAD_FIELD: 400,
  READOUT_UNAUTHORIZED: 401,
  READOUT_TOO_LARGE: 413,
  READOUT_DATABASE: 500,
  READOUT_RESOURCE: 500,
  READOUT_INTERNAL: 500,
};

export class ReadoutError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ReadoutError';
    this.code = code;
    this.field = field;
  }
  get exitCode(): number {
    return EXIT[this.code];
  }
  get httpStatus(): number {
    return HTTP[this.code];
  }
}

export const badInput = (message: string, field?: string) => new ReadoutError('READOUT_BAD_INPUT', message, field);
export const usage = (message: string) => new ReadoutError('READOUT_USAGE', message);
export const dbError = (message: string) => new ReadoutError('READOUT_DATABASE', message);

export const ERROR_CODES = Object.keys(EXIT) as ErrorCode[];

/** An error's first line: what a log line or a "skipped: …" message shows of it. */
export const firstLine = (err: unknown): string => (err instanceof Error ? err.message : String(err)).split('\n')[0];
