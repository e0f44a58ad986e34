import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLINKEN, event, seedSmallRecord, server, tempRecord, type TempRecord } from './helpers.js';

let rec: TempRecord;
let app: FastifyInstance;

beforeAll(async () => {
  rec = await tempRecord();
  await seedSmallRecord(rec.store);
  const sherman = { name: 'Wendy Sherman', role: 'Deputy Secretary of State', country: 'USA', rank: 5 };
  await rec.store.importRecords(
    { key: 'visits', kind: 'jsonl', url: null, outlet: null, published: null, title: null },
    [
      event({
        type: 'visit',
        participants: [sherman],
        date: '2021-07-26',
        host_country: 'CHN',
        location: { city: 'Tianjin', country: 'CHN' },
      }),
      event({
        type: 'visit',
        participants: [BLINKEN],
        date: '2023-06-18',
        host_country: 'CHN',
        location: { city: 'Beijing', country: 'CHN' },
      }),
    ],
  );
  app = await server(rec.store);
});
afterAll(async () => {
  await app.close();
  await rec.cleanup();
});

const get = async (url: string) => {
  const r = await app.inject({ method: 'GET', url });
  return { status: r.statusCode, body: r.json() };
};

describe('GET /api/ask/*', () => {
  it('highest-ranking names the best-ranked visitor and rests on their visit', async () => {
    const { status, body } = await get('/api/ask/highest-ranking?visitor=USA&host=China&since=2021-01-20');
    expect(status).toBe(200);
    expect(body.answer.rank).toBe(3);
    expect(body.because.map((e: { participants: { name: string }[] }) => e.participants[0].name)).toContain(
      'Antony Blinken',
    );
    expect(typeof body.explanation).toBe('string');
  });

  it('first finds the visit before the latest one of an office', async () => {
    const { status, body } = await get('/api/ask/first?visitor=USA&host=CHN&years=2');
    expect(status).toBe(200);
    expect(body.answer.visit.date).toBe('2023-06-18');
    expect(body.answer.previous.date).toBe('2021-07-26');
    expect(body.because).toHaveLength(2);
  });

  it('silence gives the gaps between senior contacts, longest first among them', async () => {
    const { status, body } = await get('/api/ask/silence?between=USA,CHN');
    expect(status).toBe(200);
    // Senior on both sides (rank ≤ 3): Biden–Xi three times, Blinken–Wang, Blinken's visit; not the
    // commerce ministers, not Sherman (rank 5), not the Russian talks.
    expect(body.answer.contacts).toBe(5);
    expect(body.answer.longest).toMatchObject({
      days: 364,
      from: { date: '2021-11-15' },
      to: { date: '2022-11-14' },
    });
    expect(body.because.length).toBeGreaterThan(0);
  });

  it('temperature gives one entry per month of the range', async () => {
    const { status, body } = await get('/api/ask/temperature?between=USA,CHN&since=2021-01&until=2021-12');
    expect(status).toBe(200);
    expect(body.answer.map((m: { month: string }) => m.month)).toHaveLength(12);
    expect(body.answer[1].events).toBe(1);
  });

  it.each([
    ['/api/ask/silence?between=USA', 'between'],
    ['/api/ask/temperature?between=USA,Narnia', 'between'],
    ['/api/ask/highest-ranking?host=CHN', 'visitor'],
    ['/api/ask/highest-ranking?visitor=USA&host=CHN&since=yesterday', 'since'],
    ['/api/ask/first?visitor=USA&host=CHN&years=-1', 'years'],
  ])('%s is a 400 naming %s', async (url, field) => {
    const { status, body } = await get(url);
    expect(status).toBe(400);
    expect(body.error.field).toBe(field);
  });
});
