// `readout ask highest-ranking|silence` read only the slice of the record a question needs; their
// answers must equal the pure functions' over the pair's whole material, dates implied by an
// event's own evidence included (one moves from 2021 into the window asked about).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inferDisputedDates } from '../../src/analysis/anchored-dates.js';
import { highestRanking } from '../../src/analysis/highest-ranking.js';
import { silence } from '../../src/analysis/silence.js';
import { readMaterial } from '../../src/cli/record-material.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { ExchangeEvent } from '../../src/types.js';
import { event, person } from '../record/fixtures.js';
import { cliIn } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-ask-slices-'));
const db = join(dir, 'r.db');
const readout = cliIn(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const said = (text: string) => [{ start: 0, end: text.length, text }];
const EVENTS: ExchangeEvent[] = [
  event({
    type: 'visit',
    host_country: 'CHN',
    date: '2017-11-08',
    participants: [person('Donald Trump', 'USA', 1)],
    evidence: said('Trump visited Beijing on 8 November 2017.'),
  }),
  event({
    type: 'visit',
    host_country: 'CHN',
    date: '2018-10-08',
    participants: [person('Mike Pompeo', 'USA', 3), person('Wang Yi', 'CHN', 3)],
    evidence: said('Pompeo met Wang Yi in Beijing on 8 October 2018.'),
  }),
  event({
    type: 'phone_call',
    date: '2020-05-02',
    participants: [person('Mike Pompeo', 'USA', 3), person('Wang Yi', 'CHN', 3)],
    evidence: said('Pompeo called Wang Yi on 2 May 2020.'),
  }),
  // Filed under 2021; its own words put it weeks after the invasion of Ukraine, in 2022.
  event({
    type: 'visit',
    host_country: 'CHN',
    date: '2021-03-10',
    participants: [person('Antony Blinken', 'USA', 3), person('Wang Yi', 'CHN', 3)],
    evidence: said('Blinken visited Beijing weeks after Russia invaded Ukraine.'),
  }),
  // The stored record's latest date is another pair's.
  event({
    date: '2021-06-01',
    participants: [person('Antony Blinken', 'USA', 3), person('Jean-Yves Le Drian', 'FRA', 3)],
    evidence: said('Blinken met Le Drian on 1 June 2021.'),
  }),
  event({
    type: 'visit',
    status: 'planned',
    host_country: 'CHN',
    date: '2019-04',
    participants: [person('Mike Pompeo', 'USA', 3)],
    evidence: said('Pompeo planned a trip to Beijing in April 2019.'),
  }),
];

beforeAll(async () => {
  const file = join(dir, 'events.jsonl');
  writeFileSync(file, EVENTS.map((e) => JSON.stringify(e)).join('\n'));
  const r = await readout('import', 'jsonl', file, '--db', db);
  expect(r.code, r.err).toBe(0);
});

async function whole() {
  const m = await readMaterial(db, ['USA', 'CHN']);
  return { events: inferDisputedDates(m.events, loadKnowledge()), coverage: m.coverage };
}

/** `readout ask QUESTION USA CHN [--flag value]… --format json` on the test record. */
const ask = (question: string, flags: Record<string, string | null> = {}) =>
  readout(
    'ask',
    question,
    'USA',
    'CHN',
    ...Object.entries(flags).flatMap(([k, v]) => (v ? [`--${k}`, v] : [])),
    '--db',
    db,
    '--format',
    'json',
  );

describe('readout ask over slices of the record', () => {
  it('highest-ranking answers as over the whole material, a date implied by its evidence included', async () => {
    const m = await whole();
    for (const since of [null, '2022', '2018-10-09']) {
      const r = await ask('highest-ranking', { since });
      expect(r.code, r.err).toBe(0);
      expect(r.out).toBe(
        `${JSON.stringify(highestRanking(m.events, m.coverage, { visitor: 'USA', host: 'CHN', since, until: null }))}\n`,
      );
    }
    const r = await ask('highest-ranking', { since: '2022' });
    expect(JSON.parse(r.out).answer.visits.map((v: { date: string }) => v.date)).toEqual(['2022-03-10']);
  });

  it('silence counts days to the latest date of either country, taken at implied dates', async () => {
    const m = await whole();
    for (const [since, asOf] of [
      [null, null],
      ['2019', null],
      [null, '2023-01-01'],
    ]) {
      const r = await ask('silence', { since, 'as-of': asOf });
      expect(r.code, r.err).toBe(0);
      expect(r.out).toBe(
        `${JSON.stringify(silence(m.events, m.coverage, { a: 'USA', b: 'CHN', since, until: null, asOf }))}\n`,
      );
    }
    const r = await ask('silence');
    expect(JSON.parse(r.out).answer.as_of).toBe('2022-03-10');
  });
});
