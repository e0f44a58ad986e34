#!/usr/bin/env node
// Bench: documents per second for 1, 2 and 3 `readout worker` processes over the same corpus.
// Not a test: it prints figures. Needs `npm run build` and a PostgreSQL server.
//
//   node bench/workers.js [--docs N] [--workers 1,2,3] [--repeat R] [--tellings T] [--kb K]
//                         [--settle S] [--clean CORES] [--attempts A]
//                         [--worker-args '--concurrency 2'] [--pg postgres://…]
//
// The corpus (bench/lib/exchange-corpus.js) is news-like articles about many exchanges between many
// country pairs, each exchange told by T articles in different words, as a day of news is: merges
// happen, spread over many per-exchange locks. Each run gets a throwaway database; the workers
// start first and the documents are queued in one insert once all are ready. Throughput is steady
// state, on the queue's own clock: the documents completed between the 10th and 90th percentile of
// completion times, so process start-up (loading modules and knowledge), the workers noticing the
// queue and the tail do not count. CPU is read from /proc over the same run, for the workers and for
// the database's backends serving them, and for the rest of the machine (other jobs on a shared one).
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { withDefaultUser } from '../dist/record/connect.js';
import { openStore } from '../dist/record/store.js';
import { DOCUMENT_QUEUE, documentHash, jobId, toJobData } from '../dist/workers/job.js';
import { openQueue } from '../dist/workers/queue.js';
import { exchangeCorpus } from './lib/exchange-corpus.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The code under test, copied once: in a shared working tree someone may rebuild dist/ midway, and
 * one bench would then compare two versions of the code.
 */
function snapshot() {
  const dir = mkdtempSync(join(tmpdir(), 'readout-workers-bench-'));
  for (const p of ['dist', 'bin', 'knowledge', 'package.json'])
    cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
const CODE = snapshot();
process.on('exit', () => rmSync(CODE, { recursive: true, force: true }));
const BIN = join(CODE, 'bin', 'readout.js');
const commit = (args) => {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};
const VERSION = `${commit(['rev-parse', '--short', 'HEAD']) || 'unknown commit'}${commit(['status', '--porcelain', '--', 'src']) ? ' with uncommitted changes in src/' : ''}`;

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const DOCS = Number(option('--docs', '600'));
const WORKERS = option('--workers', '1,2,3').split(',').map(Number);
const REPEAT = Number(option('--repeat', '1'));
const TELLINGS = Number(option('--tellings', '3'));
const KB = Number(option('--kb', '0'));
const SETTLE = Number(option('--settle', '60'));
const CLEAN = Number(option('--clean', '0.35'));
const ATTEMPTS = Number(option('--attempts', '3'));
const WORKER_ARGS = (option('--worker-args', '') || '').split(' ').filter(Boolean);
const ADMIN = withDefaultUser(
  option('--pg', process.env.READOUT_TEST_PG ?? 'postgres://127.0.0.1:5432/postgres'),
);

async function admin(sql, params) {
  const c = new pg.Client({ connectionString: ADMIN });
  await c.connect();
  try {
    return await c.query(sql, params);
  } finally {
    await c.end();
  }
}

function urlFor(db) {
  const u = new URL(ADMIN);
  u.pathname = `/${db}`;
  return u.toString();
}

/** CPU seconds (user + system) a process has used so far, or 0 once it is gone. */
function cpuOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return 0;
  }
}

/** Every process's CPU seconds so far, with a short name (to say who else was busy during a run). */
function processes() {
  const out = new Map();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const cpu = cpuOf(pid);
    if (!cpu) continue;
    let name = '';
    try {
      name = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim().slice(0, 70);
    } catch {
      // gone meanwhile
    }
    out.set(Number(pid), { cpu, name });
  }
  return out;
}

/** CPU seconds the whole machine has spent busy (every process, every core) since boot. */
function machineBusy() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = f;
  return (user + nice + system + irq + softirq + (steal ?? 0)) / 100;
}

/**
 * Waits (up to `seconds`) until the rest of the machine uses less than a quarter of a core over a
 * two-second look, since other jobs on a shared machine take the cores a second worker needs.
 * Returns the cores in use at the last look.
 */
async function settle(seconds) {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const b0 = machineBusy();
    await new Promise((r) => setTimeout(r, 2000));
    const busy = (machineBusy() - b0) / 2;
    if (busy < 0.25 || Date.now() >= until) return busy;
  }
}

