// Two outlets tell the same exchange in their own words: the record keeps one event with two
// sources, on SQLite and on PostgreSQL alike, and a different exchange stays apart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { extract } from '../../src/pipeline/extract.js';
import { openStore } from '../../src/record/store.js';
import type { Store } from '../../src/record/types.js';
import { createPgDatabase, dropPgDatabase, pgAvailable } from '../support/pg.js';

const kb = loadKnowledge();

const WIRE = `Kenya and Tanzania pledge to end trade rows
NAIROBI, May 5 (Wire) - Kenyan President Uhuru Kenyatta received Tanzanian President Samia Suluhu Hassan at State House in Nairobi on Tuesday, where the two leaders agreed to remove barriers to trade.`;

const PAPER = `Samia in Nairobi
Tanzania's head of state Samia Suluhu Hassan held talks with President Uhuru Kenyatta in the Kenyan capital on May 4, 2021, her office said. The pair discussed gas pipelines and cross-border trucking.`;

const OTHER = `Ruto meets Museveni
Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on February 10, 2023.`;

const dbs: string[] = [];
const temps: string[] = [];
afterAll(async () => {
  for (const url of dbs) await dropPgDatabase(url).catch(() => {});
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

const targets: Array<{ name: string; open: () => Promise<Store | null> }> = [
  {
    name: 'SQLite',
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'readout-e2e-'));
      temps.push(dir);
      return openStore(join(dir, 'r.db'));
    },
  },
  {
    name: 'PostgreSQL',
    open: async () => {
      if (!(await pgAvailable())) return null;
      const url = await createPgDatabase();
      dbs.push(url);
      return openStore(url);
    },
  },
];

describe.each(targets)('the same exchange from two outlets, on $name', ({ open }) => {
  it('is one event with two sources', async () => {
    const store = await open();
    if (!store) return;
    try {
      const a = extract({ id: 'wire', text: WIRE, published: '2021-05-05', url: 'https://wire.example/1', outlet: 'Wire' }, kb);
      const b = extract({ id: 'paper', text: PAPER, published: '2021-05-06', url: 'https://paper.example/2', outlet: 'Paper' }, kb);
      // Each text on its own tells the meeting.
      for (const x of [a, b]) expect(x.events.some((e) => e.type === 'meeting' && e.participants.length >= 2)).toBe(true);
      await store.ingest(a);
      await store.ingest(b);
      await store.ingest(extract({ id: 'other', text: OTHER, published: '2023-02-11' }, kb));
      const page = await store.timeline({ countries: ['KEN', 'TZA'], status: 'all' });
      const meetings = page.events.filter((e) => e.type === 'meeting');
      expect(meetings).toHaveLength(1);
      expect(meetings[0].date).toMatch(/^2021-05-0[45]$/);
      expect(new Set(meetings[0].sources?.map((s) => s.url))).toEqual(new Set(['https://wire.example/1', 'https://paper.example/2']));
      const stats = await store.stats();
      expect(stats.documents).toBe(3);
      // The Kenya–Uganda meeting is another exchange.
      expect((await store.timeline({ countries: ['KEN', 'UGA'] })).events).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});
