// The TypeScript scorer behind `readout eval` must agree with ../shared/tools/score-events.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { score, samePerson, dateOk } from '../../src/eval/score.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { extract } from '../../src/pipeline/extract.js';
import { SHARED, hasShared, readJsonl, sharedSkipReason } from '../support/shared.js';

const g = (o: object) => ({ article: 'a', status: 'occurred', ...o });

describe('matching rules', () => {
  it('matches names by token subsets, accents and honorifics ignored', () => {
    expect(samePerson('Xi', 'Xi Jinping')).toBe(true);
    expect(samePerson('Mevlüt Çavuşoğlu', 'Mevlut Cavusoglu')).toBe(true);
    expect(samePerson('President Obama', 'Barack Obama')).toBe(true);
    expect(samePerson('Wang Yi', 'Wang Wentao')).toBe(false);
    expect(samePerson('', 'Wang')).toBe(false);
  });
  it('accepts more date precision, never less, and the date as written', () => {
    expect(dateOk(g({ date: '2023-06' }), g({ date: '2023-06-18' }))).toBe(true);
    expect(dateOk(g({ date: '2023-06-18' }), g({ date: '2023-06' }))).toBe(false);
    expect(dateOk(g({ date: '2022-03-14', date_as_written: '2021-03-14' }), g({ date: '2021-03-14' }))).toBe(true);
    expect(dateOk(g({ date: null }), g({ date: null }))).toBe(true);
    expect(dateOk(g({ date: null }), g({ date: '2020' }))).toBe(false);
  });
  it('pairs one to one and counts a duplicate as spurious', () => {
    const gold = [g({ type: 'meeting', date: '2020-01-02', participants: [{ name: 'A B' }, { name: 'C D' }] })];
    const pred = [
      g({ type: 'meeting', date: '2020-01-02', participants: [{ name: 'B' }, { name: 'D' }] }),
      g({ type: 'meeting', date: '2020-01-02', participants: [{ name: 'A B' }, { name: 'C D' }] }),
    ];
    const r = score(gold, pred);
    expect(r.strict).toEqual({ p: 0.5, r: 1, f1: 0.667 });
    expect(r.spurious).toHaveLength(1);
  });
  it('needs two named participants of a multi-person gold event, and the type', () => {
    const gold = [g({ type: 'phone_call', date: '2021', participants: [{ name: 'Joe Biden' }, { name: 'Xi Jinping' }] })];
    expect(score(gold, [g({ type: 'phone_call', date: '2021', participants: [{ name: 'Biden' }] })]).core.r).toBe(0);
    expect(score(gold, [g({ type: 'meeting', date: '2021', participants: [{ name: 'Biden' }, { name: 'Xi' }] })]).strict.r).toBe(0);
    expect(score(gold, [g({ type: 'meeting', date: '2021', participants: [{ name: 'Biden' }, { name: 'Xi' }] })]).core.r).toBe(1);
  });
  it('does not count an optional gold event as required or a prediction of it as wrong', () => {
    const gold = [g({ type: 'visit', date: '2020', participants: [{ name: 'A B' }], implicit: true })];
    const r = score(gold, [g({ type: 'visit', date: '2020', participants: [{ name: 'A B' }] })]);
    expect(r.gold).toBe(0);
    expect(r.predicted).toBe(0);
  });
});

describe.skipIf(!hasShared)('agreement with ../shared/tools/score-events', () => {
  const temps: string[] = [];
  afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
  it.skipIf(!hasShared)('gives the same figures on the dev set as the Python scorer', () => {
    const kb = loadKnowledge();
    const batch = readJsonl<{ id: string; text: string; published: string }>(join(SHARED, 'data', 'dev', 'batch.jsonl'));
    const preds = batch.flatMap((d) => extract({ id: d.id, text: d.text, published: d.published }, kb).events.map((e) => ({ article: d.id, ...e })));
    const dir = mkdtempSync(join(tmpdir(), 'readout-eval-'));
    temps.push(dir);
    const file = join(dir, 'pred.jsonl');
    writeFileSync(file, preds.map((p) => JSON.stringify(p)).join('\n'));
    const gold = readJsonl(join(SHARED, 'data', 'dev', 'gold.jsonl')) as never[];
    for (const which of ['occurred', 'other', 'all'] as const) {
      let py: { core: object; strict: object; gold: number; predicted: number };
      try {
        py = JSON.parse(execFileSync(join(SHARED, 'tools', 'score-events'), [join(SHARED, 'data', 'dev', 'gold.jsonl'), file, '--json', '--status', which], { encoding: 'utf8' }).split('\nstrict_f1=')[0]);
      } catch (err) {
        console.warn(`score-events could not run (${(err as Error).message}); comparison skipped`);
        return;
      }
      const ts = score(gold, preds as never[], which);
      expect({ core: ts.core, strict: ts.strict, gold: ts.gold, predicted: ts.predicted }).toEqual({ core: py.core, strict: py.strict, gold: py.gold, predicted: py.predicted });
    }
  });
});
if (!hasShared) console.warn(sharedSkipReason);
