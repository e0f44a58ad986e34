// The seen-entries table lives in the record's database: both dialects, created once, kept across opens.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeFeedState } from '../../src/ingest/feedState.js';
import { openStore } from '../../src/record/store.js';
import { createPgDatabase, dropPgDatabase, pgAvailable } from '../support/pg.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-feedstate-'));
const pgOk = await pgAvailable();
let pgUrl: string | null = null;
afterAll(async () => {
  if (pgUrl) await dropPgDatabase(pgUrl);
  rmSync(dir, { recursive: true, force: true });
});

describe.each([
  { name: 'sqlite', skip: false, spec: async () => join(dir, 'state.db') },
  { name: 'postgres', skip: !pgOk, spec: async () => (pgUrl = await createPgDatabase()) },
])('feed_items ($name)', ({ skip, spec }) => {
  it.skipIf(skip)('remembers entries across opens, and updates an entry seen again', async () => {
    const where = await spec();
    let store = await openStore(where);
    try {
      const state = await storeFeedState(store);
      expect(await state.seen('https://a.example/1')).toBe(false);
      await state.remember({
        key: 'https://a.example/1',
        feed: 'f',
        url: 'https://a.example/1',
        document: null,
        status: 'gone',
      });
      await state.remember({
        key: 'https://a.example/1',
        feed: 'f',
        url: 'https://a.example/1',
        document: 'doc_1',
        status: 'stored',
      });
      expect(await state.seen('https://a.example/1')).toBe(true);
      expect(await state.seen('https://a.example/2')).toBe(false);
    } finally {
      await store.close();
    }
    store = await openStore(where);
    try {
      const again = await storeFeedState(store); // its migration is already applied: no error
      expect(await again.seen('https://a.example/1')).toBe(true);
      const rows = await store.db
        .selectFrom('feed_items' as never)
        .selectAll()
        .execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ status: 'stored', document_id: 'doc_1' });
    } finally {
      await store.close();
    }
  });
});
