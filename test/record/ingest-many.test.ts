// Store.ingestMany: several documents written together (on SQLite in one transaction, a savepoint
// each). A document that fails part-way is absent and the others are stored; a process killed
// part-way through a batch leaves the batches committed before it whole and nothing of its own.
// The kill test runs the built store (`npm run build` first), in a child process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/record/store.js';
import type { ExchangeEvent, Participant } from '../../src/types.js';
import { extraction, meeting, person } from './fixtures.js';
import { storeTargets } from './targets.js';

const scholz = person('Olaf Scholz', 'DEU', 2);
const kishida = person('Fumio Kishida', 'JPN', 2);
const ruto = person('William Ruto', 'KEN', 1);
const meloni = person('Giorgia Meloni', 'ITA', 2);

for (const target of await storeTargets('readout-ingest-many-')) {
  describe.skipIf(target.skip)(`ingestMany on ${target.name}`, () => {
    afterAll(target.done);

    it('stores the good documents of a batch and leaves out, whole, one that fails part-way', async () => {
      const s = await target.open();
      try {
        const first = meeting('first', scholz, kishida, 5);
        // Passes the checks made before writing, then fails once its document row is written
        // (a participant that is no object): its savepoint is rolled back, the others are kept.
        const broken = meeting('broken', ruto, meloni, 7);
        (broken.events[0] as ExchangeEvent).participants = [null as unknown as Participant];
        const empty = extraction('empty', '   ', []);
        const retold = meeting('retold', scholz, kishida, 5, 1); // the first meeting, told again
        const copy = { ...first, article: { ...first.article, id: 'copy' } }; // the first text again
        const r = await s.ingestMany([first, broken, empty, retold, copy], { events: false });
        expect(r.map((x) => (x instanceof Error ? 'error' : x.created))).toEqual([
          true,
          'error',
          'error',
          true,
          false,
        ]);
        expect((r[2] as Error).message).toBe('document empty has no text');
        expect(r[3]).toMatchObject({ added: 0, merged: 1 });
        expect(await s.hasDocument(broken.article)).toBe(false);
        const st = await s.stats();
        expect([st.documents, st.events, st.sources]).toEqual([2, 1, 2]);
        expect((await s.events()).flatMap((e) => e.participants.map((p) => p.name))).toEqual([
          'Olaf Scholz',
          'Fumio Kishida',
        ]);
        // The same batch again adds nothing; the broken document still fails alone.
        const again = await s.ingestMany([first, broken, retold]);
        expect(again.map((x) => (x instanceof Error ? 'error' : x.created))).toEqual([false, 'error', false]);
        expect((again[0] as { events: ExchangeEvent[] }).events[0].sources).toHaveLength(2);
        expect((await s.stats()).documents).toBe(2);
      } finally {
        await s.close();
      }
    });
  });
}

describe('ingestMany on SQLite, killed part-way', () => {
  const root = resolve(import.meta.dirname, '../..');
  const dir = mkdtempSync(join(tmpdir(), 'readout-ingest-killed-'));
  beforeAll(() => {
    if (!existsSync(join(root, 'dist/record/store.js')))
      throw new Error('dist/ is missing: run `npm run build` before these tests');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the batch committed before and nothing of the batch it was writing', async () => {
    const db = join(dir, 'killed.db');
    const stories = [
      meeting('a', scholz, kishida, 5),
      meeting('b', ruto, meloni, 7),
      meeting('c', scholz, kishida, 5, 1),
      meeting('d', kishida, meloni, 9),
    ];
    // The child stores a and b, then c and d in a second batch; reading d's evidence (after c and
    // d's document row are written, inside the open transaction) kills it.
    const child = `
      const { openStore } = await import(${JSON.stringify(join(root, 'dist/record/store.js'))});
      const [a, b, c, d] = ${JSON.stringify(stories)};
      const s = await openStore(${JSON.stringify(db)});
      await s.ingestMany([a, b]);
      Object.defineProperty(d.events[0], 'evidence', {
        enumerable: true,
        get() { process.kill(process.pid, 'SIGKILL'); },
      });
      await s.ingestMany([c, d]);
      console.log('not killed');
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8' });
    expect(r.signal, r.stderr).toBe('SIGKILL');
    const s = await openStore(db);
    try {
      for (const x of stories) expect(await s.hasDocument(x.article)).toBe(['a', 'b'].includes(x.article.id));
      const st = await s.stats();
      expect([st.documents, st.events, st.sources, st.participants]).toEqual([2, 2, 2, 4]);
      // Storing the rest now gives the record of an uninterrupted run.
      await s.ingestMany([stories[2], stories[3]]);
      const after = await s.stats();
      expect([after.documents, after.events, after.sources]).toEqual([4, 3, 4]);
    } finally {
      await s.close();
    }
  });
});
