#!/usr/bin/env node
// Bench: p50/p95 latency of the record's questions over a synthetic record of 1M events in SQLite:
// the timeline page (Store.timeline, USA–CHN, limit 100) and the highest-ranking and silence
// answers (the pure functions of src/analysis over the slice of Store.events each one reads, as
// GET /api/ask/* runs them).
// Not a test: it prints figures. Needs `npm run build`.
//
//   node bench/record-queries.js [--events 1000000] [--runs 40] [--db FILE] [--read slice|events]
//   (--db keeps the file and reuses it, first upgrading it with the store's pending migrations;
//   --read events reads the questions' slices as whole events, as before the index briefs, to compare)
//
// The record is written straight into a temp SQLite file (the store's migrations, then batched
// inserts of the rows the store's own row mappers make), spread over 50 country pairs and 20 years,
// each event with two participants and one source document.
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  SYNTHETIC_ROLES as ROLES,
  SYNTHETIC_TYPES as TYPES,
  cpuSeconds,
  fmt,
  machine,
  option,
  peakRssMiB,
  report,
  wallSeconds,
} from './lib/common.js';

const EVENTS = Number(option('events', '1000000'));
const RUNS = Number(option('runs', '40'));
const KEEP = option('db', null);
const READ = option('read', 'slice');
const { openStore } = await import('../dist/record/store.js');
const { eventRow, participantRows, countryRows } = await import('../dist/record/rows.js');
const { highestRanking, highestRankingSlice } = await import('../dist/analysis/highest-ranking.js');
const { silence, silenceSlice } = await import('../dist/analysis/silence.js');

const COUNTRIES = ['USA', 'CHN', 'RUS', 'GBR', 'FRA', 'DEU', 'JPN', 'IND', 'BRA', 'ZAF', 'TUR'];
const PAIRS = [];
for (let i = 0; i < COUNTRIES.length; i++)
  for (let j = i + 1; j < COUNTRIES.length; j++) PAIRS.push([COUNTRIES[i], COUNTRIES[j]]);
PAIRS.length = 50; // USA–CHN first
const FIRST_DAY = Date.UTC(2006, 0, 1);
const DAYS = 20 * 365;

/** Deterministic, so every run builds the same record. */
function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

function makeEvent(i, rand) {
  const [a, b] = PAIRS[i % PAIRS.length];
  const day = new Date(FIRST_DAY + Math.floor(rand() * DAYS) * 86400000).toISOString().slice(0, 10);
  const type = TYPES[Math.floor(rand() * TYPES.length)];
  const person = (c) => {
    const rank = 1 + Math.floor(rand() * 7);
    return { name: `Official ${c} ${i % 997}`, role: ROLES[rank - 1], country: c, rank };
  };
  const participants = [person(a), person(b)];
  const host = type === 'visit' || type === 'meeting' ? (rand() < 0.5 ? a : b) : null;
  return {
    type,
    status: rand() < 0.9 ? 'occurred' : 'planned',
    certainty: 'stated',
    participants,
    host_country: host,
    location: host ? { city: null, country: host } : null,
    date: rand() < 0.8 ? day : day.slice(0, 7),
    end_date: null,
    duration_minutes: null,
    topics: [],
    tone: null,
    rank: Math.min(...participants.map((p) => p.rank)),
    evidence: [{ start: 0, end: 40, text: `${participants[0].name} met ${participants[1].name}.` }],
  };
}

function insertAll(file) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const now = new Date(FIRST_DAY).toISOString();
  const statements = new Map();
  const insert = (table, row) => {
    let st = statements.get(table);
    if (!st) {
      const cols = Object.keys(row);
      st = db.prepare(
        `insert into ${table} (${cols.join(', ')}) values (${cols.map((c) => `@${c}`).join(', ')})`,
      );
      statements.set(table, st);
    }
    st.run(row);
  };
  const rand = rng(7);
  const DOCS = Math.max(1, Math.floor(EVENTS / 100));
  const batch = db.transaction((from, to) => {
    for (let i = from; i < to; i++) {
      if (i % 100 === 0) {
        const d = i / 100;
        insert('documents', {
          id: `doc-${d}`,
          content_hash: `hash-${d}`,
          kind: 'article',
          name: null,
          url: `https://example.org/${d}`,
          outlet: 'Bench Wire',
          published: '2026-01-01',
          title: null,
          text: null,
          ingested_at: now,
        });
      }
      const id = `ev-${String(i).padStart(7, '0')}`;
      const e = makeEvent(i, rand);
      insert('events', { ...eventRow(id, e, e, false, e.evidence, now), created_at: now });
      for (const p of participantRows(id, e)) insert('participants', p);
      for (const c of countryRows(id, e)) insert('event_countries', c);
      insert('sources', {
        event_id: id,
        document_id: `doc-${Math.min(DOCS - 1, Math.floor(i / 100))}`,
        position: i % 100,
        evidence: JSON.stringify(e.evidence),
      });
    }
  });
  for (let i = 0; i < EVENTS; i += 20000) batch(i, Math.min(EVENTS, i + 20000));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

