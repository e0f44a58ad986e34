#!/usr/bin/env node
// Bench: how fast the format layer is. Events/s written by each export format, GDELT rows/s read
// (pure) and imported into a SQLite record, and HTML pages/s read by htmlToArticle. Not a test: it
// prints figures. Needs `npm run build`.
//
//   node bench/formats.js [--events 5000] [--rows 20000] [--pages 200]
//
// Synthetic data only: events over ten countries, GDELT rows of which a quarter are CONSULT rows
// (half of those mirrored), and a 12-paragraph article page.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuSeconds, machine, option, report, wallSeconds } from './lib/common.js';

const { writeEvents } = await import('../dist/formats/index.js');
const { GDELT_COLUMNS, readGdelt } = await import('../dist/formats/gdelt.js');
const { importEventFile } = await import('../dist/ingest/eventFiles.js');
const { htmlToArticle } = await import('../dist/ingest/html.js');
const { loadKnowledge } = await import('../dist/knowledge/load.js');
const { openStore } = await import('../dist/record/store.js');

const EVENTS = Number(option('events', '5000'));
const ROWS = Number(option('rows', '20000'));
const PAGES = Number(option('pages', '200'));
const C = ['USA', 'CHN', 'RUS', 'GBR', 'FRA', 'DEU', 'JPN', 'IND', 'BRA', 'ZAF'];
const kb = loadKnowledge();

const day = (n) => new Date(Date.UTC(2000, 0, 1) + n * 86400000).toISOString().slice(0, 10);
const events = Array.from({ length: EVENTS }, (_, i) => ({
  id: `ev_${i}`,
  type: ['visit', 'meeting', 'phone_call'][i % 3],
  status: 'occurred',
  certainty: 'stated',
  participants: [
    { name: `Official ${i}`, role: 'Foreign Minister', country: C[i % 10], rank: 3 },
    { name: `Counterpart ${i}`, role: 'Foreign Minister', country: C[(i + 3) % 10], rank: 3 },
  ],
  host_country: C[(i + 3) % 10],
  location: { city: 'Capital, "Old Town"', country: C[(i + 3) % 10] },
  date: i % 7 ? day(i) : day(i).slice(0, 7),
  end_date: null,
  duration_minutes: null,
  topics: ['trade', 'security; climate'],
  tone: null,
  evidence: [{ start: 0, end: 40, text: 'The ministers met on Tuesday, officials said.' }],
  cameo: ['042', '040', '041'][i % 3],
  plover: { event: 'CONSULT', mode: ['visit', null, 'phone'][i % 3] },
  goldstein: [1.9, 1, 1][i % 3],
  rank: 3,
  sources: [
    {
      document: `doc_${i >> 1}`,
      url: `https://news.example/${i >> 1}`,
      outlet: 'Example News',
      published: day(i + 1),
      evidence: [],
    },
  ],
}));

console.log(`machine: ${JSON.stringify(machine())}`);
const figures = {};
for (const format of ['csv', 'jsonl', 'ics', 'timelinejs', 'cameo', 'plover']) {
  const c0 = cpuSeconds();
  const out = writeEvents(format, events, { now: new Date(), title: 'bench', codes: kb.knowledge.codes });
  const cpu = cpuSeconds() - c0;
  figures[`${format}_events_per_cpu_s`] = Math.round(EVENTS / cpu);
  console.log(
    `export ${format.padEnd(10)} ${EVENTS} events in ${cpu.toFixed(3)} s CPU (${Math.round(EVENTS / cpu)}/s, ${(out.length / 1e6).toFixed(1)} MB)`,
  );
}

function gdeltRow(i) {
  const v = Object.fromEntries(GDELT_COLUMNS.map((c) => [c, '']));
  const consult = i % 4 === 0;
  const pair = i >> 3;
  const [a, b] = i % 8 === 4 ? [C[(pair + 3) % 10], C[pair % 10]] : [C[pair % 10], C[(pair + 3) % 10]];
  Object.assign(v, {
    GLOBALEVENTID: String(1e9 + i),
    SQLDATE: day(pair % 3000).replace(/-/g, ''),
    Actor1Code: `${a}GOV`,
    Actor1Name: a,
    Actor1CountryCode: a,
    Actor1Type1Code: 'GOV',
    Actor2Code: `${b}GOV`,
    Actor2Name: b,
    Actor2CountryCode: b,
    Actor2Type1Code: 'GOV',
    EventCode: consult ? '040' : '190',
    EventBaseCode: consult ? '040' : '190',
    EventRootCode: consult ? '04' : '19',
    GoldsteinScale: consult ? '1.0' : '-10.0',
    DATEADDED: `${day(pair % 3000).replace(/-/g, '')}120000`,
    SOURCEURL: `https://news.example/${pair}`,
  });
  return GDELT_COLUMNS.map((c) => v[c]).join('\t');
}
const gdelt = Array.from({ length: ROWS }, (_, i) => gdeltRow(i)).join('\n') + '\n';
let c0 = cpuSeconds();
const read = readGdelt(gdelt, { kb, codes: kb.knowledge.codes });
let cpu = cpuSeconds() - c0;
const kept = read.batches.reduce((n, b) => n + b.events.length, 0);
figures.gdelt_rows_read_per_cpu_s = Math.round(ROWS / cpu);
console.log(
  `gdelt read  ${ROWS} rows (${read.exchanges} CONSULT rows → ${kept} events) in ${cpu.toFixed(3)} s CPU (${Math.round(ROWS / cpu)} rows/s)`,
);

const dir = mkdtempSync(join(tmpdir(), 'readout-bench-formats-'));
try {
  const file = join(dir, 'bench.export.CSV');
  writeFileSync(file, gdelt);
  const store = await openStore(join(dir, 'bench.db'));
  const w0 = wallSeconds();
  const s = await importEventFile(store, 'gdelt', file, kb);
  const wall = wallSeconds() - w0;
  await store.close();
  figures.gdelt_rows_imported_per_s = Math.round(ROWS / wall);
  console.log(
    `gdelt import ${ROWS} rows → ${s.documents} documents, ${s.added} events new, ${s.merged} merged, in ${wall.toFixed(2)} s wall (SQLite; ${Math.round(ROWS / wall)} rows/s)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const para =
  'The foreign minister arrived in the capital on Tuesday for two days of talks with her counterpart, officials in both capitals said after the meeting ended.';
const html = `<!doctype html><html><head><title>Ministers meet</title><meta property="article:published_time" content="2024-03-12T10:00:00Z"><meta property="og:site_name" content="Example"></head><body><nav><a href="/">Home</a></nav><article><h1>Ministers meet</h1>${Array.from({ length: 12 }, (_, i) => `<p>${para} (${i})</p>`).join('')}</article><footer>footer</footer></body></html>`;
c0 = cpuSeconds();
for (let i = 0; i < PAGES; i++)
  htmlToArticle(html.replace('Ministers meet</h1>', `Ministers meet ${i}</h1>`), {
    url: `https://example.org/${i}`,
  });
cpu = cpuSeconds() - c0;
figures.html_pages_per_cpu_s = Math.round(PAGES / cpu);
console.log(
  `html        ${PAGES} pages (${(html.length / 1024).toFixed(1)} KiB each) in ${cpu.toFixed(2)} s CPU (${Math.round(PAGES / cpu)} pages/s)`,
);

report('formats', { events: EVENTS, rows: ROWS, pages: PAGES, ...figures });
