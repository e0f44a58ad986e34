import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { server, tempRecord, type TempRecord } from './helpers.js';

const TOKEN = 'test-token-0123456789';
let rec: TempRecord;
let app: FastifyInstance;

beforeAll(async () => {
  rec = await tempRecord();
  app = await server(rec.store, { token: TOKEN, bodyLimit: 4096 });
});
afterAll(async () => {
  await app.close();
  await rec.cleanup();
});

const post = (payload: unknown, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }) =>
  app.inject({ method: 'POST', url: '/api/documents', payload: payload as object, headers });

const TEXT = 'Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Sunday.';

describe('POST /api/documents', () => {
  it('refuses a write without the token, or with a wrong one, with 401', async () => {
    for (const headers of [
      {} as Record<string, string>,
      { authorization: 'Bearer wrong-token-0123456789' },
      { authorization: TOKEN },
    ]) {
      const r = await post({ text: TEXT, published: '2023-06-18' }, headers);
      expect(r.statusCode).toBe(401);
      expect(r.json().error.code).toBe('READOUT_UNAUTHORIZED');
    }
    expect((await rec.store.stats()).documents).toBe(0);
  });

  it('stores a document once: 201 the first time, 200 with the same id after', async () => {
    const first = await post({ text: TEXT, published: '2023-06-18', url: 'https://example.org/a' });
    expect(first.statusCode).toBe(201);
    const body = first.json();
    expect(typeof body.document).toBe('string');
    expect(Array.isArray(body.events)).toBe(true);
    const again = await post({ text: TEXT, published: '2023-06-18', url: 'https://example.org/a' });
    expect(again.statusCode).toBe(200);
    expect(again.json().document).toBe(body.document);
    expect((await rec.store.stats()).documents).toBe(1);
  });

  it("shows a stored document's events on the timeline at once (the read cache is cleared)", async () => {
    const text = 'President Joe Biden spoke by phone with Chinese President Xi Jinping on Thursday.';
    const url = '/api/timeline?between=USA,CHN&status=all';
    const before = (await app.inject({ method: 'GET', url })).json().events.length;
    const r = await post({ text, published: '2022-07-29' });
    expect(r.statusCode).toBe(201);
    expect(r.json().events.length).toBeGreaterThan(0);
    const after = (await app.inject({ method: 'GET', url })).json().events.length;
    expect(after).toBeGreaterThan(before);
  });

  it('takes HTML and reads the text out of it', async () => {
    const html = `<html><head><title>Talks</title></head><body><article><p>${TEXT.replace('Sunday', 'Monday')}</p></article></body></html>`;
    const r = await post({ html, published: '2023-06-19' });
    expect(r.statusCode).toBe(201);
  });

  it.each([
    [{ published: '2023-06-18' }, 'text'],
    [{ text: TEXT, html: '<p>x</p>' }, 'text'],
    [{ text: '' }, 'text'],
    [{ text: 42 }, 'text'],
    [{ text: TEXT, published: '18 June 2023' }, 'published'],
    [{ text: TEXT, url: 'javascript:alert(1)' }, 'url'],
    [{ text: TEXT, author: 'me' }, 'author'],
  ])('%j is a 400 naming %s', async (payload, field) => {
    const r = await post(payload);
    expect(r.statusCode).toBe(400);
    expect(r.json().error.field).toBe(field);
  });

  it('answers a body over the limit with 413', async () => {
    const r = await post({ text: 'x'.repeat(10_000) });
    expect(r.statusCode).toBe(413);
    expect(r.json().error.code).toBe('READOUT_TOO_LARGE');
  });

  it('answers broken JSON and other media types with 400', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: '{"text": ',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('READOUT_BAD_INPUT');
    const plain = await app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: TEXT,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' },
    });
    expect(plain.statusCode).toBe(400);
    expect(plain.json().error.field).toBe('content-type');
  });

  it('with a token, serves any Host name (the token is the guard)', async () => {
    const r = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { host: 'readout.example.org' },
    });
    expect(r.statusCode).toBe(200);
  });
});
