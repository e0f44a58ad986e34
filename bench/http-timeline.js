#!/usr/bin/env node
// Bench: requests per second and p99 latency of GET /api/timeline?between=USA,CHN&limit=100 on
// loopback, over a record of 100k events spread over 50 country pairs. Not a test: it prints figures.
// Needs `npm run build`. Stops by itself.
//
//   node bench/http-timeline.js [--events 100000] [--pairs 50] [--duration 15] [--connections 16] [--cache-ms 1000] [--db FILE]
//
// The record is written to a temp SQLite file with batched inserts through the store's own Kysely
// and row mappers (what ingest would store, without its per-event merge search). The server runs in a child process (its own event loop and core) and autocannon fires from this one.
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { SYNTHETIC_ROLES as ROLES, SYNTHETIC_TYPES as TYPES } from './lib/common.js';

const SELF = fileURLToPath(import.meta.url);
const opt = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
};

const COUNTRIES = ['USA', 'CHN', 'RUS', 'GBR', 'FRA', 'DEU', 'JPN', 'IND', 'BRA', 'ZAF', 'TUR'];

/** A deterministic pseudo-random sequence, so every run loads the same record. */
function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

function pairs(n) {
  const out = [];
  for (let i = 0; i < COUNTRIES.length; i++)
    for (let j = i + 1; j < COUNTRIES.length; j++) out.push([COUNTRIES[i], COUNTRIES[j]]);
  return out.slice(0, n); // USA–CHN first
}

function makeEvent(i, [a, b], rand) {
  const day = new Date(Date.UTC(1990, 0, 1) + Math.floor(rand() * 35 * 365) * 86400000)
    .toISOString()
    .slice(0, 10);
  const type = TYPES[i % TYPES.length];
  const ra = 1 + Math.floor(rand() * 7);
  const rb = 1 + Math.floor(rand() * 7);
  const sentence = `Official ${i}A of ${a} and Official ${i}B of ${b} held talks on ${day}.`;
  const evidence = [{ start: 0, end: sentence.length, text: sentence }];
  return {
    type,
    status: rand() < 0.85 ? 'occurred' : 'planned',
    certainty: 'stated',
    // Names unique per event, so no two events are taken for one exchange and merged.
    participants: [
      { name: `Official ${i}A`, role: ROLES[ra - 1], country: a, rank: ra },
      { name: `Official ${i}B`, role: ROLES[rb - 1], country: b, rank: rb },
    ],
    host_country: type === 'visit' || type === 'meeting' ? b : null,
    location: type === 'visit' ? { city: 'Capital', country: b } : null,
    date: day,
    end_date: null,
    duration_minutes: null,
    topics: [],
    tone: null,
    evidence,
    cameo: null,
    plover: null,
    goldstein: null,
    rank: Math.min(ra, rb),
  };
}

