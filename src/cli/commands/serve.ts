// `readout serve`: the HTTP API and the web page on one port. Loopback by default; any other
// address needs a token, because whoever reaches the port could otherwise write to the record.
import type { Command } from 'commander';
import { ReadoutError, usage } from '../../errors.js';
import { isLoopback } from '../../server/security.js';

interface ServeOptions {
  db?: string;
  host: string;
  port: string;
  token?: string;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the HTTP API (/api, OpenAPI at /docs) and the timeline page (/)')
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default $READOUT_DB or ./readout.db)')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--port <n>', 'port to listen on', '8040')
    .option('--token <token>', 'require "Authorization: Bearer TOKEN" for writes (default $READOUT_TOKEN)')
    .action(async (o: ServeOptions) => serve(o));
}

async function serve(o: ServeOptions): Promise<void> {
  const port = Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usage(`--port: expected a port number, got "${o.port}"`);
  const token = o.token ?? process.env.READOUT_TOKEN ?? undefined;
  if (token !== undefined && token.length < 8) throw usage('--token: use at least 8 characters');
  if (!isLoopback(o.host) && !token) {
    throw usage(`refusing to serve on non-loopback host ${o.host} without --token (anyone who can reach it could write)`);
  }
  // Loaded on use, as in every command: `readout --help` would otherwise load fastify and the pipeline.
  const [{ loadKnowledge }, { openStore }, { buildServer }] = await Promise.all([
    import('../../knowledge/load.js'),
    import('../../record/store.js'),
    import('../../server/app.js'),
  ]);
  const kb = loadKnowledge();
  const store = await openStore(o.db);
  const app = await buildServer({ store, kb, token, logger: true });
  const stop = async () => {
    await app.close();
    await store.close();
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  try {
    const address = await app.listen({ host: o.host, port });
    process.stderr.write(`readout: serving ${address} (API /api, OpenAPI /docs)${token ? ', writes need the token' : ''}\n`);
  } catch (err) {
    await store.close();
    const e = err as NodeJS.ErrnoException;
    throw new ReadoutError('READOUT_RESOURCE', `cannot listen on ${o.host}:${port}: ${e.code ?? e.message}`);
  }
}