/** Starts a worker; `ready` resolves once it is ready to take documents, `exited` when it ends. */
function startWorker(url) {
  const child = spawn(
    process.execPath,
    // The idle exit leaves room for queueing the documents on a busy database.
    [BIN, 'worker', '--db', url, '--idle-exit', '10', '--poll', '0.5', ...WORKER_ARGS],
    // Its own session, as a worker started by a service manager or on another machine would be:
    // Linux shares CPU fairly between sessions (autogroups), so workers started from one session
    // would split one share of a busy machine between them however many there were.
    { cwd: CODE, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
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
  return {
    pid: child.pid,
    running: () => child.exitCode === null && child.signalCode === null,
    stop: () => child.kill('SIGTERM'),
    ready,
    exited,
    timings,
  };
}

/**
 * Watches the run ten times a second until every document is completed: how many of this
 * database's sessions wait on an advisory lock (the record's per-exchange merge lock), and the CPU
 * of the workers and of the database backends serving this database while documents flow.
 */
async function watch(db, url, procs, total) {
  const pids = procs.map((p) => p.pid);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const backends = new Map();
  const backendCpu = async () => {
    const { rows } = await c.query(
      'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [db],
    );
    for (const r of rows) backends.set(r.pid, Math.max(backends.get(r.pid) ?? 0, cpuOf(r.pid)));
  };
  await backendCpu();
  const start = new Map(backends);
  const workers0 = pids.map(cpuOf);
  const machine0 = machineBusy();
  const all0 = processes();
  const self0 = process.cpuUsage();
  const t0 = performance.now();
  let samples = 0;
  let waiting = 0;
  for (;;) {
    const { rows } = await c.query(
      `select (select count(*) from pg_stat_activity where datname = $1 and wait_event_type = 'Lock'
                and wait_event = 'advisory') as waiting,
              (select count(*) from pgboss.job where name = $2 and state = 'completed') as done`,
      [db, DOCUMENT_QUEUE],
    );
    samples++;
    waiting += Number(rows[0].waiting);
    if (Number(rows[0].done) >= total || !procs.some((p) => p.running())) break;
    await backendCpu();
    await new Promise((r) => setTimeout(r, 100));
  }
  await backendCpu();
  const workerCpu = pids.map(cpuOf).reduce((a, x, i) => a + x - workers0[i], 0);
  let dbCpu = 0;
  for (const [pid, cpu] of backends) dbCpu += cpu - (start.get(pid) ?? 0);
  const self = process.cpuUsage(self0);
  // What the rest of the machine (other jobs, the database's own background work) took meanwhile.
  const others = machineBusy() - machine0 - workerCpu - dbCpu - (self.user + self.system) / 1e6;
  const ours = new Set([...pids, ...backends.keys(), process.pid]);
  const busiest = [...processes()]
    .filter(([pid]) => !ours.has(pid))
    .map(([pid, p]) => ({ ...p, cpu: p.cpu - (all0.get(pid)?.cpu ?? 0) }))
    .filter((p) => p.cpu > 0.2)
    .sort((a, b) => b.cpu - a.cpu)
    .slice(0, 3);
  await c.end();
  return {
    lockWait: waiting / samples,
    workerCpu,
    dbCpu,
    othersCores: Math.max(0, others) / ((performance.now() - t0) / 1000),
    busiest,
  };
}

/**
 * All documents in one insert, so they are all waiting within milliseconds and the queueing does
 * not compete with the workers for CPU (`ingest --queue` sends one at a time: that is its own bench).
 */
async function enqueueAtOnce(url, articles) {
  const q = await openQueue(url, { supervise: false, poolSize: 1 });
  try {
    await q.boss.insert(
      articles.map((a) => ({ name: DOCUMENT_QUEUE, id: jobId(documentHash(a)), data: toJobData(a) })),
    );
    const queued = await q.boss.getQueueSize(DOCUMENT_QUEUE, { before: 'failed' });
    if (queued < articles.length) throw new Error(`queued ${queued} of ${articles.length}`);
  } finally {
    await q.close();
  }
}

// Dropped on Ctrl-C too, so an interrupted bench leaves no database behind.
let current = null;
for (const sig of ['SIGINT', 'SIGTERM'])
  process.on(sig, async () => {
    if (current) await admin(`DROP DATABASE IF EXISTS ${current} WITH (FORCE)`).catch(() => undefined);
    process.exit(130); // the snapshot goes with the exit handler
  });

async function run(workers, articles) {
  const db = `readout_bench_${randomBytes(5).toString('hex')}`;
  await admin(`CREATE DATABASE ${db}`);
  current = db;
  const url = urlFor(db);
  try {
    // Schema and queue first, so the workers' start-up is the same in every run.
    await (await openStore(url)).close();
    // Workers first, so all of them are taking documents from the first one on.
    const started = Date.now();
    const procs = Array.from({ length: workers }, () => startWorker(url));
    await Promise.all(procs.map((p) => p.ready));
    const watching = watch(db, url, procs, articles.length);
    // Settled before the database may be dropped, whatever fails first.
    const [usage, queued] = await Promise.allSettled([watching, enqueueAtOnce(url, articles)]);
    if (queued.status === 'rejected') throw queued.reason;
    if (usage.status === 'rejected') throw usage.reason;
    // Done: stop them rather than wait for their idle exit (SIGTERM ends a worker between batches).
    for (const p of procs) p.stop();
    await Promise.all(procs.map((p) => p.exited));
    const wall = (Date.now() - started) / 1000;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    // Steady state: the documents completed between the 10th and the 90th percentile of completion
    // times, over that window; the start (workers noticing the queue within one poll of each other)
    // and the tail (the last batches, when some workers have run out) are left out.
    const { rows } = await c.query(
      `select count(*) filter (where state = 'completed') as done,
              extract(epoch from max(completed_on) - min(started_on)) as span,
              extract(epoch from percentile_disc(0.9) within group (order by completed_on)
                               - percentile_disc(0.1) within group (order by completed_on)) as middle
         from (select state, started_on, completed_on from pgboss.job where name = $1
               union all select state, started_on, completed_on from pgboss.archive where name = $1) j`,
      [DOCUMENT_QUEUE],
    );
    const docs = Number((await c.query('select count(*) as n from documents')).rows[0].n);
    const events = Number((await c.query('select count(*) as n from events')).rows[0].n);
    await c.end();
    const span = Number(rows[0].span);
    const t = procs.flatMap((p) => p.timings);
    const mean = (k) => t.reduce((a, x) => a + x[k], 0) / Math.max(1, t.length);
    const done = Number(rows[0].done);
    return {
      workers,
      done,
      docs,
      events,
      span,
      wall,
      rate: (0.8 * done) / Number(rows[0].middle),
      overall: done / span,
      extract: mean(0),
      store: mean(1),
      ...usage.value,
    };
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    current = null;
  }
}

/**
 * The control: the same extraction in 1 and in 2 plain processes at once, no database, no queue.
 * When two processes extract no faster than one, the machine has no idle core to give a second
 * worker, and no worker speed-up can show.
 */
async function cpuControl(articles, processes) {
  const code = `
    const { extract } = await import(${JSON.stringify(pathToFileURL(join(CODE, 'dist/pipeline/extract.js')).href)});
    const { loadKnowledge } = await import(${JSON.stringify(pathToFileURL(join(CODE, 'dist/knowledge/load.js')).href)});
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    const docs = JSON.parse(input);
    const kb = loadKnowledge();
    // A first pass warms the compiled code, as a worker's first documents do; the second is timed.
    for (const d of docs) extract(d, kb);
    const t = performance.now();
    for (const d of docs) extract(d, kb);
    console.log((performance.now() - t) / 1000);`;
  const sample = articles.slice(0, 200);
  const docs = JSON.stringify(sample);
  const run = () =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
        cwd: CODE,
        stdio: ['pipe', 'pipe', 'inherit'],
        detached: true, // its own session, like the workers
      });
      child.stdin.end(docs);
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('exit', (c) =>
        c === 0 ? resolve(Number(out.trim())) : reject(new Error(`control exited ${c}`)),
      );
    });
  const seconds = await Promise.all(Array.from({ length: processes }, run));
  return (processes * sample.length) / Math.max(...seconds);
}

