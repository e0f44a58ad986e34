// Claims on texts made for these tests, one kind at a time, each with every verdict it can take.
// Events are built by hand in the shape extract() returns, so the rules are tested without the
// pipeline; the record is a plain array. Every finding is also validated against the schema.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { checkClaims, type Finding } from '../../src/analysis/check.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { CoverageClaim, ExchangeEvent } from '../../src/types.js';
import { cov, ev, SHARED } from './helpers.js';

const kb = loadKnowledge();
const seen: Finding[] = [];

function check(
  text: string,
  events: (t: string) => ExchangeEvent[],
  opts: {
    record?: ExchangeEvent[];
    coverage?: CoverageClaim[];
    recordCoverage?: CoverageClaim[];
    published?: string;
  } = {},
): Finding[] {
  const f = checkClaims({
    article: { id: 'a', text, published: opts.published ?? '2023-06-18' },
    articleEvents: events(text),
    articleCoverage: opts.coverage ?? [],
    recordEvents: opts.record ?? [],
    recordCoverage: opts.recordCoverage ?? [],
    kb,
  });
  seen.push(...f);
  return f;
}
const only = (f: Finding[], kind: string) => {
  const k = f.filter((x) => x.kind === kind);
  expect(k, `findings of kind ${kind}: ${JSON.stringify(f.map((x) => [x.kind, x.claim.text]))}`).toHaveLength(
    1,
  );
  return k[0];
};

