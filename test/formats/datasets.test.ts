// ICEWS and GDELT 2.0 rows of our own making, in the layouts their codebooks document.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dedupeMirrored, normalizeCameo, rowToEvent } from '../../src/formats/dyadic.js';
import { GDELT_COLUMNS, readGdelt } from '../../src/formats/gdelt.js';
import { ICEWS_COLUMNS, readIcews } from '../../src/formats/icews.js';
import { importEventFile } from '../../src/ingest/eventFiles.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { openStore } from '../../src/record/store.js';

const kb = loadKnowledge();
const codes = kb.knowledge.codes;
const dir = mkdtempSync(join(tmpdir(), 'readout-datasets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type IcewsRow = Partial<Record<(typeof ICEWS_COLUMNS)[number], string>>;
const icews = (rows: IcewsRow[]) =>
  [ICEWS_COLUMNS.join('\t'), ...rows.map((r) => ICEWS_COLUMNS.map((c) => r[c] ?? '').join('\t'))].join('\n') +
  '\n';

const blinkenVisit: IcewsRow = {
  'Event ID': '9001',
  'Event Date': '2023-06-18',
  'Source Name': 'Antony Blinken',
  'Source Sectors': 'Executive,Government',
  'Source Country': 'United States',
  'Event Text': 'Make a visit',
  'CAMEO Code': '042',
  Intensity: '1.9',
  'Target Name': 'Government (China)',
  'Target Sectors': 'Government',
  'Target Country': 'China',
  'Story ID': 'S1',
  Publisher: 'Example Wire',
  City: 'Beijing',
  Country: 'China',
  Latitude: '39.9',
  Longitude: '116.4',
};
// The same trip told from the host's side (043), as ICEWS codes both directions.
const chinaHosts: IcewsRow = {
  ...blinkenVisit,
  'Event ID': '9002',
  'Source Name': 'Government (China)',
  'Source Sectors': 'Government',
  'Source Country': 'China',
  'CAMEO Code': '043',
  Intensity: '2.8',
  'Target Name': 'Antony Blinken',
  'Target Sectors': 'Executive,Government',
  'Target Country': 'United States',
};

describe('ICEWS', () => {
  it('maps a visit and its mirrored hosting row to one visit, host = the side visited', () => {
    const r = readIcews(icews([blinkenVisit, chinaHosts]), { kb, codes });
    expect(r.rows).toBe(2);
    expect(r.exchanges).toBe(2);
    expect(r.batches).toHaveLength(1);
    const [e] = r.batches[0].events;
    expect(r.batches[0].events).toHaveLength(1);
    expect(e).toMatchObject({
      type: 'visit',
      status: 'occurred',
      host_country: 'CHN',
      date: '2023-06-18',
      cameo: '042',
      goldstein: 1.9,
    });
    expect(e.participants[0]).toEqual({
      name: 'Antony Blinken',
      role: 'Secretary of State',
      country: 'USA',
      rank: 3,
    });
    expect(e.participants[1]).toMatchObject({ name: null, country: 'CHN' });
    expect(e.plover).toEqual({ event: 'CONSULT', mode: 'visit' });
    expect(e.location).toMatchObject({ city: 'Beijing', country: 'CHN', lat: 39.9 });
    expect(r.batches[0]).toMatchObject({ key: 'icews:S1', outlet: 'Example Wire', published: '2023-06-18' });
  });

  it('skips rows that are not exchanges, or not between officials of two countries', () => {
    const rows: IcewsRow[] = [
      { ...blinkenVisit, 'CAMEO Code': '190' }, // fighting: not an exchange, silently ignored
      { ...blinkenVisit, 'Source Name': 'Citizen (United States)', 'Source Sectors': 'Social' },
      { ...blinkenVisit, 'Target Country': 'United States', 'Target Name': 'Congress (United States)' },
      { ...blinkenVisit, 'Target Country': 'Atlantis' },
      { ...blinkenVisit, 'Event Date': '18/06/2023' },
    ];
    const r = readIcews(icews(rows), { kb, codes });
    expect(r.batches).toEqual([]);
    expect(r.skipped.map((s) => s.line)).toEqual([3, 4, 5, 6]);
    expect(r.skipped[3].reason).toMatch(/not YYYY-MM-DD/);
  });

  it('reads a calls row whose code lost its leading zero', () => {
    expect(normalizeCameo('41')).toBe('041');
    expect(normalizeCameo('190')).toBe('190');
    const r = readIcews(icews([{ ...blinkenVisit, 'CAMEO Code': '41' }]), { kb, codes });
    expect(r.batches[0].events[0]).toMatchObject({ type: 'phone_call', cameo: '041' });
  });
});

/** A GDELT 2.0 event row: 61 columns, values by name. */
function gdeltRow(v: Record<string, string>): string {
  return GDELT_COLUMNS.map((c) => v[c] ?? '').join('\t');
}
const usaMeetsChn = {
  GLOBALEVENTID: '1100000001',
  SQLDATE: '20231115',
  MonthYear: '202311',
  Year: '2023',
  FractionDate: '2023.8712',
  Actor1Code: 'USAGOV',
  Actor1Name: 'UNITED STATES',
  Actor1CountryCode: 'USA',
  Actor1Type1Code: 'GOV',
  Actor2Code: 'CHNGOV',
  Actor2Name: 'CHINA',
  Actor2CountryCode: 'CHN',
  Actor2Type1Code: 'GOV',
  IsRootEvent: '1',
  EventCode: '040',
  EventBaseCode: '040',
  EventRootCode: '04',
  QuadClass: '1',
  GoldsteinScale: '1.0',
  NumMentions: '10',
  NumSources: '2',
  NumArticles: '10',
  AvgTone: '1.5',
  ActionGeo_Type: '3',
  ActionGeo_FullName: 'Woodside, California, United States',
  ActionGeo_CountryCode: 'US',
  ActionGeo_Lat: '37.43',
  ActionGeo_Long: '-122.25',
  DATEADDED: '20231116041500',
  SOURCEURL: 'https://news.example.com/summit',
};

describe('GDELT 2.0', () => {
  it('has the 61 columns of the event table', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(GDELT_COLUMNS[26]).toBe('EventCode');
    expect(GDELT_COLUMNS[60]).toBe('SOURCEURL');
  });

  it('reads CONSULT rows, folds A→B and B→A, and groups by source URL', () => {
    const mirrored = {
      ...usaMeetsChn,
      GLOBALEVENTID: '1100000002',
      Actor1Code: 'CHNGOV',
      Actor1Name: 'CHINA',
      Actor1CountryCode: 'CHN',
      Actor2Code: 'USAGOV',
      Actor2Name: 'UNITED STATES',
      Actor2CountryCode: 'USA',
    };
    const fight = {
      ...usaMeetsChn,
      GLOBALEVENTID: '3',
      EventCode: '190',
      EventBaseCode: '190',
      EventRootCode: '19',
    };
    const business = { ...usaMeetsChn, GLOBALEVENTID: '4', Actor1Type1Code: 'BUS' };
    const text = [usaMeetsChn, mirrored, fight, business].map(gdeltRow).join('\n') + '\n';
    const r = readGdelt(text, { kb, codes });
    expect(r.rows).toBe(4);
    expect(r.exchanges).toBe(2);
    expect(r.skipped).toEqual([{ line: 4, reason: 'Actor1 is BUS, not an official' }]);
    expect(r.batches).toHaveLength(1);
    expect(r.batches[0]).toMatchObject({
      url: 'https://news.example.com/summit',
      outlet: 'news.example.com',
      published: '2023-11-16',
    });
    const [e] = r.batches[0].events;
    expect(r.batches[0].events).toHaveLength(1);
    expect(e).toMatchObject({
      type: 'meeting',
      date: '2023-11-15',
      host_country: 'USA',
      cameo: '040',
      goldstein: 1,
    });
    expect(e.location).toEqual({ city: 'Woodside', country: 'USA', lat: 37.43, lon: -122.25 });
    expect(e.participants.map((p) => [p.name, p.country])).toEqual([
      [null, 'USA'],
      [null, 'CHN'],
    ]);
  });

  it('maps 041 to a call, 043 to a visit hosted by Actor1, 036 to a planned meeting, and organisations by group code', () => {
    const rows = [
      { ...usaMeetsChn, EventCode: '041', EventBaseCode: '041', SOURCEURL: 'https://a.example/1' },
      {
        ...usaMeetsChn,
        EventCode: '043',
        EventBaseCode: '043',
        GoldsteinScale: '2.8',
        SOURCEURL: 'https://a.example/2',
      },
      {
        ...usaMeetsChn,
        EventCode: '036',
        EventBaseCode: '036',
        EventRootCode: '03',
        SOURCEURL: 'https://a.example/3',
      },
      {
        ...usaMeetsChn,
        Actor2Code: 'IGOUNO',
        Actor2CountryCode: '',
        Actor2KnownGroupCode: 'UNO',
        Actor2Type1Code: 'IGO',
        SOURCEURL: 'https://a.example/4',
      },
      { ...usaMeetsChn, EventCode: '045', EventBaseCode: '045', SOURCEURL: 'https://a.example/5' },
    ];
    const r = readGdelt(rows.map(gdeltRow).join('\n'), { kb, codes });
    const events = r.batches.map((b) => b.events[0]);
    expect(events.map((e) => [e.type, e.status, e.cameo])).toEqual([
      ['phone_call', 'occurred', '041'],
      ['visit', 'occurred', '042'],
      ['meeting', 'planned', '036'],
      ['meeting', 'occurred', '040'],
    ]);
    expect(events[1]).toMatchObject({ host_country: 'USA', goldstein: 1.9 }); // stored as 042, with 042's score
    expect(events[1].participants[0].country).toBe('CHN'); // the visitor first
    expect(events[3].participants[1].country).toBe('UNO');
  });

  it('reports rows of the wrong width instead of misreading them', () => {
    const r = readGdelt('1\t2\t3\n', { kb, codes });
    expect(r.skipped[0].reason).toMatch(/3 columns, not the 61/);
  });
});

describe('dedupeMirrored', () => {
  it('keeps apart what differs in day, type or sides', () => {
    const row = {
      code: '040',
      date: '2023-01-01',
      source: { country: 'USA', name: null },
      target: { country: 'CHN', name: null },
      goldstein: 1,
      location: null,
    };
    const a = rowToEvent(row)!;
    const b = rowToEvent({ ...row, date: '2023-01-02' })!;
    const c = rowToEvent({ ...row, code: '041' })!;
    const d = rowToEvent({ ...row, target: { country: 'RUS', name: null } })!;
    expect(dedupeMirrored([a, b, c, d])).toHaveLength(4);
    expect(rowToEvent({ ...row, target: { country: 'USA', name: null } })).toBeNull();
  });
});

describe('readout import into a record', () => {
  it('merges a GDELT row with the ICEWS telling of the same visit as a second source', async () => {
    const store = await openStore(join(dir, 'both.db'));
    try {
      const icewsFile = join(dir, 'events.tsv');
      writeFileSync(icewsFile, icews([blinkenVisit, chinaHosts]));
      const gdeltFile = join(dir, '20230619.export.CSV');
      const gdeltVisit = {
        ...usaMeetsChn,
        SQLDATE: '20230618',
        Actor1Name: 'ANTONY BLINKEN',
        EventCode: '042',
        EventBaseCode: '042',
        ActionGeo_Type: '4',
        ActionGeo_FullName: 'Beijing, Beijing, China',
        SOURCEURL: 'https://news.example.com/blinken-beijing',
      };
      writeFileSync(gdeltFile, gdeltRow(gdeltVisit) + '\n');
      const first = await importEventFile(store, 'icews', icewsFile, kb);
      expect(first).toMatchObject({ rows: 2, documents: 1, created: 1, added: 1 });
      const second = await importEventFile(store, 'gdelt', gdeltFile, kb);
      expect(second).toMatchObject({ documents: 1, created: 1, added: 0, merged: 1 });
      const events = await store.events();
      expect(events).toHaveLength(1);
      expect(events[0].sources?.map((s) => s.outlet).sort()).toEqual(['Example Wire', 'news.example.com']);
      expect((await importEventFile(store, 'gdelt', gdeltFile, kb)).created).toBe(0);
    } finally {
      await store.close();
    }
  });
});
