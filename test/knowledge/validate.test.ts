import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHistorianTrips, type HistorianTrip } from '../../src/knowledge/historian-trips.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { OfficeDef, Official } from '../../src/knowledge/types.js';
import { termsOverlap, validateKnowledge } from '../../src/knowledge/validate.js';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const travels = join(repo, '..', 'shared', 'data', 'anchors', 'state-dept-historian', 'travels');

const offices: OfficeDef[] = [
  { id: 'head_of_state', title: 'President', phrases: ['president'], rank: 1 },
  { id: 'foreign_minister', title: 'Foreign Minister', phrases: ['foreign minister'], rank: 3 },
  {
    id: 'us_secretary_of_state',
    title: 'Secretary of State',
    phrases: ['secretary of state'],
    rank: 3,
    countries: ['USA'],
  },
];
const countryCodes = ['USA', 'CHN', 'FRA', 'UNO'];

function official(
  id: string,
  country: string,
  terms: Array<[string, string, string | null]>,
  aliases: string[] = [],
  extra: Partial<Official> = {},
): Official {
  return {
    id,
    name: id,
    aliases,
    country,
    terms: terms.map(([office_id, start, end]) => ({ office: office_id, office_id, start, end })),
    ...extra,
  };
}
const check = (officials: Official[], trips?: HistorianTrip[], tripsSince?: string) =>
  validateKnowledge({ officials, offices, countryCodes, trips, tripsSince });
const kinds = (officials: Official[], trips?: HistorianTrip[], since?: string) =>
  check(officials, trips, since).map((p) => p.kind);

