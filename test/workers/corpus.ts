// 300 documents telling 30 distinct diplomatic exchanges, each exchange told ten times in different
// words: different verbs, sentence structures, name forms and date formats, not a changed line.
// Every exchange is an in-person meeting in one city between two named senior officials of two
// countries; no country pair repeats, so "one event per exchange" is "one event per pair".
import type { Article } from '../../src/types.js';

interface Country {
  code: string;
  name: string;
  demonym: string;
  city: string;
  minister: string;
  leader: string;
  leaderTitle: 'President' | 'Prime Minister';
}

// Fictional officials (no collision with knowledge/officials.jsonl); real countries and cities.
const COUNTRIES: Country[] = [
  {
    code: 'BRA',
    name: 'Brazil',
    demonym: 'Brazilian',
    city: 'Brasília',
    minister: 'Ana Ribeiro',
    leader: 'Paulo Mendes',
    leaderTitle: 'President',
  },
  {
    code: 'ARG',
    name: 'Argentina',
    demonym: 'Argentine',
    city: 'Buenos Aires',
    minister: 'Martín Castellano',
    leader: 'Lucía Ferraro',
    leaderTitle: 'President',
  },
  {
    code: 'CHL',
    name: 'Chile',
    demonym: 'Chilean',
    city: 'Santiago',
    minister: 'Rodrigo Valdés Pino',
    leader: 'Camila Orrego',
    leaderTitle: 'President',
  },
  {
    code: 'PER',
    name: 'Peru',
    demonym: 'Peruvian',
    city: 'Lima',
    minister: 'Elena Quispe',
    leader: 'Jorge Salcedo',
    leaderTitle: 'President',
  },
  {
    code: 'CAN',
    name: 'Canada',
    demonym: 'Canadian',
    city: 'Ottawa',
    minister: 'Margaret Doyle',
    leader: 'Thomas Fairbairn',
    leaderTitle: 'Prime Minister',
  },
  {
    code: 'POL',
    name: 'Poland',
    demonym: 'Polish',
    city: 'Warsaw',
    minister: 'Katarzyna Zielińska',
    leader: 'Marek Wójcik',
    leaderTitle: 'Prime Minister',
  },
  {
    code: 'SWE',
    name: 'Sweden',
    demonym: 'Swedish',
    city: 'Stockholm',
    minister: 'Ingrid Lindqvist',
    leader: 'Johan Ekdahl',
    leaderTitle: 'Prime Minister',
  },
  {
    code: 'GRC',
    name: 'Greece',
    demonym: 'Greek',
    city: 'Athens',
    minister: 'Nikos Petridis',
    leader: 'Eleni Markou',
    leaderTitle: 'Prime Minister',
  },
  {
    code: 'EGY',
    name: 'Egypt',
    demonym: 'Egyptian',
    city: 'Cairo',
    minister: 'Karim Farouk',
    leader: 'Hassan Eldin',
    leaderTitle: 'President',
  },
  {
    code: 'KEN',
    name: 'Kenya',
    demonym: 'Kenyan',
    city: 'Nairobi',
    minister: 'Grace Wanjiru',
    leader: 'Daniel Otieno',
    leaderTitle: 'President',
  },
  {
    code: 'GHA',
    name: 'Ghana',
    demonym: 'Ghanaian',
    city: 'Accra',
    minister: 'Kwame Asante',
    leader: 'Abena Owusu',
    leaderTitle: 'President',
  },
  {
    code: 'IDN',
    name: 'Indonesia',
    demonym: 'Indonesian',
    city: 'Jakarta',
    minister: 'Siti Rahayu',
    leader: 'Budi Santoso',
    leaderTitle: 'President',
  },
  {
    code: 'VNM',
    name: 'Vietnam',
    demonym: 'Vietnamese',
    city: 'Hanoi',
    minister: 'Nguyen Thi Lan',
    leader: 'Tran Van Hoa',
    leaderTitle: 'Prime Minister',
  },
  {
    code: 'NOR',
    name: 'Norway',
    demonym: 'Norwegian',
    city: 'Oslo',
    minister: 'Kari Solberg Haugen',
    leader: 'Erik Brekke',
    leaderTitle: 'Prime Minister',
  },
  {
    code: 'MAR',
    name: 'Morocco',
    demonym: 'Moroccan',
    city: 'Rabat',
    minister: 'Youssef Benali',
    leader: 'Samir Idrissi',
    leaderTitle: 'Prime Minister',
  },
];

export interface Exchange {
  /** Sorted alpha-3 pair: the exchange's identity in this corpus. */
  countries: [string, string];
  guest: { country: Country; name: string; office: string };
  host: { country: Country; name: string; office: string };
  city: string;
  /** YYYY-MM-DD */
  date: string;
  topic: string;
}

const TOPICS = [
  'trade',
  'energy cooperation',
  'fisheries',
  'migration',
  'climate finance',
  'regional security',
];

