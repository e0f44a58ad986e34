// Export, then import into an empty record: the same events with the same sources come back.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsToCsv } from '../../src/formats/eventCsv.js';
import { eventsToJsonl } from '../../src/formats/jsonl.js';
import { importEventFile } from '../../src/ingest/eventFiles.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { openStore } from '../../src/record/store.js';
import type { Store } from '../../src/record/types.js';
import type { Article, ExchangeEvent } from '../../src/types.js';
import { event, span } from '../record/fixtures.js';
import { createPgDatabase, dropPgDatabase, pgAvailable } from '../support/pg.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = (text: string, sentence: string) => [span(text, sentence)];
const base = (over: Partial<ExchangeEvent>) => event({ participants: [], ...over });

const solberg = { name: 'Ingrid Solberg', role: 'Foreign Minister', country: 'NOR', rank: 3 };
const tremblay = { name: 'Marc Tremblay', role: 'Foreign Minister', country: 'CAN', rank: 3 };
const tanabe = { name: 'Aiko Tanabe', role: 'Prime Minister', country: 'JPN', rank: 2 };

const A: Article = {
  id: 'ledger-1',
  text: 'Solberg arrived in Ottawa on Tuesday for talks, "warm, businesslike" ones.\nShe and Tanabe spoke by phone in June.',
  published: '2024-03-13',
  url: 'https://ledger.example.org/1',
  outlet: 'The Northern Ledger',
};
const B: Article = {
  id: 'wire-7',
  text: 'The Norwegian minister’s trip to Canada, the first in four years, began on March 12.',
  published: '2024-03-14',
  url: 'https://fjordwire.example/7',
  outlet: 'Fjord Wire',
};

const visit = (evidence: ExchangeEvent['evidence']) =>
  base({
    type: 'visit',
    participants: [solberg, tremblay],
    host_country: 'CAN',
    location: { city: 'Ottawa', country: 'CAN' },
    date: '2024-03-12',
    topics: ['Arctic, shipping'],
    tone: 'warm, "businesslike"',
    evidence,
    cameo: '042',
    plover: { event: 'CONSULT', mode: 'visit' },
    goldstein: 1.9,
    rank: 3,
  });

/** Ids differ between records (they derive from where each event was first stored); all else must not. */
function comparable(events: ExchangeEvent[]) {
  return events
    .map(({ id: _id, sources, ...rest }) => ({
      ...rest,
      sources: (sources ?? [])
        .map(({ document: _d, ...s }) => s)
        .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
    }))
    .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
}

// Both databases, like the record's own suite: SQLite files, and throwaway PostgreSQL databases
// when a server answers (skipped with a message otherwise, except in CI).
const pgOk = await pgAvailable();
const pgDatabases: string[] = [];
afterAll(async () => {
  for (const url of pgDatabases) await dropPgDatabase(url);
});
const DIALECTS = [
  { name: 'sqlite', skip: false, spec: async (name: string) => join(dir, `${name}.db`) },
  {
    name: 'postgres',
    skip: !pgOk,
    spec: async () => {
      const url = await createPgDatabase();
      pgDatabases.push(url);
      return url;
    },
  },
];

describe.each(DIALECTS)('export → import round trip through the Store ($name)', ({ skip, spec }) => {
  let source: Store;
  let original: ExchangeEvent[];
  beforeAll(async () => {
    if (skip) return;
    source = await openStore(await spec('source'));
    await source.ingest({
      article: A,
      events: [
        visit(at(A.text, 'Solberg arrived in Ottawa on Tuesday for talks, "warm, businesslike" ones.')),
        base({
          type: 'phone_call',
          participants: [solberg, tanabe],
          date: '2023-06',
          evidence: at(A.text, 'She and Tanabe spoke by phone in June.'),
          rank: 2,
        }),
      ],
      warnings: [],
      coverage: [],
    });
    await source.ingest({ article: B, events: [visit(at(B.text, B.text))], warnings: [], coverage: [] });
    await source.importRecords(
      {
        key: 'historian:x',
        kind: 'state-dept',
        url: 'https://history.example/trips',
        outlet: 'Office of the Historian',
        published: null,
        title: null,
      },
      [base({ type: 'visit', status: 'planned', participants: [tanabe], host_country: 'NOR', date: '2025' })],
    );
    original = await source.events({ status: 'all' });
  });
  afterAll(async () => source?.close());

  it.skipIf(skip)('starts from a record where one exchange has two sources', () => {
    expect(original).toHaveLength(3);
    expect(original.find((e) => e.type === 'visit' && e.status === 'occurred')?.sources).toHaveLength(2);
  });

  for (const [kind, write] of [
    ['jsonl', eventsToJsonl],
    ['csv', eventsToCsv],
  ] as const) {
    it.skipIf(skip)(
      `${kind}: gives the same events and sources, and importing twice adds nothing`,
      async () => {
        const file = join(dir, `export.${kind}`);
        writeFileSync(file, write(original));
        const target = await openStore(await spec(`target-${kind}`));
        try {
          const kb = loadKnowledge();
          const first = await importEventFile(target, kind, file, kb);
          expect(first.created).toBe(3); // the two articles and the Historian's file, rebuilt
          const back = await target.events({ status: 'all' });
          expect(comparable(back)).toEqual(comparable(original));
          const again = await importEventFile(target, kind, file, kb);
          expect(again.created).toBe(0);
          expect((await target.stats()).events).toBe(3);
        } finally {
          await target.close();
        }
      },
    );
  }

  it.skipIf(skip)(
    'stores extract output (no sources) as one document per article, merging what two articles tell',
    async () => {
      const file = join(dir, 'extracted.jsonl');
      const abc = [{ start: 0, end: 3, text: 'abc' }];
      writeFileSync(
        file,
        eventsToJsonl([
          { ...visit(abc), article: '001' },
          { ...visit([{ start: 5, end: 8, text: 'def' }]), article: '002' },
          { ...visit(abc), date: null, participants: [tanabe], host_country: 'NOR' },
        ]),
      );
      const target = await openStore(await spec('loose'));
      try {
        const r = await importEventFile(target, 'jsonl', file, loadKnowledge());
        expect(r).toMatchObject({ documents: 3, added: 2, merged: 1 });
        const events = await target.events();
        const told = events.find((e) => e.date === '2024-03-12')!;
        expect(told.sources).toHaveLength(2);
        expect(told.evidence).toEqual(abc);
      } finally {
        await target.close();
      }
    },
  );

  it.skipIf(skip)('refuses a bad event with the line that holds it', async () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(
      file,
      `${JSON.stringify(visit([]))}\n${JSON.stringify({ ...visit([]), type: 'dinner' })}\n`,
    );
    const target = await openStore(await spec('bad'));
    try {
      await expect(importEventFile(target, 'jsonl', file, loadKnowledge())).rejects.toThrow(
        /bad.jsonl: event 2: type must be/,
      );
      expect((await target.stats()).events).toBe(0);
    } finally {
      await target.close();
    }
  });
});
