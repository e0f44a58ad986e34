// StoreWriter: Store.ingestMany in a thread of its own (readout ingest into SQLite while the main
// thread extracts). It stores what the main thread's own store would, in the order sent; a document
// the store refuses is that document's error; a database that cannot be opened is named; a thread
// that is gone fails what was sent, and nothing half-written is left. Runs the built thread
// (`npm run build` first): the worker loads dist/record/store-thread.js.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_THREAD_FROM_BYTES, storeOptions } from '../../src/cli/commands/ingest.js';
import { openStore } from '../../src/record/store.js';
import { meeting, person } from './fixtures.js';

const root = resolve(import.meta.dirname, '../..');
const built = join(root, 'dist/record/store-writer.js');
const dir = mkdtempSync(join(tmpdir(), 'readout-store-writer-'));
type Writer = typeof import('../../src/record/store-writer.js').StoreWriter;
let StoreWriter: Writer;

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/record/store-thread.js')))
    throw new Error('dist/ is missing: run `npm run build` before these tests');
  ({ StoreWriter } = (await import(built)) as { StoreWriter: Writer });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scholz = person('Olaf Scholz', 'DEU', 2);
const kishida = person('Fumio Kishida', 'JPN', 2);
const ruto = person('William Ruto', 'KEN', 1);

describe('StoreWriter', () => {
  it('stores batches in the order sent, as the main thread would, and reports each document', async () => {
    const db = join(dir, 'order.db');
    const w = await StoreWriter.open(db);
    const first = meeting('first', scholz, kishida, 5);
    const unknown = meeting('unknown', ruto, kishida, 6);
    (unknown.events[0] as { type: string }).type = 'dinner';
    const retold = { ...meeting('retold', scholz, kishida, 5), article: { ...first.article, id: 'retold' } };
    // Sent before the first is answered: the second batch finds the first stored.
    const [a, b] = await Promise.all([w.ingestMany([first, unknown]), w.ingestMany([retold])]);
    await w.close();
    expect(a[0]).toMatchObject({ created: true, added: 1, merged: 0 });
    expect(a[1]).toBeInstanceOf(Error);
    expect((a[1] as Error).message).toBe('event 1: unknown type "dinner"');
    expect(b[0]).toMatchObject({ created: false });
    const s = await openStore(db);
    try {
      const st = await s.stats();
      expect([st.documents, st.events]).toEqual([1, 1]);
      expect(await s.hasDocument(unknown.article)).toBe(false);
    } finally {
      await s.close();
    }
  });

  it('names the database it cannot open, as opening it in this thread would', async () => {
    const notDb = join(dir, 'not-a-database.db');
    writeFileSync(notDb, 'this is a text file, not SQLite\n'.repeat(100));
    await expect(StoreWriter.open(notDb)).rejects.toMatchObject({
      code: 'READOUT_DATABASE',
      message: expect.stringContaining(notDb),
    });
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    await expect(StoreWriter.open(folder)).rejects.toMatchObject({ code: 'READOUT_DATABASE' });
  });

  it('fails what is sent once the thread is gone, and leaves the record as the last commit left it', async () => {
    const db = join(dir, 'gone.db');
    const w = await StoreWriter.open(db);
    expect((await w.ingestMany([meeting('kept', scholz, kishida, 5)]))[0]).toMatchObject({ created: true });
    await (w as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await expect(w.ingestMany([meeting('late', ruto, kishida, 9)])).rejects.toMatchObject({
      code: 'READOUT_INTERNAL',
      message: expect.stringContaining('store thread'),
    });
    await w.close();
    const s = await openStore(db);
    try {
      expect((await s.stats()).documents).toBe(1);
    } finally {
      await s.close();
    }
  });
});

describe('storeOptions: a store thread when the main thread extracts 32 MiB or more into SQLite', () => {
  const MB = 2 ** 20;
  it("stores in a thread of its own for --jobs 0 (or a large batch's default) on SQLite on 2 cores or more", () => {
    expect(STORE_THREAD_FROM_BYTES).toBe(32 * MB);
    expect(storeOptions('x.db', 0, 32 * MB, 2).writer).toBe(true);
    expect(storeOptions('/data/news.db', 0, 1024 * MB, 8).writer).toBe(true);
  });
  it('not when threads extract, under 32 MiB, on one core, or on PostgreSQL', () => {
    expect(storeOptions('x.db', 1, 100 * MB, 2).writer).toBe(false);
    expect(storeOptions('x.db', 0, 32 * MB - 1, 2).writer).toBe(false);
    expect(storeOptions('x.db', 0, 100 * MB, 1).writer).toBe(false);
    expect(storeOptions('postgres://localhost/test', 0, 100 * MB, 2).writer).toBe(false);
    expect(storeOptions('POSTGRESQL://u@h/db', 0, 100 * MB, 2).writer).toBe(false);
  });
});
