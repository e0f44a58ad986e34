#!/usr/bin/env node
// Bench: extraction speed on one core, against the floor of bare wink-nlp (readDoc, then tokens and
// their POS, nothing else) over the same text in the same run. Not a test: it prints figures.
// Needs `npm run build`.
//
//   node bench/extract-speed.js [--mb 20] [--block 32] [--quiet-mb 2]
//   (--block: articles per extractBlock call; --quiet-mb: MB of prose that tells no exchange, timed after the corpus)
//
// The corpus is the seed story and the dev articles (read from ../shared at run time), copied with
// varied ids and closing lines until --mb megabytes. Blocks of articles alternate between wink and
// extract, so a change in the machine's load hits both sides alike. Speeds are per CPU second of
// this process (what one core does); wall-clock speeds are printed beside them.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import {
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

const MB = Number(option('mb', process.env.BENCH_MB ?? '20'));
const BLOCK = Number(option('block', '32'));
const QUIET_MB = Number(option('quiet-mb', String(MB / 10)));

const { extract, extractBlock } = await import('../dist/pipeline/extract.js');
// As `readout extract --batch` and ingest do: a block at a time (builds before extractBlock: one by one).
const eventsOf = extractBlock
  ? (as) => extractBlock(as, kb).reduce((n, r) => n + (r.ok ? r.extraction.events.length : 0), 0)
  : (as) => as.reduce((n, a) => n + extract(a, kb).events.length, 0);
const { loadKnowledge } = await import('../dist/knowledge/load.js');

let w0 = wallSeconds();
let c0 = cpuSeconds();
const kb = loadKnowledge();
const nlp = winkNLP(model);
const its = nlp.its;
const load = { wall: wallSeconds() - w0, cpu: cpuSeconds() - c0 };

const { articles: base, source } = baseArticles();
// One untimed pass so both sides run optimised code (and the gazetteer exists) before timing.
for (const a of base) {
  extract({ ...a, url: null, outlet: null, title: null }, kb);
  nlp.readDoc(a.text).tokens().out(its.pos);
}

const t = { wink: { cpu: 0, wall: 0 }, extract: { cpu: 0, wall: 0 } };
// The second half of the corpus alone: a day of news is steady state, long past the JIT's warm-up.
const warm = { bytes: 0, articles: 0, cpu: 0, wink: 0 };
const DAY_ARTICLES = 150000;
let bytes = 0;
let count = 0;
let events = 0;
let block = [];
const run = () => {
  w0 = wallSeconds();
  c0 = cpuSeconds();
  for (const a of block) {
    const doc = nlp.readDoc(a.text);
    doc.tokens().out();
    doc.tokens().out(its.pos);
  }
  const winkCpu = cpuSeconds() - c0;
  t.wink.cpu += winkCpu;
  t.wink.wall += wallSeconds() - w0;
  w0 = wallSeconds();
  c0 = cpuSeconds();
  events += eventsOf(block);
  const extractCpu = cpuSeconds() - c0;
  t.extract.cpu += extractCpu;
  t.extract.wall += wallSeconds() - w0;
  if (bytes > (MB * 1e6) / 2) {
    for (const a of block) warm.bytes += Buffer.byteLength(a.text);
    warm.articles += block.length;
    warm.cpu += extractCpu;
    warm.wink += winkCpu;
  }
  block = [];
};
for (const a of corpus(base, MB)) {
  bytes += Buffer.byteLength(a.text);
  count++;
  block.push(a);
  if (block.length >= BLOCK) run();
}
if (block.length) run();