describe('first_in_period', () => {
  const text =
    'French President Emmanuel Macron arrived in Beijing on Wednesday, the first French president to visit China in five years.';
  const visit = (t: string) => [
    ev(
      {
        type: 'visit',
        date: '2023-04-05',
        host_country: 'CHN',
        participants: [{ name: 'Emmanuel Macron' }],
        evidence: 'French President Emmanuel Macron arrived in Beijing on Wednesday',
      },
      t,
    ),
  ];
  const prior = (date: string, name = 'Emmanuel Macron') =>
    ev({
      type: 'visit',
      date,
      host_country: 'CHN',
      participants: [{ name, role: 'President', country: 'FRA', rank: 1 }],
    });
  const frenchTrips = cov(['FRA'], '1990-01-01', { types: ['visit'], visitor: 'FRA' });

  it('is supported when the previous visit rounds to the stated years, and says the exact gap', () => {
    const f = only(
      check(text, visit, { record: [prior('2018-01-08')], recordCoverage: [frenchTrips] }),
      'first_in_period',
    );
    expect(f.verdict).toBe('supported');
    expect(f.explanation).toContain('5 years 2 months');
    expect(f.explanation).toContain('2018-01-08');
  });
  it('is contradicted by a more recent visit', () => {
    const f = only(
      check(text, visit, {
        record: [prior('2018-01-08'), prior('2019-11-04')],
        recordCoverage: [frenchTrips],
      }),
      'first_in_period',
    );
    expect(f.verdict).toBe('contradicted');
    expect(f.explanation).toContain('2019-11-04');
  });
  it('is unverifiable with no record reaching back', () => {
    expect(only(check(text, visit), 'first_in_period').verdict).toBe('unverifiable');
  });
  it('is unverifiable when the previous visit is known but the years between are not covered', () => {
    const f = only(
      check(text, visit, {
        record: [prior('2018-01-08')],
        recordCoverage: [cov(['FRA', 'CHN'], '2021-01-01')],
      }),
      'first_in_period',
    );
    expect(f.verdict).toBe('unverifiable');
  });
  it('is contradicted when covering sources hold no visit at all for far longer than stated', () => {
    const f = only(
      check(text, visit, { record: [prior('2001-05-01')], recordCoverage: [frenchTrips] }),
      'first_in_period',
    );
    expect(f.verdict).toBe('contradicted');
  });
  it('counts only holders of the office named ("foreign minister" is not "president")', () => {
    const fm = ev({
      type: 'visit',
      date: '2021-02-01',
      host_country: 'CHN',
      participants: [{ name: 'Jean-Yves Le Drian', role: 'Foreign Minister', country: 'FRA', rank: 3 }],
    });
    const f = only(
      check(text, visit, { record: [prior('2018-01-08'), fm], recordCoverage: [frenchTrips] }),
      'first_in_period',
    );
    expect(f.verdict).toBe('supported');
  });
  it('reads "more than a decade" as at least ten years', () => {
    const t =
      'Indian Prime Minister Narendra Modi landed in Cairo, the first Indian prime minister to visit Egypt in more than a decade.';
    const e = (x: string) => [
      ev(
        {
          type: 'visit',
          date: '2023-06-24',
          host_country: 'EGY',
          participants: [{ name: 'Narendra Modi' }],
          evidence: 'Indian Prime Minister Narendra Modi landed in Cairo',
        },
        x,
      ),
    ];
    const old = ev({
      type: 'visit',
      date: '2009-07-15',
      host_country: 'EGY',
      participants: [{ name: 'Manmohan Singh', role: 'Prime Minister', country: 'IND', rank: 2 }],
    });
    const cover = [cov(['IND', 'EGY'], '2000-01-01')];
    expect(only(check(t, e, { record: [old], recordCoverage: cover }), 'first_in_period').verdict).toBe(
      'supported',
    );
    const recent = ev({
      type: 'visit',
      date: '2015-10-28',
      host_country: 'EGY',
      participants: [{ name: 'Narendra Modi', role: 'Prime Minister', country: 'IND', rank: 2 }],
    });
    expect(
      only(check(t, e, { record: [old, recent], recordCoverage: cover }), 'first_in_period').verdict,
    ).toBe('contradicted');
  });
  it('reads "the first visit to X by a Y in N years"', () => {
    const t = 'It was the first visit to Japan by a South Korean president in eleven years, officials said.';
    const e = (x: string) => [
      ev(
        {
          type: 'visit',
          date: '2023-03-16',
          host_country: 'JPN',
          participants: [{ name: 'Yoon Suk Yeol', role: 'President', country: 'KOR', rank: 1 }],
          evidence: 'It was the first visit to Japan by a South Korean president in eleven years',
        },
        x,
      ),
    ];
    const old = ev({
      type: 'visit',
      date: '2011-10-19',
      host_country: 'JPN',
      participants: [{ name: 'Lee Myung-bak', role: 'President', country: 'KOR', rank: 1 }],
    });
    expect(
      only(
        check(t, e, { record: [old], recordCoverage: [cov(['KOR', 'JPN'], '2000-01-01')] }),
        'first_in_period',
      ).verdict,
    ).toBe('supported');
  });
  it('is unverifiable when the visit it is about is not in the article', () => {
    const f = only(
      check('Officials called it the first US president to visit Laos in nine years.', () => []),
      'first_in_period',
    );
    expect(f.verdict).toBe('unverifiable');
  });
  it('finds nothing in "first lady" or "for the first time in years"', () => {
    expect(
      check('The first lady visited China. Talks resumed for the first time in five years.', () => []),
    ).toEqual([]);
  });
});

