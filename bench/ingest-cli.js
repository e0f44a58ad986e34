#!/usr/bin/env node
// Bench: the real `readout ingest` command on a JSONL batch, MB of article text per wall-clock second,
// with extraction in this many threads (--jobs), each into a new SQLite file. Not a test: it prints
// figures. Needs `npm run build`.
//
//   node bench/ingest-cli.js [--mb 2] [--jobs 0,1,2,default] [--runs 1] [--dist dist,OTHER/dist]
//
// --dist names builds to compare (each a dist/ folder; e.g. a copy of dist/ from before a change):
// every setting runs with each in turn, and the record each run leaves is compared (the events as
// `readout export --format jsonl` prints them, from the first build), so a faster build that stores
// something else is reported.
//
// The corpus is the one of bench/ingest-sqlite.js (seed + dev articles, varied copies), written to a
// temp JSONL file. Each run is the whole command as a user runs it (start-up, knowledge load, threads,
// reading, storing), so these figures include what bench/ingest-sqlite.js leaves out. Beside each:
// the CPU seconds of the process tree (all threads) and the load average before and after the run,
// since on a shared machine other work takes cores the threads would use. "default" runs without
// --jobs; 0 extracts in the main thread. With --runs N the settings take turns N times, so a change
// in load hits each alike.
import { execFileSync, spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { ROOT, baseArticles, corpus, fmt, machine, option, report } from './lib/common.js';

const MB = Number(option('mb', '2'));
const JOBS = option('jobs', '0,1,2,default').split(',').filter(Boolean);
const RUNS = Number(option('runs', '1'));
const DISTS = option('dist', 'dist')
  .split(',')
  .filter(Boolean)
  .map((d) => resolve(ROOT, d));
const dir = mkdtempSync(join(tmpdir(), 'readout-ingest-cli-'));
const { articles: base, source } = baseArticles();

async function writeBatch(file) {
  const out = createWriteStream(file);
  let text = 0;
  let docs = 0;
  for (const a of corpus(base, MB)) {
    text += Buffer.byteLength(a.text);
    docs++;
    if (!out.write(`${JSON.stringify({ id: a.id, text: a.text, published: a.published })}\n`))
      await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { text, docs, bytes: statSync(file).size };
}

/** The stored events as `readout export --format jsonl` prints them, by the first build. */
function exportOf(db) {
  const cli = join(DISTS[0], 'cli', 'main.js');
  const script = `const { main } = await import(${JSON.stringify(pathToFileURL(cli).href)}); await main([process.argv[0], 'readout', 'export', '--format', 'jsonl', '--db', ${JSON.stringify(db)}]);`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** One `readout ingest` of the batch into a new database: wall seconds, tree CPU seconds, peak RSS. */
function run(file, jobs, db, dist) {
  const args = ['ingest', file, '--db', db, ...(jobs === 'default' ? [] : ['--jobs', jobs])];
  return new Promise((resolve, reject) => {
    const before = load();
    const t0 = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'bench', 'lib', 'peak-rss-child.js'), ...args], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      env: { ...process.env, READOUT_BENCH_DIST: dist },
    });
    let err = '';
    let fd3 = '';
    child.stderr.on('data', (b) => (err += b));
    child.stdio[3].on('data', (b) => (fd3 += b));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      const [rssKiB, cpu] = fd3.split('\n').map(Number);
      resolve({
        jobs,
        code,
        seconds,
        cpu_seconds: cpu,
        peak_rss_mib: rssKiB / 1024,
        load_before: before,
        load_after: load(),
        summary: err.trim().split('\n').pop(),
      });
    });
  });
}

const rows = [];
try {
  const file = join(dir, 'batch.jsonl');
  const w = await writeBatch(file);
  const mb = w.text / 1e6;
  console.log(
    `corpus: ${source}; ${fmt(mb, 2)} MB of text in ${w.docs} documents (${fmt(w.bytes / 1e6, 2)} MB file); ` +
      `${availableParallelism()} cores`,
  );
  const records = new Map();
  for (let n = 0; n < RUNS; n++)
    for (const jobs of JOBS)
      for (const dist of DISTS) {
        const db = join(dir, `run-${n}-${jobs}.db`);
        const r = await run(file, jobs, db, dist);
        const build = relative(ROOT, dist) || '.';
        if (DISTS.length > 1) {
          const record = exportOf(db);
          records.set(record, [...(records.get(record) ?? []), `${build} --jobs ${jobs}`]);
        }
        for (const x of ['', '-wal', '-shm']) rmSync(`${db}${x}`, { force: true });
        const row = { ...r, build, mb, mb_s_wall: mb / r.seconds };
        rows.push(row);
        console.log(
          `${DISTS.length > 1 ? `${build.padEnd(20)} ` : ''}` +
            `--jobs ${jobs.padEnd(7)} ${fmt(row.mb_s_wall, 3)} MB/s wall (${fmt(r.seconds, 1)} s), ` +
            `${fmt(r.cpu_seconds, 1)} CPU s, peak RSS ${fmt(r.peak_rss_mib, 0)} MiB, exit ${r.code}; ` +
            `load ${r.load_before} → ${r.load_after}`,
        );
        if (r.code !== 0) console.log(`   ${r.summary}`);
      }
  if (DISTS.length > 1)
    console.log(
      records.size === 1
        ? `the same record from every run (${[...records.keys()][0].split('\n').length - 1} events exported)`
        : `RECORDS DIFFER between runs: ${[...records.values()].map((v) => v.join(', ')).join(' | ')}`,
    );
  console.log('goal: ingest >= 1.5 MB/s');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const best = (jobs, build = rows[0]?.build) =>
  Math.max(...rows.filter((r) => r.jobs === jobs && r.build === build).map((r) => r.mb_s_wall));
report('ingest-cli', {
  corpus: source,
  rows,
  by_jobs: Object.fromEntries(JOBS.map((j) => [j, best(j)])),
  by_build: Object.fromEntries(
    DISTS.map((d) => relative(ROOT, d) || '.').map((b) => [
      b,
      Object.fromEntries(JOBS.map((j) => [j, best(j, b)])),
    ]),
  ),
  ...machine(),
});
