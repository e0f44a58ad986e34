// `readout eval --mismatches` lists each wrong attribute of a matched pair, so errors can be counted by class.
import { describe, expect, it } from 'vitest';
import { score } from '../../src/eval/score.js';

const g = (o: object) => ({ article: 'a', status: 'occurred', ...o });

describe('attribute mismatches', () => {
  it('names the field, the gold value and the predicted one for a core-matched pair', () => {
    const gold = [g({ id: 'a-1', type: 'visit', date: '2020-03', host_country: 'FRA', location: { city: 'Paris' }, participants: [{ name: 'A B' }] })];
    const pred = [g({ type: 'visit', date: '2020-03-04', host_country: 'FRA', location: { city: 'Lyon' }, participants: [{ name: 'A B' }] })];
    const r = score(gold, pred);
    expect(r.mismatches).toEqual([
      { article: 'a', gold: 'a-1', field: 'date_precision', want: '2020-03', got: '2020-03-04' },
      { article: 'a', gold: 'a-1', field: 'city', want: 'Paris', got: 'Lyon' },
    ]);
  });
  it('lists nothing when every attribute agrees', () => {
    const ev = g({ id: 'a-1', type: 'meeting', date: '2020', host_country: null, participants: [{ name: 'A B' }, { name: 'C D' }] });
    expect(score([ev], [ev]).mismatches).toEqual([]);
  });
});