describe('highest_ranking_since', () => {
  const text = 'Antony Blinken is the highest-ranking US official to visit Vietnam since March 2022.';
  const visit = (t: string) => [
    ev(
      {
        type: 'visit',
        date: '2023-04-15',
        host_country: 'VNM',
        participants: [{ name: 'Antony Blinken' }],
        evidence: text.slice(0, -1),
      },
      t,
    ),
  ];
  const covers = [cov(['USA', 'VNM'], '2022-01-01', { max_rank: 3 })];
  const president = ev({
    type: 'visit',
    date: '2022-09-10',
    host_country: 'VNM',
    participants: [{ name: 'Joe Biden' }],
  });

  it('is supported when sources cover every higher rank and none visited', () => {
    const f = only(check(text, visit, { coverage: covers }), 'highest_ranking_since');
    expect(f.verdict).toBe('supported');
    expect(f.because.length).toBeGreaterThan(0);
  });
  it('is contradicted by a higher-ranking visit in the period', () => {
    const f = only(check(text, visit, { coverage: covers, record: [president] }), 'highest_ranking_since');
    expect(f.verdict).toBe('contradicted');
    expect(f.explanation).toContain('Joe Biden');
  });
  it('ignores a higher-ranking visit before the period', () => {
    const old = ev({
      type: 'visit',
      host_country: 'VNM',
      date: '2016-05-23',
      participants: [{ name: 'Barack Obama', role: 'President', country: 'USA', rank: 1 }],
    });
    expect(
      only(check(text, visit, { coverage: covers, record: [old] }), 'highest_ranking_since').verdict,
    ).toBe('supported');
  });
  it('is not contradicted by a visit of equal rank', () => {
    const peer = ev({
      type: 'visit',
      date: '2022-06-01',
      host_country: 'VNM',
      participants: [{ name: 'Jake Sullivan', role: 'National Security Advisor', country: 'USA', rank: 3 }],
    });
    expect(
      only(check(text, visit, { coverage: covers, record: [peer] }), 'highest_ranking_since').verdict,
    ).toBe('supported');
  });
  it('is unverifiable without coverage', () => {
    expect(only(check(text, visit), 'highest_ranking_since').verdict).toBe('unverifiable');
  });
  it('is unverifiable when the sources cover only some offices (a trips record of Presidents and Secretaries of State)', () => {
    const trips = cov(['USA'], '1900-01-01', {
      types: ['visit'],
      visitor: 'USA',
      max_rank: 3,
      offices: ['President', 'Secretary of State'],
    });
    expect(only(check(text, visit, { recordCoverage: [trips] }), 'highest_ranking_since').verdict).toBe(
      'unverifiable',
    );
  });
  it('is unverifiable when the start of the period is not a known date', () => {
    const t = 'Antony Blinken is the highest-ranking US official to visit Vietnam since the great storm.';
    expect(
      only(
        check(t, () => visit(text).map((e) => ({ ...e, evidence: [] })), { coverage: covers }),
        'highest_ranking_since',
      ).verdict,
    ).toBe('unverifiable');
  });
  describe('"she remains the top …" as of publication', () => {
    const t =
      'Deputy Secretary of State Wendy Sherman held talks in Hanoi. She remains the top US official to visit Vietnam since Biden took office.';
    const sherman = (x: string) => [
      ev(
        {
          type: 'visit',
          date: '2021-06-01',
          host_country: 'VNM',
          participants: [{ name: 'Wendy Sherman', rank: 5 }],
          evidence: 'Deputy Secretary of State Wendy Sherman held talks in Hanoi.',
        },
        x,
      ),
    ];
    const cover = [cov(['USA', 'VNM'], '2021-01-20')];
    it('is contradicted by a later, higher visit before publication', () => {
      const harris = ev({
        type: 'visit',
        date: '2021-08-24',
        host_country: 'VNM',
        participants: [{ name: 'Kamala Harris' }],
      });
      const f = only(
        check(t, sherman, { coverage: cover, record: [harris], published: '2021-09-01' }),
        'highest_ranking_since',
      );
      expect(f.verdict).toBe('contradicted');
    });
    it('is supported when nothing higher came before publication', () => {
      const harris = ev({
        type: 'visit',
        date: '2021-08-24',
        host_country: 'VNM',
        participants: [{ name: 'Kamala Harris' }],
      });
      expect(
        only(
          check(t, sherman, { coverage: cover, record: [harris], published: '2021-07-01' }),
          'highest_ranking_since',
        ).verdict,
      ).toBe('supported');
    });
  });
});

