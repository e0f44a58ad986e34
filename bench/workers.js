#!/usr/bin/env node
// Bench: documents per second for 1, 2 and 3 `readout worker` processes over the same corpus.
// Not a test: it prints figures. Needs `npm run build` and a PostgreSQL server.
//
//   node bench/workers.js [--docs N] [--workers 1,2,3] [--pg postgres://host:5432/postgres]
//
// The corpus is the seed story (examples/seed/article.txt) in N variations: each drops a different
// paragraph and ends with its own byline, so every document is new to the record (nothing is
// skipped as already stored) while the pipeline does the same work. Each run gets a throwaway
// database. The workers start first and documents are queued once all are ready; throughput is
// measured on the queue's own clock, N documents over the span from the first job started to the
// last completed, so process start-up and the idle exit do not count.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { withDefaultUser } from '../dist/record/connect.js';
import { openStore } from '../dist/record/store.js';
import { enqueueArticles } from '../dist/workers/enqueue.js';
import { DOCUMENT_QUEUE } from '../dist/workers/job.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'readout.js');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const DOCS = Number(option('--docs', '90'));
const WORKERS = option('--workers', '1,2,3').split(',').map(Number);
const ADMIN = withDefaultUser(
  option('--pg', process.env.READOUT_TEST_PG ?? 'postgres://127.0.0.1:5432/postgres'),
);

const BYLINES = [
  'Laurie Chen',
  'Simon Lewis',
  'Martin Pollard',
  'Yew Lun Tian',
  'Michael Martina',
  'David Brunnstrom',
];

function corpus(n) {
  const seed = readFileSync(join(ROOT, 'examples', 'seed', 'article.txt'), 'utf8');
  const paras = seed.split('\n');
  return Array.from({ length: n }, (_, i) => {
    // Drop one body paragraph (never the headline or the closing list) so texts differ beyond the tail.
    const drop = 1 + (i % 20);
    const text = [
      ...paras.filter((_, j) => j !== drop),
      `Reporting by ${BYLINES[i % BYLINES.length]} and ${BYLINES[(i + 2) % BYLINES.length]}; editing ref ${i}-${randomBytes(3).toString('hex')}.`,
    ].join('\n');
    return {
      id: `seed-variation-${i}`,
      text,
      published: '2023-06-18',
      url: `https://bench.example/${i}`,
      outlet: 'Bench Wire',
      title: null,
    };
  });
}

async function admin(sql) {
  const c = new pg.Client({ connectionString: ADMIN });
  await c.connect();
  try {
    return await c.query(sql);
  } finally {
    await c.end();
  }
}

function urlFor(db) {
  const u = new URL(ADMIN);
  u.pathname = `/${db}`;
  return u.toString();
}

/** Starts a worker; `ready` resolves once it is ready to take documents, `exited` when it ends. */
function startWorker(url) {
  const child = spawn(process.execPath, [BIN, 'worker', '--db', url, '--idle-exit', '3', '--poll', '0.5'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // "stored JOB DOC N events, E ms extract, S ms store"
  const timings = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    const m = /, (\d+) ms extract, (\d+) ms store$/.exec(line);
    if (m) timings.push([Number(m[1]), Number(m[2])]);
  });
  let err = '';
  let onReady;
  const ready = new Promise((res) => (onReady = res));
  child.stderr.on('data', (d) => {
    err += d;
    if (err.includes('ready')) onReady();
  });
  const exited = new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve(err.trim()) : reject(new Error(`worker exited ${code}: ${err.trim()}`)),
    ),
  );
  exited.catch(() => onReady());
  return { ready, exited, timings };
}

/**
 * Samples the server ten times a second: how many of this database's sessions wait on an advisory
 * lock (the record's per-exchange merge lock). Returns the mean number of workers waiting.
 */
async function sampleLockWaits(db) {
  const c = new pg.Client({ connectionString: ADMIN });
  await c.connect();
  let samples = 0;
  let waiting = 0;
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    const { rows } = await c.query(
      `select count(*) as n from pg_stat_activity where datname = $1 and wait_event_type = 'Lock' and wait_event = 'advisory'`,
      [db],
    );
    samples++;
    waiting += Number(rows[0].n);
    busy = false;
  }, 100);
  return {
    async stop() {
      clearInterval(timer);
      while (busy) await new Promise((r) => setTimeout(r, 20));
      await c.end();
      return samples ? waiting / samples : 0;
    },
  };
}

