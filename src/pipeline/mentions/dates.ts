// Dates in one sentence, against a reference date (publication, or a list heading's year).
// chrono-node does the calendar work; a few phrases it leaves alone or reads wrongly for news
// ("in 1998", "later this year", "in five years") are handled here first.
import * as chrono from 'chrono-node';
import { gramsOf, mayMatch, type Grams } from '../text/literal-filter.js';
import { guardedChrono } from './guarded-chrono.js';
import { numberWord } from '../text/numbers.js';
import { sortSmall } from '../sort-small.js';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: only the parts the text supports. */
  value: string;
  endValue: string | null;
  /** The year was written (not inferred from the reference date). */
  explicitYear: boolean;
  /** Inferred from a weekday or "today", so a tense check may move it by a week. */
  weekday: boolean;
  /** A period anchor ("since January 2021", "took office in 2021"), not when something happened. */
  anchor: boolean;
  /** "in the coming months", "later this year": only for what is planned. */
  vague: boolean;
  /**
   * "in the autumn": a season with no year, whose year the tense decides (events/date-for: the last one for what
   * occurred, the next for a plan). Until then `value` and `endValue` are its months in the reference year.
   */
  season: Season | null;
}

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** First and last month of each season (northern hemisphere, the default: the text rarely says which). */
const SEASON_MONTHS: Record<Season, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 2] };

/**
 * A season's months (a date and its end, "2025-09" to "2025-11"), relative to the reference: 'last' is the latest one
 * over before it, 'next' the first one begun after it, 'past' the latest one begun by then (what occurred "in the
 * autumn"), 'ahead' the first one not over by then (what is planned for it), 'this' the one of the reference year (of a
 * winter, which runs from December into the next year, the nearer: the one just over until May, else the coming one).
 */
export function seasonMonths(season: Season, ref: RefDate, which: 'last' | 'next' | 'past' | 'ahead' | 'this'): { value: string; endValue: string } {
  const [first, last] = SEASON_MONTHS[season];
  const winter = season === 'winter';
  const at = ref.year * 12 + ref.month;
  const start = (y: number) => y * 12 + first;
  const end = (y: number) => (winter ? (y + 1) * 12 + last : y * 12 + last);
  let y = ref.year;
  if (which === 'this') y = winter && ref.month <= 5 ? ref.year - 1 : ref.year;
  else if (which === 'last') for (y = ref.year + 1; end(y) >= at; y--);
  else if (which === 'past') for (y = ref.year + 1; start(y) > at; y--);
  else if (which === 'next') for (y = ref.year - 1; start(y) <= at; y++);
  else for (y = ref.year - 1; end(y) < at; y++);
  return { value: formatParts(y, first), endValue: formatParts(winter ? y + 1 : y, last) };
}

/**
 * "gas supplies for the coming winter", "stocks for the winter": a season that something is for, not when an exchange
 * falls (a plan "scheduled for the autumn" is dated by it).
 */
const forOther = (before: string): boolean => /\bfor\s+(?:the\s+)?$/i.test(before) && !/\b(?:planned|scheduled|set|slated|due|pencill?ed\s+in|earmarked|expected|penciled)\s+for\s+(?:the\s+)?$/i.test(before);

const seasonOf = (word: string): Season => {
  const w = word.toLowerCase();
  return w === 'fall' ? 'autumn' : (w as Season);
};

/** Nouns a season word qualifies rather than dates: "spring offensive", "Autumn Statement", "summer session". */
const SEASON_NOUN =
  /^\s+(?:\p{Lu}|(?:offensives?|sessions?|statements?|terms?|semesters?|olympics|games|collections?|fashion|break|holidays?|school|camps?|solstice|equinox|crops?|wheat|harvest|storms?|weather|heat|temperatures?|months|season|recess|schedule|tour|retreat|meetings?|summit|forecast|budget)\b)/u;

const pad = (n: number) => String(n).padStart(2, '0');
// Four digits always: the event schema's dates are YYYY…, and a text's "0000" or a publication date
// in year 100 otherwise came out as "0-06-18" or "100-01-04".
const year = (y: number) => String(y).padStart(4, '0');

