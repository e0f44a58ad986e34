// Each error code the API can answer with is documented for clients, in docs/api.md and in the
// OpenAPI description's error schema.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ReadoutError } from '../../src/errors.js';
import { server, tempRecord } from './helpers.js';

describe('error codes', () => {
  it('are all documented in docs/api.md with their HTTP status', () => {
    const doc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
    for (const code of ERROR_CODES) {
      const row = new RegExp(`\`${code}\`\\s*\\|\\s*(\\d{3})\\s*\\|`).exec(doc);
      expect(row, `${code} is not in the table`).not.toBeNull();
      expect(Number(row?.[1]), code).toBe(new ReadoutError(code, '').httpStatus);
    }
  });

  it('are all listed in the OpenAPI error schema', async () => {
    const rec = await tempRecord();
    const app = await server(rec.store);
    try {
      const doc = (await app.inject({ method: 'GET', url: '/docs/json' })).json();
      const bad = doc.paths['/api/timeline'].get.responses['400'];
      const schema = bad.content['application/json'].schema;
      expect(schema.properties.error.properties.code.enum.sort()).toEqual([...ERROR_CODES].sort());
    } finally {
      await app.close();
      await rec.cleanup();
    }
  });
});