async function run(workers, articles) {
  const db = `readout_bench_${randomBytes(5).toString('hex')}`;
  await admin(`CREATE DATABASE ${db}`);
  const url = urlFor(db);
  try {
    // Schema and queue first, so the workers' start-up is the same in every run.
    await (await openStore(url)).close();
    // Workers first, so all of them are taking documents from the first one on.
    const started = Date.now();
    const procs = Array.from({ length: workers }, () => startWorker(url));
    await Promise.all(procs.map((p) => p.ready));
    const q = await enqueueArticles(url, articles);
    if (q.queued !== articles.length) throw new Error(`queued ${q.queued} of ${articles.length}`);
    const sampler = await sampleLockWaits(db);
    await Promise.all(procs.map((p) => p.exited));
    const lockWait = await sampler.stop();
    const wall = (Date.now() - started) / 1000;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query(
      `select count(*) filter (where state = 'completed') as done,
              extract(epoch from max(completed_on) - min(started_on)) as span
         from (select state, started_on, completed_on from pgboss.job where name = $1
               union all select state, started_on, completed_on from pgboss.archive where name = $1) j`,
      [DOCUMENT_QUEUE],
    );
    const docs = Number((await c.query('select count(*) as n from documents')).rows[0].n);
    await c.end();
    const span = Number(rows[0].span);
    const t = procs.flatMap((p) => p.timings);
    const mean = (k) => t.reduce((a, x) => a + x[k], 0) / Math.max(1, t.length);
    const done = Number(rows[0].done);
    return { workers, done, docs, span, wall, rate: done / span, extract: mean(0), store: mean(1), lockWait };
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  }
}

/**
 * The control: the same extraction in 1 and in 2 plain processes at once, no database, no queue.
 * When two processes extract no faster than one, the machine has no idle core to give a second
 * worker, and no worker speed-up can show.
 */
async function cpuControl(articles, processes) {
  const code = `
    const { extract } = await import(${JSON.stringify(new URL('../dist/pipeline/extract.js', import.meta.url).href)});
    const { loadKnowledge } = await import(${JSON.stringify(new URL('../dist/knowledge/load.js', import.meta.url).href)});
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    const docs = JSON.parse(input);
    const kb = loadKnowledge();
    extract(docs[0], kb);
    const t = performance.now();
    for (const d of docs) extract(d, kb);
    console.log((performance.now() - t) / 1000);`;
  const docs = JSON.stringify(articles.slice(0, 20));
  const run = () =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
        cwd: ROOT,
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      child.stdin.end(docs);
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('exit', (c) =>
        c === 0 ? resolve(Number(out.trim())) : reject(new Error(`control exited ${c}`)),
      );
    });
  const seconds = await Promise.all(Array.from({ length: processes }, run));
  return (processes * 20) / Math.max(...seconds);
}

const articles = corpus(DOCS);
console.log(
  `readout worker bench: ${DOCS} documents (seed story variations), ${cpus().length} cores (os.cpus().length)`,
);
const one = await cpuControl(articles, 1);
const two = await cpuControl(articles, 2);
console.log(
  `control, extraction alone: 1 process ${one.toFixed(2)} docs/s, 2 at once ${two.toFixed(2)} docs/s (${(two / one).toFixed(2)}×, the most a second worker can add here)`,
);
console.log(
  'workers  documents  stored  seconds  docs/s  speed-up  extract ms/doc  store ms/doc  waiting on lock  wall s',
);
let base = null;
for (const w of WORKERS) {
  const r = await run(w, articles);
  base ??= r.rate;
  const cols = [
    [w, 7],
    [r.done, 9],
    [r.docs, 6],
    [r.span.toFixed(1), 7],
    [r.rate.toFixed(2), 6],
    [`${(r.rate / base).toFixed(2)}×`, 8],
    [r.extract.toFixed(0), 14],
    [r.store.toFixed(0), 12],
    [r.lockWait.toFixed(2), 15],
    [r.wall.toFixed(1), 6],
  ];
  console.log(cols.map(([v, n]) => String(v).padStart(n)).join('  '));
}
console.log('(seconds: first document taken to last completed; wall: includes start-up and the idle exit;');
console.log(' store ms includes waiting for another worker merging the same exchange; waiting on lock:');
console.log(" mean number of workers blocked on the record's merge lock, sampled ten times a second)");