export function formatParts(y: number, m?: number | null, d?: number | null): string {
  if (m == null) return year(y);
  if (d == null) return `${year(y)}-${pad(m)}`;
  return `${year(y)}-${pad(m)}-${pad(d)}`;
}


interface PhraseRule {
  re: RegExp;
  reason: string;
  value: (
    m: RegExpExecArray,
    ref: RefDate,
  ) => { value: string; endValue?: string; vague?: boolean; explicitYear?: boolean; season?: Season } | null;
}

export interface RefDate {
  year: number;
  month: number;
  day: number;
  /** The article writes numeric dates day first ("24/06", "16/07/2025"): see writesDayFirst. */
  dayFirst?: boolean;
}

/** Numeric dates: "24/06", "16/07/2025", "3.12.2025" (a dotted one only with its year, so "1.5" is no date). */
const NUMERIC_DATE = /\b(\d{1,2})(?:\/(\d{1,2})(?:\/((?:19|20)?\d{2}))?|\.(\d{1,2})\.((?:19|20)\d{2}))\b(?![/.]\d)/g;
/** An article that names its order: "dates are day/month/year", "(dd/mm/yyyy)". */
const DAY_FIRST_SAID = /\b(?:day\/month\/year|dd\/mm\/yy(?:yy)?)\b/i;

/**
 * Whether an article's numeric dates put the day first: it says so, or more of its numeric dates can only be
 * read day first ("16/07/2025", and any dotted "3.12.2025") than month first ("07/16/2025"). chrono reads them
 * month first, as American copy writes them; European, Latin American, Indian and Gulf copy does not.
 */
export function writesDayFirst(text: string): boolean {
  if (DAY_FIRST_SAID.test(text)) return true;
  let day = 0;
  let month = 0;
  NUMERIC_DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMERIC_DATE.exec(text))) {
    if (m[4]) day++;
    else if (m[2] && +m[1] > 12 && +m[1] <= 31 && +m[2] <= 12) day++;
    else if (m[2] && +m[2] > 12 && +m[2] <= 31 && +m[1] <= 12) month++;
  }
  return day > month;
}

