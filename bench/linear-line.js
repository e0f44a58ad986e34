#!/usr/bin/env node
// Bench: time to read and extract one document that is a single line of 1, 5, 10 and 20 MB, to show
// the cost grows linearly with size (no quadratic blow-up on a page that never breaks a line).
// Not a test: it prints figures. Run `npm run build` first.
//
//   node bench/linear-line.js [--sizes 1,5,10,20] [--kind news|junk]
//
// news: wire sentences that name officials, places and dates, joined by spaces (every stage works);
// junk: words that name nothing (reading and sentence splitting only).
// Each size runs in-process after one warm-up, so knowledge loading is not counted.
import { decode } from '../dist/ingest/files.js';
import { loadKnowledge } from '../dist/knowledge/load.js';
import { extract } from '../dist/pipeline/extract.js';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const SIZES = option('--sizes', '1,5,10,20').split(',').map(Number);
const KIND = option('--kind', 'news');

const NEWS = [
  'US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday.',
  'Prime Minister Narendra Modi will visit Washington next month, officials said.',
  'German Chancellor Olaf Scholz spoke by phone with President Emmanuel Macron on 12 June 2023.',
  'The talks were described as candid and constructive by both sides.',
  'A planned trip to Seoul was postponed because of the weather.',
];
const JUNK =
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore ';

/** One line of about `mb` megabytes (UTF-8), never a newline in it. */
function line(mb) {
  const target = mb * 1024 * 1024;
  const parts = [];
  let n = 0;
  for (let i = 0; n < target; i++) {
    const s = KIND === 'junk' ? JUNK : `${NEWS[i % NEWS.length]} `;
    parts.push(s);
    n += s.length;
  }
  return parts.join('');
}

const kb = loadKnowledge();
extract({ id: 'warm-up', text: NEWS.join(' '), published: '2023-06-20' }, kb);

console.log(`kind ${KIND}`);
console.log('   MB   seconds   s per MB   events');
let perMbFirst = null;
for (const mb of SIZES) {
  const bytes = Buffer.from(line(mb), 'utf8');
  const t = performance.now();
  const d = decode(bytes);
  const x = extract({ id: `line-${mb}`, text: d.text, published: '2023-06-20' }, kb);
  const s = (performance.now() - t) / 1000;
  perMbFirst ??= s / mb;
  console.log(
    `${String(mb).padStart(5)} ${s.toFixed(2).padStart(9)} ${(s / mb).toFixed(2).padStart(10)} ${String(x.events.length).padStart(8)}` +
      `   (${(s / mb / perMbFirst).toFixed(2)}× the first size's cost per MB)`,
  );
}
