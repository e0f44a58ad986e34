#!/usr/bin/env node
// Diagnostic, not a bench of the figures: runs one readout command (the built CLI) and prints
// the CPU seconds of each of its threads, read from /proc while it runs (Linux only), beside its wall
// time. On a shared machine wall time says little, but where the CPU went still does: the main
// thread (it reads and stores), the others (extraction threads, and V8's own helper threads, which
// compile and collect garbage for all of them). Needs `npm run build`.
//
//   node bench/thread-cpu.js [--dist dist] [--node "V8 flags"] -- ingest batch.jsonl --db /tmp/x.db [--jobs N]
//
// --node passes flags to the measured Node: with "--single-threaded-gc" the helper threads left do
// only compiling, so their CPU is what the JIT costs (and the main thread's rise is what collecting
// took off it).
//
// Threads are listed by id, in the order they started; the main thread is the one whose id is the
// process's. V8 starts its helper threads before any worker thread, so the extraction threads of
// `ingest --jobs N` are the last N listed (on Node 20). Pair it with `node --cpu-prof` to see how
// long each thread waited: that is how the extracting thread's stalls while the main thread stored a
// batch were found (docs/performance.md, session 7).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, fmt, option } from './lib/common.js';

const dash = process.argv.indexOf('--');
const args = dash < 0 ? [] : process.argv.slice(dash + 1);
if (!args.length) {
  console.error('usage: node bench/thread-cpu.js [--dist dist] -- <readout command and arguments>');
  process.exit(2);
}
if (!existsSync('/proc/self/task')) {
  console.log('thread-cpu: skipped, needs Linux /proc');
  process.exit(0);
}
const dist = resolve(ROOT, option('dist', 'dist'));
const nodeFlags = (option('node', '') ?? '').split(/\s+/).filter(Boolean);
const HZ = 100; // USER_HZ: the unit of utime and stime in /proc/<pid>/task/<tid>/stat

/** CPU seconds of each thread of `pid`, by thread id; threads that ended keep their last reading. */
function sample(pid, seen) {
  let tids;
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return; // ended
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      seen.set(Number(tid), (Number(f[11]) + Number(f[12])) / HZ);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
}

const seen = new Map();
const t0 = performance.now();
const child = spawn(process.execPath, [...nodeFlags, join(ROOT, 'bench', 'lib', 'peak-rss-child.js'), ...args], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, READOUT_BENCH_DIST: dist },
});
const timer = setInterval(() => sample(child.pid, seen), 50);
child.on('close', (code) => {
  clearInterval(timer);
  const wall = (performance.now() - t0) / 1000;
  const threads = [...seen].filter(([, cpu]) => cpu >= 0.05).sort((a, b) => a[0] - b[0]);
  const total = threads.reduce((s, [, cpu]) => s + cpu, 0);
  console.log(
    `readout ${args.join(' ')}: exit ${code}, wall ${fmt(wall, 1)} s, CPU ${fmt(total, 1)} s in threads of 0.05 s or more`,
  );
  for (const [tid, cpu] of threads)
    console.log(
      `  ${tid === child.pid ? 'main  ' : 'thread'} ${String(tid).padStart(8)} ${fmt(cpu, 2).padStart(7)} s`,
    );
  console.log('(a large batch runs in a capped-heap child: then this lists only the launcher)');
});
