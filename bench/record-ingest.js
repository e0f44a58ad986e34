#!/usr/bin/env node
// Bench: documents/s that Store.ingest writes (merge search included) on SQLite and PostgreSQL, and
// the time of a timeline page over the result. Not a test: it prints figures. Needs `npm run build`.
//
//   node bench/record-ingest.js [--docs 2000] [--pg postgres://127.0.0.1:5432/postgres]
//
// Each synthetic document tells 3 exchanges; every second document retells exchanges an earlier one
// told (other wording, a day off), so half the events take the merge path.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const { openStore } = await import('../dist/record/store.js');
const { withDefaultUser } = await import('../dist/record/connect.js');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const DOCS = Number(arg('docs', '2000'));
const PG = withDefaultUser(arg('pg', 'postgres://127.0.0.1:5432/postgres'));
const COUNTRIES = ['USA', 'CHN', 'RUS', 'GBR', 'FRA', 'DEU', 'JPN', 'IND', 'BRA', 'ZAF'];
const TYPES = ['visit', 'meeting', 'phone_call'];

function document(i) {
  // Document i retells the exchanges of document i-1 when i is odd.
  const base = i % 2 ? i - 1 : i;
  const events = [0, 1, 2].map((k) => {
    const n = base * 3 + k;
    const a = COUNTRIES[n % COUNTRIES.length];
    const b = COUNTRIES[(n * 7 + 3) % COUNTRIES.length] === a ? COUNTRIES[(n + 1) % COUNTRIES.length] : COUNTRIES[(n * 7 + 3) % COUNTRIES.length];
    const day = new Date(Date.UTC(2000, 0, 1) + (n * 3 + (i % 2)) * 86400000).toISOString().slice(0, 10);
    const name = (c, r) => (i % 2 ? `Official${r}${c}` : `First Official${r}${c}`);
    return {
      type: TYPES[n % 3],
      status: 'occurred',
      certainty: 'stated',
      participants: [
        { name: name(a, n % 5), role: 'Minister', country: a, rank: 3 },
        { name: name(b, n % 7), role: 'Minister', country: b, rank: 3 },
      ],
      host_country: null,
      location: null,
      date: day,
      end_date: null,
      duration_minutes: null,
      topics: [],
      tone: null,
      evidence: [{ start: 0, end: 10, text: 'Report ' + String(i).padStart(3, '0') }],
      cameo: null,
      plover: null,
      goldstein: null,
      rank: 3,
    };
  });
  const text = `Report ${String(i).padStart(3, '0')} tells three exchanges in its own words (${i}).`;
  return { article: { id: `doc${i}`, text, published: '2024-01-01' }, events, warnings: [], coverage: [] };
}

async function run(label, spec) {
  const store = await openStore(spec);
  const docs = Array.from({ length: DOCS }, (_, i) => document(i));
  const t0 = performance.now();
  for (const d of docs) await store.ingest(d);
  const secs = (performance.now() - t0) / 1000;
  const stats = await store.stats();
  const t1 = performance.now();
  const reps = 50;
  for (let i = 0; i < reps; i++) await store.timeline({ countries: ['USA', 'CHN'], limit: 100 });
  const pageMs = (performance.now() - t1) / reps;
  await store.close();
  console.log(
    `${label.padEnd(10)} ${DOCS} docs in ${secs.toFixed(1)} s = ${(DOCS / secs).toFixed(0)} docs/s ` +
      `(${stats.events} events, ${stats.sources} sources); timeline page of 100: ${pageMs.toFixed(1)} ms`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'readout-bench-'));
try {
  await run('sqlite', join(dir, 'bench.db'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const admin = new pg.Client({ connectionString: PG });
try {
  await admin.connect();
} catch (err) {
  console.log(`postgres   skipped: ${PG} unreachable (${err.message || err.code})`);
  process.exit(0);
}
const name = `readout_bench_${randomBytes(4).toString('hex')}`;
await admin.query(`CREATE DATABASE ${name}`);
try {
  const u = new URL(PG);
  u.pathname = `/${name}`;
  await run('postgres', u.toString());
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