const { docs: articles, exchanges } = exchangeCorpus(DOCS, { tellings: TELLINGS, kb: KB });
const kb = articles.reduce((a, d) => a + d.text.length, 0) / articles.length / 1024;
console.log(
  `readout worker bench, ${VERSION}: ${DOCS} documents (${exchanges} exchanges between many country pairs, each told ${TELLINGS} times; ${kb.toFixed(1)} KB each), ${cpus().length} cores (os.cpus().length), load average ${loadavg()[0].toFixed(2)}`,
);
const one = await cpuControl(articles, 1);
const two = await cpuControl(articles, 2);
console.log(
  `control, extraction alone: 1 process ${one.toFixed(1)} docs/s, 2 at once ${two.toFixed(1)} docs/s (${(two / one).toFixed(2)}×, the most a second worker can add here)`,
);
const HEADER = [
  ['workers', 7],
  ['documents', 9],
  ['events', 6],
  ['seconds', 7],
  ['docs/s', 6],
  ['steady docs/s', 13],
  ['speed-up', 8],
  ['extract ms/doc', 14],
  ['store ms/doc', 12],
  ['waiting on lock', 15],
  ['CPU ms/doc (workers + db)', 25],
  ['docs per CPU s', 14],
  ['others: cores before, during', 28],
  ['wall s', 6],
];
const row = (values) => values.map((v, i) => String(v).padStart(HEADER[i][1])).join('  ');
console.log(row(HEADER.map(([h]) => h)));
function print(x, base, note) {
  const cpu = x.workerCpu + x.dbCpu;
  const perDoc = (v) => ((v * 1000) / x.done).toFixed(0);
  console.log(
    row([
      x.workers,
      x.done === x.docs ? x.done : `${x.done}/${x.docs}`,
      x.events,
      x.span.toFixed(1),
      x.overall.toFixed(2),
      x.rate.toFixed(2),
      base ? `${(x.rate / base.rate).toFixed(2)}×` : '',
      x.extract.toFixed(0),
      x.store.toFixed(0),
      x.lockWait.toFixed(2),
      `${perDoc(cpu)} (${perDoc(x.workerCpu)} + ${perDoc(x.dbCpu)})`,
      (x.done / cpu).toFixed(1),
      `${x.before.toFixed(2)}, ${x.othersCores.toFixed(2)}`,
      x.wall.toFixed(1),
    ]) + (note ? `  ${note}` : ''),
  );
  if (note)
    console.log(
      `         busiest others: ${x.busiest.map((p) => `${p.name} ${p.cpu.toFixed(1)} s`).join('; ')}`,
    );
}
const results = [];
for (let r = 0; r < REPEAT; r++) {
  for (const w of WORKERS) {
    // A run during which other jobs took more than CLEAN cores is shown, then tried again.
    let x;
    for (let attempt = 1; ; attempt++) {
      const before = await settle(SETTLE);
      x = await run(w, articles);
      x.before = before;
      const note = x.done < articles.length ? 'incomplete' : x.othersCores > CLEAN ? 'busy' : '';
      if (!note || attempt >= ATTEMPTS) break;
      print(x, null, `${note}: again`);
    }
    results.push(x);
    const note = x.done < articles.length ? 'incomplete' : x.othersCores > CLEAN ? 'busy' : '';
    print(x, results.findLast((b) => b.workers === WORKERS[0]) ?? x, note);
  }
}

if (REPEAT > 1) {
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const rate = (w) => median(results.filter((x) => x.workers === w).map((x) => x.rate));
  console.log(
    `median of ${REPEAT}, steady: ${WORKERS.map((w) => `${w} worker${w > 1 ? 's' : ''} ${rate(w).toFixed(2)} docs/s (${(rate(w) / rate(WORKERS[0])).toFixed(2)}×)`).join(', ')}`,
  );
}
console.log(
  '(seconds: first document taken to last completed, and docs/s over them; steady: between the 10th and',
);
console.log(
  ' 90th percentile of completions, the figure speed-up compares; wall: includes start-up and the stop;',
);
console.log(' store ms includes waiting for another worker merging the same exchange; waiting on lock:');
console.log(" mean number of workers blocked on the record's merge lock, sampled ten times a second;");
console.log(' CPU: the workers and the database backends serving them while documents flowed; others: cores');
console.log(' the rest of the machine kept busy before the run (each run waits up to --settle s for a quiet');
console.log(' machine) and while documents flowed: a busy machine has no core to give a second worker)');
