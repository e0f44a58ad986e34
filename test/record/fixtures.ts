// Hand-made extractions for the record's tests: the pipeline is not needed to test the store.
import type { ExchangeEvent, Extraction, Participant, Span } from '../../src/types.js';

export const person = (
  name: string | null,
  country: string,
  rank: number | null = 3,
  role: string | null = null,
): Participant => ({
  name,
  role,
  country,
  rank,
});

/** A span of `text` covering `phrase` (which must occur in it), so evidence is honest. */
export function span(text: string, phrase: string): Span {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture: "${phrase}" not in text`);
  return { start, end: start + phrase.length, text: phrase };
}

export function event(over: Partial<ExchangeEvent> & Pick<ExchangeEvent, 'participants'>): ExchangeEvent {
  const ranks = over.participants.map((p) => p.rank).filter((r): r is number => r !== null);
  return {
    type: 'meeting',
    status: 'occurred',
    certainty: 'stated',
    host_country: null,
    location: null,
    date: null,
    end_date: null,
    duration_minutes: null,
    topics: [],
    tone: null,
    evidence: [],
    cameo: null,
    plover: null,
    goldstein: null,
    rank: ranks.length ? Math.min(...ranks) : null,
    ...over,
  };
}

export function extraction(
  id: string,
  text: string,
  events: ExchangeEvent[],
  published = '2023-06-20',
): Extraction {
  return {
    article: { id, text, published, url: `https://example.org/${id}`, outlet: 'Example' },
    events,
    warnings: [],
    coverage: [],
  };
}

/** A story of one meeting between two people, on a day of June 2023; its own text for each `n`. */
export function meeting(id: string, a: Participant, b: Participant, day: number, n = 0): Extraction {
  const text = `${a.name} met ${b.name} on June ${day}, 2023, officials said.${' Again.'.repeat(n)}`;
  return extraction(id, text, [
    event({
      participants: [a, b],
      date: `2023-06-${String(day).padStart(2, '0')}`,
      evidence: [span(text, `${a.name} met ${b.name} on June ${day}, 2023`)],
    }),
  ]);
}

const BLINKEN = 'Antony Blinken';

/** Two reports in different words of Blinken's June 2023 Beijing talks with Wang Yi, a day apart by time zone. */
export function beijingTalks() {
  const a =
    "BEIJING — US Secretary of State Antony Blinken held talks with China's top diplomat Wang Yi in Beijing on Monday, June 19, 2023, the State Department said.";
  const b =
    'Washington, June 18 (Wire) — Blinken sat down with Wang for three hours at the Diaoyutai guest house, officials said, calling the exchange candid.';
  const first = extraction('report-a', a, [
    event({
      participants: [
        person(BLINKEN, 'USA', 3, 'Secretary of State'),
        person('Wang Yi', 'CHN', 3, 'Director of the Foreign Affairs Commission Office'),
      ],
      host_country: 'CHN',
      location: { city: 'Beijing', country: 'CHN' },
      date: '2023-06-19',
      evidence: [
        span(
          a,
          "Antony Blinken held talks with China's top diplomat Wang Yi in Beijing on Monday, June 19, 2023",
        ),
      ],
    }),
  ]);
  const second = extraction('report-b', b, [
    event({
      participants: [person('Blinken', 'USA', null), person('Wang', 'CHN', null)],
      host_country: 'CHN',
      date: '2023-06-18',
      duration_minutes: 180,
      tone: 'candid',
      location: { city: null, country: 'CHN', venue: 'Diaoyutai guest house' },
      evidence: [span(b, 'Blinken sat down with Wang for three hours at the Diaoyutai guest house')],
    }),
  ]);
  return { first, second };
}
