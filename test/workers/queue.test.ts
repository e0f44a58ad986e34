// The queue's own guarantees, in-process: one job per document text, a failed document reported and
// given another chance when enqueued again, the worker carrying on past a document it cannot store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadoutError } from '../../src/errors.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { extract } from '../../src/pipeline/extract.js';
import { openStore } from '../../src/record/store.js';
import { enqueueArticles } from '../../src/workers/enqueue.js';
import { DOCUMENT_QUEUE, documentHash, jobId } from '../../src/workers/job.js';
import {
  batchSizeFromEnv,
  openQueue,
  requirePostgres,
  settingsFromEnv,
  type QueueSettings,
} from '../../src/workers/queue.js';
import { runWorker } from '../../src/workers/worker.js';
import { createPgDatabase, dropPgDatabase, pgAvailable } from '../support/pg.js';

const pgOk = await pgAvailable();
const SETTINGS: QueueSettings = {
  expireInSeconds: 30,
  retryLimit: 0,
  retryDelaySeconds: 0,
  maintenanceSeconds: 5,
};

describe('job keys and settings', () => {
  it('derives one valid UUID per document text, whatever the document id', () => {
    const a = jobId(documentHash({ text: 'Blinken met Qin Gang in Beijing on June 18, 2023.' }));
    const b = jobId(documentHash({ text: 'Blinken met  Qin Gang in Beijing on June 18, 2023. ' }));
    const c = jobId(documentHash({ text: 'Blinken met Wang Yi in Beijing on June 19, 2023.' }));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b).toBe(a); // the record's content hash ignores spacing, and so does the queue
    expect(c).not.toBe(a);
  });

  it('refuses a SQLite path in one line', () => {
    expect(() => requirePostgres('./readout.db', 'worker')).toThrow(ReadoutError);
    expect(() => requirePostgres('./readout.db', 'worker')).toThrow(/needs a PostgreSQL database/);
    expect(requirePostgres('postgresql://u@h/db', 'worker')).toBe('postgresql://u@h/db');
  });

  it('reads expiry and retry settings from the environment, and rejects nonsense', () => {
    expect(settingsFromEnv({ READOUT_QUEUE_EXPIRE_SECONDS: '7' }).expireInSeconds).toBe(7);
    expect(settingsFromEnv({}).expireInSeconds).toBe(300);
    expect(() => settingsFromEnv({ READOUT_QUEUE_EXPIRE_SECONDS: '0' })).toThrow(
      /READOUT_QUEUE_EXPIRE_SECONDS/,
    );
    expect(() => settingsFromEnv({ READOUT_QUEUE_RETRY_LIMIT: 'two' })).toThrow(/READOUT_QUEUE_RETRY_LIMIT/);
  });

  it('reads the batch size from the environment, and rejects nonsense', () => {
    expect(batchSizeFromEnv({})).toBe(4);
    expect(batchSizeFromEnv({ READOUT_QUEUE_BATCH: '1' })).toBe(1);
    expect(() => batchSizeFromEnv({ READOUT_QUEUE_BATCH: '0' })).toThrow(/READOUT_QUEUE_BATCH/);
    expect(() => batchSizeFromEnv({ READOUT_QUEUE_BATCH: '2.5' })).toThrow(/READOUT_QUEUE_BATCH/);
  });
});

describe.skipIf(!pgOk)('queue on PostgreSQL', () => {
  let url = '';
  beforeAll(async () => {
    url = await createPgDatabase();
  });
  afterAll(async () => {
    if (url) await dropPgDatabase(url);
  });

  const good = {
    id: 'a1',
    text: "Brazil's Foreign Minister Ana Ribeiro met Argentine Foreign Minister Martín Castellano in Buenos Aires on January 3, 2023.",
    published: '2023-01-04',
  };
  // Whitespace only: the record refuses it, so its job fails.
  const bad = { id: 'b1', text: '   \n  ', published: null };

  it('queues each text once, the same text under another id included', async () => {
    const r = await enqueueArticles(url, [good, { ...good, id: 'a2' }, bad], { settings: SETTINGS });
    expect(r).toEqual({ queued: 2, retried: 0, duplicates: 1 });
  });

  it('stores the good document, reports the bad one as failed and carries on', async () => {
    const warnings: string[] = [];
    const summary = await runWorker({
      db: url,
      idleExitSeconds: 0,
      pollSeconds: 0.5,
      settings: SETTINGS,
      warn: (l) => warnings.push(l),
    });
    expect(summary).toMatchObject({ stored: 1, existing: 0, failed: 1 });
    expect(warnings.join('\n')).toMatch(/^failed .* b1: /m);
    const store = await openStore(url);
    expect(await store.hasDocument(good)).toBe(true);
    expect((await store.stats()).documents).toBe(1);
    await store.close();
  });

  it('takes documents in batches and skips, without extracting, those a batch finds stored already', async () => {
    const texts = ['Peru', 'Chile', 'Ghana'].map((c, i) => ({
      id: `c${i}`,
      text: `${c}'s Foreign Minister met the Kenyan foreign minister in Nairobi on March ${i + 2}, 2023.`,
      published: '2023-03-10',
    }));
    // One of them reached the record another way (a plain `readout ingest`) before its job ran.
    const store = await openStore(url);
    await store.ingest(extract(texts[1], loadKnowledge()));
    await enqueueArticles(url, texts, { settings: SETTINGS });
    const lines: string[] = [];
    const summary = await runWorker({
      db: url,
      idleExitSeconds: 0,
      pollSeconds: 0.5,
      batchSize: 3,
      settings: SETTINGS,
      log: (l) => lines.push(l),
    });
    expect(summary).toMatchObject({ stored: 2, existing: 1, failed: 0 });
    expect(lines.filter((l) => l.startsWith('existing '))).toEqual([
      expect.stringMatching(/ c1 0 events, 0 ms extract, 0 ms store$/),
    ]);
    expect((await store.stats()).documents).toBe(4);
    await store.close();
    const q = await openQueue(url, { settings: SETTINGS, supervise: false });
    const states = await Promise.all(
      texts.map(async (t) => (await q.boss.getJobById(DOCUMENT_QUEUE, jobId(documentHash(t))))?.state),
    );
    await q.close();
    expect(states).toEqual(['completed', 'completed', 'completed']);
  });

  it('gives a failed document another chance when it is enqueued again, and only that one', async () => {
    const r = await enqueueArticles(url, [good, bad], { settings: SETTINGS });
    expect(r).toEqual({ queued: 1, retried: 1, duplicates: 1 });
    const q = await openQueue(url, { settings: SETTINGS, supervise: false });
    const job = await q.boss.getJobById(DOCUMENT_QUEUE, jobId(documentHash(bad)));
    await q.close();
    expect(job?.state).toBe('retry');
  });
});
