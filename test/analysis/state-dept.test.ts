// The Office of the Historian reader: small XML of our own in the documented layout, then (when
// ../shared is present) the real files, and the merge of a Historian trip with the news telling it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  countryOf,
  historianCoverage,
  parseHistorianFile,
  readStateDeptDir,
  records,
  splitVisitor,
  tripEvents,
  visitEvents,
} from '../../src/ingest/state-dept.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { openStore } from '../../src/record/store.js';
import { hasShared, SHARED, ev } from '../check/helpers.js';

/** Temp folders this file makes, removed after its tests. */
const made: string[] = [];
const tempDir = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
};
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

const kb = loadKnowledge();
const trip = (id: number, start: string, end: string, country: string, name: string, locale = 'Beijing') => `
  <trip role="secretary" who="blinken-antony-j">
    <id>${id}</id><role>secretary</role><name>Antony John Blinken</name>
    <start-date>${start}</start-date><end-date>${end}</end-date>
    <country id="${country}">${name}</country><locale>${locale}</locale>
    <remarks>Met with President Xi &amp; Foreign Minister Qin.</remarks>
    <created-by>x</created-by><created-datetime>2023-07-01T00:00:00-04:00</created-datetime>
    <last-modified-by>x</last-modified-by><last-modified-datetime/>
  </trip>`;
const TRIPS = `<?xml version="1.0"?><trips>${trip(1, '2023-06-17', '2023-06-19', 'china', 'China')}${trip(2, '2023-06-17', '2023-06-19', 'china', 'China')}${trip(3, '2021-03-17', '2021-03-18', 'korea-south', 'Korea, South', 'Seoul')}${trip(4, '2024-01-01', '2024-01-01', 'atlantis', 'Atlantis')}</trips>`;
const VISITS = `<visits><visit><id>9</id><start-date>2020-01-07</start-date><end-date>2020-01-07</end-date>
  <visitor>Prime Minister Kyriakos Mitsotakis</visitor><from id="greece">Greece</from>
  <description>Official <em>Working</em> Visit.</description><created-by>x</created-by>
  <created-datetime>2021-06-03T09:30:59-04:00</created-datetime><last-modified-by>x</last-modified-by><last-modified-datetime/></visit></visits>`;

describe('Historian XML', () => {
  it('reads records, entities, empty elements and country ids', () => {
    const r = records(TRIPS, 'trip');
    expect(r).toHaveLength(4);
    expect(r[0].remarks).toBe('Met with President Xi & Foreign Minister Qin.');
    expect(r[0]['country@id']).toBe('china');
    expect(r[0]['last-modified-datetime']).toBe('');
    expect(countryOf(kb, 'korea-south', 'Korea, South')).toBe('KOR');
    expect(countryOf(kb, 'china', 'China, People’s Republic of')).toBe('CHN');
    expect(countryOf(kb, 'united-kingdom', 'United Kingdom (Wales)')).toBe('GBR');
    expect(countryOf(kb, 'atlantis', 'Atlantis')).toBeNull();
  });
  it('makes one visit per trip (duplicates folded), traveller ranked, unknown countries skipped', () => {
    const { events, skipped } = tripEvents(kb, TRIPS);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      type: 'visit',
      status: 'occurred',
      host_country: 'CHN',
      date: '2023-06-17',
      end_date: '2023-06-19',
      rank: 3,
    });
    expect(events[0].participants).toEqual([
      { name: 'Antony John Blinken', role: 'Secretary of State', country: 'USA', rank: 3 },
    ]);
    expect(events[1].location).toEqual({ city: 'Seoul', country: 'KOR' });
    expect(skipped).toEqual(['trip 4 (atlantis)']);
  });
  it('makes a visit hosted by the USA for each foreign leader, title split from name', () => {
    const [e] = visitEvents(kb, VISITS).events;
    expect(e.host_country).toBe('USA');
    expect(e.participants[0]).toEqual({
      name: 'Kyriakos Mitsotakis',
      role: 'Prime Minister',
      country: 'GRC',
      rank: 2,
    });
    expect(splitVisitor(kb, 'King Abdullah II', 'JOR')).toMatchObject({
      role: 'King',
      name: 'Abdullah II',
      rank: 1,
    });
    expect(splitVisitor(kb, 'Interim President Juan Guaidó', 'VEN')).toMatchObject({
      role: 'Interim President',
      name: 'Juan Guaidó',
      rank: 1,
    });
  });
  it('states coverage per collection over the years its records span', () => {
    const batches = [
      parseHistorianFile(kb, { path: 'travels/secretary-travels/x.xml', collection: 'travels', xml: TRIPS }),
      parseHistorianFile(kb, { path: 'visits/data/2020.xml', collection: 'visits', xml: VISITS }),
    ];
    const c = historianCoverage(batches);
    expect(c[0].claim).toMatchObject({
      countries: ['USA'],
      since: '2021-03-17',
      until: '2023-06-19',
      visitor: 'USA',
      types: ['visit'],
      offices: ['President', 'Secretary of State'],
    });
    expect(c[1].claim).toMatchObject({ countries: ['USA'], host: 'USA', since: '2020-01-07' });
    expect(batches[0].key).toBe('state-dept:travels/secretary-travels/x.xml');
  });
  it('refuses a folder without the files', () => {
    expect(() => readStateDeptDir(tempDir('sd-'))).toThrow(
      /no Office of the Historian files/,
    );
  });
});