describe('validateKnowledge on fixture tables', () => {
  it('accepts a clean table', () => {
    expect(
      check([official('Ann Lee', 'USA', [['head_of_state', '2001-01-20', '2009-01-20']], ['Lee'])]),
    ).toEqual([]);
  });

  it('reports overlapping terms of one person for one office, not a handover or other offices', () => {
    const overlap = official('Wang', 'CHN', [
      ['foreign_minister', '2013-03-16', '2022-12-30'],
      ['foreign_minister', '2018-03-19', '2022-12-30'],
    ]);
    expect(kinds([overlap])).toEqual(['overlapping_terms']);
    const handover = official('Wang', 'CHN', [
      ['foreign_minister', '2013-03-16', '2022-12-30'],
      ['foreign_minister', '2022-12-30', null],
    ]);
    expect(kinds([handover])).toEqual([]);
    const twoOffices = official('Wang', 'CHN', [
      ['foreign_minister', '2013-03-16', null],
      ['head_of_state', '2018-03-19', null],
    ]);
    expect(kinds([twoOffices])).toEqual([]);
  });

  it('treats a shared month as a handover when dates are only given to the month', () => {
    expect(
      termsOverlap(
        { office: 'a', office_id: 'a', start: '2003-03', end: '2008-03' },
        { office: 'a', office_id: 'a', start: '2008-03', end: null },
      ),
    ).toBe(false);
    expect(
      termsOverlap(
        { office: 'a', office_id: 'a', start: '2003-03', end: '2008-05' },
        { office: 'a', office_id: 'a', start: '2008-03', end: null },
      ),
    ).toBe(true);
  });

  it('reports an alias naming two people in office at once, unless both mark it ambiguous', () => {
    const a = official('Wang Yi', 'CHN', [['foreign_minister', '2013-03-16', null]], ['Wang']);
    const b = official('Wang Wentao', 'CHN', [['head_of_state', '2020-12-26', null]], ['Wang']);
    expect(kinds([a, b])).toEqual(['ambiguous_alias']);
    expect(kinds([a, { ...b, ambiguous_aliases: ['Wang'] }])).toEqual(['ambiguous_alias']);
    expect(
      kinds([
        { ...a, ambiguous_aliases: ['wang'] },
        { ...b, ambiguous_aliases: ['Wang'] },
      ]),
    ).toEqual([]);
  });

  it('accepts one alias for two people whose terms never meet', () => {
    const bill = official(
      'Bill Clinton',
      'USA',
      [['head_of_state', '1993-01-20', '2001-01-20']],
      ['Clinton'],
    );
    const hillary = official(
      'Hillary Clinton',
      'USA',
      [['us_secretary_of_state', '2009-01-21', '2013-02-01']],
      ['Clinton'],
    );
    expect(kinds([bill, hillary])).toEqual([]);
  });

  it('reports an ambiguous_aliases entry that is not an alias', () => {
    expect(
      kinds([
        official('Ann', 'USA', [['head_of_state', '2001', '2002']], [], { ambiguous_aliases: ['Annie'] }),
      ]),
    ).toEqual(['stray_ambiguous_alias']);
  });

  it('reports unknown countries, organisations and offices', () => {
    expect(kinds([official('X', 'XXX', [['head_of_state', '2001', '2002']])])).toEqual(['unknown_country']);
    expect(kinds([official('X', 'USA', [['prime_wizard', '2001', '2002']])])).toEqual(['unknown_office']);
    const withOrg = official('Guterres', 'PRT', [['head_of_state', '2017-01-01', null]]);
    withOrg.country = 'UNO';
    withOrg.terms[0].org = 'UNX';
    expect(kinds([withOrg])).toEqual(['unknown_country']);
  });

  it('reports an office used outside the countries it is limited to', () => {
    expect(kinds([official('X', 'FRA', [['us_secretary_of_state', '2001', '2002']])])).toEqual([
      'office_not_for_country',
    ]);
  });

  it('reports a start after the end and malformed dates', () => {
    expect(kinds([official('X', 'USA', [['head_of_state', '2009-01-20', '2001-01-20']])])).toEqual([
      'start_after_end',
    ]);
    expect(kinds([official('X', 'USA', [['head_of_state', '20/01/2009', null]])])).toEqual(['bad_date']);
    expect(kinds([official('X', 'USA', [['head_of_state', '2009-13-01', null]])])).toEqual(['bad_date']);
    // The same month at two precisions is not "after".
    expect(kinds([official('X', 'USA', [['head_of_state', '2009-01-20', '2009-01']])])).toEqual([]);
  });

  it('reports duplicate ids and bad office ranks', () => {
    const a = official('X', 'USA', [['head_of_state', '2001', '2002']]);
    expect(kinds([a, { ...a }])).toContain('duplicate_id');
    const bad = validateKnowledge({
      officials: [],
      offices: [...offices, { id: 'x', title: 'X', phrases: ['X'], rank: 9 }],
      countryCodes,
    });
    expect(bad.map((p) => p.kind).sort()).toEqual(['bad_office', 'bad_rank']);
  });

  it('checks Historian trips against the terms, matched by name or alias', () => {
    const powell = official(
      'Colin Powell',
      'USA',
      [['us_secretary_of_state', '2001-01-20', '2005-01-26']],
      ['Colin Luther Powell'],
    );
    const trip = (name: string, start: string, end = start): HistorianTrip => ({
      role: 'secretary',
      who: 'x',
      name,
      start,
      end,
      country: 'France',
      locale: 'Paris',
    });
    expect(kinds([powell], [trip('Colin Luther Powell', '2003-05-01')])).toEqual([]);
    expect(kinds([powell], [trip('Colin Luther Powell', '2005-02-01')])).toEqual(['trip_outside_term']);
    // A trip running past the last day of the term is outside it.
    expect(kinds([powell], [trip('Colin Luther Powell', '2005-01-25', '2005-01-28')])).toEqual([
      'trip_outside_term',
    ]);
    // A president's trip does not match a Secretary of State's term.
    expect(
      kinds([powell], [{ ...trip('Colin Luther Powell', '2003-05-01'), role: 'president' }], '2000'),
    ).toEqual(['trip_person_unknown']);
    // People nobody covers: reported from the coverage start on, skipped before it.
    expect(kinds([powell], [trip('Dean Rusk', '1962-01-01')], '2000')).toEqual([]);
    expect(kinds([powell], [trip('Nobody Known', '2010-01-01')], '2000')).toEqual(['trip_person_unknown']);
  });
});

describe('parseHistorianTrips', () => {
  it('reads the fields of a trip, decoding entities and joining wrapped text', () => {
    const xml = `<trips><trip role="secretary" who="kerry-john-forbes"><id>1</id><role>secretary</role><name>John Forbes Kerry</name>
      <start-date>2013-02-25</start-date><end-date>2013-02-26</end-date><country id="united-kingdom">United
      Kingdom</country><locale>London &amp; Oxford</locale><remarks>x</remarks></trip></trips>`;
    expect(parseHistorianTrips(xml)).toEqual([
      {
        role: 'secretary',
        who: 'kerry-john-forbes',
        name: 'John Forbes Kerry',
        start: '2013-02-25',
        end: '2013-02-26',
        country: 'United Kingdom',
        locale: 'London & Oxford',
      },
    ]);
    expect(parseHistorianTrips('<trips></trips>')).toEqual([]);
  });
});

