// Crash safety: `readout ingest` killed with SIGKILL at random moments, 20 times, over a folder of
// 20 documents, stored three to a transaction. After every kill the SQLite file passes
// integrity_check and every stored document is whole (as many sources as a clean ingest gives it,
// every event sourced); after a final clean run every document is there once and the record equals
// one built without interruptions. The same, 10 times, over a JSONL batch of the same stories large
// enough (padded past 32 MiB) that a thread of its own stores while the main thread extracts; that
// run stays in one process (READOUT_HEAP_MB=0), so the kill reaches the threads that write.
// Runs the built CLI (`npm run build` first).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { storeOptions } from '../../src/cli/commands/ingest.js';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/readout.js');
const dir = mkdtempSync(join(tmpdir(), 'readout-crash-'));
/** The folder of stories, and the same stories as a batch padded past 1 MiB, stored by a thread. */
const FOLDER = ['ingest', 'docs', '--published', '2023-06-20'];
const BATCH = ['ingest', 'batch.jsonl', '--jobs', '0'];
const PAD = 'x'.repeat(1700 << 10); // a field the reader ignores: 20 lines make more than 32 MiB

const PEOPLE = [
  'US Secretary of State Antony Blinken',
  'Chinese Foreign Minister Wang Yi',
  'German Chancellor Olaf Scholz',
  'Chinese Premier Li Qiang',
  'Indian Prime Minister Narendra Modi',
  'French President Emmanuel Macron',
  'Japanese Prime Minister Fumio Kishida',
  'South Korean President Yoon Suk Yeol',
  'Australian Prime Minister Anthony Albanese',
  'Indonesian President Joko Widodo',
  'Italian Prime Minister Giorgia Meloni',
  'Kenyan President William Ruto',
];
const CITIES = [
  'Beijing',
  'Berlin',
  'New Delhi',
  'Paris',
  'Tokyo',
  'Seoul',
  'Canberra',
  'Jakarta',
  'Rome',
  'Nairobi',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** Twenty wire stories; some retell another's meeting, so merging runs too. */
function corpus(): string[] {
  return Array.from({ length: 20 }, (_, i) => {
    const a = PEOPLE[i % PEOPLE.length];
    const b = PEOPLE[(i * 5 + 3) % PEOPLE.length];
    const c = PEOPLE[(i * 7 + 1) % PEOPLE.length];
    const shared = PEOPLE[i % 4]; // stories 0, 4, 8 … retell one meeting
    return [
      `${a} met ${b} in ${CITIES[i % CITIES.length]} on ${DAYS[i % DAYS.length]}, officials said.`,
      `The two sides discussed trade and security in talks that lasted two hours.`,
      `Earlier, ${c} held a phone call with ${b}.`,
      i % 4 === 0 ? `${shared} also met ${PEOPLE[(i % 4) + 4]} in Berlin on Monday.` : `Story number ${i}.`,
      // A chronology, so each document takes long enough to extract that kills land inside them.
      ...Array.from(
        { length: 8 },
        (_, j) =>
          `On ${DAYS[j % DAYS.length]}, ${PEOPLE[(i + j) % PEOPLE.length]} visited ${CITIES[(i + 2 * j) % CITIES.length]} for talks with ${PEOPLE[(i + j + 5) % PEOPLE.length]}.`,
      ),
      '',
    ].join('\n');
  });
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  err: string;
  ms: number;
  /** ms from the start until the database files first changed (the store opened), if seen. */
  opened: number | null;
  /** ms from the start until the first and the last document was seen stored, when watched. */
  firstDoc: number | null;
  lastDoc: number | null;
}

/** Documents stored so far, read as another process would (0 before the tables exist). */
function storedDocs(db: string): number {
  if (!existsSync(join(dir, db))) return 0;
  try {
    const h = new Database(join(dir, db), { readonly: true, fileMustExist: true });
    try {
      return (h.prepare('select count(*) as n from documents').get() as { n: number }).n;
    } finally {
      h.close();
    }
  } catch {
    return 0; // not migrated yet, or busy
  }
}

/** Size and time of the database and its WAL: a change means the run has reached the record. */
function signature(db: string): string {
  return ['', '-wal']
    .map((x) => join(dir, `${db}${x}`))
    // One stat, which may find nothing: SQLite removes the WAL at a checkpoint between any two calls.
    .map((f) => statSync(f, { throwIfNoEntry: false }))
    .map((st) => (st ? `${st.mtimeMs}:${st.size}` : '-'))
    .join('|');
}

/**
 * Runs `readout ingest docs`; with `killAfter`, sends SIGKILL that many ms after the database
 * first changes (loading knowledge comes before, and its length varies too much to aim past it);
 * with `killAfter` 'stored', as soon as a document is seen stored.
 */
function ingest(
  db: string,
  killAfter?: number | 'stored',
  command = FOLDER,
  watchDocs = killAfter === 'stored',
): Promise<Run> {
  return new Promise((done, fail) => {
    const started = Date.now();
    const before = signature(db);
    let opened: number | null = null;
    let firstDoc: number | null = null;
    let lastDoc: number | null = null;
    let seen = 0;
    const child = spawn(process.execPath, [bin, ...command, '--db', db], {
      cwd: dir,
      // Three documents per transaction: with the usual 256, twenty documents are one commit and no
      // kill could find the record part-way; with three, kills land inside batches and between them.
      // One at a time through the store thread: there, batches are stored while the next are
      // extracted, and the commits of twenty documents fall too close together for kills to find.
      env: {
        ...process.env,
        READOUT_DB: '',
        READOUT_DEBUG: '',
        READOUT_TEST_INGEST_BATCH: command === BATCH ? '1' : '3',
        // Large input runs in a capped-heap child, which a kill of this process would not reach.
        READOUT_HEAP_MB: command === BATCH ? '0' : '',
      },
    });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.stdout.resume();
    let timer: NodeJS.Timeout | undefined;
    const poll = setInterval(() => {
      if (watchDocs && opened !== null) {
        const n = storedDocs(db);
        if (n > seen) {
          seen = n;
          firstDoc ??= Date.now() - started;
          lastDoc = Date.now() - started;
          if (killAfter === 'stored') child.kill('SIGKILL');
        }
      }
      if (opened !== null || signature(db) === before) return;
      opened = Date.now() - started;
      if (typeof killAfter === 'number') timer = setTimeout(() => child.kill('SIGKILL'), killAfter);
    }, 5);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      done({ code, signal, err, ms: Date.now() - started, opened, firstDoc, lastDoc });
    });
  });
}