describe('first_of_kind', () => {
  const text =
    'Narendra Modi and Anthony Albanese held their first face-to-face talks in Sydney on Wednesday.';
  const meeting = (t: string) => [
    ev(
      {
        type: 'meeting',
        date: '2023-05-24',
        host_country: 'AUS',
        participants: [{ name: 'Narendra Modi' }, { name: 'Anthony Albanese' }],
        evidence: text,
      },
      t,
    ),
  ];
  const covers = [cov(['IND', 'AUS'], '2022-01-01')];

  it('is supported when only calls came before, in a covered period', () => {
    const call = ev({
      type: 'phone_call',
      date: '2022-05-25',
      participants: [{ name: 'Narendra Modi' }, { name: 'Anthony Albanese' }],
    });
    const f = only(check(text, meeting, { coverage: covers, record: [call] }), 'first_of_kind');
    expect(f.verdict).toBe('supported');
  });
  it('is contradicted by an earlier in-person meeting of the same two', () => {
    const met = ev({
      type: 'meeting',
      date: '2022-05-24',
      host_country: 'JPN',
      participants: [{ name: 'Narendra Modi' }, { name: 'Anthony Albanese' }],
    });
    const f = only(check(text, meeting, { coverage: covers, record: [met] }), 'first_of_kind');
    expect(f.verdict).toBe('contradicted');
    expect(f.explanation).toContain('2022-05-24');
  });
  it('is unverifiable when no source covers the period since both took office', () => {
    expect(only(check(text, meeting), 'first_of_kind').verdict).toBe('unverifiable');
  });
  it('does not count meetings from before one of them held the office', () => {
    const t = 'Olaf Scholz and Xi Jinping held their first face-to-face talks in Beijing.';
    const m = (x: string) => [
      ev(
        {
          type: 'meeting',
          date: '2022-11-04',
          host_country: 'CHN',
          participants: [{ name: 'Olaf Scholz' }, { name: 'Xi Jinping' }],
          evidence: t,
        },
        x,
      ),
    ];
    const asFinanceMinister = ev({
      type: 'meeting',
      date: '2019-01-18',
      host_country: 'CHN',
      participants: [{ name: 'Olaf Scholz' }, { name: 'Xi Jinping' }],
    });
    expect(
      only(
        check(t, m, { coverage: [cov(['DEU', 'CHN'], '2021-01-01')], record: [asFinanceMinister] }),
        'first_of_kind',
      ).verdict,
    ).toBe('supported');
  });
  describe('"for the first time"', () => {
    const t = 'Olaf Scholz and Xi Jinping spoke by video link for the first time on Monday.';
    const call = (x: string) => [
      ev(
        {
          type: 'video_call',
          date: '2022-04-05',
          participants: [{ name: 'Olaf Scholz' }, { name: 'Xi Jinping' }],
          evidence: t,
        },
        x,
      ),
    ];
    const cover = [cov(['DEU', 'CHN'], '2021-01-01')];
    it('is supported with no earlier video call', () => {
      const phone = ev({
        type: 'phone_call',
        date: '2021-12-21',
        participants: [{ name: 'Olaf Scholz' }, { name: 'Xi Jinping' }],
      });
      expect(only(check(t, call, { coverage: cover, record: [phone] }), 'first_of_kind').verdict).toBe(
        'supported',
      );
    });
    it('is contradicted by an earlier video call', () => {
      const video = ev({
        type: 'video_call',
        date: '2022-01-10',
        participants: [{ name: 'Olaf Scholz' }, { name: 'Xi Jinping' }],
      });
      expect(only(check(t, call, { coverage: cover, record: [video] }), 'first_of_kind').verdict).toBe(
        'contradicted',
      );
    });
    it('is unverifiable without coverage', () => {
      expect(only(check(t, call), 'first_of_kind').verdict).toBe('unverifiable');
    });
  });
  describe('"the first talks between the two officials since …"', () => {
    const t =
      'US Defense Secretary Lloyd Austin held a call with China’s defence minister Wei Fenghe, the first talks between the two officials since Biden took office.';
    const call = (x: string) => [
      ev(
        {
          type: 'phone_call',
          date: '2022-04-20',
          participants: [
            { name: 'Lloyd Austin', rank: 4 },
            { name: 'Wei Fenghe', role: 'Defence Minister', rank: 4 },
          ],
          evidence: t,
        },
        x,
      ),
    ];
    it('is supported when sources of that rank cover the period', () => {
      expect(
        only(check(t, call, { coverage: [cov(['USA', 'CHN'], '2021-01-20')] }), 'first_of_kind').verdict,
      ).toBe('supported');
    });
    it('is unverifiable when the covering source lists only higher ranks', () => {
      expect(
        only(
          check(t, call, { coverage: [cov(['USA', 'CHN'], '2021-01-20', { max_rank: 3 })] }),
          'first_of_kind',
        ).verdict,
      ).toBe('unverifiable');
    });
    it('is contradicted by an earlier meeting of the two in the period', () => {
      const met = ev({
        type: 'meeting',
        date: '2021-06-11',
        host_country: 'SGP',
        participants: [
          { name: 'Lloyd Austin', rank: 4 },
          { name: 'Wei Fenghe', rank: 4 },
        ],
      });
      expect(
        only(
          check(t, call, { coverage: [cov(['USA', 'CHN'], '2021-01-20')], record: [met] }),
          'first_of_kind',
        ).verdict,
      ).toBe('contradicted');
    });
  });
  describe('countries rather than people: "the first US and China high-level face-to-face meeting under Biden’s administration"', () => {
    const t =
      'The first US and China high-level face-to-face meeting under Biden’s administration was in Anchorage, Alaska.';
    const m = (x: string) => [
      ev(
        {
          type: 'meeting',
          date: '2021-03-18',
          host_country: 'USA',
          participants: [{ name: 'Antony Blinken' }, { name: 'Yang Jiechi', rank: 3 }],
          evidence: t,
        },
        x,
      ),
    ];
    const cover = [cov(['USA', 'CHN'], '2021-01-20', { max_rank: 3 })];
    it('is supported when only a phone call came before', () => {
      const phone = ev({
        type: 'phone_call',
        date: '2021-02-10',
        participants: [{ name: 'Joe Biden' }, { name: 'Xi Jinping' }],
      });
      expect(only(check(t, m, { coverage: cover, record: [phone] }), 'first_of_kind').verdict).toBe(
        'supported',
      );
    });
    it('is contradicted by an earlier senior meeting, and not by a junior one', () => {
      const junior = ev({
        type: 'meeting',
        date: '2021-02-20',
        host_country: 'CHN',
        participants: [{ name: null, role: 'Ambassador', country: 'USA', rank: 6 }, { name: 'Wang Yi' }],
      });
      expect(only(check(t, m, { coverage: cover, record: [junior] }), 'first_of_kind').verdict).toBe(
        'supported',
      );
      const senior = ev({
        type: 'meeting',
        date: '2021-02-20',
        host_country: 'CHN',
        participants: [{ name: 'Jake Sullivan' }, { name: 'Wang Yi', rank: 3 }],
      });
      expect(only(check(t, m, { coverage: cover, record: [senior] }), 'first_of_kind').verdict).toBe(
        'contradicted',
      );
    });
  });
  it('is unverifiable for a topic it cannot check ("first trade talks") when earlier talks exist', () => {
    const t = 'Katherine Tai and Liu He held their first trade talks since Biden took office by video.';
    const v = (x: string) => [
      ev(
        {
          type: 'video_call',
          date: '2021-05-26',
          participants: [{ name: 'Katherine Tai' }, { name: 'Liu He' }],
          evidence: t,
        },
        x,
      ),
    ];
    const earlier = ev({
      type: 'video_call',
      date: '2021-03-01',
      participants: [{ name: 'Katherine Tai' }, { name: 'Liu He' }],
    });
    expect(
      only(check(t, v, { coverage: [cov(['USA', 'CHN'], '2021-01-20')], record: [earlier] }), 'first_of_kind')
        .verdict,
    ).toBe('unverifiable');
  });
  it('finds nothing in "at first", "first lady" or "the first half"', () => {
    expect(
      check('At first the first lady spoke. In the first half of the year nothing happened.', () => []),
    ).toEqual([]);
  });
});

