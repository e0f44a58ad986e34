// Property tests: whatever text, bytes, HTML or JSONL arrives, reading and extraction never throw,
// every event is valid against the shared event schema, and every evidence span is exactly the text
// at its offsets. 2,000 cases here; bench/fuzz-extract.js runs 100,000 against dist/.
// The schema belongs to ../shared; without it these tests skip (and say so).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadoutError } from '../../src/errors.js';
import { decode } from '../../src/ingest/files.js';
import { htmlToArticle } from '../../src/ingest/html.js';
import { parseBatch } from '../../src/ingest/jsonl.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { extract } from '../../src/pipeline/extract.js';
import { openStore, type RecordStore } from '../../src/record/store.js';
import type { Article } from '../../src/types.js';
import {
  anyBatch,
  anyBytes,
  anyHtml,
  anyString,
  anyText,
  eventProblems,
  published,
  type SchemaCheck,
} from './fuzz-inputs.js';

const schemaPath = resolve(import.meta.dirname, '../../../shared/schema/event.schema.json');
const haveSchema = existsSync(schemaPath);
if (!haveSchema) console.warn(`skipping property tests: ${schemaPath} is absent (../shared is not here)`);

let validate: SchemaCheck;
const kb = () => loadKnowledge();

beforeAll(() => {
  if (!haveSchema) return;
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  kb(); // loaded once, outside the first property's cases
});

/** Extracts and returns the problems with the result; an exception propagates and fails the case. */
function extractProblems(article: Article): string[] {
  const x = extract(article, kb());
  return eventProblems(article.text, x.events, validate);
}

const seed = Number(process.env.FUZZ_SEED) || undefined; // reproduce a failure: FUZZ_SEED=… npx vitest …

describe.skipIf(!haveSchema)('extract never fails and keeps its evidence exact', () => {
  it('on any text, with or without a publication date (800 cases)', () => {
    fc.assert(
      fc.property(anyText, published, (text, day) => {
        expect(extractProblems({ id: 'fuzz', text, published: day })).toEqual([]);
      }),
      // Found by bench/fuzz-extract.js: a year before 1000 came out with fewer than four digits.
      {
        numRuns: 800,
        seed,
        examples: [[' in 0000 June 18 Antony Blinken met Wang Yi in Beijing on Monday. ', '1970-01-01']],
      },
    );
  });

  it('on any bytes read as a file would be (300 cases)', () => {
    fc.assert(
      fc.property(anyBytes, published, (bytes, day) => {
        const d = decode(bytes);
        // Either a reason the file is refused or text — never both, never neither.
        expect(typeof d.error === 'string' || typeof d.text === 'string').toBe(true);
        expect(d.error !== undefined && d.text !== undefined).toBe(false);
        if (d.text === undefined) return;
        expect(d.text.trim()).not.toBe('');
        if (d.warning) expect(d.text).toContain('\ufffd');
        expect(extractProblems({ id: 'bytes', text: d.text, published: day })).toEqual([]);
      }),
      { numRuns: 300, seed },
    );
  });

  it('on any HTML page, nested, broken or hostile (400 cases)', () => {
    fc.assert(
      fc.property(anyHtml, (html) => {
        const a = htmlToArticle(html, { url: 'https://example.org/news/1' });
        expect(typeof a.text).toBe('string');
        expect(a.published === null || /^\d{4}-\d{2}-\d{2}$/.test(a.published)).toBe(true);
        expect(extractProblems(a)).toEqual([]);
      }),
      { numRuns: 400, seed },
    );
  });

  it('on any JSONL batch: each non-blank line read or named by number, the rest extracted (300 cases)', () => {
    fc.assert(
      fc.property(anyBatch, (text) => {
        const lines = text.split('\n');
        const out = parseBatch(text);
        expect(out.map((l) => l.line)).toEqual(lines.flatMap((l, i) => (l.trim() ? [i + 1] : [])));
        for (const l of out) {
          expect(!!l.error !== !!l.article).toBe(true);
          if (!l.article) continue;
          expect(l.article.published === null || /^\d{4}-\d{2}-\d{2}$/.test(l.article.published)).toBe(true);
          const a = l.html === undefined ? l.article : { ...htmlToArticle(l.html), id: l.article.id };
          expect(extractProblems(a)).toEqual([]);
        }
      }),
      { numRuns: 300, seed },
    );
  });
});

describe.skipIf(!haveSchema)('the store takes any extraction whole (200 cases)', () => {
  let store: RecordStore;
  beforeAll(async () => {
    store = await openStore(':memory:');
  });
  afterAll(async () => store?.close());

  it('stores each document once, its events valid and their sources exact', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, published, async (text, day) => {
        const x = extract({ id: 'fuzz', text, published: day }, kb());
        let first;
        try {
          first = await store.ingest(x);
        } catch (err) {
          // The one refusal allowed: a document with no text, as a user's mistake.
          expect(err).toBeInstanceOf(ReadoutError);
          expect((err as ReadoutError).code).toBe('READOUT_BAD_INPUT');
          expect(text.trim()).toBe('');
          return;
        }
        expect(first.events.length).toBe(x.events.length);
        const again = await store.ingest(x);
        expect(again.created).toBe(false);
        expect(again.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
        for (const e of first.events) {
          expect(validate(e), JSON.stringify(validate.errors)).toBe(true);
          const mine = e.sources?.find((s) => s.document === first.document);
          expect(mine).toBeDefined();
          expect(eventProblems(text, [{ evidence: mine!.evidence }], () => true)).toEqual([]);
        }
      }),
      { numRuns: 200, seed },
    );
    const docs = await store.db
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const hashes = await store.db
      .selectFrom('documents')
      .select((eb) => eb.fn.count('content_hash').distinct().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(docs.n)).toBe(Number(hashes.n)); // none doubled
  });

  it('answers any country or date string with events or a bad-input error, never SQL (100 cases)', async () => {
    const before = await store.stats();
    await fc.assert(
      fc.asyncProperty(anyString, fc.option(anyString), async (country, since) => {
        let page;
        try {
          page = await store.timeline({ countries: [country], since, status: 'all' });
        } catch (err) {
          expect(err).toBeInstanceOf(ReadoutError);
          expect((err as ReadoutError).code).toBe('READOUT_BAD_INPUT');
          return;
        }
        // Only a stored code can match; quotes, comments and wildcards match nothing.
        for (const e of page.events)
          expect([e.host_country, ...e.participants.map((p) => p.country)]).toContain(country.trim().toUpperCase());
      }),
      {
        numRuns: 100,
        seed,
        examples: [
          ["USA' OR '1'='1", null],
          ['%', "2023' --"],
          ['*', '2023; drop table events'],
        ],
      },
    );
    expect(await store.stats()).toEqual(before);
  });
});