/** Sources per document (by content hash), and the record's counts. */
function inspect(db: string) {
  const h = new Database(join(dir, db), { readonly: true, fileMustExist: true });
  try {
    const integrity = h.pragma('integrity_check', { simple: true });
    const fk = h.pragma('foreign_key_check') as unknown[];
    const one = (q: string) => (h.prepare(q).get() as { n: number }).n;
    // Killed while migrating: the tables come all at once or not at all, and the next run makes them.
    if (!one("select count(*) as n from sqlite_master where name = 'sources'"))
      return {
        integrity,
        fk,
        perDoc: new Map(),
        documents: 0,
        hashes: 0,
        events: 0,
        sources: 0,
        participants: 0,
        unsourced: 0,
        orphans: 0,
      };
    const perDoc = new Map(
      (
        h
          .prepare(
            'select d.content_hash as hash, count(s.event_id) as n from documents d left join sources s on s.document_id = d.id group by d.id',
          )
          .all() as Array<{ hash: string; n: number }>
      ).map((r) => [r.hash, r.n]),
    );
    return {
      integrity,
      fk,
      perDoc,
      documents: one('select count(*) as n from documents'),
      hashes: one('select count(distinct content_hash) as n from documents'),
      events: one('select count(*) as n from events'),
      sources: one('select count(*) as n from sources'),
      participants: one('select count(*) as n from participants'),
      unsourced: one('select count(*) as n from events where id not in (select event_id from sources)'),
      orphans:
        one('select count(*) as n from sources where event_id not in (select id from events)') +
        one('select count(*) as n from participants where event_id not in (select id from events)') +
        one('select count(*) as n from event_countries where event_id not in (select id from events)'),
    };
  } finally {
    h.close();
  }
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist/cli/main.js')))
    throw new Error('dist/ is missing: run `npm run build` before these tests');
  mkdirSync(join(dir, 'docs'));
  corpus().forEach((text, i) =>
    writeFileSync(join(dir, 'docs', `story-${String(i).padStart(2, '0')}.txt`), text),
  );
  writeFileSync(
    join(dir, 'batch.jsonl'),
    corpus()
      .map((text, i) => JSON.stringify({ id: `story-${i}`, text, published: '2023-06-20', padding: PAD }))
      .join('\n'),
  );
  const bytes = statSync(join(dir, 'batch.jsonl')).size;
  expect(storeOptions('x.db', 0, bytes, 2).writer, 'the batch is large enough for a store thread').toBe(true);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const [KILLS, input, command] of [
  [20, 'a folder, stored by the main thread', FOLDER],
  [10, 'a batch, stored by a thread of its own', BATCH],
] as const)
  it(
    `survives ${KILLS} SIGKILLs during ingest of ${input}: intact, whole documents, none lost, none doubled`,
    { timeout: 900_000 },
    async () => {
      const name = (db: string) => `${command === BATCH ? 'batch-' : ''}${db}`;
      // The record as an uninterrupted ingest builds it, and when its documents are written.
      const clean = await ingest(name('clean.db'), undefined, command, true);
      expect(clean.code, clean.err).toBe(0);
      const reference = inspect(name('clean.db'));
      expect(reference.documents).toBe(20);
      expect(reference.events).toBeGreaterThan(10);
      // The first record is killed from its creation on, anywhere up to a little past the end of a clean
      // run's writes, so some kills miss; later records are migrated first, so they change only at their
      // first document's commit, and their kills land among the documents' writes as the clean run
      // timed them (from its first document to its last), some between documents and some inside one.
      expect(clean.opened).not.toBeNull();
      const writing = (clean.ms - clean.opened!) * 1.1;
      const first = (clean.firstDoc ?? clean.opened!) - clean.opened!;
      const last = (clean.lastDoc ?? clean.ms) - clean.opened!;
      const again = await ingest(name('clean.db'), undefined, command);
      expect(again.err).toContain('20 documents: 0 new, 20 already stored');

      const dbs: string[] = [];
      let db = '';
      let partial = 0;
      // Kills are timed from a clean run's pace, which a loaded machine changes: past KILLS, go on
      // (up to three times as many) until one has found the record part-way.
      let k = 0;
      for (; k < KILLS || (partial === 0 && k < 3 * KILLS); k++) {
        if (!db || (existsSync(join(dir, db)) && inspect(db).documents === 20)) {
          db = name(`killed-${dbs.length}.db`); // a full record has nothing left to interrupt; start another
          // The first record is killed from its creation on; later ones are migrated first, so their
          // kills land among the documents' writes.
          if (dbs.length) expect((await ingest(db, undefined, ['migrate'])).code).toBe(0);
          dbs.push(db);
        }
        // A migrated record first changes at its first document's commit: the kill is timed from there.
        // Through the store thread the twenty documents' commits fall too close together for timed
        // kills to find often: every other kill there comes as soon as a document is seen stored.
        const delay =
          command === BATCH && k % 2
            ? ('stored' as const)
            : dbs.length > 1
              ? Math.random() * Math.max(1, last - first) * 1.2
              : Math.random() * writing;
        const r = await ingest(db, delay, command);
        expect(r.err).not.toMatch(/internal error/);
        if (!existsSync(join(dir, db))) continue; // killed before the database was created
        const s = inspect(db);
        const when = delay === 'stored' ? 'a document stored' : `${delay.toFixed(0)} ms`;
        expect(s.integrity, `after kill ${k} at ${when}`).toBe('ok');
        expect(s.fk).toEqual([]);
        expect(s.orphans).toBe(0);
        expect(s.unsourced).toBe(0);
        expect(s.hashes).toBe(s.documents);
        for (const [hash, n] of s.perDoc)
          expect(n, `document ${hash} after kill ${k}`).toBe(reference.perDoc.get(hash));
        if (s.documents > 0 && s.documents < 20) partial++;
      }
      // Some kills must have found the record part-way, or the test did not test anything.
      console.log(
        `crash test: ${k} kills, ${partial} left a record part-way, over ${dbs.length} database(s)`,
      );
      expect(partial).toBeGreaterThan(0);

      for (const d of dbs) {
        const r = await ingest(d, undefined, command);
        expect(r.code, r.err).toBe(0);
        const s = inspect(d);
        expect(s.integrity).toBe('ok');
        expect({ ...s, perDoc: [...s.perDoc].sort() }).toEqual({
          ...reference,
          perDoc: [...reference.perDoc].sort(),
        });
      }
    },
  );
