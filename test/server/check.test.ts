import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairsOf } from '../../src/server/routes/check.js';
import { BIDEN, BLINKEN, event, LAVROV, server, tempRecord, WANG, XI, type TempRecord } from './helpers.js';

const SEED = readFileSync(new URL('../../examples/seed/article.txt', import.meta.url), 'utf8');

let rec: TempRecord;
let app: FastifyInstance;
beforeAll(async () => {
  rec = await tempRecord();
  app = await server(rec.store);
});
afterAll(async () => {
  await app.close();
  await rec.cleanup();
});

const check = (payload: object) => app.inject({ method: 'POST', url: '/api/check', payload });

describe('POST /api/check', () => {
  it('gives findings whose claims are spans of the posted text, and stores nothing', async () => {
    const r = await check({ text: SEED, published: '2023-06-18' });
    expect(r.statusCode).toBe(200);
    const { findings } = r.json();
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(SEED.slice(f.claim.start, f.claim.end)).toBe(f.claim.text);
      expect(['supported', 'contradicted', 'unverifiable']).toContain(f.verdict);
      expect(f.explanation).toBeTruthy();
    }
    expect((await rec.store.stats()).documents).toBe(0);
  });

  it('finds nothing to judge in a text with no claims', async () => {
    const r = await check({ text: 'The weather in Paris was mild on Tuesday.', published: '2023-06-18' });
    expect(r.json()).toEqual({ findings: [] });
  });

  it('refuses a text longer than 100,000 characters, naming the field', async () => {
    const r = await check({ text: 'a'.repeat(100_001), published: '2023-06-18' });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.field).toBe('text');
  });

  it.each([
    [{}, 'text'],
    [{ text: SEED, published: 'Sunday' }, 'published'],
    [{ text: SEED, html: '<p>x</p>' }, 'html'],
  ])('%j is a 400 naming %s', async (payload, field) => {
    const r = await check(payload);
    expect(r.statusCode).toBe(400);
    expect(r.json().error.field).toBe(field);
  });
});

describe('pairsOf', () => {
  it('gives each pair of countries an article joins, most frequent first, hosts included', () => {
    const events = [
      event({ participants: [BIDEN, XI], date: '2022-11-14', host_country: 'IDN' }),
      event({ participants: [BLINKEN, WANG], date: '2023-06-18', host_country: 'CHN' }),
      event({ participants: [BLINKEN, LAVROV], date: '2022-01-21' }),
    ];
    expect(pairsOf(events)).toEqual([
      ['CHN', 'USA'],
      ['CHN', 'IDN'],
      ['IDN', 'USA'],
      ['RUS', 'USA'],
    ]);
  });

  it('gives nothing for events with one country', () => {
    expect(pairsOf([event({ type: 'visit', participants: [BLINKEN], date: '2023' })])).toEqual([]);
  });
});
