// The CLI as a user meets it: `node bin/readout.js …` (run `npm run build` first), exit codes and
// the one-line messages checked by hand.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliIn } from '../support/cli.js';
import { parseCsv } from '../../src/formats/csv.js';
import { openStore } from '../../src/record/store.js';
import { event, extraction, person, span } from '../record/fixtures.js';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'readout-cli-'));

const readout = cliIn(dir);

beforeAll(() => {
  if (!existsSync(join(root, 'dist/cli/main.js')))
    throw new Error('dist/ is missing: run `npm run build` before these tests');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readout ingest', () => {
  it('stores a document once: the second run finds it already stored', async () => {
    writeFileSync(
      join(dir, 'story.txt'),
      'Chinese Premier Li Qiang met German Chancellor Olaf Scholz in Berlin on Tuesday.',
    );
    const first = await readout('ingest', 'story.txt', '--published', '2023-06-20', '--db', 'once.db');
    expect(first.code).toBe(0);
    expect(first.err).toMatch(
      /^readout: 1 document: 1 new, 0 already stored, 0 failed; events: \d+ new, \d+ merged/m,
    );
    const second = await readout('ingest', 'story.txt', '--published', '2023-06-20', '--db', 'once.db');
    expect(second.code).toBe(0);
    expect(second.err).toContain('1 document: 0 new, 1 already stored, 0 failed; events: 0 new, 0 merged');
    expect(JSON.parse((await readout('stats', '--db', 'once.db')).out)).toMatchObject({ documents: 1 });
  });

  it('skips bad documents by name, stores the rest, and exits 1', async () => {
    const d = join(dir, 'mixed');
    mkdirSync(join(d, 'sub'), { recursive: true });
    writeFileSync(join(d, 'good.txt'), 'Ruto received Meloni at State House in Nairobi.');
    writeFileSync(join(d, 'empty.txt'), '');
    writeFileSync(join(d, 'sub', 'binary.txt'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0]));
    writeFileSync(
      join(d, 'sub', 'latin1.md'),
      Buffer.concat([Buffer.from('Sommet Macron\u2013'), Buffer.from([0xe9]), Buffer.from('Lula.')]),
    );
    writeFileSync(
      join(d, 'sub', 'batch.jsonl'),
      [
        '{"id":"ok1","text":"Albanese met Widodo.","published":"2023-07-04"}',
        '{"id":"broken",',
        '{"id":"ok2","text":"Kishida called Yoon."}',
      ].join('\n'),
    );
    writeFileSync(join(d, 'notes.pdf'), 'ignored: not a document extension');
    const r = await readout('ingest', 'mixed', '--db', 'mixed.db');
    expect(r.code).toBe(1);
    expect(r.err).toContain('readout: mixed/empty.txt: skipped: empty file');
    expect(r.err).toContain('readout: mixed/sub/binary.txt: skipped: binary file, not text');
    expect(r.err).toContain('readout: mixed/sub/batch.jsonl:2: skipped: not JSON');
    expect(r.err).toMatch(/readout: mixed\/sub\/latin1\.md: invalid UTF-8/);
    expect(r.err).toContain('7 documents: 4 new, 0 already stored, 3 failed');
    expect(r.err).not.toMatch(/good\.txt: mixed\/good\.txt/); // a pipeline warning names the document once
    expect(r.err).not.toContain('notes.pdf');
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(JSON.parse((await readout('stats', '--db', 'mixed.db')).out).documents).toBe(4);
  });

  it('ingests a batch of more than 32 MiB in a child with a capped heap, line by line, bad lines named', async () => {
    const pad = 'x'.repeat(40 << 10);
    const lines = Array.from({ length: 850 }, (_, i) =>
      i === 400
        ? '{"id":"broken",'
        : JSON.stringify({
            id: `big-${i}`,
            text: `Ruto received Meloni at State House in Nairobi on Monday. (Story ${i}.)`,
            published: '2024-03-06',
            padding: pad,
          }),
    );
    writeFileSync(join(dir, 'big.jsonl'), lines.join('\n'));
    const r = await readout('ingest', 'big.jsonl', '--db', 'big.db');
    expect(r.code).toBe(1);
    expect(r.err).toContain('readout: big.jsonl:401: skipped: not JSON');
    expect(r.err).toContain('850 documents: 849 new, 0 already stored, 1 failed');
    expect(JSON.parse((await readout('stats', '--db', 'big.db')).out).documents).toBe(849);
  });

  it('fails in one line on a missing path, an empty folder and a bad date, storing nothing', async () => {
    mkdirSync(join(dir, 'nothing'), { recursive: true });
    const cases: Array<[string[], RegExp]> = [
      [['ingest', 'missing.txt', '--db', 'x.db'], /^readout: missing\.txt: no such file or directory\n$/],
      [
        ['ingest', 'nothing', '--db', 'x.db'],
        /^readout: nothing: no documents in this folder \(looked for .txt, .md, .html, .htm, .jsonl\)\n$/,
      ],
      [
        ['ingest', 'story.txt', '--published', '20/06/2023', '--db', 'x.db'],
        /^readout: --published must be a date YYYY-MM-DD, not "20\/06\/2023"\n$/,
      ],
      [
        ['ingest', 'story.txt', '--published', '2023-02-30', '--db', 'x.db'],
        /^readout: --published must be a date YYYY-MM-DD/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = await readout(...args);
      expect([r.code, r.err], args.join(' ')).toEqual([1, expect.stringMatching(message)]);
    }
    expect(existsSync(join(dir, 'x.db'))).toBe(false);
  });

  it('exits 2 naming the database when it cannot be opened', async () => {
    const r = await readout('ingest', 'story.txt', '--db', join(dir, 'no', 'such', 'dir', 'r.db'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^readout: cannot open SQLite database .*no\/such\/dir\/r\.db: .+\n$/);
    const pg = await readout('stats', '--db', 'postgres://ana:s3cret@127.0.0.1:1/record');
    expect(pg.code).toBe(2);
    expect(pg.err).toMatch(
      /^readout: cannot connect to PostgreSQL at postgres:\/\/ana@127\.0\.0\.1:1\/record: .+\n$/,
    );
    expect(pg.err).not.toContain('s3cret');
  });
});

describe('end to end with the pipeline', () => {
  it('two differently worded reports of one summit make one event with two sources', async () => {
    writeFileSync(
      join(dir, 'tokyo-a.txt'),
      'TOKYO (Wire) — Japanese Prime Minister Fumio Kishida held talks with South Korean President Yoon Suk Yeol in Tokyo on March 16, 2023, their first summit in the Japanese capital in 12 years.\n',
    );
    writeFileSync(
      join(dir, 'tokyo-b.txt'),
      "South Korea's leader Yoon met Kishida at the prime minister's office in Tokyo on Thursday, officials in Seoul said.\n",
    );
    expect(
      (await readout('ingest', 'tokyo-a.txt', '--published', '2023-03-16', '--db', 'tokyo.db')).code,
    ).toBe(0);
    const second = await readout('ingest', 'tokyo-b.txt', '--published', '2023-03-17', '--db', 'tokyo.db');
    expect(second.code).toBe(0);
    expect(second.err).toMatch(/1 merged into stored exchanges/);
    const events = (await readout('timeline', 'Japan', 'KR', '--db', 'tokyo.db', '--format', 'jsonl')).out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const meetings = events.filter((e) => e.type === 'meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0].date).toBe('2023-03-16');
    const told = meetings[0].sources.map((x: { evidence: Array<{ text: string }> }) => x.evidence[0].text);
    expect(told).toHaveLength(2);
    expect(told[0]).toContain('Kishida held talks with South Korean President Yoon');
    expect(told[1]).toContain('Yoon met Kishida');
  });
});

describe('readout timeline, stats and migrate', () => {
  const db = join(dir, 'record.db');
  beforeAll(async () => {
    const s = await openStore(db);
    const t =
      'Blinken met Wang Yi in Beijing on June 19, 2023. Biden and Xi met in Bali on November 14, 2022. A February 2023 trip was postponed. Sullivan met Wang Yi in Vienna in May 2023.';
    await s.ingest(
      extraction('fixture', t, [
        event({
          participants: [
            person('Antony Blinken', 'USA', 3, 'Secretary of State'),
            person('Wang Yi', 'CHN', 3),
          ],
          host_country: 'CHN',
          location: { city: 'Beijing', country: 'CHN' },
          date: '2023-06-19',
          evidence: [span(t, 'Blinken met Wang Yi in Beijing on June 19, 2023.')],
        }),
        event({
          participants: [
            person('Joe Biden', 'USA', 1, 'President'),
            person('Xi Jinping', 'CHN', 1, 'President'),
          ],
          host_country: 'IDN',
          location: { city: 'Bali', country: 'IDN' },
          date: '2022-11-14',
          evidence: [span(t, 'Biden and Xi met in Bali on November 14, 2022.')],
        }),
        event({
          type: 'visit',
          status: 'postponed',
          participants: [person('Antony Blinken', 'USA', 3)],
          host_country: 'CHN',
          date: '2023-02',
          evidence: [span(t, 'A February 2023 trip was postponed.')],
        }),
        event({
          participants: [
            person('Jake Sullivan', 'USA', 3, 'National Security Adviser'),
            person('Wang Yi', 'CHN', 3),
          ],
          host_country: 'AUT',
          date: '2023-05',
          evidence: [span(t, 'Sullivan met Wang Yi in Vienna in May 2023.')],
        }),
      ]),
    );
    await s.close();
  });

  it('prints JSONL events that validate against the shared event schema, in date order', async () => {
    const r = await readout('timeline', 'US', 'China', '--db', db, '--format', 'jsonl');
    expect(r.code).toBe(0);
    const events = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(events.map((e) => e.date)).toEqual(['2022-11-14', '2023-05', '2023-06-19']);
    expect(events[0]).toMatchObject({
      id: expect.stringMatching(/^ev_/),
      sources: [{ url: 'https://example.org/fixture' }],
    });
    const schemaPath = join(root, '../shared/schema/event.schema.json');
    if (!existsSync(schemaPath)) return void console.warn(`SKIP schema check: ${schemaPath} is absent`);
    const ajv = new Ajv2020.default({ strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    for (const e of events) expect(validate(e), JSON.stringify(validate.errors)).toBe(true);
  });

  it('filters by status, period and rank, and accepts names and alpha-2 codes', async () => {
    const dates = async (...args: string[]) =>
      (await readout('timeline', ...args, '--db', db, '--format', 'jsonl')).out
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).date);
    expect(await dates('USA', 'CHN', '--status', 'all')).toEqual([
      '2022-11-14',
      '2023-02',
      '2023-05',
      '2023-06-19',
    ]);
    expect(await dates('United States', 'CN', '--since', '2023-05-20')).toEqual(['2023-05', '2023-06-19']);
    expect(await dates('USA', '--until', '2022')).toEqual(['2022-11-14']);
    expect(await dates('CHN', 'USA', '--max-rank', '1')).toEqual(['2022-11-14']);
    expect(await dates('IDN')).toEqual(['2022-11-14']);
    expect(await dates('USA', 'RUS')).toEqual([]);
  });

  it('prints an aligned table and a CSV with a header', async () => {
    const table = (await readout('timeline', 'USA', 'CHN', '--db', db, '--format', 'table')).out.split('\n');
    expect(table[0]).toMatch(/^DATE\s+TYPE\s+STATUS\s+PLACE\s+PARTICIPANTS$/);
    expect(table[1]).toMatch(
      /^2022-11-14\s+meeting\s+occurred\s+Bali, IDN\s+Joe Biden \(President, USA\); Xi Jinping \(President, CHN\)$/,
    );
    expect(table[1].indexOf('meeting')).toBe(table[3].indexOf('meeting'));
    const csv = parseCsv((await readout('timeline', 'USA', 'CHN', '--db', db, '--format', 'csv')).out);
    expect(csv[0].slice(0, 5)).toEqual(['id', 'date', 'end_date', 'type', 'status']);
    expect(csv.filter((r) => r.length > 1)).toHaveLength(4);
    expect(csv[3][1]).toBe('2023-06-19');
    expect(csv[3].join(',')).toContain('Blinken met Wang Yi in Beijing on June 19, 2023.');
  });

  it('rejects an unknown country and bad options in one line with exit 1', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['timeline', 'USA', 'Atlantis'], /^readout: unknown country "Atlantis"/],
      [
        ['timeline', 'USA', '--max-rank', '0'],
        /^readout: --max-rank must be a whole number from 1 to 7, not "0"\n$/,
      ],
      [
        ['timeline', 'USA', '--status', 'rumoured'],
        /^readout: status must be one of occurred, planned, postponed, cancelled, declined or all\n$/,
      ],
      [
        ['timeline', 'USA', '--since', 'last year'],
        /^readout: since must be YYYY, YYYY-MM or YYYY-MM-DD, not "last year"\n$/,
      ],
      [
        ['timeline', 'USA', '--format', 'xml'],
        /^readout: --format must be one of jsonl, table, csv, not "xml"\n$/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = await readout(...args, '--db', db);
      expect([r.code, r.err], args.join(' ')).toEqual([1, expect.stringMatching(message)]);
    }
  });

  it('counts the record as JSON or a table', async () => {
    const s = JSON.parse((await readout('stats', '--db', db)).out);
    expect(s).toMatchObject({
      documents: 1,
      events: 4,
      sources: 4,
      by_status: { occurred: 3, postponed: 1 },
      first_date: '2022-11-14',
      last_date: '2023-06-19',
    });
    expect((await readout('stats', '--db', db, '--format', 'table')).out).toMatch(
      /^documents\s+1\nevents\s+4\n/,
    );
  });

  it('migrates a new database, then reports it up to date', async () => {
    const fresh = join(dir, 'fresh.db');
    const first = await readout('migrate', '--db', fresh);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(
      /applied 0001_initial, 0002_coverage_scope, 0003_timeline_index, 0004_question_index, 0005_since_index/,
    );
    expect((await readout('migrate', '--db', fresh)).out).toMatch(/: up to date \(6 migrations\)\n$/);
  });
});
