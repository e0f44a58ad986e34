// `readout ingest --jobs N`: extraction in worker threads, storing in input order. The record, the
// messages and the summary are those of a run in the main thread (--jobs 0); a document whose extraction throws, or
// whose thread dies, is named and skipped and the run goes on. Runs the built CLI (`npm run build`
// first): the threads load dist/ingest/extract-worker.js.
//
// Input of less than 1 MiB is extracted in the main thread whatever --jobs says, so the batches here
// carry a padding field the reader ignores, to be large enough for the pool. The worker's failure
// hooks (READOUT_TEST_WORKER_THROW_ON / _EXIT_ON, see src/ingest/extract-worker.ts) act only in
// a pool thread, so seeing them act also shows that the pool ran.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { threadsFor } from '../../src/cli/commands/ingest.js';
import { runCli } from '../support/cli.js';
import { pgAvailable, withPgDatabase } from '../support/pg.js';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'readout-parallel-'));
const readout = (args: string[], env: Record<string, string> = {}) => runCli(dir, args, {}, env);

const PEOPLE = [
  'US Secretary of State Antony Blinken',
  'Chinese Foreign Minister Wang Yi',
  'German Chancellor Olaf Scholz',
  'Indian Prime Minister Narendra Modi',
  'French President Emmanuel Macron',
  'Japanese Prime Minister Fumio Kishida',
  'Kenyan President William Ruto',
  'Italian Prime Minister Giorgia Meloni',
];
const CITIES = ['Beijing', 'Berlin', 'New Delhi', 'Paris', 'Tokyo', 'Nairobi', 'Rome'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** A short wire story; stories i and i + 4 retell one meeting, so merging runs too. */
function story(i: number): string {
  const a = PEOPLE[i % 4];
  const b = PEOPLE[(i % 4) + 4];
  const c = PEOPLE[(i * 3 + 1) % PEOPLE.length];
  return [
    `${a} met ${b} in ${CITIES[i % CITIES.length]} on ${DAYS[i % DAYS.length]}, officials said.`,
    `Earlier, ${c} held a phone call with ${b}. (Story ${i}.)`,
    '',
  ].join('\n');
}

const PAD = 'x'.repeat(36 << 10); // 30 lines make more than 1 MiB
/** JSONL lines: stories with padding; line `broken` is not JSON; ids are b0, b1 … */
function batch(n: number, opts: { broken?: number; copies?: Record<number, number> } = {}): string {
  return Array.from({ length: n }, (_, i) => {
    if (i === opts.broken) return '{"id":"broken",';
    const text = story(opts.copies?.[i] ?? i); // a copy: the same text as an earlier line, another id
    // Every fifth line has no date: its warning must come in its turn.
    const published = i % 5 === 4 ? undefined : `2024-03-${String((i % 27) + 1).padStart(2, '0')}`;
    return JSON.stringify({ id: `b${i}`, text, published, padding: PAD });
  }).join('\n');
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist/ingest/extract-worker.js')))
    throw new Error('dist/ is missing: run `npm run build` before these tests');
  mkdirSync(join(dir, 'in/stories'), { recursive: true });
  cpSync(join(root, 'examples/seed'), join(dir, 'in/seed'), { recursive: true });
  for (let i = 0; i < 12; i++)
    writeFileSync(join(dir, 'in/stories', `s${String(i).padStart(2, '0')}.txt`), story(i + 40));
  writeFileSync(join(dir, 'in/stories/empty.txt'), '');
  // Copies of stories 3 and 7 inside the batch, of a text file's story (s01), and the seed story
  // in examples/seed (article.txt and its batch line): each stored once.
  writeFileSync(
    join(dir, 'in/batch.jsonl'),
    batch(40, { broken: 17, copies: { 20: 3, 21: 7, 33: 3, 34: 41 } }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function record(db: string) {
  const events = await readout(['export', '--format', 'jsonl', '--db', db]);
  const stats = await readout(['stats', '--db', db]);
  expect([events.code, stats.code]).toEqual([0, 0]);
  return { events: events.out, stats: JSON.parse(stats.out) };
}

describe('readout ingest --jobs', () => {
  it('stores the same record, with the same messages in the same order, in the main thread and in 3 beside it', async () => {
    const one = await readout(['ingest', 'in', '--db', 'one.db', '--jobs', '0']);
    const three = await readout(['ingest', 'in', '--db', 'three.db', '--jobs', '3']);
    expect(one.code).toBe(1); // the empty file and the broken line
    expect(one.err).toContain('readout: in/batch.jsonl:18: skipped: not JSON');
    expect(one.err).toContain('readout: in/stories/empty.txt: skipped: empty file');
    expect(one.err).toMatch(/in\/batch\.jsonl:5 \(b4\): no publication date/);
    expect(one.err).toMatch(
      /\d+ documents: \d+ new, 5 already stored, 2 failed; events: \d+ new, [1-9]\d* merged/,
    );
    expect(three).toEqual(one);
    const a = await record('one.db');
    expect(a.stats.documents).toBeGreaterThan(40);
    expect(a.events.split('\n').length).toBeGreaterThan(10);
    expect(await record('three.db')).toEqual(a);

    // Again: nothing new, nothing extracted (no pipeline warning), the same record.
    const again = await readout(['ingest', 'in', '--db', 'three.db', '--jobs', '3']);
    expect(again.code).toBe(1);
    expect(again.err).not.toMatch(/no publication date/);
    expect(again.err).toMatch(/: 0 new, \d+ already stored, 2 failed; events: 0 new, 0 merged/);
    expect(await record('three.db')).toEqual(a);
  });

  it('stores the same record in the main thread and in 3 beside it on PostgreSQL', async () => {
    if (!(await pgAvailable())) return;
    await withPgDatabase((one) =>
      withPgDatabase(async (three) => {
        const a = await readout(['ingest', 'in', '--db', one, '--jobs', '0']);
        const b = await readout(['ingest', 'in', '--db', three, '--jobs', '3']);
        expect(a.code).toBe(1);
        expect(b).toEqual(a);
        expect(await record(three)).toEqual(await record(one));
      }),
    );
  });

  it('names and skips a document whose extraction throws, and stores the others', async () => {
    writeFileSync(join(dir, 'throw.jsonl'), batch(30));
    const r = await readout(['ingest', 'throw.jsonl', '--db', 'throw.db', '--jobs', '2'], {
      READOUT_TEST_WORKER_THROW_ON: 'b12',
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'readout: throw.jsonl:13 (b12): skipped: extraction failed on purpose (READOUT_TEST_WORKER_THROW_ON=b12)\n',
    );
    expect(r.err).toMatch(/30 documents: 29 new, 0 already stored, 1 failed/);
    expect((await record('throw.db')).stats.documents).toBe(29);
  });

  it('reports the document a crashed thread was extracting, and goes on with a new thread', async () => {
    writeFileSync(join(dir, 'crash.jsonl'), batch(30));
    const r = await readout(['ingest', 'crash.jsonl', '--db', 'crash.db', '--jobs', '2'], {
      READOUT_TEST_WORKER_EXIT_ON: 'b5',
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'readout: crash.jsonl:6 (b5): skipped: extraction thread crashed (exit code 7)\n',
    );
    // The article the thread held next went to another thread and was stored.
    expect(r.err).toMatch(/30 documents: 29 new, 0 already stored, 1 failed/);
    expect((await record('crash.db')).stats.documents).toBe(29);
    // Each thread crashing on one article of its own: still no hang, each named once.
    const many = await readout(['ingest', 'crash.jsonl', '--db', 'crash2.db', '--jobs', '3'], {
      READOUT_TEST_WORKER_EXIT_ON: 'b0',
    });
    expect(many.err.match(/skipped: extraction thread crashed/g)).toHaveLength(1);
    expect(many.err).toMatch(/30 documents: 29 new/);
  }, 90_000); // A hang guard: two ingests of 2-3 threads each took ~25 s at load 12.

  it("stores a later copy of a document whose thread crashed, in the copy's turn", async () => {
    // b7 has b5's text and is read while b5 is being extracted (documents are read ahead of the one being stored): it
    // waits for b5's batch to be stored, finds b5 absent, and is extracted and stored itself.
    writeFileSync(join(dir, 'copy.jsonl'), batch(30, { copies: { 7: 5 } }));
    const r = await readout(['ingest', 'copy.jsonl', '--db', 'copy.db', '--jobs', '1'], {
      READOUT_TEST_WORKER_EXIT_ON: 'b5',
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain('readout: copy.jsonl:6 (b5): skipped: extraction thread crashed (exit code 7)\n');
    expect(r.err).toMatch(/30 documents: 29 new, 0 already stored, 1 failed/);
    expect((await record('copy.db')).stats.documents).toBe(29);
  }, 30_000);

  it('runs its threads inside the capped-heap child of a batch over 32 MiB', async () => {
    const pad = 'x'.repeat(40 << 10);
    const lines = batch(850)
      .split('\n')
      .map((l) => l.replace(PAD, pad));
    writeFileSync(join(dir, 'big.jsonl'), lines.join('\n'));
    const r = await readout(['ingest', 'big.jsonl', '--db', 'big.db', '--jobs', '2'], {
      READOUT_TEST_WORKER_THROW_ON: 'b400', // acts only in a pool thread
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain('readout: big.jsonl:401 (b400): skipped: extraction failed on purpose');
    expect(r.err).toMatch(/850 documents: \d+ new, \d+ already stored, 1 failed/);
  });

  it('extracts input under 1 MiB in the main thread whatever --jobs says (no thread to start)', async () => {
    writeFileSync(join(dir, 'small.jsonl'), batch(30).replaceAll(PAD, ''));
    const r = await readout(['ingest', 'small.jsonl', '--db', 'small.db', '--jobs', '3'], {
      READOUT_TEST_WORKER_EXIT_ON: 'b5', // acts only in a pool thread
    });
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/30 documents: 30 new, 0 already stored, 0 failed/);
  });

  it('refuses a --jobs that is not a whole number from 0 to 16, naming the flag, before reading anything', async () => {
    for (const v of ['-1', 'abc', '1.5', '', '17']) {
      const r = await readout(['ingest', 'in', '--db', 'bad.db', '--jobs', v]);
      expect([r.code, r.err], v).toEqual([
        1,
        `readout: --jobs must be a whole number from 0 to 16, not "${v}"\n`,
      ]);
    }
    const q = await readout(['ingest', 'in', '--queue', '--jobs', '2', '--db', 'bad.db']);
    expect([q.code, q.err]).toEqual([1, expect.stringMatching(/^readout: --jobs goes without --queue/)]);
    expect(existsSync(join(dir, 'bad.db'))).toBe(false);
  });
});

describe('what crosses the thread boundary', () => {
  it('an Extraction survives structured clone unchanged (plain objects, no classes or functions)', async () => {
    const { loadKnowledge } = await import('../../src/knowledge/load.js');
    const { extract } = await import('../../src/pipeline/extract.js');
    const kb = loadKnowledge();
    const texts = [
      story(1),
      story(2),
      (await import('node:fs')).readFileSync(join(root, 'examples/seed/article.txt'), 'utf8'),
    ];
    for (const [i, text] of texts.entries()) {
      const article = { id: `a${i}`, text, published: i ? '2023-06-18' : null, url: null };
      const x = extract(article, kb, { trace: true });
      expect(isDeepStrictEqual(structuredClone(article), article)).toBe(true);
      expect(isDeepStrictEqual(structuredClone(x), x), `article ${i}`).toBe(true);
      expect(x.events.length + x.warnings.length).toBeGreaterThan(0);
    }
  });
});

describe('how many threads an input gets', () => {
  const MiB = 2 ** 20;
  it('none under 1 MiB, whatever was asked: the main thread extracts', () => {
    expect(threadsFor(3, true, MiB - 1)).toBe(0);
    expect(threadsFor(1, false, 1000)).toBe(0);
  });
  it('the default below 32 MiB, but none from 32 MiB, so a large batch stays in flat memory', () => {
    expect(threadsFor(1, false, 8 * MiB)).toBe(1);
    expect(threadsFor(2, false, 8 * MiB)).toBe(2);
    expect(threadsFor(1, false, 32 * MiB)).toBe(0);
    expect(threadsFor(2, false, 1024 * MiB)).toBe(0);
  });
  it('as many as --jobs asks for, at any size from 1 MiB; 0 is the main thread', () => {
    expect(threadsFor(3, true, 2 * MiB)).toBe(3);
    expect(threadsFor(2, true, 1024 * MiB)).toBe(2);
    expect(threadsFor(1, true, 1024 * MiB)).toBe(1);
    expect(threadsFor(0, true, 8 * MiB)).toBe(0);
  });
});
