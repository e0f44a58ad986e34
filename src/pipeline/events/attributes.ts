// What the evidence sentences say about an exchange beyond who and when: how long it lasted
// ("seven-hour", "90-minute", "more than three hours"), its tone ("candid and substantive"),
// its topics ("over Taiwan and North Korea") and its venue ("Diaoyutai State Guest House").
import type { DocumentView } from '../document.js';
import { literalFilter, type Grams } from '../text/literal-filter.js';

const NUM: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, fifty: 50, sixty: 60, ninety: 90, half: 0.5, an: 1, a: 1,
};

const DURATION =
  /\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|an?)(-and-a-half|\s+and\s+a\s+half)?[- ](hours?|minutes?)\b/i;
const TONE_WORDS =
  /\b(candid|frank|constructive|cordial|productive|substantive|tense|fiery|blunt|warm|friendly|positive|fruitful|in-depth|direct|honest|open|sincere|difficult|heated|testy|stormy|acrimonious|respectful)\b/gi;
const QUOTED = /[“"]([^”"]{3,60})[”"]/g;
const TOPIC_CUE = /\b(?:on|over|about|including|covered|discussed|focus(?:ed)?\s+on|concerning|regarding|topics?)\b/i;
const TOPICS: Array<[string, RegExp]> = [
  ['Taiwan', /\bTaiwan\b/],
  ['North Korea', /\bNorth Korea\b|\bDPRK\b/],
  ['Ukraine', /\bUkraine\b/],
  ['trade', /\btrade\b/i],
  ['investment', /\binvestment\b/i],
  ['export controls', /\bexport\b/i],
  ['human rights', /\bhuman rights\b/i],
  ['climate', /\bclimate\b/i],
  ['security', /\bsecurity\b/i],
  ['nuclear', /\bnuclear\b/i],
  ['energy', /\benergy\b|\boil\b|\bgas\b/i],
  ['migration', /\bmigra\w+\b|\brefugees?\b/i],
  ['fentanyl', /\bfentanyl\b/i],
  ['health', /\bcovid\b|\bpandemic\b|\bvaccines?\b/i],
  ['defence', /\bdefen[cs]e\b|\bmilitary\b/i],
];
// Where people are: "at the Kremlin", not "The Kremlin said".
const VENUE = /(?=[A-Z])(?<=\b(?:at|in|inside|to)\s+(?:the\s+)?)((?:[A-Z][\w’'-]+\s+){1,4}(?:Guest\s+House|Palace|House|Hall|Hotel|Centre|Center|Stadium|Residence|Kremlin|Building))\b|(?=the\s)(?<=\b(?:at|in|inside|to)\s+)(the\s+Kremlin)\b/;
const TONE = /\b(candid|frank|constructive|cordial|productive|tense|fiery|blunt|warm|friendly|fruitful|heated|testy|acrimonious)\b/i;
// (In two parts: the groups' two-character names left the whole pattern with no literal to filter sentences by.)
const SUMMIT = /\bsummit\b|\bAPEC\b|\bGeneral Assembly\b|\bsidelines\b|\bmargins\b|\bconference\b|\bdialogue\b/i;
const GROUP_SUMMIT = /\bG-?20\b|\bG-?7\b/i;

/** Each pattern's literal filter, made once: every sentence an exchange cites is tested against all of them. */
const TOPIC_FILTERS = TOPICS.map(([, re]) => literalFilter(re));
const MAY_DURATION = literalFilter(DURATION);
const MAY_TONE = literalFilter(TONE);
const MAY_VENUE = literalFilter(VENUE);
const MAY_SUMMIT = literalFilter(SUMMIT);

export interface Attributes {
  duration: number | null;
  tone: string | null;
  topics: string[];
  venue: string | null;
  summit: boolean;
}

/** What one sentence says of an exchange. */
interface SentenceAttributes {
  duration: number | null;
  tone: string | null;
  topics: string[];
  venue: string | null;
  summit: boolean;
}

/** Each attribute from the first of the evidence sentences that gives it (topics from all, summit from any). */
export function describe(doc: DocumentView, sentences: number[]): Attributes {
  let duration: number | null = null;
  let tone: string | null = null;
  const topics = new Set<string>();
  let venue: string | null = null;
  let summit = false;
  for (const i of sentences) {
    const a = readAttributes(doc.sentences[i].s.text, doc.sentences[i].grams);
    duration ??= a.duration;
    tone ??= a.tone;
    for (const t of a.topics) topics.add(t);
    venue ??= a.venue;
    summit ||= a.summit;
  }
  return { duration, tone, topics: [...topics], venue, summit };
}

function readAttributes(text: string, grams: Grams): SentenceAttributes {
  let duration: number | null = null;
  const d = MAY_DURATION(grams) ? DURATION.exec(text) : null;
  if (d) {
    const n = /^\d/.test(d[1]) ? parseFloat(d[1]) : (NUM[d[1].toLowerCase()] ?? 0);
    const half = d[2] ? 0.5 : 0;
    duration = Math.round((n + half) * (/hour/i.test(d[3]) ? 60 : 1));
  }
  let tone: string | null = null;
  QUOTED.lastIndex = 0;
  let q: RegExpExecArray | null;
  while ((q = QUOTED.exec(text))) {
    TONE_WORDS.lastIndex = 0;
    if (TONE_WORDS.test(q[1]) && q[1].split(/\s+/).length <= 5) {
      tone = q[1].replace(/[,.]$/, '');
      break;
    }
  }
  if (tone === null) {
    TONE_WORDS.lastIndex = 0;
    const w = MAY_TONE(grams) ? TONE.exec(text) : null;
    if (w) tone = w[1].toLowerCase();
  }
  const topics: string[] = [];
  if (TOPIC_CUE.test(text)) for (let i = 0; i < TOPICS.length; i++) if (TOPIC_FILTERS[i](grams) && TOPICS[i][1].test(text)) topics.push(TOPICS[i][0]);
  // "Beijing’s Diaoyutai State Guest House": the city's possessive is not part of the venue's name.
  let venue: string | null = null;
  if (MAY_VENUE(grams)) {
    const v = VENUE.exec(text);
    venue = (v?.[1] ?? v?.[2])?.replace(/^[\w-]+['’]s\s+/, '') ?? null;
  }
  return { duration, tone, topics, venue, summit: (MAY_SUMMIT(grams) && SUMMIT.test(text)) || GROUP_SUMMIT.test(text) };
}
