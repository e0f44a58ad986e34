// buildServer(): the whole HTTP API as a fastify instance, without a port — `readout serve` listens
// on it, tests drive it with inject().
import Fastify, { type FastifyInstance } from 'fastify';
import type { KnowledgeIndex } from '../knowledge/index.js';
import type { Store } from '../record/types.js';
import { readCache } from './cache.js';
import type { ServerContext } from './context.js';
import { handleError, notFound } from './errors.js';
import { registerOpenApi } from './openapi.js';
import { registerAskRoutes } from './routes/ask.js';
import { registerCheckRoutes } from './routes/check.js';
import { registerDocumentRoutes } from './routes/documents.js';
import { registerRecordRoutes } from './routes/records.js';
import { loopbackHostGuard, securityHeaders } from './security.js';
import { defaultWebRoot, registerStatic } from './static.js';
import { zodValidator } from './validate.js';

export interface ServerOptions {
  store: Store;
  kb: KnowledgeIndex;
  /** When set, writes need "Authorization: Bearer TOKEN". Without one, only loopback Host names are served. */
  token?: string;
  /** Largest request body in bytes (default 2 MiB); larger ones get 413. */
  bodyLimit?: number;
  /** Folder of the built page; default dist/www of the package. null serves no page. */
  webRoot?: string | null;
  /** Whole-request timeout in ms (default 30 s). */
  requestTimeout?: number;
  logger?: boolean;
  /** How long a read answer may be served from memory (default 1000 ms; 0 turns the cache off). */
  cacheMs?: number;
  /** Today as YYYY-MM-DD, for answers that default to it. */
  today?: () => string;
}

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;
const VERSION = '0.1.0';

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: opts.bodyLimit ?? DEFAULT_BODY_LIMIT,
    requestTimeout: opts.requestTimeout ?? 30_000,
    connectionTimeout: 60_000,
    keepAliveTimeout: 5_000,
    // Ids and cursors are short; a long URL is an attack or a mistake.
    routerOptions: { maxParamLength: 200 },
    logger: opts.logger ? { level: 'info' } : false,
  });
  app.setValidatorCompiler(zodValidator);
  // Responses go out as they are: the record's objects are already the contract's shapes.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler(handleError);
  // JSON only: a cross-site form can post text/plain without a preflight, so that parser goes.
  app.removeContentTypeParser('text/plain');
  app.setNotFoundHandler((req) => {
    throw notFound(`no route ${req.method} ${req.url.split('?')[0].slice(0, 100)}`);
  });
  app.addHook('onSend', securityHeaders);
  if (!opts.token) app.addHook('onRequest', loopbackHostGuard());

  const ctx: ServerContext = {
    store: opts.store,
    kb: opts.kb,
    token: opts.token,
    today: opts.today ?? (() => new Date().toISOString().slice(0, 10)),
    cache: readCache(opts.cacheMs ?? 1000),
  };
  await registerOpenApi(app, VERSION);
  registerRecordRoutes(app, ctx);
  registerAskRoutes(app, ctx);
  registerCheckRoutes(app, ctx);
  registerDocumentRoutes(app, ctx);
  registerStatic(app, opts.webRoot === undefined ? defaultWebRoot() : opts.webRoot);
  return app;
}