describe('date_consistency', () => {
  const body =
    'Weeks after Russia invaded Ukraine, the two ministers met in Geneva to discuss grain exports.';
  const dated = (heading: string) => `Exchanges this year\nGeneva talks — ${heading}\n${body}`;
  it('is contradicted when the heading precedes the anchor the paragraph gives, and names the year that fits', () => {
    const f = only(
      check(dated('March 10, 2021'), () => []),
      'date_consistency',
    );
    expect(f.verdict).toBe('contradicted');
    expect(f.explanation).toContain('2022-03-10');
    expect(f.claim.text).toBe('Geneva talks — March 10, 2021');
  });
  it('is supported when the heading fits', () => {
    expect(
      only(
        check(dated('March 10, 2022'), () => []),
        'date_consistency',
      ).verdict,
    ).toBe('supported');
  });
  it('is unverifiable when the heading’s month only partly overlaps the window', () => {
    const t = 'Kyiv visit — March 2022\nDays after Russia invaded Ukraine, the minister travelled to Kyiv.';
    expect(
      only(
        check(t, () => []),
        'date_consistency',
      ).verdict,
    ).toBe('unverifiable');
  });
  it('reads "days before" as before the anchor', () => {
    const t =
      'Talks in Washington — September 5, 2001\nDays before the 9/11 attacks, the two leaders met at the White House.';
    expect(
      only(
        check(t, () => []),
        'date_consistency',
      ).verdict,
    ).toBe('supported');
    const late =
      'Talks in Washington — September 25, 2001\nDays before the 9/11 attacks, the two leaders met at the White House.';
    expect(
      only(
        check(late, () => []),
        'date_consistency',
      ).verdict,
    ).toBe('contradicted');
  });
  it('finds nothing under a heading whose paragraph names no dated world event', () => {
    expect(check('Geneva talks — March 10, 2021\nThe two ministers met in Geneva.', () => [])).toEqual([]);
  });
  it('reports a date the pipeline marked disputed where no heading shows it', () => {
    const t = 'The ministers met in Rome weeks after Russia invaded Ukraine.';
    const e = (x: string) => {
      const m = ev(
        {
          type: 'meeting',
          date: '2022-03-14',
          host_country: 'ITA',
          participants: [{ name: 'Jake Sullivan' }, { name: 'Yang Jiechi', rank: 3 }],
          evidence: t,
        },
        x,
      );
      m.date_disputed = {
        as_written: '2021-03-14',
        inferred: '2022-03-14',
        reason: 'weeks after the invasion',
        evidence: m.evidence,
      };
      return [m];
    };
    expect(only(check(t, e), 'date_consistency').verdict).toBe('contradicted');
  });
  it('judges later claims at the date the paragraph implies', () => {
    const t =
      'Rome talks — March 14, 2021\nWeeks after Russia invaded Ukraine, Jake Sullivan met Yang Jiechi in Rome.\nAnchorage — March 18, 2021\nThe first US and China high-level face-to-face meeting under Biden’s administration was in Anchorage, Alaska.';
    const e = (x: string) => [
      ev(
        {
          type: 'meeting',
          date: '2021-03-14',
          host_country: 'ITA',
          participants: [{ name: 'Jake Sullivan' }, { name: 'Yang Jiechi', rank: 3 }],
          evidence: 'Weeks after Russia invaded Ukraine, Jake Sullivan met Yang Jiechi in Rome.',
        },
        x,
      ),
      ev(
        {
          type: 'meeting',
          date: '2021-03-18',
          host_country: 'USA',
          participants: [{ name: 'Antony Blinken' }, { name: 'Yang Jiechi', rank: 3 }],
          evidence:
            'The first US and China high-level face-to-face meeting under Biden’s administration was in Anchorage, Alaska.',
        },
        x,
      ),
    ];
    const f = check(t, e, { coverage: [cov(['USA', 'CHN'], '2021-01-20')] });
    expect(only(f, 'date_consistency').verdict).toBe('contradicted');
    expect(only(f, 'first_of_kind').verdict).toBe('supported');
  });
});

