import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import ICAL from 'ical.js';
import { parseCsv, toCsv } from '../../src/formats/csv.js';
import { csvToEvents, eventsToCsv } from '../../src/formats/eventCsv.js';
import { eventsToIcs, foldLine } from '../../src/formats/ics.js';
import { eventsToJsonl, jsonlToEvents } from '../../src/formats/jsonl.js';
import { eventsToPhoenix, PHOENIX_COLUMNS, quadClass } from '../../src/formats/phoenix.js';
import { eventsToPlover } from '../../src/formats/plover.js';
import { eventsToTimelineJs } from '../../src/formats/timelinejs.js';
import { EVENTS } from './fixtures.js';

// Read from ../shared when it is there (the repository does not copy it).
const SCHEMA = resolve(import.meta.dirname, '../../../shared/schema/event.schema.json');
if (!existsSync(SCHEMA)) process.stderr.write(`SKIP event schema check: ${SCHEMA} is absent\n`);

describe('CSV (RFC 4180)', () => {
  it('quotes only what needs quoting and ends records with CRLF', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'x\ny', '']])).toBe('a,"b,c","say ""hi""","x\ny",\r\n');
  });
  it('parses back quoted commas, quotes, newlines, a BOM and LF-only files', () => {
    const rows = [
      ['id', 'text'],
      ['1', 'a, "b"\r\nc'],
      ['2', ''],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
    expect(parseCsv('\ufeffa,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(() => parseCsv('a,"b\n')).toThrow(/unterminated/);
  });
  it('round-trips events exactly', () => {
    const text = eventsToCsv(EVENTS);
    expect(text.split('\r\n')[0].split(',')).toContain('participants');
    expect(csvToEvents(text)).toEqual(EVENTS);
  });
  it('names the row with broken JSON, and rejects a foreign header', () => {
    const text = eventsToCsv(EVENTS.slice(0, 1)).replace('[{""name""', '[{name');
    expect(() => csvToEvents(text)).toThrow(/row 2: column participants/);
    expect(() => csvToEvents('a,b\r\n1,2\r\n')).toThrow(/header lacks/);
  });
});

describe('JSON Lines', () => {
  it('writes one schema event per line and reads them back', () => {
    const text = eventsToJsonl(EVENTS);
    expect(text.trimEnd().split('\n')).toHaveLength(EVENTS.length);
    expect(jsonlToEvents(text)).toEqual(EVENTS);
  });
  it.skipIf(!existsSync(SCHEMA))(
    'writes lines that validate against ../shared/schema/event.schema.json',
    () => {
      const ajv = new Ajv2020.default({ strict: false, allErrors: true });
      const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
      const lines = eventsToJsonl(EVENTS.slice(0, 3)).trimEnd().split('\n');
      for (const line of lines) {
        validate(JSON.parse(line));
        expect(validate.errors ?? []).toEqual([]);
      }
      expect(validate(JSON.parse(eventsToJsonl([{ ...EVENTS[0], date: 'June 2024' }])))).toBe(false);
    },
  );

  it('names a broken line', () => {
    expect(() => jsonlToEvents('{"type":"visit"}\n\n{oops\n')).toThrow(/line 3/);
    expect(() => jsonlToEvents('[1]\n')).toThrow(/line 1 is not an event/);
  });
});

describe('iCalendar (RFC 5545)', () => {
  const now = new Date('2026-01-02T03:04:05.678Z');
  const ics = eventsToIcs(EVENTS, { now });

  it('is parsed back by ical.js with one VEVENT per dated exchange', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    const vevents = cal.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(3); // the undated message cannot go on a calendar
    const visit = new ICAL.Event(vevents[0]);
    expect(visit.uid).toBe('ev_visit1@readout');
    expect(visit.startDate.toString()).toBe('2024-03-12');
    expect(visit.startDate.isDate).toBe(true);
    expect(visit.endDate.toString()).toBe('2024-03-14'); // DTEND is exclusive
    expect(visit.summary).toContain('Ingrid Solberg (NOR)');
    expect(visit.location).toBe('Pearson Building, Ottawa, CAN');
    expect(visit.description).toContain('Topics: Arctic shipping, fisheries; enforcement');
    expect(visit.description).toContain('Tone: warm, "businesslike"');
    expect(vevents[0].getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-01-02T03:04:05Z');
  });

  it('puts a month-precision date on the month’s first day and says so', () => {
    const call = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')[1]);
    expect(call.startDate.toString()).toBe('2023-06-01');
    expect(call.description).toMatch(/known only to the month \(2023-06\)/);
    const plan = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')[2]);
    expect(plan.startDate.toString()).toBe('2025-01-01');
    expect(plan.description).toMatch(/only to the year/);
    expect(plan.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });

  it('uses CRLF and folds every line to at most 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).toContain('\r\n '); // the long description was folded
  });

  it('folds without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    for (const l of folded.split('\r\n')) {
      expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
      expect(l).not.toContain('\ufffd');
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    const e = { ...EVENTS[0], id: 'x', topics: ['a,b;c\\d'], sources: [] };
    const out = eventsToIcs([e], { now }).replace(/\r\n /g, '');
    expect(out).toContain('Topics: a\\,b\\;c\\\\d');
    const parsed = new ICAL.Event(new ICAL.Component(ICAL.parse(out)).getFirstSubcomponent('vevent')!);
    expect(parsed.description).toContain('Topics: a,b;c\\d');
  });
});

