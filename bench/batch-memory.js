#!/usr/bin/env node
// Bench: peak memory of `readout extract --batch` (or `readout ingest` of the batch into a new SQLite
// file) as the batch grows. Not a test: it prints figures. Needs `npm run build`.
//
//   node bench/batch-memory.js [--sizes 64,256] [--text-mb 0.5,2] [--dir /tmp] [--command extract|ingest]
//                              [--jobs N]
//   (sizes in MiB; 1024 for 1 GB; --jobs: ingest's extraction threads, else its default)
//
// Two kinds of generated batch file, each at two sizes, written to a temp folder and deleted after:
// - "padded": each line is the lead (first ~600 characters) of a varied corpus article plus a 32 KiB
//   field the reader ignores, so a 1 GB file is read, parsed and answered end to end in minutes
//   (extraction runs on every line's lead; lines stay of a size real batches have);
// - "text": lines of varied corpus articles only, so extraction itself runs over more text.
// The command's output is consumed (counted) as it comes. Memory is flat when the peak RSS of the
// larger file is about that of the smaller one.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, baseArticles, corpus, fmt, option, report, variant } from './lib/common.js';

const SIZES = option('sizes', '64,256').split(',').map(Number).filter(Boolean);
const TEXT_MB = option('text-mb', '0.5,2').split(',').map(Number).filter(Boolean);
const COMMAND = option('command', 'extract');
const JOBS = option('jobs', null);
if (!['extract', 'ingest'].includes(COMMAND))
  throw new Error(`--command must be extract or ingest, not ${COMMAND}`);
const dir = mkdtempSync(join(option('dir', tmpdir()), 'readout-bench-'));
const { articles: base, source } = baseArticles();
const PAD = 'x'.repeat(32 << 10);

async function write(file, lines) {
  const out = createWriteStream(file);
  for (const l of lines) if (!out.write(`${l}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return statSync(file).size;
}

/** The article's opening up to its last sentence end within 600 characters. */
function lead(text) {
  const head = text.slice(0, 600);
  const end = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n'));
  return end > 100 ? head.slice(0, end + 1) : head;
}

function* padded(mib) {
  const limit = mib * 2 ** 20;
  for (let n = 0, bytes = 0; bytes < limit; n++) {
    const a = variant(base[n % base.length], n);
    const text = `${lead(a.text)}\n\n(Story no. ${n + 1000}.)`; // its own tail, as in the corpus
    const line = JSON.stringify({ id: a.id, text, published: a.published, padding: PAD });
    bytes += line.length + 1;
    yield line;
  }
}

function* texts(mb) {
  for (const a of corpus(base, mb)) yield JSON.stringify({ id: a.id, text: a.text, published: a.published });
}

/** Resident KiB of a process and its descendants now (Linux /proc; 0 where unreadable). */
function treeRssKiB(pid) {
  try {
    const own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(/\s+/).filter(Boolean);
    return own + kids.reduce((sum, k) => sum + treeRssKiB(Number(k)), 0);
  } catch {
    return 0;
  }
}

/**
 * Runs extract --batch on the file (or ingests it into a new database); resolves with its peak RSS,
 * output lines (events; none for ingest), exit code and seconds.
 */
function measure(file) {
  const args =
    COMMAND === 'extract'
      ? ['extract', '--batch', file]
      : ['ingest', file, '--db', `${file}.db`, ...(JOBS ? ['--jobs', JOBS] : [])];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'bench', 'lib', 'peak-rss-child.js'), ...args], {
      stdio: ['ignore', 'pipe', 'ignore', 'pipe'],
    });
    let lines = 0;
    let rss = '';
    // `extract --batch` runs its work in a child with a capped heap (src/cli/capped-heap.ts): the
    // figure is the peak of the whole process tree's RSS, sampled, or the launcher's own peak if higher.
    let treePeak = 0;
    const sampler = setInterval(() => (treePeak = Math.max(treePeak, treeRssKiB(child.pid))), 50);
    child.stdout.on('data', (b) => {
      for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) lines++;
    });
    child.stdio[3].on('data', (b) => (rss += b));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({
        code,
        events: lines,
        peak_rss_mib: Math.max(treePeak, Number(rss.split('\n')[0]) || 0) / 1024,
        launcher_rss_mib: Number(rss.split('\n')[0]) / 1024,
        seconds: (performance.now() - t0) / 1000,
      });
    });
  });
}

const rows = [];
try {
  const plans = [
    ...SIZES.map((mib) => ({ kind: 'padded', label: `${mib} MiB`, lines: () => padded(mib) })),
    ...TEXT_MB.map((mb) => ({ kind: 'text', label: `${mb} MB`, lines: () => texts(mb) })),
  ];
  for (const p of plans) {
    const file = join(dir, `${p.kind}-${p.label.replace(/\W+/g, '')}.jsonl`);
    const bytes = await write(file, p.lines());
    const r = await measure(file);
    rmSync(file);
    rmSync(`${file}.db`, { force: true });
    for (const x of ['-wal', '-shm']) rmSync(`${file}.db${x}`, { force: true });
    rows.push({ kind: p.kind, file_mb: bytes / 1e6, ...r });
    console.log(
      `${COMMAND}${JOBS ? ` --jobs ${JOBS}` : ''} ${p.kind.padEnd(6)} ${fmt(bytes / 1e6, 1).padStart(8)} MB file: peak RSS ${fmt(r.peak_rss_mib, 0)} MiB (launcher alone ${fmt(r.launcher_rss_mib, 0)} MiB), ${r.events} events, exit ${r.code}, ${fmt(r.seconds, 1)} s`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`corpus: ${source}; goal: peak RSS <= 512 MiB on a 1 GB batch, and flat as the batch grows`);
report(COMMAND === 'extract' ? 'batch-memory' : 'ingest-memory', {
  command: COMMAND,
  jobs: JOBS,
  rows,
  max_peak_rss_mib: Math.max(...rows.map((r) => r.peak_rss_mib)),
});