const schemaPath = join(SHARED, 'schema', 'finding.schema.json');
describe.skipIf(!existsSync(schemaPath))('finding schema', () => {
  afterAll(() => {
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    expect(seen.length).toBeGreaterThan(30);
    for (const f of seen) {
      const ok = validate(JSON.parse(JSON.stringify(f)));
      expect(ok, JSON.stringify(validate.errors)).toBe(true);
      expect(f.explanation).not.toContain('\n');
    }
  });
  it('every finding above validates (checked after all tests ran)', () => expect(true).toBe(true));
});

describe('first_of_kind: a first trip abroad', () => {
  const t =
    'Prime Minister Anthony Albanese arrived in Jakarta on his first overseas trip since taking office.';
  const trip = (x: string) => [
    ev(
      {
        type: 'visit',
        date: '2022-06-05',
        host_country: 'IDN',
        participants: [{ name: 'Anthony Albanese' }],
        evidence: t,
      },
      x,
    ),
  ];
  const cover = [cov(['AUS'], '2022-01-01', { types: ['visit'], visitor: 'AUS' })];
  it('is contradicted by an earlier trip to any other country', () => {
    const earlier = ev({
      type: 'visit',
      date: '2022-05-24',
      host_country: 'JPN',
      participants: [{ name: 'Anthony Albanese' }],
    });
    expect(only(check(t, trip, { recordCoverage: cover, record: [earlier] }), 'first_of_kind').verdict).toBe(
      'contradicted',
    );
  });
  it('is supported when the trips record covers his term and holds no earlier trip', () => {
    const f = only(check(t, trip, { recordCoverage: cover }), 'first_of_kind');
    expect(f.verdict, f.explanation).toBe('supported');
  });
});

