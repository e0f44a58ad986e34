// The workers bench's corpus: news-like articles about many distinct exchanges between many country
// pairs, written at run time from the knowledge (officials in office on the day, capitals,
// demonyms). A day of news spreads over many pairs; a corpus of one story's variations makes every
// merge take the same per-exchange lock and measures that lock, not the workers. Each exchange is
// told by a few articles in different words (as several outlets would), so merges still happen.
import { loadKnowledge } from '../../dist/knowledge/load.js';

/** Small seeded generator (mulberry32), so the same options give the same corpus. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = Array.from({ length: 12 }, (_, m) =>
  new Date(Date.UTC(2000, m, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }),
);
const TOPICS = [
  'trade',
  'energy',
  'climate finance',
  'fisheries',
  'migration',
  'regional security',
  'debt relief',
  'food security',
  'shipping routes',
  'public health',
];
const LEVELS = [['foreign_minister'], ['head_of_state', 'head_of_government']];
const TYPES = ['meeting', 'meeting', 'visit', 'phone_call'];
const DESKS = ['Laurie Chen', 'Ama Mensah', 'Rafael Ortiz', 'Ingrid Holm', 'Kenji Sato', 'Priya Nair'];

const day = (ms) => new Date(ms).toISOString().slice(0, 10);
const written = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
};
const surname = (p) => p.name.split(' ').slice(-1)[0];

/** An official of `country` holding one of `offices` on `date`, with that office's title. */
function holder(kb, country, offices, date) {
  for (const o of kb.officialsInOffice(date, country)) {
    const term = o.terms.find(
      (t) => offices.includes(t.office_id) && t.start <= date && (!t.end || t.end >= date),
    );
    if (term && o.name.includes(' ')) return { name: o.name, title: term.office, country };
  }
  return null;
}

function exchanges(kb, count, rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const countries = kb.knowledge.countries.filter(
    (c) => !c.isOrganisation && c.capital && c.demonyms.length && /^[A-Z]{3}$/.test(c.code),
  );
  const lo = Date.UTC(2008, 0, 1);
  const hi = Date.UTC(2023, 11, 1);
  const out = [];
  const seen = new Set();
  while (out.length < count) {
    const date = day(lo + Math.floor(rand() * ((hi - lo) / 864e5)) * 864e5);
    const offices = pick(LEVELS);
    const [a, b] = [pick(countries), pick(countries)];
    if (a.code === b.code) continue;
    const guest = holder(kb, a.code, offices, date);
    const host = holder(kb, b.code, offices, date);
    const key = `${[a.code, b.code].sort()}:${date.slice(0, 7)}`;
    if (!guest || !host || seen.has(key)) continue;
    seen.add(key);
    out.push({
      type: pick(TYPES),
      guest: { ...guest, land: a },
      host: { ...host, land: b },
      city: b.capital,
      date,
      topic: pick(TOPICS),
    });
  }
  return out;
}

const first = (p) => `${p.land.name}'s ${p.title} ${p.name}`;
const adjectival = (p) => `${p.land.demonyms[0]} ${p.title} ${p.name}`;
const apposed = (p) => `${p.name}, ${p.land.name}'s ${p.title.toLowerCase()},`;

/** Ways to tell the exchange itself: the first sentence of an article about it. */
const LEADS = {
  meeting: [
    (x) => `${first(x.guest)} met ${adjectival(x.host)} in ${x.city} on ${x.when}, officials said.`,
    (x) => `${apposed(x.host)} received ${x.guest.name} in ${x.city} on ${x.when} for talks on ${x.topic}.`,
    (x) => `On ${x.when}, ${first(x.guest)} and ${first(x.host)} held talks in ${x.city}.`,
  ],
  visit: [
    (x) => `${first(x.guest)} arrived in ${x.city} on ${x.when} for a two-day visit to ${x.host.land.name}.`,
    (x) =>
      `${adjectival(x.guest)} visited ${x.host.land.name} on ${x.when}, the first stop of a regional tour.`,
    (x) => `${apposed(x.guest)} travelled to ${x.city} on ${x.when} on an official visit.`,
  ],
  phone_call: [
    (x) => `${first(x.guest)} spoke by phone with ${adjectival(x.host)} on ${x.when}.`,
    (x) => `${apposed(x.host)} held a telephone call with ${x.guest.name} on ${x.when} about ${x.topic}.`,
    (x) => `In a phone call on ${x.when}, ${first(x.guest)} and ${first(x.host)} discussed ${x.topic}.`,
  ],
};

/** A background sentence: another exchange of the corpus that the article recalls. */
const RECALLS = {
  meeting: (x) => `Earlier, on ${x.when}, ${first(x.guest)} had met ${first(x.host)} in ${x.city}.`,
  visit: (x) => `On ${x.when}, ${first(x.guest)} had visited ${x.host.land.name}.`,
  phone_call: (x) => `It follows a phone call on ${x.when} between ${first(x.guest)} and ${first(x.host)}.`,
};

