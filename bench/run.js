#!/usr/bin/env node
// `npm run bench`: runs every figure-printing bench of issue 7 in turn, each in its own process (so
// each peak RSS is its own), and ends with one summary against the goals. Not a test.
// Needs `npm run build` first.
//
//   npm run bench                 extraction over ~20 MB, ingest of 2 MB (also by the readout ingest
//                                 command, --jobs 1 and 2), batches of 64 and 256 MiB (extract --batch
//                                 and ingest), 1M events
//   npm run bench -- --quick      a few minutes: 2 MB, 16 and 64 MiB, 100k events
//   npm run bench -- --full       1 GB batch (256 MiB and 1024 MiB) and 50 MB of extraction
//
//   npm run bench -- --no-others  only the figures above, not the other scripts in bench/
//
// After those, it runs the other bench scripts in bench/ with their own defaults (claims, formats,
// HTTP timeline; with --full also one-line documents); workers.js and record-ingest.js only when $READOUT_TEST_PG
// names a PostgreSQL server. fuzz-extract.js is a long fuzz run, not a bench of figures: run it alone.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, fmt, machine } from './lib/common.js';

if (!existsSync(join(ROOT, 'dist', 'pipeline', 'extract.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
const quick = process.argv.includes('--quick');
const full = process.argv.includes('--full');
const pick = (q, d, f) => (quick ? q : full ? f : d);
const PLAN = [
  ['extract-speed.js', ['--mb', pick('2', '20', '50')]],
  ['ingest-sqlite.js', ['--mb', pick('0.5', '2', '5')]],
  // The readout ingest command itself, extraction in 1 and 2 threads and by default (--jobs).
  ['ingest-cli.js', ['--mb', pick('1.5', '2', '5'), '--jobs', '0,1,2,default']],
  [
    'batch-memory.js',
    ['--sizes', pick('16,64', '64,256', '256,1024'), '--text-mb', pick('0.25,1', '0.5,2', '1,4')],
  ],
  // The same padded batches through `readout ingest` (padding only: the stored text is each line's lead).
  ['batch-memory.js', ['--command', 'ingest', '--sizes', pick('16,64', '64,256', '256,1024'), '--text-mb', '0']],
  ['record-queries.js', ['--events', pick('100000', '1000000', '1000000'), '--runs', '30']],
  ['accuracy.js', []],
];

function runScript(script, args) {
  return new Promise((resolve) => {
    console.log(`\n── node bench/${script} ${args.join(' ')}`);
    const child = spawn(process.execPath, [join(ROOT, 'bench', script), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let result = null;
    let rest = '';
    child.stdout.on('data', (b) => {
      const lines = (rest + b).split('\n');
      rest = lines.pop();
      for (const l of lines) {
        if (l.startsWith('BENCH_RESULT ')) result = JSON.parse(l.slice(13));
        else console.log(l);
      }
    });
    child.on('close', (code) => {
      if (code) console.log(`(bench/${script} exited with ${code})`);
      resolve(result);
    });
  });
}

// linear-line.js takes half an hour at its default sizes (one-line documents up to 20 MB): --full only.
const OTHERS = ['claims.js', 'formats.js', 'http-timeline.js', ...(full ? ['linear-line.js'] : [])];
const NEEDS_PG = ['record-ingest.js', 'workers.js'];

const started = Date.now();
const results = {};
for (const [script, args] of PLAN) {
  const r = await runScript(script, args);
  if (r) results[r.name] = r;
}
if (!process.argv.includes('--no-others')) {
  const pg = process.env.READOUT_TEST_PG;
  for (const script of [...OTHERS, ...(pg ? NEEDS_PG : [])])
    if (existsSync(join(ROOT, 'bench', script)))
      await runScript(script, pg && NEEDS_PG.includes(script) ? ['--pg', pg] : []);
  if (!pg)
    console.log(
      `\n(${NEEDS_PG.join(' and ')} skipped: set READOUT_TEST_PG to a postgres:// URL to run them)`,
    );
}

const m = machine();
const ok = (b) => (b === null || b === undefined ? '  ?' : b ? ' ok' : ' NO');
console.log(
  `\n══ summary (${m.cores} × ${m.cpu}, Node ${m.node}; ${fmt((Date.now() - started) / 60000, 1)} min)`,
);
const x = results.extract;
if (x) {
  console.log(
    `${ok(x.extract_mb_s >= 2)} extraction ${fmt(x.extract_mb_s, 3)} MB/s, ${fmt(x.extract_articles_s, 1)} articles/s per core (goal >= 2 MB/s)`,
  );
  console.log(
    `${ok(x.ratio >= 0.4)} ${fmt(x.ratio * 100, 1)} % of bare wink-nlp tokens+POS (${fmt(x.wink_mb_s, 3)} MB/s) in the same run (goal >= 40 %)`,
  );
  console.log(
    `    warm (second half of the corpus, past the JIT's warm-up): ${fmt(x.extract_warm_mb_s, 3)} MB/s, ${fmt((x.warm_ratio ?? NaN) * 100, 1)} % of wink`,
  );
  console.log(
    `${ok(x.day_minutes === undefined ? null : x.day_minutes <= 10)} a day's feed, 150,000 articles of the corpus's mean size, in ${fmt(x.day_minutes, 1)} min of one core (${fmt(x.day_minutes_warm, 1)} warm; goal under 10)`,
  );
  console.log(`    peak RSS while extracting ${fmt(x.mb, 1)} MB: ${fmt(x.peak_rss_mib, 0)} MiB`);
}
const i = results.ingest;
if (i)
  console.log(
    `${ok(i.ingest_mb_s >= 1.5)} ingest to SQLite ${fmt(i.ingest_mb_s, 3)} MB/s with extraction, ${fmt(i.store_only_mb_s, 3)} MB/s store alone (goal >= 1.5 MB/s)`,
  );
const c = results['ingest-cli'];
if (c)
  console.log(
    `${ok(Math.max(...Object.values(c.by_jobs)) >= 1.5)} readout ingest ${Object.entries(c.by_jobs)
      .map(([jobs, mbs]) => `${fmt(mbs, 3)} MB/s wall with --jobs ${jobs}`)
      .join(', ')} (goal >= 1.5 MB/s; load average beside each run above)`,
  );
for (const [name, command] of [
  ['batch-memory', 'extract --batch'],
  ['ingest-memory', 'ingest'],
]) {
  const b = results[name];
  if (!b) continue;
  const padded = b.rows.filter((r) => r.kind === 'padded');
  const big = padded[padded.length - 1];
  console.log(
    `${ok(big && big.file_mb >= 1000 ? big.peak_rss_mib <= 512 : null)} ${command} peak RSS: ${b.rows.map((r) => `${fmt(r.peak_rss_mib, 0)} MiB at ${fmt(r.file_mb, r.file_mb < 10 ? 1 : 0)} MB (${r.kind})`).join(', ')} (goal <= 512 MiB at 1 GB)`,
  );
}
const q = results.queries;
if (q)
  for (const r of q.rows)
    console.log(
      `${ok(r.p95_ms <= 20)} ${r.label}: p95 ${fmt(r.p95_ms, 1)} ms CPU (${fmt(r.p95_ms_wall, 1)} ms wall) on ${q.events} events (goal <= 20 ms)`,
    );
const a = results.accuracy;
if (a && !a.skipped)
  console.log(`    strict F1: seed ${fmt(a.seed?.strict_f1, 3)}, dev ${fmt(a.dev?.strict_f1, 3)}`);
else console.log('    strict F1: skipped (../shared absent)');