describe.skipIf(!hasShared)('the real Historian files', () => {
  const dir = join(SHARED, 'data', 'anchors', 'state-dept-historian');
  it('parses every trip and visit, Pompeo’s 2018 Beijing trip among them', () => {
    const batches = readStateDeptDir(dir).map((f) => parseHistorianFile(kb, f));
    const trips = batches.filter((b) => b.collection === 'travels');
    const all = trips.flatMap((b) => b.events);
    expect(all.length + trips.flatMap((b) => b.skipped).length).toBeGreaterThan(4200);
    expect(trips.flatMap((b) => b.skipped)).toEqual([]);
    expect(batches.filter((b) => b.collection === 'visits').flatMap((b) => b.skipped).length).toBeLessThan(
      10,
    );
    expect(
      all.some(
        (e) =>
          e.date === '2018-10-08' && e.host_country === 'CHN' && e.participants[0].name?.includes('Pompeo'),
      ),
    ).toBe(true);
  });
});

describe('Historian trip and news story in one record', () => {
  it('are one event with two sources, and importing twice adds nothing', async () => {
    const store = await openStore(join(tempDir('sd-store-'), 'r.db'));
    try {
      const { events } = tripEvents(kb, TRIPS);
      const doc = {
        key: 'state-dept:test.xml',
        kind: 'state-dept',
        url: 'https://history.state.gov/departmenthistory/travels',
        outlet: 'US Office of the Historian',
        published: null,
        title: null,
      };
      await store.importRecords(doc, events);
      const again = await store.importRecords(doc, events);
      expect(again.created).toBe(false);
      const text = 'US Secretary of State Antony Blinken began meetings in Beijing on Sunday.';
      const news = ev(
        {
          type: 'visit',
          date: '2023-06-18',
          host_country: 'CHN',
          location: { city: 'Beijing', country: 'CHN' },
          participants: [{ name: 'Antony Blinken' }],
          evidence: text,
        },
        text,
      );
      delete news.id;
      const r = await store.ingest({
        article: { id: 'n', text, published: '2023-06-18', url: 'https://example.org/n', outlet: 'Example' },
        events: [news],
        warnings: [],
        coverage: [],
      });
      expect(r.events).toHaveLength(1);
      expect(r.events[0].sources).toHaveLength(2);
      expect((await store.stats()).events).toBe(2);
    } finally {
      await store.close();
    }
  });
});
