// The whole seed story, end to end through the pure pipeline: the events of its gold file, every
// event valid against the shared schema with exact evidence offsets, and the list's wrong year caught.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { score } from '../../src/eval/score.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { extract } from '../../src/pipeline/extract.js';
import { ROOT, SHARED, hasShared, readJsonl, sharedSkipReason } from '../support/shared.js';

const text = readFileSync(join(ROOT, 'examples', 'seed', 'article.txt'), 'utf8');
const x = extract({ id: 'seed', text, published: '2023-06-18' }, loadKnowledge());

describe('the seed story', () => {
  it('keeps every evidence span exact', () => {
    for (const e of x.events) for (const s of e.evidence) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('tells Bali once though the story tells it twice', () => {
    const bali = x.events.filter((e) => e.location?.city === 'Bali' && e.status === 'occurred');
    expect(bali).toHaveLength(1);
    expect(bali[0].date).toBe('2022-11-14');
    expect(bali[0].evidence.length).toBeGreaterThanOrEqual(2);
  });

  it('dates the Rome talks by the invasion the paragraph names, and keeps the heading year as disputed', () => {
    const rome = x.events.find((e) => e.location?.city === 'Rome');
    expect(rome?.date).toBe('2022-03-14');
    expect(rome?.date_disputed?.as_written).toBe('2021-03-14');
  });

  it('reads the closing list as coverage of US-China exchanges since Biden took office', () => {
    expect(x.coverage).toEqual([expect.objectContaining({ countries: ['USA', 'CHN'], since: '2021-01-20', until: '2023-06-18' })]);
  });

  it('ranks and codes each event', () => {
    const visit = x.events.find((e) => e.type === 'visit' && e.status === 'occurred' && e.host_country === 'CHN' && e.date === '2023-06-18');
    expect(visit?.participants[0]).toMatchObject({ name: 'Antony Blinken', country: 'USA', rank: 3 });
    expect(visit?.cameo).toBe('042');
    expect(visit?.plover).toEqual({ event: 'CONSULT', mode: 'visit' });
  });

  it.skipIf(!hasShared)('validates against the shared event schema', () => {
    const ajv = new Ajv2020.default({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(join(SHARED, 'schema', 'event.schema.json'), 'utf8')));
    for (const e of x.events) expect(validate(e), JSON.stringify(validate.errors)).toBe(true);
  });

  it.skipIf(!hasShared)('finds the gold events: strict F1 ≥ 0.95 on occurred, ≥ 0.7 on the rest', () => {
    const gold = readJsonl(join(SHARED, 'data', 'seed', 'gold.jsonl')) as never[];
    const preds = x.events.map((e) => ({ article: 'seed', ...e })) as never[];
    const occurred = score(gold, preds, 'occurred');
    const other = score(gold, preds, 'other');
    console.info(`seed strict F1: occurred ${occurred.strict.f1}, other ${other.strict.f1}`);
    expect(occurred.strict.f1).toBeGreaterThanOrEqual(0.95);
    expect(other.strict.f1).toBeGreaterThanOrEqual(0.7);
  });
});

describe.skipIf(!hasShared)('the dev articles', () => {
  it('stay above the accuracy floor the README states', () => {
    const kb = loadKnowledge();
    const batch = readJsonl<{ id: string; text: string; published: string }>(join(SHARED, 'data', 'dev', 'batch.jsonl'));
    const preds = batch.flatMap((d) => extract({ id: d.id, text: d.text, published: d.published }, kb).events.map((e) => ({ article: d.id, ...e })));
    const r = score(readJsonl(join(SHARED, 'data', 'dev', 'gold.jsonl')) as never[], preds as never[], 'occurred');
    console.info(`dev strict F1 (occurred): ${r.strict.f1}; core ${r.core.f1}`);
    expect(r.strict.f1).toBeGreaterThanOrEqual(0.65);
  });
});
if (!hasShared) console.warn(sharedSkipReason);
