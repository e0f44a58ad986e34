// toDay and endOf count plain dates from their digits, personKey remembers names, involves tests
// sides without building the set, label joins people without arrays: each must give what the way
// before gave, for plain dates and for every odd one that way could meet.
import { describe, expect, it } from 'vitest';
import { endOf, startOf, toDay } from '../../src/analysis/dates.js';
import { label } from '../../src/analysis/answer.js';
import { involves, personKey, sidesOf } from '../../src/analysis/events.js';
import type { ExchangeEvent } from '../../src/types.js';
import { event, person } from '../record/fixtures.js';

const DAY = 86_400_000;
/** The ways before the digit paths. */
const parsedDay = (date: string) => Date.parse(`${startOf(date)}T00:00:00Z`) / DAY;
function parsedEnd(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${date}-${String(last).padStart(2, '0')}`;
  }
  return date.slice(0, 10);
}
const keyByRules = (name: string) => {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z\s-]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^(jr|sr|ii|iii|iv|mr|mrs|ms|dr)$/.test(w));
  return words.length ? `${words[0]} ${words[words.length - 1]}` : null;
};

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

const ODD = [
  '2023-02-29',
  '2024-02-29',
  '2023-02-30',
  '2023-04-31',
  '2023-01-32',
  '2023-13-01',
  '2023-00-10',
  '2023-06-00',
  '2023-1-01',
  '2023-06-18T10:00',
  '2023-06-18extra',
  '0099-01-01',
  '0000-02',
  '0004-02',
  '0100-02',
  '1900-02',
  '2000-02',
  '2100-02',
  '2023-13',
  '2023-00',
  '2023/06',
  'abcd-ef',
  '9999-12-31',
  '0000-01-01',
  '12345',
  '',
];

describe('day arithmetic from digits', () => {
  it('toDay and endOf agree with parsing the date, on plain and odd dates', () => {
    const r = rng(11);
    const dates = [...ODD];
    for (let i = 0; i < 5000; i++) {
      const y = String(Math.floor(r() * 10000)).padStart(4, '0');
      const m = String(Math.floor(r() * 14)).padStart(2, '0');
      const d = String(Math.floor(r() * 33)).padStart(2, '0');
      dates.push(`${y}-${m}-${d}`, `${y}-${m}`, y);
    }
    for (const d of dates) {
      expect([d, toDay(d)]).toEqual([d, parsedDay(d)]);
      expect([d, endOf(d)]).toEqual([d, parsedEnd(d)]);
    }
  });

  it('personKey gives the rules’ key, accents and all, asked once or many times', () => {
    const names = ['Antony John Blinken', 'Sergey Lavrov', 'Wang Yi', 'Recep Tayyip Erdoğan', 'Ng Eng Hen'];
    names.push('José Manuel Albares', 'Dr. Jill Biden', 'Mr. Smith Jr.', 'ÉMILE', '12', 'Ｗａｎｇ Ｙｉ');
    for (let round = 0; round < 3; round++)
      for (const n of names) expect([n, personKey(n)]).toEqual([n, keyByRules(n)]);
    // More names than the memory keeps: still the rules' key.
    for (let i = 0; i < 5000; i++) expect(personKey(`Official ${i} Jones`)).toBe('official jones');
    expect(personKey(null)).toBeNull();
    expect(personKey('')).toBeNull();
  });

  it('involves answers as the set of sides does', () => {
    const r = rng(5);
    const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
    const C = ['USA', 'CHN', 'IND', '', null];
    for (let i = 0; i < 2000; i++) {
      const e: ExchangeEvent = event({
        type: pick(['visit', 'meeting', 'phone_call'] as const),
        host_country: pick(C),
        participants: Array.from({ length: Math.floor(r() * 3) }, () => person('X', pick(C) as string)),
      });
      for (const a of ['USA', 'CHN', ''])
        for (const b of ['CHN', 'IND', '', null, undefined]) {
          const s = sidesOf(e);
          expect(involves(e, a, b)).toBe(s.has(a) && (!b || s.has(b)));
        }
    }
  });

  it('label names the people as joining the named ones did, empty names and roles included', () => {
    const r = rng(9);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
    const joined = (e: ExchangeEvent) => {
      const who = e.participants
        .filter((p) => p.name || p.role)
        .map((p) => (p.name && p.role ? `${p.name} (${p.role})` : (p.name ?? p.role)))
        .join(', ');
      const where = e.location?.city ?? e.host_country ?? '';
      const date = e.date_disputed?.inferred ?? e.date ?? 'undated';
      return `${who || 'unnamed'} ${e.type.replace('_', ' ')}${where ? ` in ${where}` : ''}, ${date}`;
    };
    for (let i = 0; i < 3000; i++) {
      const e: ExchangeEvent = event({
        type: pick(['visit', 'phone_call', 'video_call'] as const),
        host_country: pick(['CHN', null]),
        date: pick(['2023-06-18', '2023', null]),
        participants: Array.from({ length: Math.floor(r() * 4) }, () =>
          person(pick(['Wang Yi', '', null]), 'CHN', 1, pick(['Foreign Minister', '', null])),
        ),
      });
      expect(label(e)).toBe(joined(e));
    }
  });
});