export function parseRef(date: string | null): RefDate | null {
  const m = date && /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  return { year: +m[1], month: m[2] ? +m[2] : 7, day: m[3] ? +m[3] : 1 };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Holidays of a fixed day: [month, day]. */
const HOLIDAYS: Record<string, [number, number]> = {
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  'boxing day': [12, 26],
  "valentine's day": [2, 14],
};

const PHRASES: PhraseRule[] = [
  {
    // "in autumn 2024", "Spring 2019": a season of a written year is its months that year ("the spring of 2022" is the
    // next rule's, a year). A winter of a year ("winter 2024") may be the one it ends or the one it begins: the year.
    reason: 'a season of a written year',
    re: /\b(?:early\s+|late\s+|mid-?)?(spring|summer|autumn|fall|winter)\s+((?:19|20)\d{2})\b(?![-–/]\d)/gi,
    value: (m) => {
      const season = seasonOf(m[1]);
      if (season === 'winter') return { value: m[2], explicitYear: true };
      return { ...seasonMonths(season, { year: +m[2], month: 1, day: 1 }, 'this'), explicitYear: true };
    },
  },
  {
    reason: 'a season relative to publication',
    // "this spring", "last summer", "this past winter", "next autumn": the season the reference points to. (Not one that
    // qualifies a noun: "this Spring Festival", "last summer session".)
    re: /\b(this(?:\s+past)?|last|past|next|coming|this\s+coming)\s+(?:early\s+|late\s+)?(spring|summer|autumn|fall|winter)\b/gi,
    value: (m, ref) => {
      if (SEASON_NOUN.test(m.input.slice(m.index + m[0].length)) || forOther(m.input.slice(0, m.index))) return null;
      const rel = m[1].toLowerCase();
      const which = rel === 'last' || rel.includes('past') ? 'last' : rel === 'next' || rel.includes('coming') ? 'next' : 'this';
      return { ...seasonMonths(seasonOf(m[2]), ref, which), explicitYear: true };
    },
  },
  {
    // "on 05/07", "01/07/2025" in an article that writes day first (RefDate.dayFirst), and a dotted "3.12.2025"
    // anywhere: chrono would read 5 May, 7 January and 12 March. Month-first readings are left to chrono.
    reason: 'a numeric date written day first',
    re: NUMERIC_DATE,
    value: (m, ref) => {
      const dotted = !!m[4];
      const a = +m[1];
      const b = +(m[2] ?? m[4]);
      if (!dotted && !(ref.dayFirst || a > 12)) return null;
      // ("open 24/7": a round-the-clock service, not 24 July.)
      if (!dotted && !m[3] && a === 24 && b === 7) return null;
      if (a < 1 || a > 31 || b < 1 || b > 12) return null;
      const y = m[5] ?? m[3];
      const full = y ? (y.length === 2 ? 2000 + +y : +y) : ref.year;
      // ("31/02/2023" is on no calendar: no date, rather than one the record would refuse.)
      if (a > new Date(Date.UTC(full, b, 0)).getUTCDate()) return null;
      return { value: formatParts(full, b, a), explicitYear: !!y };
    },
  },
  {
    reason: 'a bare year after a preposition',
    // ("in the course of the year 2026", "during the year 2018": translated copy names the year so.)
    re: /\b(?:in|of|during|since|until|by|early|late|mid-?)\s+(?:the\s+year\s+)?((?:19|20)\d{2})\b(?![-–/]\d)/gi,
    value: (m) => ({ value: m[1], explicitYear: true }),
  },
  {
    // "his stopover in Lahore on Christmas Day 2015": chrono knows no holidays; those of a fixed day are dates.
    reason: 'a holiday of a fixed day',
    re: /\b(Christmas\s+(?:Day|Eve)|New\s+Year['’]s\s+(?:Day|Eve)|Boxing\s+Day|Valentine['’]s\s+Day)(?:,?\s+((?:19|20)\d{2})\b)?/g,
    value: (m, ref) => {
      const day = HOLIDAYS[m[1].replace(/\s+/g, ' ').replace('’', "'").toLowerCase()];
      if (!day) return null;
      return { value: formatParts(m[2] ? +m[2] : ref.year, day[0], day[1]), explicitYear: !!m[2] };
    },
  },
  {
    reason: 'a month of a year relative to publication',
    re: /\b(?:in\s+)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:of\s+)?(last|this|next)\s+year\b/gi,
    value: (m, ref) => {
      // "He may last year have said": a month is written with its capital.
      if (!/^[A-Z]/.test(m[1])) return null;
      const month = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1;
      const rel = m[2].toLowerCase();
      const y = rel === 'last' ? ref.year - 1 : rel === 'next' ? ref.year + 1 : ref.year;
      return { value: formatParts(y, month), explicitYear: true };
    },
  },
  {
    reason: 'a year relative to publication',
    re: /\b(?:(earlier|later)\s+(?:this|in the)\s+year|this year|last year|next year)\b/gi,
    value: (m, ref) => {
      const t = m[0].toLowerCase();
      const y = t.includes('last') ? ref.year - 1 : t.includes('next') ? ref.year + 1 : ref.year;
      return { value: String(y), vague: t.startsWith('later') };
    },
  },
  {
    // "in late May", "mid-May 2019": chrono drops a "May" it cannot tell from the modal; with "early", "mid" or
    // "late" before it and a capital, it is the month.
    reason: 'early, mid or late in a named month',
    re: /\b(?:early|mid|late)[-\s]+(may|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b(?:,?\s+((?:19|20)\d{2})\b)?/gi,
    value: (m, ref) => {
      if (!/^[A-Z]/.test(m[1])) return null;
      const month = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1;
      return { value: formatParts(m[2] ? +m[2] : ref.year, month), explicitYear: !!m[2] };
    },
  },
  {
    // chrono reads "at the end of April" as April 30: a part of a month is the month.
    reason: 'a part of a named month',
    re: /\b(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half|last\s+days?|first\s+days?)\s+of\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?:,?\s+((?:19|20)\d{2})\b)?/gi,
    value: (m, ref) => {
      if (!/^[A-Z]/.test(m[1])) return null;
      const month = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1;
      return { value: formatParts(m[2] ? +m[2] : ref.year, month), explicitYear: !!m[2] };
    },
  },
  {
    // chrono reads "the morning of 11 March" as this morning: a part of a named day is that day.
    reason: 'a part of a named day',
    re: /\b(?:morning|afternoon|evening|night)\s+of\s+(?:(\d{1,2})(?:st|nd|rd|th)?\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?)\b(?:,?\s+((?:19|20)\d{2})\b)?/gi,
    value: (m, ref) => {
      const name = m[2] ?? m[3];
      if (!/^[A-Z]/.test(name)) return null;
      const month = MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
      const day = +(m[1] ?? m[4]);
      if (day < 1 || day > 31) return null;
      return { value: formatParts(m[5] ? +m[5] : ref.year, month, day), explicitYear: !!m[5] };
    },
  },
  {
    reason: 'a part of a year relative to publication',
    re: /\b(?:the\s+)?(?:(?:first|second|latter)\s+half|end|rest|remainder)\s+of\s+(this|the|next|last)\s+year\b/gi,
    value: (m, ref) => {
      const t = m[1].toLowerCase();
      return { value: String(t === 'next' ? ref.year + 1 : t === 'last' ? ref.year - 1 : ref.year) };
    },
  },
  {
    // "intends to visit Japan within the year": the news's year (chrono read "the year" as a year ahead).
    reason: 'within the year of the news',
    re: /\bwithin\s+(?:the|this)\s+(?:calendar\s+)?year\b/gi,
    value: (_m, ref) => ({ value: String(ref.year), explicitYear: true }),
  },
  {
    // Indian and British copy: "will meet him on the 24th", "visited on the 5th and 6th of this month".
    // An ordinal day alone is of the reference month; one before a noun ("the 21st century", "the 5th
    // round") is no date.
    reason: 'an ordinal day of the month',
    re: /\b(?:on|from|till|until|by)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?:\s*(?:and|to|[-–])\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b)?(?:\s+of\s+(this|next|last|the)\s+month\b)?(?!\s+(?:of\s+(?!this|next|last|the\s+month))?\p{Ll}+(?!\p{L})(?<!\b(?:and|or|in|at|on|when|where|while|with|for|during|as|after|before|to|but|he|she|they|it|if|last|next)))/giu,
    value: (m, ref) => {
      const day = +m[1];
      if (day < 1 || day > 31) return null;
      const shift = m[2]?.toLowerCase() === 'next' ? 1 : m[2]?.toLowerCase() === 'last' ? -1 : 0;
      const d = new Date(Date.UTC(ref.year, ref.month - 1 + shift, 1));
      return { value: formatParts(d.getUTCFullYear(), d.getUTCMonth() + 1, day) };
    },
  },
  {
    reason: 'a month relative to publication',
    re: /\b(?:earlier this month|this month|later this month|last month|next month)\b/gi,
    value: (m, ref) => {
      const t = m[0].toLowerCase();
      const shift = t.includes('last') ? -1 : t.includes('next') ? 1 : 0;
      const d = new Date(Date.UTC(ref.year, ref.month - 1 + shift, 1));
      // Counted from the reference, so no tense moves it a year ("last month" is never next year's).
      return { value: formatParts(d.getUTCFullYear(), d.getUTCMonth() + 1), explicitYear: true };
    },
  },
  {
    reason: 'a week relative to publication',
    re: /\b(?:this|next|last)\s+week\b/gi,
    value: (m, ref) => {
      const t = m[0].toLowerCase();
      const shift = t.startsWith('next') ? 7 : t.startsWith('last') ? -7 : 0;
      const d = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + shift));
      return { value: formatParts(d.getUTCFullYear(), d.getUTCMonth() + 1) };
    },
  },
  {
    // "in the autumn", "during the summer", "in early spring": the year is the tense's (refine at date-for). Not "in the
    // Arab Spring", "during the Prague Spring" (a name before it), "in the spring offensive" (a noun after it), "in the
    // fall of Kabul" (an event's fall), nor "the spring of 2022" (the year rule's).
    reason: 'a season of the year the tense gives',
    re: /\b(?:in|during|over|through|by|until|for)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?(spring|summer|autumn|fall|winter)\b(?!\s+of\b)/gi,
    value: (m, ref) => {
      if (SEASON_NOUN.test(m.input.slice(m.index + m[0].length)) || forOther(m[0].startsWith('for') ? m.input.slice(0, m.index + 4) : '')) return null;
      const season = seasonOf(m[1]);
      return { ...seasonMonths(season, ref, 'this'), season };
    },
  },
  {
    reason: 'an unspecified near future',
    re: /\b(?:in the (?:coming|next few|next several) (?:weeks|months)|in the near future|soon)\b/gi,
    // ("to speak by phone as soon as this week": "as soon as" opens the time it bounds, no time of its own.)
    value: (m, ref) => (/\bas\s+$/i.test(m.input.slice(Math.max(0, m.index - 4), m.index)) ? null : { value: String(ref.year), vague: true }),
  },
  {
    // "his 2008 tour of Benin", "the 2015 state visit": a year that qualifies an exchange's noun dates it.
    reason: "a year qualifying an exchange's noun",
    re: /\b(?:his|her|their|its|the|a|an|that)\s+((?:19|20)\d{2})(?=\s+(?:[\w-]+\s+){0,2}?(?:visits?|trips?|tours?|journeys?|summits?|meetings?|talks|calls?)\b)/gi,
    value: (m) => ({ value: m[1], explicitYear: true }),
  },
  {
    // "France's 2018 title", "Russia's 2018 World Cup": a year that a possessive puts before a noun is a time the
    // story tells, which "four years later" counts from (chrono reads no bare year).
    reason: 'a year after a possessive',
    re: /['’]s\s+((?:19|20)\d{2})\b(?=\s+[\p{L}])/gu,
    value: (m) => ({ value: m[1], explicitYear: true }),
  },
  {
    reason: 'years ago',
    re: /\b(?:(?:almost|nearly|about|some|more than|over)\s+)?(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+years?\s+(?:ago|earlier)\b/gi,
    value: (m, ref) => {
      const n = numberWord(m[1]);
      return n ? { value: String(ref.year - n) } : null;
    },
  },
];

/**
 * Spans that are durations or gaps, not dates: chrono would read "in five years" as a future date, "for an
 * hour" as today, "earlier in the day" as tomorrow and "earlier in the week" as next week (the story's own time, which a later stage gives),
 * "at the last minute" as a minute before publication (an idiom of haste, no time);
 * and "the next day" as the day after publication, where a story means the day after the moment it tells (refine/relative-dates).
 */
const NOT_A_DATE =
  /\b(?:a\s+few|several|some|many|\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\s+(?:later|after|afterwards|on|before|earlier)\b|\b(?:in|for|within|over|after|of)\s+(?:the\s+(?:past|last|next)\s+)?(?:(?:about|some|nearly|almost|around|roughly|more than|over|less than)\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many|few)\s+(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|seconds?)\b|\b(?:(?:earlier|later)\s+)?in\s+the\s+(?:day|week)\b|\bthe\s+(?:next|following|previous|preceding)\s+day\b|\bthe\s+day\s+(?:before|after)\b|\blast[\s-]+(?:minute|moment)\b/gi;

// "since his inauguration as prime minister on November 24": a few words may stand between, but no year
// ("for the first time since 2019 on Monday": Monday is the meeting's).
const ANCHOR_BEFORE =
  /(?:\bsince(?:\s+(?:his|her|their|the|its)\s+[\w’'-]+(?:\s+(?:as|of|in)\s+[\w’'-]+){0,2})?|\btook office|\bcame to power|\btook power|\bbecame \w+|\belected|\bsworn in|\binaugurated|\bborn)\s+(?:(?!\d)\w+\s+){0,2}$/i;

/** A season right before a year written after it: "the spring of 2022", "in the autumn of". */
const SEASON_OF = /\b(?:spring|summer|autumn|fall|winter)\s+$/i;

/** A day named by its ordinal alone: "the 5th", "on the 21st". */
export const ORDINAL_DAY = /^(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)$/i;

/** Right after a date with no year: "of that year", "that same year", "of the same year". */
const THAT_YEAR = /^\s*(?:of\s+)?(?:that(?:\s+same)?|the\s+same)\s+year\b/i;

/** This week named right before the day that narrows it: "this week, on Monday" (read apart, each a date). */
const WEEK_BEFORE_DAY = /\bthis\s+week(?=\s*,?\s*on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi;
const PART_OF_DAY = /\b(?:the\s+)?(?:(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)|early\s+hours|small\s+hours)\s+of\s+(?=(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/gi;

/**
 * Every date chrono's English parsers read and findDates keeps has a digit, a month or weekday name, a
 * casual day word (today, yesterday, tonight, now, morning …) or a unit of time (day, week, month …).
 * Most sentences of news have none, and chrono costs a fifth of extraction when asked about all of them.
 * Kept word-exact so "friendship", "market" or "decision" do not count.
 */
const DATE_CUE =
  /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|night|morning|afternoon|evening|midnight|midday|noon|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|mos?|months?|qtrs?|quarters?|yrs?|years?|weekends?)\b/i;

export function mayHoldDate(sentence: string): boolean {
  return DATE_CUE.test(sentence);
}

/**
 * chrono reads a one-letter time unit anywhere ("in a d minor key", "a few h ago") and glues one to a
 * relative word ("lasts" = last + s, "pasty" = past + y): in prose these are words, never dates.
 */
const LETTER_UNIT = /(?:^|[\s,])[smhdwy](?=\W|$)|^(?:this|last|past|next|after)[smhdwy]$/i;

export interface ChronoDate {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
  end?: chrono.ParsedComponents;
}

/**
 * chrono's dates in a sentence with all its parsers, less its misreadings of words; no cue check. The
 * pipeline reads dates through cueDates; this is what its windows and guards are checked against.
 */
export function chronoDates(sentence: string, instant: Date): ChronoDate[] {
  return readWith(wholeChrono, sentence, instant);
}

type Parse = (text: string, instant: Date) => chrono.ParsedResult[];

const wholeChrono: Parse = (text, instant) => chrono.casual.parse(text, { instant, timezone: 0 });

function readWith(parse: Parse, text: string, instant: Date): ChronoDate[] {
  let results: chrono.ParsedResult[];
  try {
    results = parse(text, instant);
  } catch {
    return [];
  }
  return results.filter((r) => !LETTER_UNIT.test(r.text.trim()));
}

/** chronoDates with only the parsers and refiners that can change the outcome (guarded-chrono): the same dates, for less work. */
export function guardedChronoDates(text: string, instant: Date): ChronoDate[] {
  return readWith(guardedChrono, text, instant);
}

/**
 * Characters of context kept on each side of a cue. The longest stretch of a date expression without
 * a cue word in it is far shorter ("the twenty-first of", "a couple of"); chrono sees whole words only.
 */
const CUE_MARGIN = 24;
const CUE_ALL = new RegExp(DATE_CUE.source, 'gi');

/**
 * chrono over the parts of a sentence around its date cues only: the same dates as over the whole
 * sentence (a property test checks it), at a fraction of the cost on long sentences.
 */
export function cueDates(sentence: string, instant: Date): ChronoDate[] {
  const windows: Array<[number, number]> = [];
  CUE_ALL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE_ALL.exec(sentence))) {
    let a = Math.max(0, m.index - CUE_MARGIN);
    let b = Math.min(sentence.length, m.index + m[0].length + CUE_MARGIN);
    // Widen to white space so no word is cut in two.
    while (a > 0 && !/\s/.test(sentence[a - 1])) a--;
    while (b < sentence.length && !/\s/.test(sentence[b])) b++;
    const last = windows[windows.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else windows.push([a, b]);
  }
  if (windows.length === 1 && windows[0][0] === 0 && windows[0][1] === sentence.length)
    return guardedChronoDates(sentence, instant);
  const out: ChronoDate[] = [];
  for (const [a, b] of windows)
    for (const r of guardedChronoDates(sentence.slice(a, b), instant))
      out.push({ index: r.index + a, text: r.text, start: r.start, end: r.end });
  return out;
}

export function findDates(sentence: string, base: number, ref: RefDate | null, grams: Grams = gramsOf(sentence)): DateMention[] {
  const out: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && b > x);
  let m: RegExpExecArray | null;
  NOT_A_DATE.lastIndex = 0;
  if (mayMatch(NOT_A_DATE, grams)) while ((m = NOT_A_DATE.exec(sentence))) taken.push([m.index, m.index + m[0].length]);
  if (ref) {
    for (const rule of PHRASES) {
      if (!mayMatch(rule.re, grams)) continue;
      rule.re.lastIndex = 0;
      while ((m = rule.re.exec(sentence))) {
        if (overlaps(m.index, m.index + m[0].length)) continue;
        const v = rule.value(m, ref);
        if (!v) continue;
        taken.push([m.index, m.index + m[0].length]);
        const d = mention(m.index, m[0], v.value, v.endValue ?? null, !!v.explicitYear, false, !!v.vague);
        if (v.season) d.season = v.season;
        out.push(d);
      }
    }
  } else {
    // Without a reference only written years count.
    const re = PHRASES[0].re;
    re.lastIndex = 0;
    while ((m = re.exec(sentence))) {
      taken.push([m.index, m.index + m[0].length]);
      out.push(mention(m.index, m[0], m[1], null, true, false, false));
    }
  }
  const refDate = ref
    ? new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12))
    : new Date(Date.UTC(2000, 0, 1, 12));
  // "On the afternoon of November 12": chrono reads the part of the day and drops the date it belongs
  // to; blanked out (same length, so offsets hold), the date is read alone.
  PART_OF_DAY.lastIndex = 0;
  let blanked = PART_OF_DAY.test(sentence) ? sentence.replace(PART_OF_DAY, (p) => ' '.repeat(p.length)) : sentence;
  // "earlier this week, on Monday evening": read together, chrono keeps the week and loses the day.
  WEEK_BEFORE_DAY.lastIndex = 0;
  if (WEEK_BEFORE_DAY.test(blanked)) blanked = blanked.replace(WEEK_BEFORE_DAY, (p) => ' '.repeat(p.length));
  const results = cueDates(blanked, refDate);
  for (const r of results) {
    const a = r.index;
    const b = r.index + r.text.trimEnd().length;
    if (overlaps(a, b)) continue;
    const c = r.start;
    // "sat down", "wed", "sun": a lower-case weekday abbreviation is a verb or noun, not a date.
    if (/^[a-z]{3}\.?$/.test(r.text.trim())) continue;
    const explicitYear = c.isCertain('year');
    if (!ref && !explicitYear) continue;
    const hasDay = c.isCertain('day') || c.isCertain('weekday');
    const hasMonth = c.isCertain('month') || hasDay;
    // Time-of-day only ("at 3 pm") says nothing about the date.
    if (!explicitYear && !hasMonth) continue;
    const value = formatParts(
      c.get('year') ?? 0,
      hasMonth ? c.get('month') : null,
      hasDay ? c.get('day') : null,
    );
    let endValue: string | null = null;
    if (r.end) {
      const e = r.end;
      const eDay = e.isCertain('day') || e.isCertain('weekday');
      endValue = formatParts(e.get('year') ?? 0, e.get('month'), eDay ? e.get('day') : null);
    }
    taken.push([a, b]);
    out.push(
      mention(
        a,
        sentence.slice(a, b),
        value,
        endValue,
        explicitYear,
        !c.isCertain('day') && c.isCertain('weekday'),
        false,
      ),
    );
  }
  sortSmall(out, (x, y) => x.start - y.start);
  // "on March 1, 2025, and … a state visit to Brasília in May of that year": the year of the date told before.
  for (let i = 1; i < out.length; i++) {
    const d = out[i];
    if (d.explicitYear || !THAT_YEAR.test(sentence.slice(d.end - base - (/\bof$/.test(d.text) ? 2 : 0)))) continue;
    const prior = out.slice(0, i).reverse().find((x) => x.explicitYear);
    if (!prior) continue;
    d.value = `${prior.value.slice(0, 4)}${d.value.slice(4)}`;
    if (d.endValue) d.endValue = `${prior.value.slice(0, 4)}${d.endValue.slice(4)}`;
    d.explicitYear = true;
  }
  // "on a raw Thursday in March": a weekday of a month named right after it is some day of that month, not the
  // weekday nearest the reference.
  for (let i = out.length - 2; i >= 0; i--) {
    const d = out[i];
    const m = out[i + 1];
    if (d.weekday && m.value.length === 7 && (/^in\b/i.test(m.text) ? m.start === d.end || m.start === d.end + 1 : sentence.slice(d.end - base, m.start - base).trim() === 'in')) out.splice(i, 1);
  }
  // "In January 2004, Vajpayee flew to Islamabad and met Musharraf on January 5" (or "on the 5th"): a date
  // written without its year, in or after the month a date of the same sentence writes with its year (or a day
  // written alone, an ordinal), is of that year, not the reference year.
  for (let i = 1; i < out.length; i++) {
    const d = out[i];
    if (d.explicitYear || d.weekday || d.value.length < 7) continue;
    // ("The crisis ended in the spring of 2022, when Sánchez, in a letter made public in March, …": a month after a
    // season of a written year is that year's.)
    const season = out.slice(0, i).reverse().find((x) => x.explicitYear && !x.anchor && x.value.length === 4 && SEASON_OF.test(sentence.slice(0, x.start - base)));
    if (season) {
      d.value = `${season.value}${d.value.slice(4)}`;
      d.explicitYear = true;
      continue;
    }
    const prior = out.slice(0, i).reverse().find((x) => x.explicitYear && !x.anchor && x.value.length >= 7);
    if (!prior) continue;
    if (ORDINAL_DAY.test(d.text) && d.value.length === 10) {
      d.value = `${prior.value.slice(0, 7)}${d.value.slice(7)}`;
      d.explicitYear = true;
      continue;
    }
    // ("arrived in November 1996 …; he flew on to Islamabad, where Leghari received him in December": a later month
    // of the same sentence is of the same year.)
    if (d.value.slice(5, 7) < prior.value.slice(5, 7)) continue;
    d.value = `${prior.value.slice(0, 4)}${d.value.slice(4)}`;
    d.explicitYear = true;
  }
  return out;

  function mention(
    at: number,
    text: string,
    value: string,
    endValue: string | null,
    explicitYear: boolean,
    weekday: boolean,
    vague: boolean,
  ): DateMention {
    return {
      start: base + at,
      end: base + at + text.length,
      text,
      value,
      endValue,
      explicitYear,
      weekday,
      // "first trip … since 2022": a phrase that takes its "since" along is a bound all the same.
      anchor: ANCHOR_BEFORE.test(sentence.slice(0, at)) || /^since\b/i.test(text),
      vague,
      season: null,
    };
  }
}

/** Moves a date that the text gives without a year to the year before (or after) the reference. */
export function shiftYear(value: string, by: number): string {
  const y = +value.slice(0, 4) + by;
  return `${year(y)}${value.slice(4)}`;
}

export function shiftDays(value: string, days: number): string {
  if (value.length !== 10) return value;
  const d = new Date(`${value}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
