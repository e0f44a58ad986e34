#!/usr/bin/env node
// Curation aid, run by hand: compares knowledge/officials.jsonl with the Office of the Historian's
// record of foreign leaders' visits to the US (visits/data/*.xml, CC0). For every visit since 2000
// whose visitor the knowledge names, it prints the ones that fall outside all of that person's
// terms (a likely wrong date), and it counts visitors the knowledge does not know, by country.
//   node tools/knowledge/check-visits.mjs [ANCHORS_DIR] [--since YYYY]
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const sinceAt = args.indexOf('--since');
const since = sinceAt >= 0 ? args.splice(sinceAt, 2)[1] : '2000';
const anchors = args[0] ?? join(root, '..', 'shared', 'data', 'anchors');
const dir = join(anchors, 'state-dept-historian', 'visits', 'data');

const norm = (s) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const officials = readFileSync(join(root, 'knowledge', 'officials.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const phrases = JSON.parse(readFileSync(join(root, 'knowledge', 'offices.json'), 'utf8'))
  .offices.flatMap((o) => o.phrases)
  .sort((a, b) => b.length - a.length);
const byName = new Map();
for (const o of officials)
  for (const n of [o.name, ...o.aliases]) byName.set(norm(n), [...(byName.get(norm(n)) ?? []), o]);

const lo = (d) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const hi = (d) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
const inTerm = (o, date) => o.terms.some((t) => lo(t.start) <= date && (t.end === null || hi(t.end) >= date));

/** "Prime Minister Kyriakos Mitsotakis" → "Kyriakos Mitsotakis": drops leading titles and honorifics. */
function stripTitle(visitor) {
  let s = visitor
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .replace(/,.*$/, '')
    .trim();
  for (let changed = true; changed;) {
    changed = false;
    const low = norm(s);
    for (const p of [
      ...phrases,
      'interim',
      'acting',
      'transitional',
      'his majesty',
      'her majesty',
      'sheikh',
      'general',
      'dr.',
      'mr.',
      'mrs.',
      'the',
      'and',
      'of',
      'designate',
      'president-elect',
      'prime minister-designate',
      'crown',
      'federal',
      'his royal highness',
      'royal highness',
      'highness',
      'king',
      'queen',
      'amir',
      'chief',
      'field marshal',
      'state',
    ]) {
      if (low.startsWith(p + ' ')) {
        s = s.slice(p.length + 1).trim();
        changed = true;
        break;
      }
    }
  }
  return s;
}

let known = 0;
const outside = [];
const unknown = new Map();
for (const f of readdirSync(dir).filter((x) => x.endsWith('.xml'))) {
  for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/<visit>([\s\S]*?)<\/visit>/g)) {
    const get = (t) =>
      (new RegExp(`<${t}[^>]*>([\\s\\S]*?)</${t}>`).exec(m[1])?.[1] ?? '').replace(/\s+/g, ' ').trim();
    const date = get('start-date');
    if (date < since) continue;
    const visitor = get('visitor');
    const name = stripTitle(visitor);
    const found = byName.get(norm(name)) ?? [];
    if (!found.length) {
      const c = get('from');
      unknown.set(c, [...(unknown.get(c) ?? []), `${visitor} ${date}`]);
      continue;
    }
    known++;
    if (!found.some((o) => inTerm(o, date)))
      outside.push(
        `${date} ${visitor} (${get('from')}): outside the terms of ${found.map((o) => o.id).join(', ')}`,
      );
  }
}
console.log(
  `${known} visits since ${since} by people in the knowledge; ${outside.length} outside their terms:`,
);
for (const line of outside) console.log(`  ${line}`);
const missing = [...unknown.entries()].sort((a, b) => b[1].length - a[1].length);
console.log(
  `${missing.reduce((n, [, v]) => n + v.length, 0)} visits by people not in the knowledge; by country:`,
);
for (const [c, v] of missing) console.log(`  ${c}: ${v.length} (${v.slice(0, 3).join('; ')})`);
