#!/usr/bin/env node
// Bench: the claim check and the questions, pure, in one process (no database): the seed story's
// claims against its own events and the Office of the Historian's 7,500 records, and silence over
// that record. Not a test: it prints figures. Needs `npm run build` and ../shared.
//
//   node bench/claims.js [--rounds 20]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpuSeconds, fmt, machine, option, peakRssMiB, report, SHARED, wallSeconds } from './lib/common.js';

const ROUNDS = Number(option('rounds', '20'));
const { extract } = await import('../dist/pipeline/extract.js');
const { loadKnowledge } = await import('../dist/knowledge/load.js');
const { checkClaims } = await import('../dist/analysis/check.js');
const { silence } = await import('../dist/analysis/silence.js');
const { readStateDeptDir, parseHistorianFile, historianCoverage } = await import('../dist/ingest/state-dept.js');

const kb = loadKnowledge();
const text = readFileSync(join(SHARED, 'data', 'seed', 'article.txt'), 'utf8');
const article = { id: 'seed', text, published: '2023-06-18' };

let w = wallSeconds();
const batches = readStateDeptDir(join(SHARED, 'data', 'anchors', 'state-dept-historian')).map((f) => parseHistorianFile(kb, f));
const parseWall = wallSeconds() - w;
const record = batches.flatMap((b) => b.events);
const recordCoverage = historianCoverage(batches).map((c) => c.claim);
const x = extract(article, kb);

const time = (fn) => {
  fn();
  const w0 = wallSeconds();
  const c0 = cpuSeconds();
  for (let i = 0; i < ROUNDS; i++) fn();
  return { wall: ((wallSeconds() - w0) / ROUNDS) * 1000, cpu: ((cpuSeconds() - c0) / ROUNDS) * 1000 };
};
let findings = [];
const empty = time(() => (findings = checkClaims({ article, articleEvents: x.events, articleCoverage: x.coverage, kb })));
const withRecord = time(() => checkClaims({ article, articleEvents: x.events, articleCoverage: x.coverage, recordEvents: record, recordCoverage, kb }));
const sil = time(() => silence([...record, ...x.events], [...x.coverage, ...recordCoverage], { a: 'USA', b: 'CHN', since: '2021-01-20' }));

report('claims', {
  machine: machine(),
  historian_records: record.length,
  historian_parse_s: fmt(parseWall),
  findings: findings.length,
  check_empty_record_ms_cpu: fmt(empty.cpu),
  check_with_historian_ms_cpu: fmt(withRecord.cpu),
  check_with_historian_ms_wall: fmt(withRecord.wall),
  silence_usa_chn_ms_cpu: fmt(sil.cpu),
  peak_rss_mib: fmt(peakRssMiB(), 0),
});