describe('first_in_period with "since"', () => {
  const t = 'Joe Biden landed in Hanoi on Sunday, the first US president to visit Vietnam since 2016.';
  const visit = (x: string) => [
    ev(
      {
        type: 'visit',
        date: '2023-09-10',
        host_country: 'VNM',
        participants: [{ name: 'Joe Biden' }],
        evidence: 'Joe Biden landed in Hanoi on Sunday',
      },
      x,
    ),
  ];
  const pres = (date: string, name: string) =>
    ev({
      type: 'visit',
      date,
      host_country: 'VNM',
      participants: [{ name, role: 'President', country: 'USA', rank: 1 }],
    });
  const trips = [
    cov(['USA'], '1905-01-01', {
      types: ['visit'],
      visitor: 'USA',
      max_rank: 3,
      offices: ['President', 'Secretary of State'],
    }),
  ];
  it('is supported when the last such visit fell in the anchor year and sources cover the rest', () => {
    const f = only(
      check(t, visit, { record: [pres('2016-05-23', 'Barack Obama')], recordCoverage: trips }),
      'first_in_period',
    );
    expect(f.verdict, f.explanation).toBe('supported');
  });
  it('is contradicted by a visit after the anchor', () => {
    const f = only(
      check(t, visit, {
        record: [pres('2016-05-23', 'Barack Obama'), pres('2017-11-11', 'Donald Trump')],
        recordCoverage: trips,
      }),
      'first_in_period',
    );
    expect(f.verdict).toBe('contradicted');
  });
  it('is unverifiable without coverage', () => {
    expect(
      only(check(t, visit, { record: [pres('2016-05-23', 'Barack Obama')] }), 'first_in_period').verdict,
    ).toBe('unverifiable');
  });
});