/**
 * Paragraphs with no exchange in them, so an article has the length and texture of news (a wire
 * story runs to some 2–4 KB, most of it not about the exchange itself): a few, in varying order.
 */
function body(x, rand) {
  const n = (lo, hi) => lo + Math.floor(rand() * (hi - lo));
  const g = surname(x.guest);
  const h = surname(x.host);
  const a = x.guest.land.name;
  const b = x.host.land.name;
  const pool = [
    `The two sides discussed ${x.topic} and ${TOPICS[n(0, TOPICS.length)]}, according to a statement released afterwards, which described the exchange as frank and constructive.`,
    `"We agreed to keep working together on ${x.topic}, and our teams will continue the discussion in the coming weeks," ${g} told reporters. ${h} said the partnership had grown steadily over the past decade.`,
    `Trade between ${a} and ${b} reached ${n(2, 90)} billion dollars last year, up ${n(2, 19)} percent, according to official figures. Analysts said both governments were keen to diversify supply chains and attract investment in ports, railways and power grids.`,
    `Officials declined to say whether a new agreement would be signed before the end of the year. Several business delegations were expected to follow, and a joint commission is due to convene again in ${MONTHS[n(0, 12)]}.`,
    `Opposition lawmakers in ${b} criticised the government for what they called a lack of transparency, saying parliament had not been told what was on the table. A spokesperson for the ruling coalition rejected the criticism as political point-scoring.`,
    `The central bank of ${a} left interest rates unchanged at ${n(2, 12)}.${n(0, 10)} percent on the same day, citing stubborn inflation in food and fuel prices, while the currency slipped ${n(1, 4)} percent against the dollar over the week.`,
    `Relations between the two countries have had their difficulties. A dispute over ${TOPICS[n(0, TOPICS.length)]} dragged on for years before a compromise was reached, and diplomats on both sides say trust still has to be rebuilt step by step.`,
    `Business groups welcomed the tone. "Companies want predictability above all, and today's signals are encouraging," said the head of a chamber of commerce, adding that about ${n(100, 900)} firms from ${a} already operate in ${b}.`,
    `Rights groups urged both governments to put labour standards and press freedom on the agenda, noting that ${n(2, 40)} journalists remain in detention in the region. Neither government responded to requests for comment on the appeal.`,
    `Climate scientists warned this week that the region faces more frequent droughts and floods, with crop losses estimated at ${n(1, 9)} billion dollars a year. Both governments have pledged to cut emissions, though critics say the targets lack detail.`,
    `Energy prices remain a concern for households in ${a}, where electricity bills rose by about ${n(5, 40)} percent over two years. The government has promised subsidies for the poorest families and a faster roll-out of solar and wind capacity.`,
    `Security analysts said the wider region was watching closely. "Every government here is hedging, and nobody wants to be caught on the wrong side of a rivalry between bigger powers," said a researcher at a think tank in ${x.city}.`,
  ];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, n(8, 12));
}

function more(x, rand, chars) {
  const out = [];
  while (chars > 0) {
    const p = body(x, rand)[0];
    out.push(p);
    chars -= p.length + 2;
  }
  return out;
}

/**
 * `n` articles telling about n / tellings exchanges between many pairs, each told `tellings` times in
 * different words, in shuffled order. Every article also recalls one other exchange of the corpus.
 * `kb`: make articles about that long (default about 2.4 KB).
 */
export function exchangeCorpus(n, { tellings = 3, seed = 7, kb: size = 0 } = {}) {
  const kb = loadKnowledge();
  const rand = generator(seed);
  const list = exchanges(kb, Math.ceil(n / tellings), rand);
  const docs = [];
  for (let t = 0; t < tellings; t++) {
    for (const [i, e] of list.entries()) {
      if (docs.length >= n) break;
      const x = { ...e, when: written(e.date) };
      const back = list[(i + 1 + Math.floor(rand() * (list.length - 1))) % list.length];
      const leads = LEADS[e.type];
      const paragraphs = [
        `${e.city.toUpperCase()}, ${x.when} (Bench Wire) - ${leads[t % leads.length](x)}`,
        ...body(x, rand),
        // Longer articles on request (--kb): more of the same kind of paragraphs, numbers drawn anew.
        ...more(x, rand, size * 1024 - 2500),
        RECALLS[back.type]({ ...back, when: written(back.date) }),
        `Reporting by ${DESKS[(i + t) % DESKS.length]}; editing by ${DESKS[(i + t + 3) % DESKS.length]}, ref ${i}-${t}.`,
      ];
      docs.push({
        id: `exchange-${i}-telling-${t}`,
        text: paragraphs.filter(Boolean).join('\n\n'),
        published: day(Date.parse(e.date) + 864e5),
        url: `https://bench.example/exchange/${i}/${t}`,
        outlet: 'Bench Wire',
        title: null,
      });
    }
  }
  for (let i = docs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [docs[i], docs[j]] = [docs[j], docs[i]];
  }
  return { docs, exchanges: list.length };
}
