// The OpenAPI description at /docs/json and a plain page at /docs listing it — served locally,
// nothing from a CDN. Route schemas are zod; they are converted here for the description.
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { isZod, toJsonSchema } from './validate.js';

const PARTS = ['querystring', 'body', 'params', 'headers'] as const;

export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Readout',
        version,
        description:
          'A sourced record of high-level diplomatic exchanges. Errors: {"error": {"code": "READOUT_…", "message", "field"?}}.',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      },
    },
    transform({ schema, url }) {
      if (!schema) return { schema, url };
      const out: Record<string, unknown> = { ...schema };
      for (const part of PARTS) {
        const s = (schema as Record<string, unknown>)[part];
        if (isZod(s)) out[part] = toJsonSchema(s);
      }
      const response = (schema as { response?: Record<string, unknown> }).response;
      if (response) {
        out.response = Object.fromEntries(
          Object.entries(response).map(([code, s]) => [code, isZod(s) ? toJsonSchema(s) : s]),
        );
      }
      return { schema: out as never, url };
    },
  });

  app.get('/docs/json', { schema: { hide: true } }, async () => app.swagger());

  app.get('/docs', { schema: { hide: true } }, async (_req, reply) => {
    const doc = app.swagger() as {
      paths: Record<string, Record<string, { summary?: string; description?: string }>>;
    };
    const rows = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(
        ([method, op]) =>
          `<li><code>${esc(method.toUpperCase())} ${esc(path)}</code> — ${esc(op.summary ?? '')}${op.description ? `<br><small>${esc(op.description)}</small>` : ''}</li>`,
      ),
    );
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Readout API</title></head><body><h1>Readout HTTP API</h1><p>The full OpenAPI 3 description: <a href="/docs/json">/docs/json</a>. Error codes are listed in <code>components.schemas</code> of each error response and in docs/api.md.</p><ul>${rows.join('')}</ul></body></html>`;
    return reply.type('text/html; charset=utf-8').send(html);
  });
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