// TimelineJS's JSON format as documented (timeline.knightlab.com/docs/json-format.html): a
// timeline has `events` (slides) and an optional `title` slide; a slide's dates are objects with a
// required numeric `year`; `text` holds `headline` and `text`. Unknown keys would be ignored by
// TimelineJS, so the schema forbids them to catch misspellings.
const DATE = {
  type: 'object',
  required: ['year'],
  additionalProperties: false,
  properties: {
    year: { type: 'integer' },
    month: { type: 'integer', minimum: 1, maximum: 12 },
    day: { type: 'integer', minimum: 1, maximum: 31 },
    hour: { type: 'integer' },
    minute: { type: 'integer' },
    second: { type: 'integer' },
    millisecond: { type: 'integer' },
    display_date: { type: 'string' },
  },
};
const TEXT = {
  type: 'object',
  additionalProperties: false,
  properties: { headline: { type: 'string' }, text: { type: 'string' } },
};
const SLIDE_KEYS = [
  'start_date',
  'end_date',
  'text',
  'media',
  'group',
  'display_date',
  'background',
  'autolink',
  'unique_id',
];
const TIMELINEJS_SCHEMA = {
  type: 'object',
  required: ['events'],
  additionalProperties: false,
  properties: {
    title: {
      type: 'object',
      required: ['text'],
      properties: { text: TEXT },
      propertyNames: { enum: SLIDE_KEYS },
    },
    scale: { enum: ['human', 'cosmological'] },
    eras: { type: 'array' },
    events: {
      type: 'array',
      items: {
        type: 'object',
        required: ['start_date', 'text'],
        propertyNames: { enum: SLIDE_KEYS },
        properties: {
          start_date: DATE,
          end_date: DATE,
          text: TEXT,
          group: { type: 'string' },
          unique_id: { type: 'string' },
        },
      },
    },
  },
};

describe('TimelineJS JSON', () => {
  it('validates against the documented format', () => {
    const validate = new Ajv.default({ allErrors: true }).compile(TIMELINEJS_SCHEMA);
    const ok = validate(JSON.parse(JSON.stringify(eventsToTimelineJs(EVENTS, 'Exchanges'))));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(validate({ events: [{ start_date: { year: '2024' }, text: {} }] })).toBe(false); // a string year is not the documented number
  });

  it('has the documented shape: events with start_date {year, month?, day?} and text {headline, text}', () => {
    const t = eventsToTimelineJs(EVENTS, 'Norway & Canada');
    expect(t.title?.text.headline).toBe('Norway &amp; Canada');
    expect(t.events).toHaveLength(3);
    for (const ev of t.events) {
      expect(
        Object.keys(ev).every((k) => ['start_date', 'end_date', 'text', 'group', 'unique_id'].includes(k)),
      ).toBe(true);
      expect(Number.isInteger(ev.start_date.year)).toBe(true);
      expect(typeof ev.text.headline).toBe('string');
      expect(typeof ev.text.text).toBe('string');
    }
    expect(t.events[0].start_date).toEqual({ year: 2024, month: 3, day: 12 });
    expect(t.events[0].end_date).toEqual({ year: 2024, month: 3, day: 13 });
    expect(t.events[0].group).toBe('CAN–NOR');
    expect(t.events[1].start_date).toEqual({ year: 2023, month: 6 }); // no invented day
    expect(t.events[2].start_date).toEqual({ year: 2025 });
    expect(t.events[0].text.text).toContain('&quot;businesslike&quot;');
  });
});