/** 15 countries, each paired with its next (foreign ministers) and its fourth next (leaders): 30 pairs. */
export function exchanges(): Exchange[] {
  const out: Exchange[] = [];
  const n = COUNTRIES.length;
  for (const [offset, level] of [
    [1, 'minister'],
    [4, 'leader'],
  ] as const) {
    for (let i = 0; i < n; i++) {
      const guest = COUNTRIES[i];
      const host = COUNTRIES[(i + offset) % n];
      const k = out.length;
      // Dates spread over 2023, never two exchanges of one country on nearby days.
      const date = new Date(Date.UTC(2023, 0, 3 + k * 11)).toISOString().slice(0, 10);
      const person = (c: Country) =>
        level === 'minister'
          ? { country: c, name: c.minister, office: 'Foreign Minister' }
          : { country: c, name: c.leader, office: c.leaderTitle };
      out.push({
        countries: [guest.code, host.code].sort() as [string, string],
        guest: person(guest),
        host: person(host),
        city: host.city,
        date,
        topic: TOPICS[k % TOPICS.length],
      });
    }
  }
  return out;
}

type Person = Exchange['guest'];
const surname = (p: Person) => p.name.split(' ').slice(-1)[0];

// Ways to name an official on first mention.
const NAMINGS: Array<(p: Person) => string> = [
  (p) => `${p.country.name}'s ${p.office} ${p.name}`,
  (p) => `${p.country.demonym} ${p.office} ${p.name}`,
  (p) => `${p.name}, ${p.country.name}'s ${p.office.toLowerCase()},`,
  (p) => `the ${p.country.demonym} ${p.office.toLowerCase()}, ${p.name},`,
];

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// Ways to write the date; the publication date (a day or two later) supplies the year when omitted.
const DATINGS: Array<(d: Date) => string> = [
  (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  (d) => `${WEEKDAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`,
  (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`,
];

interface Parts {
  g: string;
  h: string;
  city: string;
  date: string;
  topic: string;
}

// Sentence structures: who is the subject, which verb, where the date and place go.
const TELLINGS: Array<(x: Parts) => string> = [
  (x) => `${x.g} met ${x.h} in ${x.city} on ${x.date}.`,
  (x) => `${x.h} received ${x.g} in ${x.city} on ${x.date} for talks on ${x.topic}.`,
  (x) => `On ${x.date}, ${x.g} and ${x.h} held talks in ${x.city}.`,
  (x) => `In ${x.city} on ${x.date}, ${x.g} held a meeting with ${x.h} on ${x.topic}.`,
  (x) => `${x.g} and ${x.h} sat down for talks in ${x.city} on ${x.date}, officials said.`,
  (x) => `${x.h} and ${x.g} met on ${x.date} in ${x.city} to discuss ${x.topic}.`,
  (x) => `Talks on ${x.topic} between ${x.g} and ${x.h} took place in ${x.city} on ${x.date}.`,
  (x) => `${x.g} held talks with ${x.h} in ${x.city} on ${x.date}, focusing on ${x.topic}.`,
  (x) => `Meeting in ${x.city} on ${x.date}, ${x.h} and ${x.g} discussed ${x.topic}.`,
  (x) => `${x.g} had a meeting with ${x.h} on ${x.date} in ${x.city}, where they discussed ${x.topic}.`,
];

// Closing sentences with no exchange in them, so a document is more than its one sentence.
const CODAS: Array<(e: Exchange) => string> = [
  () => 'No joint statement was issued.',
  (e) => `${surname(e.guest)} described the atmosphere as cordial.`,
  (e) => `Officials in ${e.host.country.city} gave no further details.`,
  (e) => `${surname(e.host)} told reporters that work on ${e.topic} would continue at the expert level.`,
  () => 'The foreign ministries of both countries released photographs afterwards.',
  (e) => `Analysts said ${e.topic} has dominated relations this year.`,
];

const OUTLETS = ['Wire One', 'The Daily Ledger', 'Harbor Times', 'Metro Courier', 'Global Dispatch'];

/** The 300 documents: exchange k, telling j uses structure j, and naming, dating and coda by (j + k). */
export function corpus(): { articles: Article[]; exchanges: Exchange[] } {
  const ex = exchanges();
  const articles: Article[] = [];
  ex.forEach((e, k) => {
    const when = new Date(`${e.date}T00:00:00Z`);
    for (let j = 0; j < TELLINGS.length; j++) {
      const v = j + k;
      const published = new Date(when.getTime() + (1 + (v % 2)) * 86_400_000).toISOString().slice(0, 10);
      const text = [
        TELLINGS[j]({
          g: NAMINGS[v % NAMINGS.length](e.guest),
          h: NAMINGS[(v + 1) % NAMINGS.length](e.host),
          city: e.city,
          date: DATINGS[v % DATINGS.length](when),
          topic: e.topic,
        }),
        CODAS[v % CODAS.length](e),
        CODAS[(v + 3) % CODAS.length](e),
      ]
        .join(' ')
        // A sentence may start with "the Greek foreign minister"; capitalise it.
        .replace(/^the /, 'The ');
      articles.push({
        id: `x${String(k).padStart(2, '0')}-t${j}`,
        text,
        published,
        url: `https://news.example/${k}/${j}`,
        outlet: OUTLETS[v % OUTLETS.length],
        title: `${e.guest.country.name} and ${e.host.country.name} hold talks`,
      });
    }
  });
  return { articles, exchanges: ex };
}
