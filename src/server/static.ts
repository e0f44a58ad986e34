// Serves the built page (vite output) from memory: a fixed map of known files, so no request path
// ever reaches the file system and nothing outside the build can be read.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { notFound } from './errors.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

interface StaticFile {
  body: Buffer;
  type: string;
  immutable: boolean;
}

/** dist/www at the package root, whether running from src/ (tests) or dist/ (installed). */
export function defaultWebRoot(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'dist', 'www');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    dir = dirname(dir);
  }
  return null;
}

function readTree(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const url = `/${relative(root, path).split(sep).join('/')}`;
        // Vite puts content-hashed names under assets/: those can be cached for good.
        files.set(url, {
          body: readFileSync(path),
          type: TYPES[extname(name)] ?? 'application/octet-stream',
          immutable: url.startsWith('/assets/'),
        });
      }
    }
  };
  walk(root);
  return files;
}

export function registerStatic(app: FastifyInstance, webRoot: string | null): void {
  const files =
    webRoot && existsSync(join(webRoot, 'index.html')) ? readTree(webRoot) : new Map<string, StaticFile>();
  const send = (url: string) => {
    const f = files.get(url);
    if (!f) {
      if (url === '/index.html') throw notFound('the web page is not built; run "npm run build"');
      throw notFound(`no such file: ${url.slice(0, 100)}`);
    }
    return f;
  };
  app.get('/', { schema: { hide: true } }, async (_req, reply) => {
    const f = send('/index.html');
    return reply.type(f.type).header('cache-control', 'no-cache').send(f.body);
  });
  app.get('/assets/*', { schema: { hide: true } }, async (req, reply) => {
    const f = send(req.url.split('?')[0]);
    return reply
      .type(f.type)
      .header('cache-control', f.immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
      .send(f.body);
  });
  app.get('/favicon.svg', { schema: { hide: true } }, async (_req, reply) => {
    const f = send('/favicon.svg');
    return reply.type(f.type).send(f.body);
  });
}