describe('the shipped knowledge', () => {
  const kb = loadKnowledge();
  const input = {
    officials: kb.knowledge.officials,
    offices: kb.knowledge.offices,
    countryCodes: kb.knowledge.countries.map((c) => c.code),
  };

  it('passes validation: terms, aliases, countries, offices', () => {
    const problems = validateKnowledge(input);
    expect(problems.map((p) => p.message)).toEqual([]);
  });

  it('covers every Historian trip of a President or Secretary of State since 2000', (ctx) => {
    if (!existsSync(travels)) {
      ctx.skip();
      console.warn(`skipped: ${travels} is absent`);
      return;
    }
    const trips = ['president-travels', 'secretary-travels'].flatMap((d) =>
      readdirSync(join(travels, d)).flatMap((f) =>
        parseHistorianTrips(readFileSync(join(travels, d, f), 'utf8')),
      ),
    );
    expect(trips.length).toBeGreaterThan(4000);
    const problems = validateKnowledge({ ...input, trips, tripsSince: '2000-01-01' });
    expect(problems.map((p) => p.message)).toEqual([]);
    // Every traveller since 2000 was matched, so the check above looked at their trips.
    const recent = trips.filter((t) => t.end >= '2000-01-01');
    expect(recent.length).toBeGreaterThan(1900);
  });

  it('ranks offices as DESIGN.md "Rank" says', () => {
    const rank = (id: string) => kb.knowledge.offices.find((o) => o.id === id)?.rank;
    const expected: Record<string, number> = {
      head_of_state: 1,
      head_of_government: 2,
      vice_president: 2,
      foreign_minister: 3,
      us_secretary_of_state: 3,
      uk_foreign_secretary: 3,
      national_security_adviser: 3,
      defence_minister: 4,
      finance_minister: 4,
      trade_minister: 4,
      us_secretary_of_defense: 4,
      deputy_foreign_minister: 5,
      deputy_minister: 5,
      ambassador: 6,
      official: 7,
    };
    expect(Object.fromEntries(Object.keys(expected).map((id) => [id, rank(id)]))).toEqual(expected);
  });

  it('maps office phrases to the ranks of DESIGN.md, per country where the title differs', () => {
    expect(kb.office('external affairs minister')?.rank).toBe(3);
    expect(kb.office('minister of foreign affairs and cooperation')?.id).toBe('foreign_minister');
    expect(kb.office('foreign secretary', 'GBR')?.rank).toBe(3);
    expect(kb.office('foreign secretary', 'IND')?.rank).toBe(5);
    expect(kb.office('crown prince')?.rank).toBe(2);
    expect(kb.office('emir')?.rank).toBe(1);
    expect(kb.office('chief executive', 'PAK')?.rank).toBe(2);
    // A company's chief executive is nobody's head of government.
    expect(kb.office('chief executive')).toBeUndefined();
    expect(kb.office('chief executive', 'USA')).toBeUndefined();
  });

  it('lists first, for an undated alias, the person it names in full, then the latest in office', () => {
    expect(kb.officialsByAlias('Wang')[0]?.id).toBe('wang-yi');
    expect(kb.officialsByAlias('Wang Yi').map((o) => o.id)).toEqual(['wang-yi']);
    expect(kb.officialsByAlias('Clinton').map((o) => o.id)).toEqual(['hillary-clinton', 'bill-clinton']);
    expect(kb.officialsByAlias('Nobody Atall')).toEqual([]);
  });

  it('resolves "Wang" to two people in 2023 and "Jinping" to Xi', () => {
    expect(
      kb
        .officialsByAliasAt('Wang', '2023-06')
        .map((o) => o.id)
        .sort(),
    ).toEqual(['wang-wentao', 'wang-yi']);
    expect(kb.officialsByAliasAt('Jinping', '2023-06-18').map((o) => o.id)).toEqual(['xi-jinping']);
    expect(kb.officialsByAliasAt('Blinken', '2019-01-01')).toEqual([]);
  });
});
