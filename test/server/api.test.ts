import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExchangeEvent } from '../../src/types.js';
import { seedSmallRecord, server, tempRecord, type TempRecord } from './helpers.js';

let rec: TempRecord;
let app: FastifyInstance;
let stored: ExchangeEvent[];

beforeAll(async () => {
  rec = await tempRecord();
  stored = await seedSmallRecord(rec.store);
  app = await server(rec.store);
});
afterAll(async () => {
  await app.close();
  await rec.cleanup();
});

const get = (url: string) => app.inject({ method: 'GET', url });

describe('GET /api/health', () => {
  it('says ok and counts the events', async () => {
    const r = await get('/api/health');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ ok: true, events: stored.length });
  });
});

describe('GET /api/timeline', () => {
  it("gives the pair's occurred exchanges in date order, not a third country's", async () => {
    const r = await get('/api/timeline?between=USA,CHN');
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.next).toBeNull();
    expect(body.events.map((e: ExchangeEvent) => e.date)).toEqual([
      '2021-02-10',
      '2021-03-18',
      '2021-11-15',
      '2022-11-14',
      '2023-05-25',
    ]);
    expect(body.events.every((e: ExchangeEvent) => e.id && e.status === 'occurred')).toBe(true);
  });

  it('accepts names and alpha-2 codes for countries', async () => {
    const r = await get('/api/timeline?between=US,China');
    expect(r.json().events).toHaveLength(5);
  });

  it('with one country gives all of its exchanges', async () => {
    const r = await get('/api/timeline?between=USA');
    expect(r.json().events).toHaveLength(6);
    const ru = await get('/api/timeline?between=RUS');
    expect(ru.json().events.map((e: ExchangeEvent) => e.date)).toEqual(['2022-01-21']);
  });

  it('filters by date range, seniority and status', async () => {
    expect(
      (await get('/api/timeline?between=USA,CHN&since=2021-06-01&until=2022-12-31')).json().events,
    ).toHaveLength(2);
    const heads = (await get('/api/timeline?between=USA,CHN&max_rank=1')).json().events;
    expect(heads.map((e: ExchangeEvent) => e.date)).toEqual(['2021-02-10', '2021-11-15', '2022-11-14']);
    expect((await get('/api/timeline?between=USA,CHN&max_rank=3')).json().events).toHaveLength(4);
    const planned = (await get('/api/timeline?between=USA,CHN&status=planned')).json().events;
    expect(planned.map((e: ExchangeEvent) => e.type)).toEqual(['visit']);
    expect((await get('/api/timeline?between=USA,CHN&status=all')).json().events).toHaveLength(6);
  });

  it('pages with the cursor: every event once, in order', async () => {
    const seen: string[] = [];
    let url = '/api/timeline?between=USA,CHN&limit=2';
    for (let i = 0; i < 10; i++) {
      const body = (await get(url)).json();
      expect(body.events.length).toBeLessThanOrEqual(2);
      seen.push(...body.events.map((e: ExchangeEvent) => e.date));
      if (!body.next) break;
      url = `/api/timeline?between=USA,CHN&limit=2&cursor=${encodeURIComponent(body.next)}`;
    }
    expect(seen).toEqual(['2021-02-10', '2021-03-18', '2021-11-15', '2022-11-14', '2023-05-25']);
  });

  it.each([
    ['between=USA,CHN&limit=1001', 'limit'],
    ['between=USA,CHN&limit=0', 'limit'],
    ['between=USA,CHN&limit=ten', 'limit'],
    ['between=USA,CHN&since=2023-02-30', 'since'],
    ['between=USA,CHN&until=June', 'until'],
    ['between=USA,CHN&max_rank=9', 'max_rank'],
    ['between=USA,CHN&status=rumoured', 'status'],
    ['between=USA,CHN&sort=desc', 'sort'],
    ['between=Atlantis', 'between'],
    ['between=USA,CHN,RUS', 'between'],
    ['between=USA,USA', 'between'],
    ['', 'between'],
    ['between=USA,CHN&cursor=not-a-cursor', 'cursor'],
  ])('?%s is a 400 naming %s', async (qs, field) => {
    const r = await get(`/api/timeline?${qs}`);
    expect(r.statusCode).toBe(400);
    const { error } = r.json();
    expect(error.code).toMatch(/^READOUT_(BAD_FIELD|BAD_INPUT)$/);
    expect(error.field).toBe(field);
    expect(error.message).toBeTruthy();
  });
});

describe('GET /api/events/:id', () => {
  it('gives one event with its sources', async () => {
    const id = stored[0].id as string;
    const r = await get(`/api/events/${encodeURIComponent(id)}`);
    expect(r.statusCode).toBe(200);
    const e = r.json();
    expect(e.id).toBe(id);
    expect(e.sources.length).toBeGreaterThan(0);
    expect(e.sources[0].url).toBe('https://example.org/fixture');
  });

  it('404s with a code for an unknown id', async () => {
    const r = await get('/api/events/nope');
    expect(r.statusCode).toBe(404);
    expect(r.json().error.code).toBe('READOUT_NOT_FOUND');
  });
});

describe('unknown routes and headers', () => {
  it('answers an unknown path with the JSON error shape', async () => {
    const r = await get('/api/nothing-here');
    expect(r.statusCode).toBe(404);
    expect(r.json()).toEqual({ error: { code: 'READOUT_NOT_FOUND', message: expect.any(String) } });
  });

  it('sends a strict Content-Security-Policy and nosniff on every response', async () => {
    for (const url of ['/api/health', '/api/nothing-here', '/docs']) {
      const r = await get(url);
      expect(r.headers['content-security-policy']).toContain("script-src 'self'");
      expect(r.headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('refuses a foreign Host name when it has no token (DNS rebinding)', async () => {
    const r = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { host: 'attacker.example:8040' },
    });
    expect(r.statusCode).toBe(401);
    expect(r.json().error.field).toBe('host');
    const ok = await app.inject({ method: 'GET', url: '/api/health', headers: { host: '127.0.0.1:8040' } });
    expect(ok.statusCode).toBe(200);
  });
});

describe('OpenAPI', () => {
  it('describes every API route at /docs/json, with query parameters', async () => {
    const doc = (await get('/docs/json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of ['/api/health', '/api/timeline', '/api/events/{id}', '/api/check', '/api/documents']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    for (const ask of ['highest-ranking', 'first', 'silence', 'temperature'])
      expect(Object.keys(doc.paths)).toContain(`/api/ask/${ask}`);
    const params = doc.paths['/api/timeline'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(
      expect.arrayContaining(['between', 'since', 'until', 'status', 'max_rank', 'limit', 'cursor']),
    );
  });

  it('serves a plain HTML page at /docs that links the description', async () => {
    const r = await get('/docs');
    expect(r.headers['content-type']).toContain('text/html');
    expect(r.body).toContain('/docs/json');
    expect(r.body).toContain('/api/timeline');
    expect(r.body).not.toContain('<script');
  });
});