describe('CAMEO TSV (Phoenix layout)', () => {
  const tsv = eventsToPhoenix(EVENTS);
  const rows = tsv
    .trimEnd()
    .split('\n')
    .map((l) => l.split('\t'));
  const col = (r: string[], c: (typeof PHOENIX_COLUMNS)[number]) => r[PHOENIX_COLUMNS.indexOf(c)];

  it('writes the header and one row per day-dated, coded exchange', () => {
    expect(rows[0]).toEqual([...PHOENIX_COLUMNS]);
    expect(rows.every((r) => r.length === PHOENIX_COLUMNS.length)).toBe(true);
    expect(rows).toHaveLength(2); // month- and year-precision and undated events have no Phoenix date
  });
  it('codes a visit from the visitor to the host, with Goldstein and quad class', () => {
    const r = rows[1];
    expect(col(r, 'date8')).toBe('20240312');
    expect([col(r, 'year'), col(r, 'month'), col(r, 'day')]).toEqual(['2024', '3', '12']);
    expect([col(r, 'source'), col(r, 'src_actor'), col(r, 'src_agent')]).toEqual(['NORGOV', 'NOR', 'GOV']);
    expect([col(r, 'target'), col(r, 'tgt_actor')]).toEqual(['CANGOV', 'CAN']);
    expect([col(r, 'code'), col(r, 'root_code'), col(r, 'quad_class'), col(r, 'goldstein')]).toEqual([
      '042',
      '04',
      '1',
      '1.9',
    ]);
    expect(col(r, 'joined_issues')).toBe('Arctic shipping;fisheries; enforcement');
    expect(col(r, 'url')).toBe('https://ledger.example.org/world/norway-ottawa');
  });
  it('gives one row per dyad for three sides, organisations as IGO actors', () => {
    const three = { ...EVENTS[2], date: '2025-02-03' };
    const r = eventsToPhoenix([three])
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'));
    expect(r.map((x) => `${x[5]}>${x[9]}`)).toEqual(['ESPGOV>GHAGOV', 'ESPGOV>IGOUNO', 'GHAGOV>IGOUNO']);
    expect(r.map((x) => x[0])).toEqual(['ev_plan3', 'ev_plan3-2', 'ev_plan3-3']);
  });
  it.each([
    ['010', 0],
    ['036', 1],
    ['046', 1],
    ['125', 3],
    ['161', 4],
  ])('quad class of %s is %i', (code, q) => expect(quadClass(code)).toBe(q));
});

describe('PLOVER JSON', () => {
  const codes = {
    '036': { description: null, goldstein: 4, plover: { event: 'AGREE', mode: null, context: 'diplomatic' } },
  };
  const recs = eventsToPlover(EVENTS, codes);
  it('lists the visitor as source and the host as target', () => {
    expect(recs[0]).toMatchObject({ id: 'ev_visit1', event: 'CONSULT', mode: 'visit', date: '2024-03-12' });
    expect(recs[0].source).toEqual([
      { actorText: 'Foreign Minister Ingrid Solberg', code: 'NOR', sector: 'GOV' },
    ]);
    expect(recs[0].target.map((a) => a.code)).toEqual(['CAN']);
    expect(recs[0].publication).toEqual(['The Northern Ledger', 'Fjord Wire']);
  });
  it('lists every side of a symmetric exchange as source, with the code table’s context', () => {
    expect(recs[1]).toMatchObject({ event: 'CONSULT', mode: 'phone', target: [] });
    expect(recs[1].source.map((a) => a.code)).toEqual(['JPN', 'KOR']);
    expect(recs[1].source[1].actorText).toBe('KOR side');
    expect(recs[2]).toMatchObject({ event: 'AGREE', mode: null, context: ['diplomatic'] });
  });
  it('skips events without a PLOVER code', () => {
    expect(eventsToPlover([{ ...EVENTS[0], status: 'postponed', cameo: null, plover: null }])).toEqual([]);
  });
});
