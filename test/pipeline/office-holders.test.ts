// An unnamed office holder ("the Iranian president") is named from the knowledge by the office the text
// writes. The word's class decides ("president" is a head of state), unless the country gives that very
// title to another class: Iran's President is head of government under a Supreme Leader, Argentina's
// Economy Minister is its finance minister. Sentences of our own making; positive and negative cases.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { extract } from '../../src/pipeline/extract.js';
import { officeHolders, titledElsewhere } from '../../src/pipeline/refine/name-offices.js';
import type { ExchangeEvent } from '../../src/types.js';
import { fold, matches, show, type Want } from '../support/wants.js';

const kb = loadKnowledge();
const run = (text: string, published: string): ExchangeEvent[] => extract({ id: 't', text, published }, kb).events;
const names = (country: string, phrase: string, text: string, date: string) =>
  officeHolders(kb, country, kb.office(phrase, country)!, text, date).map((o) => o.name);

describe('office holders: the title the text writes, before the class of its word', () => {
  it('Iran: the President is not the head of state', () => {
    expect(names('IRN', 'president', 'president', '2012-08-14')).toEqual(['Mahmoud Ahmadinejad']);
    expect(names('IRN', 'president', 'President', '2016-06-13')).toEqual(['Hassan Rouhani']);
    expect(names('IRN', 'supreme leader', 'Supreme Leader', '2012-08-14')).toEqual(['Ali Khamenei']);
    // No one is titled "head of state" in Iran: the class decides.
    expect(names('IRN', 'head of state', 'head of state', '2016-06-13')).toEqual(['Ali Khamenei']);
  });

  it('where title and class agree nothing changes', () => {
    expect(names('EGY', 'president', 'President', '2016-06-13')).toEqual(['Abdel Fattah el-Sisi']);
    expect(titledElsewhere(kb, 'EGY', kb.office('president', 'EGY')!, 'President', '2016-06-13')).toBeNull();
    expect(titledElsewhere(kb, 'FRA', kb.office('prime minister', 'FRA')!, 'Prime Minister', '2016-06-13')).toBeNull();
  });

  it('a title of another class elsewhere: an economy minister who is finance minister', () => {
    expect(names('ARG', 'economy minister', 'Economy Minister', '2020-06-01')).toEqual(['Martín Guzmán']);
  });

  const cases: Array<{ text: string; published: string; want: Want[]; never?: string[]; why: string }> = [
    {
      text: 'The Iranian president arrived in Riyadh on Tuesday for talks with King Abdullah.',
      published: '2012-08-16',
      want: [{ type: 'visit', people: ['Ahmadinejad'], host: 'SAU' }],
      never: ['Khamenei'],
      why: 'an unnamed Iranian president in 2012 is Ahmadinejad',
    },
    {
      text: 'The Iranian president met the Turkish president in Ankara on Monday.',
      published: '2016-06-15',
      want: [{ type: 'meeting', people: ['Rouhani', 'Erdo'] }],
      never: ['Khamenei'],
      why: 'both presidents unnamed',
    },
    {
      text: "Iran's supreme leader received the Japanese prime minister in Tehran on Thursday.",
      published: '2019-06-14',
      want: [{ type: 'meeting', people: ['Khamenei', 'Abe'], host: 'IRN' }],
      never: ['Rouhani'],
      why: 'the supreme leader is the head of state',
    },
    {
      text: 'The Egyptian president flew to Riyadh on Monday for talks with the Saudi king.',
      published: '2016-06-15',
      want: [{ type: 'visit', people: ['Sisi'], host: 'SAU' }],
      why: 'a president who is head of state, as before',
    },
  ];
  for (const c of cases) {
    it(c.why, () => {
      const es = run(c.text, c.published);
      for (const w of c.want) expect(es.some((e) => matches(e, w)), show(es)).toBe(true);
      for (const n of c.never ?? [])
        expect(es.some((e) => e.participants.some((p) => fold(p.name ?? '').includes(fold(n)))), show(es)).toBe(false);
    });
  }
});