async function time(label, fn, runs = RUNS) {
  await fn(0); // first run warms the page cache and the query plans
  const ms = [];
  const cpu = [];
  let size = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const c0 = cpuSeconds();
    size = await fn(r);
    cpu.push((cpuSeconds() - c0) * 1000);
    ms.push(performance.now() - t0);
  }
  // SQLite runs in this process, so CPU time is the query's own cost; wall time adds the machine's load.
  const out = {
    label,
    p50_ms: pct(cpu, 50),
    p95_ms: pct(cpu, 95),
    p50_ms_wall: pct(ms, 50),
    p95_ms_wall: pct(ms, 95),
    events_read: size,
  };
  console.log(
    `${label.padEnd(62)} CPU p50 ${fmt(out.p50_ms, 1).padStart(7)} ms, p95 ${fmt(out.p95_ms, 1).padStart(7)} ms; wall p95 ${fmt(out.p95_ms_wall, 1).padStart(7)} ms (${size} events)`,
  );
  return out;
}

const dir = KEEP ? null : mkdtempSync(join(tmpdir(), 'readout-queries-'));
const file = KEEP ?? join(dir, 'bench.db');
const fresh = !existsSync(file);
try {
  let w0 = wallSeconds();
  const c0 = cpuSeconds();
  if (fresh) {
    (await openStore(file)).close(); // the store's own migrations make the schema
    insertAll(file);
    console.log(
      `wrote ${EVENTS} events over ${PAIRS.length} pairs and 20 years in ${fmt(wallSeconds() - w0, 1)} s (${fmt(cpuSeconds() - c0, 1)} s CPU)`,
    );
  } else console.log(`reusing ${file}`);
  w0 = wallSeconds();
  const store = await openStore(file);
  if (!fresh) console.log(`opened (and upgraded) in ${fmt(wallSeconds() - w0, 1)} s`);
  console.log(`questions read their slices as ${READ === 'events' ? 'whole events' : 'index briefs'}`);
  const stats = await store.stats();
  console.log(`record: ${stats.events} events`);
  const years = (r) => String(2024 - (r % 3)); // since 2022..2024, varied so no answer is cached
  const rows = [];
  rows.push(
    await time(
      'timeline USA,CHN limit 100',
      async () => (await store.timeline({ countries: ['USA', 'CHN'], limit: 100 })).events.length,
    ),
  );
  rows.push(
    await time(
      'timeline USA,CHN since YEAR limit 100',
      async (r) =>
        (await store.timeline({ countries: ['USA', 'CHN'], since: years(r), limit: 100 })).events.length,
    ),
  );
  // As GET /api/ask/* reads it: only the slice each question needs (src/analysis *Slice), from the
  // pair's index briefs, with the events the answer rests on read whole, and for silence the pair's
  // latest date, which the default "as of" counts to; silence reads only contacts dated to the day or
  // with a disputed date (storedDates), as the route does.
  const read = async (filter) => {
    const [events, coverage] = await Promise.all([
      READ === 'events' ? store.events(filter, { sources: false }) : store.sliceEvents(filter),
      store.coverage(),
    ]);
    return { events, coverage };
  };
  for (const [label, since, runs] of [
    ['whole pair history (as /api/ask reads it)', () => null, RUNS],
    ['events since YEAR', years, RUNS],
  ]) {
    rows.push(
      await time(
        `highest-ranking USA→CHN, ${label}`,
        async (r) => {
          const q = { visitor: 'USA', host: 'CHN', since: since(r) };
          const m = await read(highestRankingSlice(q));
          await store.withSources(highestRanking(m.events, m.coverage, q).because);
          return m.events.length;
        },
        runs,
      ),
    );
    rows.push(
      await time(
        `silence USA,CHN, ${label}`,
        async (r) => {
          const q = { a: 'USA', b: 'CHN', since: since(r) };
          const [m, asOf] = await Promise.all([
            read(silenceSlice(q, { storedDates: true })),
            store.latestDate({ countries: ['USA', 'CHN'], status: 'all' }),
          ]);
          await store.withSources(silence(m.events, m.coverage, { ...q, asOf }).because);
          return m.events.length;
        },
        runs,
      ),
    );
  }
  await store.close();
  console.log('goal: p95 <= 20 ms on 1M events');
  report('queries', { events: stats.events, rows, peak_rss_mib: peakRssMiB(), ...machine() });
} finally {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
