// Shared by the server and web tests: a throwaway SQLite record and events made to order.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { openStore } from '../../src/record/store.js';
import type { Store } from '../../src/record/types.js';
import { buildServer, type ServerOptions } from '../../src/server/app.js';
import type { ExchangeEvent, Participant } from '../../src/types.js';
import { event as baseEvent, person as basePerson } from '../record/fixtures.js';

export interface TempRecord {
  store: Store;
  dir: string;
  cleanup: () => Promise<void>;
}

export async function tempRecord(): Promise<TempRecord> {
  const dir = mkdtempSync(join(tmpdir(), 'readout-server-'));
  const store = await openStore(join(dir, 'record.db'));
  return {
    store,
    dir,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The record tests' event builder, with an evidence sentence so the page has something to quote. */
export function event(
  over: Partial<ExchangeEvent> & Pick<ExchangeEvent, 'participants' | 'date'>,
): ExchangeEvent {
  const sentence = over.evidence?.[0]?.text ?? `${over.participants.map((p) => p.name).join(' and ')} met.`;
  return baseEvent({ evidence: [{ start: 0, end: sentence.length, text: sentence }], ...over });
}

const person = (name: string, role: string, country: string, rank: number): Participant =>
  basePerson(name, country, rank, role);

export const BIDEN = person('Joe Biden', 'President', 'USA', 1);
export const XI = person('Xi Jinping', 'President', 'CHN', 1);
export const BLINKEN = person('Antony Blinken', 'Secretary of State', 'USA', 3);
export const WANG = person('Wang Yi', 'Foreign Minister', 'CHN', 3);
export const RAIMONDO = person('Gina Raimondo', 'Secretary of Commerce', 'USA', 4);
export const WANG_WENTAO = person('Wang Wentao', 'Minister of Commerce', 'CHN', 4);
export const LAVROV = person('Sergey Lavrov', 'Foreign Minister', 'RUS', 3);

/** Five US–China exchanges and one US–Russia one, stored as one imported record. */
export async function seedSmallRecord(store: Store): Promise<ExchangeEvent[]> {
  const events = [
    event({ type: 'phone_call', participants: [BIDEN, XI], date: '2021-02-10' }),
    event({
      participants: [BLINKEN, WANG],
      date: '2021-03-18',
      host_country: 'USA',
      location: { city: 'Anchorage', country: 'USA' },
    }),
    event({ type: 'video_call', participants: [BIDEN, XI], date: '2021-11-15' }),
    event({
      participants: [BIDEN, XI],
      date: '2022-11-14',
      host_country: 'IDN',
      location: { city: 'Bali', country: 'IDN' },
    }),
    event({ participants: [RAIMONDO, WANG_WENTAO], date: '2023-05-25', host_country: 'USA' }),
    event({
      participants: [BLINKEN, LAVROV],
      date: '2022-01-21',
      host_country: 'CHE',
      location: { city: 'Geneva', country: 'CHE' },
    }),
    event({
      type: 'visit',
      status: 'planned',
      participants: [person('Janet Yellen', 'Secretary of the Treasury', 'USA', 4)],
      date: '2023',
      host_country: 'CHN',
    }),
  ];
  const r = await store.importRecords(
    {
      key: 'test-fixture',
      kind: 'jsonl',
      url: 'https://example.org/fixture',
      outlet: 'Fixture',
      published: '2023-06-18',
      title: null,
    },
    events,
  );
  return r.events;
}

export async function server(store: Store, over: Partial<ServerOptions> = {}) {
  return buildServer({ store, kb: loadKnowledge(), webRoot: null, today: () => '2023-06-20', ...over });
}