/** Rows straight into the tables, through the store's Kysely and its own row mappers, in one transaction per batch. */
async function load(file, total, npairs) {
  const { openStore } = await import('../dist/record/store.js');
  const { countryRows, eventRow, participantRows } = await import('../dist/record/rows.js');
  const { documentId, eventId, recordHash } = await import('../dist/record/hash.js');
  const store = await openStore(file);
  const ps = pairs(npairs);
  const rand = rng(42);
  const BATCH = 5000;
  const ROWS = 400; // rows per INSERT, well under SQLite's bound-parameter limit
  const now = new Date().toISOString();
  const t0 = performance.now();
  const insert = async (trx, table, rows) => {
    for (let i = 0; i < rows.length; i += ROWS)
      await trx
        .insertInto(table)
        .values(rows.slice(i, i + ROWS))
        .execute();
  };
  for (let start = 0; start < total; start += BATCH) {
    const hash = recordHash('bench', String(start));
    const doc = documentId(hash);
    const events = [],
      people = [],
      countries = [],
      sources = [];
    for (let i = start; i < Math.min(total, start + BATCH); i++) {
      const e = makeEvent(i, ps[i % ps.length], rand);
      const id = eventId(hash, i - start);
      events.push({ ...eventRow(id, e, e, false, e.evidence, now), created_at: now });
      people.push(...participantRows(id, e));
      countries.push(...countryRows(id, e));
      sources.push({
        event_id: id,
        document_id: doc,
        position: i - start,
        evidence: JSON.stringify(e.evidence),
      });
    }
    await store.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('documents')
        .values({
          id: doc,
          content_hash: hash,
          kind: 'bench',
          name: `bench-${start}`,
          url: `https://example.org/bench/${start}`,
          outlet: 'Bench',
          published: '2025-01-01',
          title: null,
          text: null,
          ingested_at: now,
        })
        .execute();
      await insert(trx, 'events', events);
      await insert(trx, 'participants', people);
      await insert(trx, 'event_countries', countries);
      await insert(trx, 'sources', sources);
    });
    process.stderr.write(`\rloading ${Math.min(total, start + BATCH)}/${total}`);
  }
  const stats = await store.stats();
  await store.close();
  process.stderr.write(
    `\rloaded ${stats.events} events, ${stats.documents} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  );
}

/** Child: serve the record and report the port. */
async function serve(file, cacheMs) {
  const { openStore } = await import('../dist/record/store.js');
  const { buildServer } = await import('../dist/server/app.js');
  const { loadKnowledge } = await import('../dist/knowledge/load.js');
  const store = await openStore(file);
  const app = await buildServer({ store, kb: loadKnowledge(), webRoot: null, cacheMs });
  await app.listen({ host: '127.0.0.1', port: 0 });
  process.send({ port: app.server.address().port });
  process.on('message', async (m) => {
    if (m === 'stop') {
      await app.close();
      await store.close();
      process.exit(0);
    }
  });
}

async function main() {
  const total = opt('events', 100_000);
  const npairs = opt('pairs', 50);
  const duration = opt('duration', 15);
  const connections = opt('connections', 16);
  // The server's read cache (default 1000 ms as in `readout serve`); --cache-ms 0 measures the database path alone.
  const cacheMs = opt('cache-ms', 1000);
  // --db FILE keeps the record between runs (loaded once when the file is absent).
  const keep = process.argv.includes('--db') ? process.argv[process.argv.indexOf('--db') + 1] : null;
  const dir = keep ? null : mkdtempSync(join(tmpdir(), 'readout-bench-http-'));
  const file = keep ?? join(dir, 'record.db');
  let child;
  try {
    if (!keep || !existsSync(keep)) await load(file, total, npairs);
    child = fork(SELF, ['--serve', file, String(cacheMs)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const { port } = await new Promise((resolve, reject) => {
      child.once('message', resolve);
      child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    const url = `http://127.0.0.1:${port}/api/timeline?between=USA,CHN&limit=100`;
    const check = await fetch(url);
    const body = await check.json();
    if (check.status !== 200 || body.events.length !== 100)
      throw new Error(`unexpected answer: ${check.status}`);
    // Warm up (JIT, SQLite page cache), then measure.
    await autocannon({ url, connections, duration: 2 });
    const r = await autocannon({ url, connections, duration });
    const errors = r.errors + r.timeouts + r.non2xx;
    console.log(
      `GET /api/timeline?between=USA,CHN&limit=100 — ${total} events over ${npairs} pairs, ${connections} connections, ${duration} s, read cache ${cacheMs} ms`,
    );
    console.log(`requests/s: ${r.requests.average.toFixed(0)} (total ${r.requests.total})`);
    console.log(`latency: p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms`);
    console.log(`errors: ${errors} (errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx})`);
    console.log(`throughput: ${(r.throughput.average / 1e6).toFixed(1)} MB/s`);
    process.exitCode = errors ? 1 : 0;
  } finally {
    if (child && child.exitCode === null) {
      child.send('stop');
      await new Promise((res) => child.once('exit', res));
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--serve') await serve(process.argv[3], Number(process.argv[4]));
else await main();