describe('first_in_period picks a visit by the office named', () => {
  it('does not take a president’s visit for a foreign minister’s claim', () => {
    const t =
      'Xi Jinping arrived in Pyongyang. In 2008 Wang Yi made the first visit to North Korea by a Chinese foreign minister in 11 years.';
    const e = (x: string) => [
      ev(
        {
          type: 'visit',
          date: '2019-06-20',
          host_country: 'PRK',
          participants: [{ name: 'Xi Jinping' }],
          evidence: 'Xi Jinping arrived in Pyongyang.',
        },
        x,
      ),
    ];
    const f = only(check(t, e, { coverage: [cov(['CHN', 'PRK'], '1990-01-01')] }), 'first_in_period');
    expect(f.verdict).toBe('unverifiable');
    expect(f.because).toEqual([]);
  });
});

describe('first_of_kind "in N years"', () => {
  const t = 'Narendra Modi and Xi Jinping held their first formal meeting in five years on Wednesday.';
  const m = (x: string) => [
    ev(
      {
        type: 'meeting',
        date: '2024-10-23',
        host_country: 'RUS',
        participants: [{ name: 'Narendra Modi' }, { name: 'Xi Jinping' }],
        evidence: t,
      },
      x,
    ),
  ];
  const met = (date: string) =>
    ev({
      type: 'meeting',
      date,
      host_country: 'IND',
      participants: [{ name: 'Narendra Modi' }, { name: 'Xi Jinping' }],
    });
  const cover = [cov(['IND', 'CHN'], '2014-01-01')];
  it('is supported when the previous meeting rounds to five years', () => {
    const f = only(check(t, m, { coverage: cover, record: [met('2019-10-11')] }), 'first_of_kind');
    expect(f.verdict, f.explanation).toBe('supported');
    expect(f.explanation).toContain('5 years');
  });
  it('is contradicted by a more recent meeting', () => {
    expect(
      only(check(t, m, { coverage: cover, record: [met('2019-10-11'), met('2022-11-15')] }), 'first_of_kind')
        .verdict,
    ).toBe('contradicted');
  });
  it('is unverifiable when the years between are not covered', () => {
    expect(only(check(t, m, { record: [met('2019-10-11')] }), 'first_of_kind').verdict).toBe('unverifiable');
  });
});

describe('first_of_kind covered by a record of some offices', () => {
  const t = 'Antony Blinken arrived in Tokyo on his first foreign trip as secretary of state.';
  const trip = (x: string) => [
    ev(
      {
        type: 'visit',
        date: '2021-03-15',
        host_country: 'JPN',
        participants: [{ name: 'Antony Blinken' }],
        evidence: t,
      },
      x,
    ),
  ];
  const trips = cov(['USA'], '1905-01-01', {
    types: ['visit'],
    visitor: 'USA',
    max_rank: 3,
    offices: ['President', 'Secretary of State'],
  });
  it('is supported by a trips record of Presidents and Secretaries of State', () => {
    const f = only(check(t, trip, { recordCoverage: [trips] }), 'first_of_kind');
    expect(f.verdict, f.explanation).toBe('supported');
  });
  it('is unverifiable for an office that record does not list', () => {
    const t2 = 'Wendy Sherman arrived in Tokyo on her first foreign trip as deputy secretary of state.';
    const trip2 = (x: string) => [
      ev(
        {
          type: 'visit',
          date: '2021-07-18',
          host_country: 'JPN',
          participants: [{ name: 'Wendy Sherman' }],
          evidence: t2,
        },
        x,
      ),
    ];
    expect(only(check(t2, trip2, { recordCoverage: [trips] }), 'first_of_kind').verdict).toBe('unverifiable');
  });
});