// Prose that tells no exchange: the same articles with every sentence a trigger rule matches taken out (their
// other sentences: names, places, dates, quotes). Most of a day's news is such text, and extraction stops at the
// first look for an article with nothing in it that can give an event (src/pipeline/first-look.ts).
const quiet = { bytes: 0, articles: 0, cpu: 0, wink: 0 };
const firstLook = QUIET_MB > 0 ? (await import('../dist/pipeline/first-look.js').catch(() => null))?.firstLook : null;
if (firstLook) {
  const quietBase = base.map((a) => {
    const look = firstLook(a.text);
    return { ...a, text: look.sentences.filter((_, i) => !look.hits[i].length).map((x) => x.text).join('\n\n') };
  });
  const timeQuiet = (as) => {
    c0 = cpuSeconds();
    for (const a of as) nlp.readDoc(a.text).tokens().out(its.pos);
    quiet.wink += cpuSeconds() - c0;
    c0 = cpuSeconds();
    events += eventsOf(as);
    quiet.cpu += cpuSeconds() - c0;
    for (const a of as) quiet.bytes += Buffer.byteLength(a.text);
    quiet.articles += as.length;
  };
  let qb = [];
  for (const a of corpus(quietBase, QUIET_MB)) {
    qb.push(a);
    if (qb.length >= BLOCK) timeQuiet(qb.splice(0));
  }
  if (qb.length) timeQuiet(qb);
}

const mb = bytes / 1e6;
const r = {
  corpus: source,
  mb,
  articles: count,
  events,
  knowledge_load_s: load.cpu,
  extract_mb_s: mb / t.extract.cpu,
  extract_articles_s: count / t.extract.cpu,
  extract_mb_s_wall: mb / t.extract.wall,
  extract_warm_mb_s: warm.cpu ? warm.bytes / 1e6 / warm.cpu : null,
  warm_ratio: warm.cpu ? warm.wink / warm.cpu : null,
  wink_mb_s: mb / t.wink.cpu,
  wink_mb_s_wall: mb / t.wink.wall,
  ratio: t.wink.cpu / t.extract.cpu,
  // The yardstick: a large feed's day is ~150,000 articles, to be read in under ten minutes on one core.
  day_minutes: DAY_ARTICLES / (count / t.extract.cpu) / 60,
  day_minutes_warm: warm.cpu ? DAY_ARTICLES / (warm.articles / warm.cpu) / 60 : null,
  quiet_mb: quiet.bytes / 1e6,
  quiet_mb_s: quiet.cpu ? quiet.bytes / 1e6 / quiet.cpu : null,
  quiet_ratio: quiet.cpu ? quiet.wink / quiet.cpu : null,
  peak_rss_mib: peakRssMiB(),
  ...machine(),
};
console.log(`corpus: ${source}, ${fmt(mb)} MB in ${count} articles (${events} events)`);
console.log(
  `knowledge + wink model load: ${fmt(load.cpu)} s CPU (${fmt(load.wall)} s wall), once per process`,
);
console.log(
  `extract:        ${fmt(r.extract_mb_s, 3)} MB/s, ${fmt(r.extract_articles_s, 1)} articles/s per CPU second (wall ${fmt(r.extract_mb_s_wall, 3)} MB/s)`,
);
console.log(
  `bare wink-nlp:  ${fmt(r.wink_mb_s, 3)} MB/s per CPU second (wall ${fmt(r.wink_mb_s_wall, 3)} MB/s)`,
);
console.log(`extract / wink: ${fmt(r.ratio * 100, 1)} %   (goals: >= 2 MB/s and >= 40 %)`);
console.log(
  `warm (the corpus's second half, past the JIT's warm-up): extract ${fmt(r.extract_warm_mb_s, 3)} MB/s per CPU second, ${fmt((r.warm_ratio ?? NaN) * 100, 1)} % of wink`,
);
console.log(
  `a day's feed:   ${DAY_ARTICLES.toLocaleString('en')} articles of this corpus's mean size (${fmt(mb / count * 1000, 1)} KB) in ${fmt(r.day_minutes, 1)} min of one core, ${fmt(r.day_minutes_warm, 1)} min warm (goal: under 10)`,
);
if (quiet.cpu)
  console.log(
    `no exchange:    ${fmt(r.quiet_mb_s, 3)} MB/s per CPU second, ${fmt(r.quiet_ratio * 100, 1)} % of wink, over ${fmt(r.quiet_mb)} MB of the corpus's prose with the sentences that tell an exchange taken out (read no further than a first look)`,
  );
console.log(`peak RSS:       ${fmt(r.peak_rss_mib, 0)} MiB`);
report('extract', r);
