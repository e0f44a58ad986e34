// `readout check`, `readout ask` and `readout import state-dept` as a user runs them (build first:
// `npm run build`). The seed story is checked with an empty record and after importing a small
// Historian folder of our own making; the scorer in ../shared judges the findings when present.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliIn } from '../support/cli.js';
import { SHARED } from './helpers.js';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'readout-check-cli-'));
const seed = join(root, 'examples/seed/article.txt');
const scorer = join(SHARED, 'tools/score-claims');
const claims = join(SHARED, 'data/seed/claims.jsonl');

const readout = cliIn(dir);

function score(findings: string, history: boolean): string {
  writeFileSync(join(dir, 'f.jsonl'), findings);
  return execFileSync(scorer, [claims, join(dir, 'f.jsonl'), ...(history ? ['--with-history'] : [])], {
    encoding: 'utf8',
  });
}

const trip = (
  id: number,
  who: string,
  role: string,
  name: string,
  date: string,
  end: string,
  country: string,
  label: string,
  city: string,
) =>
  `<trip role="${role}" who="${who}"><id>${id}</id><role>${role}</role><name>${name}</name><start-date>${date}</start-date><end-date>${end}</end-date><country id="${country}">${label}</country><locale>${city}</locale><remarks>r</remarks><created-by>x</created-by><created-datetime>2020-01-01T00:00:00Z</created-datetime><last-modified-by>x</last-modified-by><last-modified-datetime/></trip>`;

beforeAll(() => {
  if (!existsSync(join(root, 'dist/cli/main.js')))
    throw new Error('dist/ is missing: run `npm run build` before these tests');
  const travels = join(dir, 'historian/travels/secretary-travels');
  mkdirSync(travels, { recursive: true });
  writeFileSync(
    join(travels, 'few.xml'),
    `<trips>${trip(1, 'pompeo-michael-r', 'secretary', 'Michael R. Pompeo', '2018-06-14', '2018-06-14', 'china', 'China', 'Beijing')}` +
      `${trip(2, 'pompeo-michael-r', 'secretary', 'Michael R. Pompeo', '2018-10-08', '2018-10-08', 'china', 'China', 'Beijing')}` +
      `${trip(3, 'blinken-antony-j', 'secretary', 'Antony John Blinken', '2023-06-17', '2023-06-19', 'china', 'China', 'Beijing')}</trips>`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readout check', { timeout: 180_000 }, () => {
  it('prints one finding a line for the seed story and never creates a record', async () => {
    const r = await readout('check', seed, '--published', '2023-06-18');
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThanOrEqual(8);
    expect(
      lines.every((f) => f.claim && f.kind && f.verdict && Array.isArray(f.because) && f.explanation),
    ).toBe(true);
    if (existsSync(scorer)) expect(score(r.out, false)).toContain('claims_right=8/8');
    const missing = await readout('check', seed, '--db', 'nothing-here.db');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^readout: no record at nothing-here\.db/);
    expect(existsSync(join(dir, 'nothing-here.db'))).toBe(false);
  });

  it('after importing the Historian, the first-in-five-years claim is supported with the exact gap', async () => {
    const imp = await readout('import', 'state-dept', 'historian', '--db', 'h.db');
    expect(imp.code).toBe(0);
    expect(JSON.parse(imp.out)).toMatchObject({ files: 1, records: 3, documents_created: 2 });
    expect(
      JSON.parse((await readout('import', 'state-dept', 'historian', '--db', 'h.db')).out).documents_created,
    ).toBe(0);
    const r = await readout('check', seed, '--published', '2023-06-18', '--db', 'h.db');
    const c1 = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .find((f) => f.kind === 'first_in_period');
    expect(c1.verdict).toBe('supported');
    expect(c1.explanation).toContain('4 years 8 months');
    if (existsSync(scorer)) expect(score(r.out, true)).toContain('claims_right=8/8');
  });
});

describe('readout ask', { timeout: 180_000 }, () => {
  it('names the longest silence on the seed record, 242 days, and the disputed Rome date', async () => {
    expect((await readout('ingest', seed, '--published', '2023-06-18', '--db', 'seed.db')).code).toBe(0);
    const r = await readout(
      'ask',
      'silence',
      'USA',
      'CHN',
      '--since',
      '2021-01-20',
      '--db',
      'seed.db',
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.answer.longest).toMatchObject({
      days: 242,
      from: { date: '2021-03-18' },
      to: { date: '2021-11-15' },
    });
    expect(a.explanation).toMatch(/disputed/);
    const table = await readout(
      'ask',
      'silence',
      '--between',
      'US,China',
      '--since',
      '2021-01-20',
      '--db',
      'seed.db',
    );
    expect(table.out).toMatch(/242 days/);
    const csv = await readout('ask', 'temperature', 'USA', 'CHN', '--db', 'seed.db', '--format', 'csv');
    expect(csv.out.split('\r\n')[0]).toBe('month,index,events,mean,by_type');
  });
  it('answers first and highest-ranking from the imported trips', async () => {
    const first = JSON.parse(
      (
        await readout(
          'ask',
          'first',
          '--visitor',
          'USA',
          '--host',
          'CHN',
          '--office',
          'Secretary of State',
          '--years',
          '5',
          '--db',
          'h.db',
          '--format',
          'json',
        )
      ).out,
    );
    expect(first.answer.previous.date).toBe('2018-10-08');
    expect(first.answer.holds).toBe(true);
    const top = await readout(
      'ask',
      'highest-ranking',
      'USA',
      'CHN',
      '--since',
      '2018-01-01',
      '--db',
      'h.db',
    );
    expect(top.code).toBe(0);
    expect(top.out).toMatch(/Rank 3/);
  });
  it('says in one line what is wrong with bad input', async () => {
    const bad = await readout('ask', 'silence', 'USA', 'Atlantis', '--db', 'h.db');
    expect(bad.code).toBe(1);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
    expect((await readout('ask', 'silence', 'USA', 'CHN', '--since', 'June', '--db', 'h.db')).code).toBe(1);
    expect((await readout('ask', 'first', 'USA', 'CHN', '--years', 'five', '--db', 'h.db')).code).toBe(1);
    expect((await readout('ask', 'silence', 'USA', 'CHN', '--format', 'xml', '--db', 'h.db')).code).toBe(1);
    expect((await readout('import', 'state-dept', 'no-such-dir', '--db', 'h.db')).code).toBe(1);
  });
});
