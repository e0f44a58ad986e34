#!/usr/bin/env node
// The long fuzz run: the properties of test/reliability/properties.test.ts over 100,000 inputs
// (text, bytes, HTML pages, JSONL batches), against dist/ (run `npm run build` first). Prints cases
// per second and exits 1 with the shrunk counterexample when a property fails. Not a test.
//
//   node bench/fuzz-extract.js [--runs 100000] [--seed N]
//
// Needs ../shared/schema/event.schema.json (the event schema belongs to the shared folder).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { decode } from '../dist/ingest/files.js';
import { htmlToArticle } from '../dist/ingest/html.js';
import { parseBatch } from '../dist/ingest/jsonl.js';
import { loadKnowledge } from '../dist/knowledge/load.js';
import { extract } from '../dist/pipeline/extract.js';
import {
  anyBatch,
  anyBytes,
  anyHtml,
  anyText,
  eventProblems,
  published,
} from '../test/reliability/fuzz-inputs.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA = join(ROOT, '..', 'shared', 'schema', 'event.schema.json');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const RUNS = Number(option('--runs', '100000'));
const SEED = option('--seed', undefined) === undefined ? Date.now() % 2 ** 31 : Number(option('--seed'));

if (!existsSync(SCHEMA)) {
  console.error(`fuzz-extract: ${SCHEMA} is absent (../shared is not here); nothing to check against`);
  process.exit(2);
}
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
const kb = loadKnowledge();

function mustHold(article) {
  const problems = eventProblems(article.text, extract(article, kb).events, validate);
  if (problems.length) throw new Error(problems.join('\n'));
}

// The same mix as the test: mostly text, then pages, batches and raw bytes.
const kinds = [
  [
    'text',
    0.4,
    fc.property(anyText, published, (text, day) => mustHold({ id: 'fuzz', text, published: day })),
  ],
  [
    'html',
    0.2,
    fc.property(anyHtml, (html) => mustHold(htmlToArticle(html, { url: 'https://example.org/n/1' }))),
  ],
  [
    'jsonl',
    0.2,
    fc.property(anyBatch, (text) => {
      for (const l of parseBatch(text)) {
        if (!l.error === !l.article)
          throw new Error(`line ${l.line}: needs exactly one of article and error`);
        if (l.article)
          mustHold(l.html === undefined ? l.article : { ...htmlToArticle(l.html), id: l.article.id });
      }
    }),
  ],
  [
    'bytes',
    0.2,
    fc.property(anyBytes, published, (bytes, day) => {
      const d = decode(bytes);
      if (d.text !== undefined) mustHold({ id: 'bytes', text: d.text, published: day });
      else if (typeof d.error !== 'string') throw new Error('decode gave neither text nor a reason');
    }),
  ],
];

console.log(`fuzz-extract: ${RUNS} cases, seed ${SEED} (rerun with --seed ${SEED})`);
let failed = false;
const started = performance.now();
for (const [name, share, property] of kinds) {
  const runs = Math.round(RUNS * share);
  const t = performance.now();
  const details = fc.check(property, { numRuns: runs, seed: SEED });
  const s = (performance.now() - t) / 1000;
  console.log(
    `${name.padEnd(6)} ${String(details.numRuns).padStart(7)} cases  ${s.toFixed(1).padStart(7)} s  ` +
      `${(details.numRuns / s).toFixed(0).padStart(6)} cases/s  ${details.failed ? 'FAILED' : 'ok'}`,
  );
  if (details.failed) {
    failed = true;
    console.log(`  counterexample: ${JSON.stringify(details.counterexample)}`);
    console.log(
      `  ${String(details.errorInstance?.message ?? details.error)
        .split('\n')
        .join('\n  ')}`,
    );
  }
}
console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
