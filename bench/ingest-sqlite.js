#!/usr/bin/env node
// Bench: ingest to SQLite, MB of article text per second: extract, then Store.ingest (merge search,
// sources, timeline index) into a temp database file. Not a test: it prints figures. Needs `npm run build`.
//
//   node bench/ingest-sqlite.js [--mb 2] [--batch 256] [--dist dist]
//
// Extractions are stored --batch at a time in one transaction (Store.ingestMany), as `readout ingest`
// stores them; --batch 1 stores each alone, as before. --dist measures another build (a dist/ folder).
//
// The corpus is the varied seed + dev copies of bench/extract-speed.js; every copy is a new document,
// and copies of one article tell the same exchanges, so most events take the merge path (a source
// added to a stored event), as a day of news retelling the same meetings would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ROOT,
  baseArticles,
  corpus,
  cpuSeconds,
  fmt,
  machine,
  option,
  peakRssMiB,
  report,
  wallSeconds,
} from './lib/common.js';

const MB = Number(option('mb', '2'));
// Documents per transaction, as `readout ingest` stores them (Store.ingestMany); 1: one at a time.
const BATCH = Number(option('batch', '256'));
// Another build's dist/ (e.g. a copy from before a change), to measure it with the same corpus.
const DIST = pathToFileURL(resolve(ROOT, option('dist', 'dist'))).href;
const { extract, extractBlock } = await import(`${DIST}/pipeline/extract.js`);
// Blocks of 32, as readout ingest extracts (a build before extractBlock: one by one).
const EXTRACT_BLOCK = 32;
const extractAll = extractBlock
  ? (as) => extractBlock(as, kb).map((r) => {
      if (!r.ok) throw r.error;
      return r.extraction;
    })
  : (as) => as.map((a) => extract(a, kb));
const { loadKnowledge } = await import(`${DIST}/knowledge/load.js`);
const { openStore } = await import(`${DIST}/record/store.js`);

const dir = mkdtempSync(join(tmpdir(), 'readout-ingest-'));
const store = await openStore(join(dir, 'bench.db'));
const kb = loadKnowledge();
const { articles: base, source } = baseArticles();
for (const a of base) extract(a, kb); // warm-up, not stored

const t = { extract: 0, store: 0, wall: 0 };
let bytes = 0;
let docs = 0;
let added = 0;
let merged = 0;
const pending = [];
/** Stores the extractions read so far, as readout ingest does (counts, not events, back). */
async function flush() {
  const c0 = cpuSeconds();
  let rs = [];
  if (BATCH > 1 && store.ingestMany) rs = await store.ingestMany(pending, { events: false });
  else for (const x of pending) rs.push(await store.ingest(x, { events: false })); // a build without it
  t.store += cpuSeconds() - c0;
  for (const r of rs) {
    if (r instanceof Error) throw r;
    added += r.added ?? 0;
    merged += r.merged ?? 0;
  }
  pending.length = 0;
}
try {
  const w0 = wallSeconds();
  let block = [];
  const extractRead = async () => {
    const c0 = cpuSeconds();
    pending.push(...extractAll(block));
    t.extract += cpuSeconds() - c0;
    block = [];
    if (pending.length >= BATCH) await flush();
  };
  for (const a of corpus(base, MB)) {
    block.push(a);
    if (block.length >= EXTRACT_BLOCK) await extractRead();
    bytes += Buffer.byteLength(a.text);
    docs++;
  }
  if (block.length) await extractRead();
  await flush();
  t.wall = wallSeconds() - w0;
  const stats = await store.stats();
  const mb = bytes / 1e6;
  const r = {
    corpus: source,
    mb,
    documents: docs,
    events_added: added,
    events_merged: merged,
    stored_events: stats.events,
    ingest_mb_s: mb / (t.extract + t.store),
    ingest_docs_s: docs / (t.extract + t.store),
    store_only_mb_s: mb / t.store,
    store_only_docs_s: docs / t.store,
    ingest_mb_s_wall: mb / t.wall,
    peak_rss_mib: peakRssMiB(),
    ...machine(),
  };
  console.log(
    `corpus: ${source}, ${fmt(mb)} MB in ${docs} documents → ${stats.events} stored events (${added} added, ${merged} merged into stored ones)`,
  );
  console.log(
    `ingest (extract + store): ${fmt(r.ingest_mb_s, 3)} MB/s, ${fmt(r.ingest_docs_s, 1)} documents/s per CPU second (wall ${fmt(r.ingest_mb_s_wall, 3)} MB/s)   (goal: >= 1.5 MB/s)`,
  );
  console.log(
    `store.ingest alone:       ${fmt(r.store_only_mb_s, 3)} MB/s, ${fmt(r.store_only_docs_s, 1)} documents/s per CPU second`,
  );
  console.log(`peak RSS: ${fmt(r.peak_rss_mib, 0)} MiB`);
  report('ingest', r);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
