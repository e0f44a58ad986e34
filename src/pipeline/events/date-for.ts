// When an exchange happened or is to happen: the date its clause (or sentence, or list heading)
// gives, moved to the year its tense needs, and what a journey under way says of it.
import { mayMatch } from '../text/literal-filter.js';
import type { EventStatus, EventType } from '../../types.js';
import type { DocumentView, SentenceView } from '../document.js';
import { parseRef, seasonMonths, shiftDays, type DateMention } from '../mentions/dates.js';
import type { Clause } from './clause.js';
import { COUNT_OF_TIMES, MOST_RECENTLY, superlativeTo } from './lexicon.js';
import { RECEIVES } from './meeting-parts.js';
import { WHERE_AHEAD } from './status.js';
import type { TriggerHit } from './triggers.js';

export interface Dated {
  date: string | null;
  endDate: string | null;
  /** How the date was found: 'sentence', 'lead', 'heading', 'default', 'recalled', 'none'. */
  from: string;
  /** The status, made 'planned' for what a journey still ahead is for. */
  status: EventStatus;
  /** A month the text names without its year ("in December"), whose year the tense chose. */
  yearGuessed: boolean;
  /** What a journey under way is for ("arrives in Tehran on Tuesday for talks"): the day of that journey, or of the news. */
  journeyDay: string | null;
}

export function datedFor(
  doc: DocumentView,
  s: SentenceView,
  t: TriggerHit,
  all: TriggerHit[],
  k: Clause,
  type: EventType,
  told: EventStatus,
  trace: string[],
): Dated {
  const { lo, hi, left } = k;
  let status = told;
  // ("had invited Putin to pay a visit … in November" tells an invitation made, not a plan gone by.)
  const pastPlan = /\b(?:had|was|were)\s+(?:\w+\s+){0,2}(?:set|scheduled|supposed|planned|planning|due|expected|intended|to)\b/i.test(left) && !/\b(?:had|was|were)\s+invit\w*\s+(?:\w+\s+){0,2}to\s+(?:\w+\s+){0,3}$/i.test(left);
  const dated = dateFor(doc, s, t, all, lo, hi, pastPlan ? 'postponed' : status);
  const from = dated.from;
  let { date, endDate } = dated;
  trace.push(`date ${date ?? 'none'} from ${from}`);
  // "had been due to travel to Beijing in April, but the trip was pushed back" (told in November): a plan told in
  // the pluperfect was for a time gone by, so a month read months ahead of the news is the one before it.
  if (from === 'sentence' && date && date.length > 4 && doc.published && PLUPERFECT_PLAN.test(left) && !YEAR_WRITTEN.test(doc.text.slice(lo, hi)) && monthsAhead(date, doc.published) > 2) {
    const back = (v: string) => `${+v.slice(0, 4) - 1}${v.slice(4)}`;
    date = back(date);
    endDate = endDate ? back(endDate) : null;
    trace.push(`date ${date}: a plan told in the pluperfect, before the news`);
  }
  // "Kihara announced on Feb. 20 that Takaichi would visit South Korea on March 14 and 15" (told in May): a plan told in
  // "would" under a dated saying is reckoned from the saying, not from the news — the first March 14 after February 20.
  if (status !== 'occurred' && from === 'sentence' && date && date.length > 4 && dated.yearGuessed) {
    const saying = s.dates.find((m) => m.value.length === 10 && m.end <= t.start && SAID_ON.test(doc.text.slice(Math.max(s.s.start, m.start - 30), m.start)) && THAT_WOULD.test(doc.text.slice(m.end, t.start)));
    if (saying) {
      const year = saying.value.slice(0, 4);
      const moved = `${year}${date.slice(4)}` < saying.value.slice(0, date.length) ? `${+year + 1}${date.slice(4)}` : `${year}${date.slice(4)}`;
      if (moved !== date) {
        const years = +moved.slice(0, 4) - +date.slice(0, 4);
        date = moved;
        endDate = endDate ? `${+endDate.slice(0, 4) + years}${endDate.slice(4)}` : null;
        trace.push(`date ${date}: reckoned from the saying of ${saying.value} that told the plan`);
      }
    }
  }
  // "Jan. 7-10 -- Kim and Xi hold their fourth summit ahead of Kim's second summit with Trump": told
  // only as what a dated list item came before, the later exchange falls between that item and the news.
  if (from === 'heading' && date && doc.published && status === 'occurred' && AHEAD_OF.test(doc.text.slice(s.s.start, t.start))) {
    const after = endDate ?? date;
    const pub = doc.published;
    if (after < pub) {
      date = after.slice(0, 7) === pub.slice(0, 7) ? pub.slice(0, 7) : after.slice(0, 4) === pub.slice(0, 4) ? pub.slice(0, 4) : date;
      endDate = null;
      trace.push(`date ${date}: after the dated item it came ahead of, before the news`);
    }
  }
  // "March 25-28 -- Kim and Xi hold their first summit in Beijing": a list item's span of days is the
  // trip's; the talks fall on a day it does not name, in its month. So does a span of three days or more.
  if ((type === 'meeting' || type === 'handshake') && date?.length === 10 && endDate && (from === 'heading' || Date.parse(endDate) - Date.parse(date) >= 2 * 86_400_000)) {
    date = date.slice(0, 7);
    endDate = null;
    trace.push(`date ${date}: talks on an unnamed day of a span of days`);
  }
  // "Wed 23 Jul — Ishiba receives Marcos for a state visit": a digest's item dated after the news tells,
  // in the present, what is to come; a past tense under it ("had been due", "met") keeps its own time.
  const item = s.info.leadDate && !s.info.dateline ? s.info.leadDate : null;
  if (status === 'occurred' && item?.value.length === 10 && doc.published?.length === 10 && item.value > doc.published && !PAST_FORM.test(doc.text.slice(t.start, t.end)) && !PAST_AUX.test(left)) {
    status = 'planned';
    ({ date, endDate } = dateFor(doc, s, t, all, lo, hi, status));
    trace.push('status planned: a present tense under a list item dated after the news');
  }
  // "departs Kuala Lumpur tomorrow for Tokyo": a present tense with a day after the news is a schedule.
  // ("Trump will leave straight after it, skipping a meeting with Ramaphosa, who arrives on Tuesday morning", told that
  // Tuesday: so is a weekday that is the news day, in a sentence told in the future.)
  const aheadDay = (d: string) => d > doc.published! || (d === doc.published && FUTURE_TOLD.test(s.s.text) && s.dates.some((m) => m.weekday && m.value === d && m.start >= t.end));
  if (status === 'occurred' && from === 'sentence' && date?.length === 10 && doc.published?.length === 10 && aheadDay(date) && !t.rule.nominal && PRESENT_S.test(doc.text.slice(t.start, t.end)) && !PAST_AUX.test(left)) {
    status = 'planned';
    trace.push('status planned: a present tense with a day after the news');
  }
  // ("Lee Jae-myung, who lands on the afternoon of June 16 for a state visit", told on the 15th: the visit a present-simple
  // journey on a day after the news is for lies ahead with it.)
  if (status === 'occurred' && t.rule.nominal && t.rule.type === 'visit' && doc.published?.length === 10 && PRESENT_JOURNEY_FOR_VISIT.test(left)) {
    const day = s.dates.find((d) => d.start >= lo && d.end <= t.start && !d.explicitYear && !d.weekday && d.value.length === 10 && d.value > doc.published!);
    if (day) {
      status = 'planned';
      ({ date, endDate } = dateFor(doc, s, t, all, lo, hi, status));
      trace.push('status planned: the visit a present-simple journey on a day after the news is for');
    }
  }
  // ("is due at the White House on 18/11/2025, his first visit to Washington since 2018": a noun with no tense of its own,
  // on a day the sentence writes with its year more than a week after the news, lies ahead — unless a past verb before it
  // tells it done: "met Xi on July 14, 2025, on his first visit".)
  if (status === 'occurred' && from === 'sentence' && t.rule.nominal && date?.length === 10 && doc.published?.length === 10 && date > shiftDays(doc.published, 7) && s.dates.some((d) => d.explicitYear && d.value === date) && !PAST_AUX.test(left) && !PAST_BEFORE.test(doc.text.slice(s.s.start, t.start))) {
    status = 'planned';
    trace.push('status planned: a noun dated with its year more than a week after the news');
  }
  // ("the State Visit of … to New Delhi from 18.02.2026 to 21.02.2026", in a notice of the 17th): a stay whose span of
  // days, written with its year, opens after the news day has not begun, however near.
  if (status === 'occurred' && from === 'sentence' && t.rule.nominal && t.rule.type === 'visit' && date?.length === 10 && doc.published?.length === 10 && date > doc.published && s.dates.some((d) => d.explicitYear && d.value === date && opensSpan(doc.text, d, s.dates)) && !PAST_AUX.test(left) && !PAST_BEFORE.test(doc.text.slice(s.s.start, t.start))) {
    status = 'planned';
    trace.push('status planned: a stay whose span of days opens after the news');
  }
  // "X is paying an official visit to Viet Nam from 10 to 12 March" told on the 11th: a stay under way has
  // begun; told on 4 June of one from 3 to 5 July, it lies ahead.
  if ((status === 'planned' || status === 'occurred') && t.rule.type === 'visit' && date?.length === 10 && doc.published?.length === 10 && UNDER_WAY.test(doc.text.slice(lo, t.end))) {
    const next = date <= doc.published && (endDate ?? date) >= doc.published ? 'occurred' : date > doc.published ? 'planned' : status;
    if (next !== status) {
      status = next;
      trace.push(`status ${next}: a stay told in the present progressive, ${next === 'occurred' ? 'under way on the day of the news' : 'still ahead'}`);
    }
  }
  // "Before leaving for Tokyo, X told reporters …", "X arrives in Washington for a summit": the
  // journey or the meeting it is for lies ahead of the moment told — a plan, when that moment is the news.
  // A past narrative's "before leaving for" tells a journey since made: only one told on the day of the news is ahead.
  const newsDay = (!!date && !!doc.published && date >= doc.published.slice(0, date.length)) || TODAY.test(s.s.text) || s.info.headline;
  const journeyAhead = aheadOfJourney(doc, s, t) && newsDay;
  // "He flies on to Seoul on Monday for talks with Roh": the weekday of a present-simple journey lies
  // ahead (status.ts), and so does what the journey is for.
  if (status === 'occurred' && purposeOfArrival(left, t) && /\b(?:flies|travels|heads|leaves|goes)\b/i.test(left) && !notBeforeNews(date, doc.published) && s.dates.some((d) => d.weekday && d.start >= lo && d.end <= hi)) {
    const ahead = dateFor(doc, s, t, all, lo, hi, 'planned');
    if (notBeforeNews(ahead.date, doc.published)) ({ date, endDate } = ahead);
  }
  // ("flew to Abu Dhabi …, before travelling on to Riyadh for talks": a participle hung on a past journey is past too.)
  const hungOnPast = () => PAST_HANG.test(doc.text.slice(s.s.start, t.start));
  let journeyDay: string | null = null;
  if (status === 'occurred' && (journeyAhead || (purposeOfArrival(left, t) && notBeforeNews(date, doc.published) && !hungOnPast()))) {
    status = 'planned';
    if (!journeyAhead) journeyDay = date?.length === 10 ? date : doc.published;
    trace.push('status planned: what a journey under way is for, or a journey still ahead');
    // "Xi arrives in North Korea on Thursday for a summit": the day is the arrival's, not the summit's.
    if (!journeyAhead && date?.length === 10 && date.slice(0, 7) === (endDate ?? date).slice(0, 7)) {
      date = date.slice(0, 7);
      endDate = null;
      trace.push(`date ${date}: the arrival's day does not date what the journey is for`);
    }
  }
  // "wrapped up a two-day visit to Mongolia on Tuesday": the day ends a stay of that many days, which began the days before.
  // (The day written with the stay, before any comma, not one of a clause after it: "ended a four-day visit to China,
  // where he joined Xi at a parade on Wednesday"; a tour of several countries ends in one of them.)
  const dayOfStay = () => s.dates.some((d) => d.value === date && d.start >= t.end && !doc.text.slice(t.end, d.start).includes(','));
  // ("Li Qiang's four-day visit to Australia, the first by a Chinese premier in seven years, ended on Tuesday": so does a
  // day its sentence names after the noun, as the one its stay ended on.)
  const nDay = t.rule.type === 'visit' && left.includes('-day') ? N_DAY_BEFORE.exec(left) : null;
  const span = nDay ? (DAYS_OF[nDay[1].toLowerCase()] ?? Number(nDay[1])) : 0;
  if (nDay && span >= 2 && span <= 14) {
    const endedThen = date?.length === 10 && !endDate && from === 'sentence' && /^(?:visit|trip|stay)$/i.test(doc.text.slice(t.start, t.end)) && ENDED_BEFORE.test(left.slice(0, nDay.index)) && dayOfStay() ? date : null;
    const last = endedThen ?? s.dates.find((d) => d.value.length === 10 && !d.anchor && d.start >= t.end && ENDED_ON.test(doc.text.slice(t.end, d.start)))?.value;
    if (last) {
      endDate = last;
      date = shiftDays(last, 1 - span);
      trace.push(`date ${date} to ${endDate}: a stay of ${span} days that ended on ${last}`);
    }
  }
  // "flew home from Suva on Friday": the day ends the stay; the month is all the text says of it.
  if (t.rule.id === 'home-from' && date?.length === 10 && !endDate) {
    endDate = date;
    date = date.slice(0, 7);
    trace.push(`date ${date}: the day came home from ends the stay`);
  }
  return { date, endDate, from, status, yearGuessed: !!dated.yearGuessed && date === dated.date, journeyDay };
}

/** A trigger in a past form: "met", "held", "travelled", "spoke". */
/** Right before a date: "scheduled for", "planned for", "set for". */
const SCHEDULED_FOR = /\b(?:scheduled|planned|set|slated|pencill?ed\s+in)\s+(?:for|on)\s+(?:the\s+)?$/i;
/** Right before a date: "most recently", ", most recently in". */
const MOST_RECENTLY_BEFORE = /\bmost\s+recently\s+(?:in\s+|on\s+|at\s+)?$/i;
/** A date the text itself puts in the past: "last week", "yesterday", "two days ago". */
const PAST_RELATIVE = /\b(?:last|yesterday|ago)\b/i;
const PAST_FORM = /^(?:\w+ed|met|held|spoke|flew|went|paid|made|had|took|came|left|sent|sat|shook|rang|gave|saw|told|got)\b/i;
/** A verb in the present simple's third person: "departs", "arrives", "flies". */
const PRESENT_S = /^(?!(?:was|has|is|does|its|this|us)\b)[a-z]+s\b/;
/** Between a journey's date and an exchange: the gathering the journey is for ("for the international conference … that X hosted"). */
const JOURNEY_FOR_GATHERING = /^\s*,?\s*for\s+(?:the|a|an)\s+[^.;]*?\b(?:conference|summit|forum|session|gathering|ceremony|meeting)\b[^.;]*$/i;
/** Between a date and the next verb of the same subject: " and ", " morning and then ". */
const AND_RIGHT_AFTER = /^\s*(?:(?:morning|afternoon|evening|night)\s*)?and\s+(?:then\s+|later\s+|also\s+)?$/i;
/**
 * Between a date and the next verb of the same subject, past an aside set off by commas that tells no clause of its own:
 * "visited Israel in October 2023, days after the Hamas attack, and met Netanyahu".
 */
const AND_AFTER_ASIDE = /^\s*,\s*(?![^,;.]*\b(?:who|whom|which|when|where|while|but|and|or|he|she|they|it|was|were|is|are|had|has|have|will|would)\b)[^,;.]{1,60},\s*and\s+(?:then\s+|later\s+|also\s+)?$/i;
/** A sentence told in the future: "will leave", "is due in", "is expected to". */
const FUTURE_TOLD = /\b(?:will|(?:is|are)\s+(?:due|expected|scheduled|set|to)\b)/i;
/** A past auxiliary or a past of being before the trigger: "had been due to", "was received", "did not meet". */
const PAST_AUX = /\b(?:had|has|have|was|were|did)\b/i;

/** The trigger sits in what came after the clause's own exchange: "… ahead of Kim's second summit". */
const AHEAD_OF = /\b(?:ahead\s+of|prior\s+to|in\s+the\s+run-up\s+to)\s+(?:[\w'’.-]+\s+){0,6}$/i;

/** "Before leaving for Tokyo, …", "ahead of his departure for …": the journey follows what the sentence tells. */
function aheadOfJourney(doc: DocumentView, s: SentenceView, t: TriggerHit): boolean {
  return !!t.rule.travel && /\b(?:before|ahead\s+of)\s+(?:(?:his|her|their)\s+)?$/i.test(doc.text.slice(Math.max(s.s.start, t.start - 20), t.start)) && /ing\b/i.test(doc.text.slice(t.start, t.end).split(/\s/)[0]);
}

/** ", the first stop of a trip", ", the final leg of his tour": an appositive naming the journey a dated stop belongs to. */
// ("visited Belgrade in May 2024, the first trip by a Chinese leader to Serbia since 2016, on a European tour that also took
// him to France": so does the tour a dated visit was made on, past an apposition set off by commas.)
const STOP_OF = /^\s*,\s*(?:(?:the|a|an)\s+(?:(?:first|second|third|last|final|opening|latest|next)\s+)?(?:stop|leg|part|step)\s+(?:of|on)\s+|(?:[^,;.]{1,80},\s*)?(?:on|during|as\s+part\s+of)\s+)(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}$/i;

/** "is paying an official visit", "is on a three-day visit", "are visiting": a present progressive of a stay. */
const UNDER_WAY = /\b(?:is|are)\s+(?:currently\s+|now\s+|still\s+)?(?:(?:paying|making|on)\s+(?:(?:an?|his|her|their)\s+)?(?:[\w-]+\s+){0,3}visit\b|visiting\b)/i;

const TODAY = /\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/i;

/** Between a date and a noun set off by a comma as the exchange's description: " for three hours, a ". */
const APPOSED_NOUN = /^[^;:]{0,40}?,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$/i;

/** "wrapped up a two-day visit to", "concluded his three-day state ": a stay of so many days told as ended. */
/** Before the count of days: the stay told as ended ("wrapped up a ", "concluded his "). */
const ENDED_BEFORE = /\b(?:wrapped\s+up|wraps\s+up|wrapping\s+up|concluded|concludes|concluding|ended|ends|ending|wound\s+up|winds\s+up|completed|completes|rounded\s+off)\s+(?:a|an|his|her|their|the)\s+$/i;
const DAYS_OF: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
/** Right before the noun: "four-day ", "three-day state ". */
const N_DAY_BEFORE = /\b(two|three|four|five|six|seven|\d{1,2})-day\s+(?:[\w-]+\s+){0,2}$/i;
/** From the noun to the day its stay ended: " to Australia, the first …, ended on ". */
const ENDED_ON = /^[^;.]{0,160}?\b(?:ended|concluded|wrapped\s+up|wound\s+up|came\s+to\s+an\s+end)\s+(?:on\s+)?$/i;

/** "arrives in Washington for a summit with Biden": a meeting named as what a present-tense journey is for. */
/** ", and discussed their next …": a second past verb of the subject, whose object is another exchange than the first's. */
const AND_VERB_OBJECT = /^\s*,?\s*and\s+(?:also\s+|then\s+)?[a-z]+ed\s+(?:on\s+)?(?:the|their|his|her|its|a|an)\s+(?:[\w-]+\s+){0,2}$/i;

function purposeOfArrival(left: string, t: TriggerHit): boolean {
  return t.rule.type === 'meeting' && !!t.rule.nominal && PRESENT_JOURNEY_FOR.test(left);
}

/** A present-simple journey and the visit it is for: "lands on the afternoon of June 16 for a state ". */
const PRESENT_JOURNEY_FOR_VISIT = /\b(?:arrives|lands|flies|travels|comes)\b[^.;]{0,60}\bfor\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,3}$/i;

// "has already arrived in Jakarta for talks": the perfect of a journey is the present's too.
const PRESENT_JOURNEY_FOR =
  /\b(?:arrives|arriving|travels|travelling|traveling|flies|flying|heads|heading|leaves|leaving|goes|going|comes|coming|(?:has|have)\s+(?:already\s+|just\s+|now\s+)?(?:arrived|flown|travell?ed|come)|(?:is|are)\s+(?:currently\s+|now\s+|already\s+)?in)\b[^.;]{0,60}\bfor\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,4}$/i;

/** The moment told is the news (or later): a date on or after the day before publication, or none. */
function notBeforeNews(date: string | null, published: string | null): boolean {
  if (!date || !published) return true;
  if (date.length === 10 && published.length === 10) return Date.parse(date) >= Date.parse(published) - 86_400_000;
  return date >= published.slice(0, date.length);
}

/**
 * "for a second time", "in a moment", "for approximately 30 minutes": the date reader's "now", which dates
 * nothing the text tells (a duration says how long, not when).
 */
const NOT_A_DATE =
  /^(?:(?:for|in|within|after)?\s*(?:a|an|one|the)\s+(?:second|minute|moment)s?|for\s+(?:about\s+|approximately\s+|around\s+|nearly\s+|some\s+|over\s+|more\s+than\s+|almost\s+|roughly\s+)?(?:a|an|a\s+few|several|half\s+an?|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:seconds?|minutes?|hours?))$/i;

/**
 * "…, to be held in Yokohama in August": a reduced relative clause set off by a comma tells of the noun
 * just before it, and the date it gives is that occasion's ("the meeting … took place in Asmara on July 8"
 * keeps its own).
 */
const HELD_BEFORE_DATE = /,\s*(?:to\s+be\s+held|to\s+take\s+place|held|taking\s+place)\s+(?:in\s+(?:[\w'’.-]+\s+){1,3}?)?(?:on|in|at)?\s*$/i;
/** Nearer than this to the trigger, the occasion held is the trigger's own ("talks will be held in Riyadh on Monday"). */
const HELD_REACH = 25;

/** "on his first", "on a two-day": the visit noun a reception is held on. */
const ON_A_VISIT = /\bon\s+(?:his|her|their|its|a|an|the)\s+(?:[\w-]+\s+){0,3}$/i;

/**
 * An adverbial of time still open before a date: "After the Feb. 6 earthquakes" — not one a pronoun subject has closed
 * ("Weeks after his inauguration he made his first trips … in May 2024, meeting Goïta": the date is the main clause's).
 */
const LEADING_ADVERBIAL_OPEN = /\b(?:after|before|following|since|amid|during)\b(?:(?!\b(?:he|she|they|we)\s)[^,])*$/i;

/**
 * Between a date and a participle: a phrase that goes on with the same clause, not a new one after the adverbial
 * ("… after Aliyev and Pashinyan initialled the text … on Aug. 8, 2025, in a ceremony hosted by Trump").
 */
const CEREMONY_AFTER_DATE = /^\s*,\s*(?:in|at|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,2}$/i;

/** From a journey's trigger: its place, then a where-clause ("… the trip in Apia, where he is to hold talks …"). */
const WHERE_AFTER_PLACE = /^\s+(?:(?:to|in|at)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s*){1,3},\s*where\s[^.;]*$/u;

/** A past journey or meeting, then "before/after" and a participle: what the participle tells is past too. */
const PAST_HANG = /\b(?:flew|travell?ed|arrived|went|came|left|landed|visited|met|held|toured)\b[^.;]*\b(?:before|after)\s+\w+ing\b[^.;]*$/i;

/** Right after a date, the "where" clause the trigger stands in: ", where he held talks with". */
const WHERE_HE = /^\s*,\s*where\s+(?:he|she|they|the\s+two\s+\w+)\s[^,;]*$/i;

/** Coming home: "returned to Abuja on Sunday after …". */
const RETURNED_AFTER = /\b(?:returned|returns|flew\s+back|came\s+back|arrived\s+back|got\s+back)\b[^,;]*$/i;

/** A dateline opening the story's first sentence: "SYDNEY, May 24 (Reuters) - ". */
const DATELINE_HEAD = /^\s*[A-Z]{3,}[^—–\n]{0,60}?(?:--|—|–|\s-)\s/;
/**
 * Inside a relative clause on the sentence's subject, set off by a comma, up to the trigger: the main verb comes after
 * it ("…, which falls on the anniversary of the meeting …, 35 years ago" ends its sentence, and the date is the
 * meeting's). Not one in the present ("Mudavadi, who is visiting Japan, on Tuesday": a stay under way spans the main
 * verb's day).
 */
const PAST_RELATIVE_OPEN = /^[^,;]{0,80},\s*(?:who|whose|which|whom)\b(?![^,;]*\b(?:is|are|am|remains|stays)\b)[^,;]*$/i;

/** Arriving somewhere, before the date of it: "arrived in Sydney on Monday", "landed …", "returned home on". */
const ARRIVED_AFTER = /\b(?:arrived|arrives|landed|lands|flew\s+in(?:to)?|returned|returns|flew\s+back|came\s+back|got\s+back)\b[^,;]*$/i;

/** A report's verb between a date and a later trigger: ", the office said, adding that …". */
// ("said that he had spoken with Muttaqi last month and that there were no plans for a visit": a second reported clause
// opens with "and that"; the date closes the first.)
const REPORTS_BETWEEN = /,\s*(?:[^,;]{1,60}\s)?(?:said|says|added|stated|announced)\b[^;]*?\b(?:adding|that)\b|^\s*,?\s*and\s+that\b/i;

/** A speech verb right before a date: "said on Monday", "announced Tuesday". */
// ("Trump, who said in May that he would travel to China": the preposition may stand between.)
const SAID_ON = /\b(?:said|says|announced|confirmed|stated|added|told\s+(?:\w+\s+){0,2}?(?:reporters|journalists|the\s+press))(?:\s+(?:on|in|last|this|early|late))?\s*$/i;

/** Words before a date that make it the end of a span: "through Monday", "until June 3", "will end on Friday". */
const END_BOUND = /\b(?:through|thru|until|till|end(?:s|ed|ing)?\s+on|end(?:s|ed|ing)?|concludes?\s+on)\s+(?:on\s+)?$/i;

function dateFor(
  doc: DocumentView,
  s: SentenceView,
  t: TriggerHit,
  all: TriggerHit[],
  lo: number,
  hi: number,
  status: EventStatus,
): { date: string | null; endDate: string | null; from: string; yearGuessed?: boolean } {
  // "On Monday X turned down an invitation to visit": the day before the trigger is the refusal's.
  // "… has called off a planned trip to Caracas, his office said on Monday": the day of the saying is not
  // the day of a plan, delay or refusal (nor of the trip it concerns).
  const saidOn = (d: DateMention) =>
    status !== 'occurred' && SAID_ON.test(doc.text.slice(Math.max(s.s.start, d.start - 30), d.start));
  // "… since October 2023, when Petro paid a state visit": the bound dates what its "when" clause tells.
  const whenOf = (d: DateMention) => d.anchor && d.end <= t.start && /^\s*,?\s*when\b[^,;]*$/i.test(doc.text.slice(d.end, t.start));
  // "… toward TICAD 9, to be held in Yokohama in August": a date a later verb of another occasion governs.
  const heldOther = (d: DateMention) => {
    if (d.start < t.end) return false;
    const m = HELD_BEFORE_DATE.exec(doc.text.slice(t.end, d.start));
    return !!m && m.index > HELD_REACH;
  };
  // "arrived in Beijing on Saturday from Bangkok, where …": a date before "from" is the arrival's, not the earlier stop's.
  const cameFrom = (d: DateMention, o: TriggerHit) => !!o.rule.fromPlace && d.end <= o.start;
  // "flies to Tokyo on Monday and on to Seoul on Tuesday": a date before the next leg is the leg before's.
  const previousLeg = (d: DateMention) => t.rule.id === 'on-to' && d.end <= t.start;
  // "a nod to the lifting in March of tariffs": a date right after a noun of another happening is that happening's.
  // (Not a season's or a time of day's -ing: "in the spring of 1999", "on the evening of June 5" date the exchange.)
  const ofOtherDeed = (d: DateMention) => {
    const m = /\bthe\s+([a-z]+(?:ing|ment)|election|inauguration|invasion|annexation|ratification|imposition|introduction|resignation|suspension|resumption|cancellation|declaration|decision|dissolution|assassination)\s+(?:in\s+|on\s+)?$/i.exec(
      doc.text.slice(Math.max(s.s.start, d.start - 40), d.start),
    );
    return !!m && !/^(?:meeting|gathering|hosting|visiting|greeting|briefing|session|mission|delegation|reunion|discussion|spring|morning|evening)$/i.test(m[1]) && (d.end <= t.start || d.start >= t.end);
  };
  // "arrived on Wednesday for a state visit originally planned for late March": the former plan's date dates
  // no exchange that took place (a plan put off or dropped is dated so).
  // ("A meeting … that had been scheduled for October was held in Beijing on Monday": so is a plan's relative clause.)
  const formerPlan = (d: DateMention) =>
    status === 'occurred' &&
    /\b(?:(?:originally|initially|first|previously)\s+|(?:that|which)\s+(?:had\s+been|was|were)\s+)(?:planned|scheduled|set|slated|due|expected)\s+(?:for|in|on|to\s+take\s+place\s+(?:in|on))\s+$/i.test(doc.text.slice(Math.max(s.s.start, d.start - 60), d.start));
  // "agreed to raise trade to US$1 billion by 2030": a deadline still ahead of the news dates no exchange held.
  const deadline = (d: DateMention) =>
    status === 'occurred' && !!doc.published && d.value.slice(0, 4) > doc.published.slice(0, 4) && /\bby\s+(?:the\s+end\s+of\s+)?$/i.test(doc.text.slice(Math.max(s.s.start, d.start - 20), d.start + (/^by\b/i.test(d.text) ? 3 : 0)));
  // "… received a call from X on Friday evening, the PM Office said, adding that the two leaders agreed to meet":
  // a date before the words that report a further clause is not that clause's.
  const reportedAfter = (d: DateMention) => d.end <= t.start && REPORTS_BETWEEN.test(doc.text.slice(d.end, t.start));
  // "have met three times this year, the last time in Nairobi in February": a date between the count and its latest
  // time is the count's; the latest time is the exchange told.
  const after = mayMatch(COUNT_OF_TIMES, s.grams) && COUNT_OF_TIMES.test(doc.text.slice(t.end, t.end + 100)) ? doc.text.slice(t.end, s.s.end) : '';
  const latest = after ? MOST_RECENTLY.exec(after) : null;
  const ofTheCount = (d: DateMention) => !!latest && d.start >= t.end && d.start < t.end + latest.index;
  // "met her counterpart to prepare a joint council of ministers in the autumn": a date after what the exchange was
  // held to prepare is that thing's.
  const ofPrepared = (d: DateMention) => d.start >= t.end && TO_PREPARE.test(doc.text.slice(t.end, d.start));
  // "It is her second visit to PNG this year": the period a count runs over dates none of the exchanges counted.
  const countSpan = (d: DateMention) =>
    d.start >= t.end &&
    ORDINAL_PERIOD.test(d.text) &&
    ORDINAL_NOUN.test(doc.text.slice(Math.max(s.s.start, t.start - 30), t.end)) &&
    !/[,;]/.test(doc.text.slice(t.end, d.start));
  const usable = (d: DateMention) =>
    !deadline(d) &&
    !countSpan(d) &&
    !ofPrepared(d) &&
    !ofTheCount(d) &&
    !reportedAfter(d) &&
    !heldOther(d) &&
    !ofOtherDeed(d) &&
    !formerPlan(d) &&
    !announcedThen(d) &&
    !cameFrom(d, t) &&
    !previousLeg(d) &&
    (!d.anchor || whenOf(d)) && !NOT_A_DATE.test(d.text) && (!d.vague || status !== 'occurred') && (status !== 'declined' || d.start >= t.end || openingWhen(d)) && !saidOn(d) &&
    // ("… most recently last week, but this will be their first face-to-face meeting": a plan is never "last week".)
    !(status === 'planned' && PAST_RELATIVE.test(d.text));
  // A date is a trigger's only if no other trigger stands nearer to it, and not when it dates a
  // leading adverbial ("After the Feb. 6 earthquakes, Shoukry visited …").
  // A trigger in a noun phrase right after the date re-tells or gives the purpose of this one ("received
  // X on Monday, their first face-to-face encounter", "met Xi on Saturday in what was likely their last meeting",
  // "travel to Y in October for a summit"), or the journey
  // it was part of ("a first visit to Dakar in March during a tour of the region": a journey within a journey): no rival.
  // (A date's text may keep its comma, "on Thursday,": the noun phrase is read from where the date itself ends.)
  const sameTelling = (d: DateMention, o: TriggerHit) =>
    t.end <= d.start &&
    o.start >= d.end &&
    // ("met Putin in Moscow on Wednesday for three hours, a meeting both sides called constructive": a noun in apposition
    // describes the exchange the verb told.)
    // ("visited Jamaica, Guyana and Suriname in March 2025 on his first trip to the region": a journey re-told by the noun.)
    (APPOSED_NOUN.test(doc.text.slice(bare(d), o.start)) ||
    (t.rule.type === 'visit' && o.rule.type === 'visit' ? /^\s*(?:,\s*|for\s+|during\s+|in\s+(?:what|their)\b|on\s+(?:a|an|his|her|their)\s)/i : /^\s*(?:,\s*|for\s+|in\s+(?:what|their)\b)/i).test(doc.text.slice(bare(d), o.start)) &&
    // ("held talks with X on March 10, as part of the latter's state visit from March 9 to 11": the journey the talks were part of.)
    // ("held talks with Marcos in Manila on Tuesday, wrapping up a four-day trip": the journey the talks ended; "received
    // al-Sharaa on Sunday, on his first foreign trip": the journey the reception was on.)
    /^\s*(?:,\s*)?(?:for\s+|during\s+|on\s+|as\s+part\s+of\s+|(?:wrapping\s+up|winding\s+up|concluding|ending|capping|completing|rounding\s+off)\s+|in\s+(?:what\s+(?:[\w'’-]+\s+){1,5}?)?)?(?:(?:a|an|the|their|his|her|its)\b[^,;.]*)?$/i.test(doc.text.slice(bare(d), o.start)));
  // "will fly on to Abuja on Wednesday to meet Tinubu": the meeting a journey's infinitive gives as its
  // purpose shares the journey's day.
  const purposeOf = (d: DateMention, o: TriggerHit) =>
    t.rule.type === 'visit' && o.rule.type === 'meeting' && t.end <= d.start && o.start >= d.end && /^\s*to\s+$/i.test(doc.text.slice(d.end, o.start));
  // "visited Kyiv earlier this month and met Zelensky": a date between two verbs joined by "and" is the first's too.
  // So is one before "and is expected to host …": the next verb of the same subject, in another time, or before
  // "and discussed their next meeting", a past verb whose object is another exchange.
  const joinedAfter = (d: DateMention, o: TriggerHit) =>
    t.end <= d.start &&
    o.start >= d.end &&
    (/^\s*,?\s*and\s+(?:also\s+|then\s+|later\s+)?(?:(?:is|are|was|were|will|would|has|have|had)\s+(?:also\s+)?(?:(?:expected|due|set|scheduled|going|planning|likely)\s+)?(?:to\s+)?)?(?:(?:held|had|hold|holds|holding)\s+(?:\w+\s+){0,2})?$/i.test(doc.text.slice(d.end, o.start)) ||
      // ("met Lee in Tokyo on Saturday and discussed their next meeting": the second verb's object is another exchange.)
      (!!o.rule.nominal && AND_VERB_OBJECT.test(doc.text.slice(d.end, o.start))));
  // A date's text may keep the comma after it ("on Friday,"): where the date itself ends.
  const bare = (d: DateMention) => d.end - (/[,;]$/.test(d.text) ? 1 : 0);
  // "… in Kazan in October last year, and the visit of Doval to Beijing in December": a date before ", and the"
  // closes the noun phrase before it; the one after is the later noun's.
  // ("his meeting with Rutte in London on Monday and his call with Trump last month": without the comma too.)
  const conjunctBetween = (d: DateMention, o: TriggerHit) => d.end <= o.start && /^\s*,?\s*and\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}$/i.test(doc.text.slice(bare(d), o.start));
  const closesConjunct = (d: DateMention) => conjunctBetween(d, t);
  // "will host X in Canberra next month": the host's meeting and the guest's journey are one telling, no rivals.
  // So are "receiving X at the palace on his first visit to Mexico": the guest's visit is the reception's occasion.
  const oneTelling = (o: TriggerHit) =>
    Math.abs(o.start - t.start) < 120 &&
    ((!!o.rule.guestTravels && RECEIVES.has(t.rule.id)) ||
      (!!t.rule.guestTravels && RECEIVES.has(o.rule.id)) ||
      (t.rule.id === 'visit' && RECEIVES.has(o.rule.id) && o.end <= t.start && ON_A_VISIT.test(doc.text.slice(Math.max(o.end, t.start - 50), t.start))) ||
      // "will skip the SCO summit in Astana next month and send Jaishankar in his place": the occasion declined and the
      // journey of the one sent to it are one telling.
      (t.rule.id === 'sent-to' && (o.rule.id === 'skip-occasion' || o.rule.id === 'declined-attend')) ||
      (o.rule.id === 'sent-to' && (t.rule.id === 'skip-occasion' || t.rule.id === 'declined-attend')) ||
      // "hosted Morales at a meeting in Santiago on August 12": the meeting the reception was held at and the guest's
      // journey to its place are one telling (the journey's "in" stands nearer the date than the noun does).
      (t.rule.type === 'meeting' && !!t.rule.nominal && !!o.rule.guestTravels && o.start >= t.end && o.start - t.end <= 40 && !/[,;.]/.test(doc.text.slice(t.end, o.start)) && RECEPTION_AT.test(doc.text.slice(Math.max(s.s.start, t.start - 40), t.start))) ||
      // (And the reception's verb shares the day with that noun: "hosted Morales at a meeting … on August 12".)
      (RECEIVES.has(t.rule.id) && o.rule.type === 'meeting' && !!o.rule.nominal && o.start >= t.end && o.start - t.end <= 80 && !/[,;.]/.test(doc.text.slice(t.end, o.start)) && RECEPTION_AT.test(doc.text.slice(Math.max(t.end, o.start - 40), o.start))) ||
      // "met visiting Pakistani Foreign Minister Kasuri on Tuesday": the guests' visit and the meeting are one telling.
      (t.rule.type === 'meeting' && o.rule.id === 'visit' && o.start >= t.end && o.start - t.end <= 24 && /^visiting$/i.test(doc.text.slice(o.start, o.end))) ||
      (o.rule.type === 'meeting' && t.rule.id === 'visit' && t.start >= o.end && t.start - o.end <= 24 && /^visiting$/i.test(doc.text.slice(t.start, t.end))));
  // "had travelled to Moscow in January, meeting Lavrov on January 18": the date before a participle's comma
  // closes the journey's phrase; the participle's exchange has its own, after it.
  const participleAfter = (d: DateMention, o: TriggerHit) =>
    o.rule.type !== 'visit' && o.start >= d.end && /^\s*,\s*$/.test(doc.text.slice(bare(d), o.start)) && /^\w+ing$/i.test(doc.text.slice(o.start, o.end)) &&
    all.some((v) => v.rule.type === 'visit' && v.end <= d.start && v.start >= s.s.start);
  // "went to Washington to meet Biden at the White House on February 10": the journey shares the day of the
  // meeting its infinitive gives as its purpose.
  const purposeDated = (d: DateMention, o: TriggerHit) =>
    t.rule.type === 'visit' && o.rule.type === 'meeting' && o.start >= t.end && d.start >= o.end && /^[^,;.]{0,40}\bto\s+$/i.test(doc.text.slice(t.end, o.start));
  // "met Chinh in Vientiane in October 2024, and spoke by telephone in January": a date right before "and" and a later
  // verb with a date of its own is the earlier verb's, however near the later one (as verbBefore reads it from there).
  const datedAfterAnd = (d: DateMention, o: TriggerHit) =>
    d.start >= t.end &&
    d.end <= o.start &&
    /^\s*,?\s*and\s+(?:[\w'’-]+\s+){0,3}$/i.test(doc.text.slice(bare(d), o.start)) &&
    (!t.rule.nominal || PAST_FORM.test(doc.text.slice(t.start, t.end))) &&
    s.dates.some((e) => e !== d && e.start >= o.end && e.start <= o.end + 80 && usable(e) && !/[,;]/.test(doc.text.slice(o.end, e.start)));
  // "since they met in Santiago during the APEC meeting last November": the gathering a verb's exchange was held
  // during, dated right after its name, dates the verb as well (it is no rival for the date).
  const occasionOf = (d: DateMention, o: TriggerHit) =>
    !!o.rule.nominal &&
    !t.rule.nominal &&
    t.end <= o.start &&
    o.end <= d.start &&
    /^\s*,?\s*(?:(?:in|on|last|this|next|early|late)\s+)?$/i.test(doc.text.slice(o.end, d.start)) &&
    /^[^;.]{0,60}?\b(?:during|at|on\s+the\s+sidelines\s+of)\s+(?:the|a|an)\s+(?:[\w'’.-]+\s+){0,4}$/i.test(doc.text.slice(t.end, o.start));
  // "met Bennett on Monday and invited him to visit India": the infinitive an invitation or a promise joined after the
  // date takes it as its object, at no time the date tells; the date is the verb's before "and".
  const invitedAfter = (d: DateMention, o: TriggerHit) => d.start >= t.end && d.end <= o.start && INVITED_TO.test(doc.text.slice(bare(d), o.start));
  // "made a surprise trip to Moscow on Saturday, holding three hours of talks with Putin": talks a participle after the
  // journey's dated comma tells were held on that trip, at its time; the journey is no rival for the date.
  const heldOnJourney = (d: DateMention, o: TriggerHit) => o.rule.type === 'visit' && o.end <= d.start && d.end <= t.start && t.rule.type !== 'visit' && PARTICIPLE_PHRASE.test(doc.text.slice(bare(d), t.start));
  const rivals = (d: DateMention) =>
    (d.start >= lo && bare(d) <= hi ? all.filter((o) => o.start >= lo && o.end <= hi) : all).filter(
      (o) =>
        !sameTelling(d, o) &&
        !occasionOf(d, o) && !purposeOf(d, o) && !(d.end <= o.start && REPORTS_BETWEEN.test(doc.text.slice(d.end, o.start))) && !joinedAfter(d, o) && !cameFrom(d, o) && !conjunctBetween(d, o) && !oneTelling(o) && !participleAfter(d, o) && !purposeDated(d, o) && !datedAfterAnd(d, o) && !invitedAfter(d, o) && !heldOnJourney(d, o),
    );
  // "… the president congratulated Malaysia … after the election last November": a date in a later
  // clause that another happening introduces is that happening's.
  const subordinate = (d: DateMention) =>
    d.start >= t.end && /\b(?:after|before|following|since|when|while|ahead of|until|who|which|whose)\b/i.test(doc.text.slice(hi, d.start)) && d.start >= hi;
  // "Carney, who arrived … on Wednesday night, also met Ebrard": a date inside a closed relative clause is its verb's.
  const inRelative = (d: DateMention) =>
    d.end <= t.start && /,\s*(?:who|whose|which|whom)\b[^,;]*$/i.test(doc.text.slice(s.s.start, d.start)) && /,/.test(doc.text.slice(bare(d), t.start));
  // "Modi, who arrived in Sydney on Monday after a stop in Papua New Guinea, addressed … on Tuesday": a trigger
  // inside a closed relative clause is not dated past the clause's closing comma, by the main verb's date.
  const pastRelative = (d: DateMention) =>
    d.start >= t.end && PAST_RELATIVE_OPEN.test(doc.text.slice(s.s.start, t.start).replace(DATELINE_HEAD, '')) && /,/.test(doc.text.slice(t.end, d.start));
  // "The two last met in Beijing in April, when Blinken made a visit to China": the date right before a
  // "when" clause dates what that clause tells too, however near the verb before it stands.
  const beforeWhen = (d: DateMention) => d.end <= t.start && /^\s*,?\s*when\b[^,;]*$/i.test(doc.text.slice(d.end, t.start));
  // "In April 2023, Lula paid a state visit to China, where he held talks with Xi": a date that opens the
  // sentence, set off by a comma, is the time of all it tells; so is a chronology line's ("- Oct 6-10, 2024:
  // Muizzu's state visit to India; holds talks with Modi").
  // ("In Djibouti on Friday morning, …": after a place that opens the sentence too.)
  // ("…: on January 3, he and Baerbock met al-Sharaa": so is one opening the clause after a colon.)
  const leadingAt = (d: DateMention) =>
    d.end <= t.start &&
    ((/^[\s"“]*(?:in|on|during|by|early|late|last|earlier|later|since)?\s*$/i.test(doc.text.slice(s.s.start, d.start)) ||
      (/:\s*(?:in|on)?\s*$/i.test(doc.text.slice(s.s.start, d.start)) && doc.text.lastIndexOf(':', t.start) < d.start) ||
      /^[\s"“]*[Ii]n\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:(?:on|in)\s+)?$/u.test(doc.text.slice(s.s.start, d.start))) &&
      /^\s*(?:(?:morning|afternoon|evening|night)\s*)?,/.test(doc.text.slice(bare(d), bare(d) + 12)) ||
      (/^[\s*•·–—-]*$/.test(doc.text.slice(s.s.start, d.start)) && /^\s*:/.test(doc.text.slice(bare(d), bare(d) + 2))));
  // "Earlier this week, on Monday evening, X held a telephone conversation …": a day set off right after an
  // opening date narrows it, and opens the sentence as much.
  const leading = (d: DateMention) =>
    leadingAt(d) ||
    (d.end <= t.start &&
      /^\s*(?:(?:morning|afternoon|evening|night)\s*)?,/.test(doc.text.slice(bare(d), bare(d) + 12)) &&
      s.dates.some((e) => e !== d && e.end <= d.start && leadingAt(e) && /^\s*,?\s*(?:on|in|at)?\s*$/i.test(doc.text.slice(bare(e), d.start))));
  // "When Obama came to Kenya in July 2015 for a summit, he held talks with Kenyatta": a date in a "when" clause
  // that opens the sentence is the time of the main clause after its comma too.
  // ("When Peters last travelled to Tarawa, in May 2024, Maamau declined to meet him": the date may be set off by
  // commas at the end of the clause, and it dates a refusal as well.)
  const openingWhen = (d: DateMention) =>
    d.end <= t.start &&
    ((/^[\s"“]*when\b[^,;]*$/i.test(doc.text.slice(s.s.start, d.start)) && /^[^,;]*,[^;]*$/.test(doc.text.slice(bare(d), t.start))) ||
      // (… and every clause the sentence goes on with: "…, Maamau declined to meet him, citing a busy schedule, and
      // Peters was received instead by Toatu".)
      (/^[\s"“]*when\b[^,;]*,\s*(?:in|on)\s+$/i.test(doc.text.slice(s.s.start, d.start)) && /^\s*,[^;]*$/.test(doc.text.slice(bare(d), t.start))));
  // "arrived in Beijing on Sunday evening after a two-day visit to Singapore": the date before "after" is the arrival's.
  const beforeAfter = (d: DateMention) => d.end <= t.start && /^\s*,?\s*(?:after|before|following|ahead\s+of)\b[^,;]*$/i.test(doc.text.slice(bare(d), t.start));
  // "visited Tokyo in late August, the first stop of a trip that also took him to Washington": the trip the
  // dated stop opens shares its time.
  const stopOf = (d: DateMention) => d.end <= t.start && STOP_OF.test(doc.text.slice(bare(d), t.start));
  // "Putin flew to Abu Dhabi on Wednesday, where he held talks with …": the journey's day is that of what its
  // "where" clause tells, when the clause gives none of its own.
  const whereOfJourney = (d: DateMention) =>
    d.end <= t.start &&
    WHERE_HE.test(doc.text.slice(bare(d), t.start)) &&
    all.some((o) => o !== t && !!o.rule.travel && o.end <= d.start && o.start >= s.s.start);
  // "met in Beijing on Thursday, the first formal meeting of the two … in seven years": a noun set after the
  // date in apposition re-tells the exchange of that date.
  // (Not a noun inside a relative clause of the apposition: "…, the last stop of a tour that has been overshadowed by
  // China's reaction to her visit to Taiwan".)
  const appositive = (d: DateMention) =>
    !!t.rule.nominal && d.end <= t.start && /^\s*,\s*(?:the|a|an|their|his|her|its)\b[^,;.()]*$/i.test(doc.text.slice(bare(d), t.start)) &&
    !/\b(?:that|which|who|whose)\s+(?:has|have|had|is|are|was|were)\b/i.test(doc.text.slice(bare(d), t.start)) &&
    all.some((o) => o !== t && o.end <= d.start && o.start >= s.s.start && !o.rule.nominal);
  // "spoke on August 8, when Putin briefed Modi … ahead of his summit with Trump": a noun that a time preposition
  // governs came at another time than a date told before the preposition.
  const timeObject = (d: DateMention) =>
    !!t.rule.nominal &&
    d.end <= t.start &&
    (/\b(?:ahead\s+of|before|after|following)\s+(?:[\w'’-]+\s+){0,3}$/i.test(doc.text.slice(bare(d), t.start)) ||
      // ("met Lee on Saturday and discussed their next meeting": the date is the verb's before "and".)
      AND_VERB_OBJECT.test(doc.text.slice(d.end, t.start)));
  // "visited Canberra in March and held the Strategic Dialogue with Wong on March 20": a date between the verb before
  // and "and" is that verb's, when the trigger has a date of its own after it.
  // ("…, where the delegation landed on Sunday and Pelosi met Lee on Monday": so is one before "and" and a subject of
  // the trigger's own, whatever the verb before it.)
  const verbBefore = (d: DateMention) =>
    d.end <= t.start &&
    /^\s*,?\s*and\s+/i.test(doc.text.slice(bare(d), t.start)) &&
    (all.some((o) => o !== t && (!o.rule.nominal || PAST_FORM.test(doc.text.slice(o.start, o.end))) && o.end <= d.start && o.start >= s.s.start) ||
      s.people.some((p) => !!p.entity && p.mention.start >= d.end && p.mention.end <= t.start)) &&
    s.dates.some((e) => e !== d && e.start >= t.end && e.start <= t.end + 80 && usable(e) && !/[,;]/.test(doc.text.slice(t.end, e.start)));
  // "will travel to Tianjin on Tuesday to attend the meeting, where he is to hold bilateral meetings with …": what a
  // "where" clause after the gathering a dated journey is for tells is on the journey's day, when it gives none of its own.
  const journeyOfWhere = (d: DateMention) =>
    d.end <= t.start &&
    /\b(?:meeting|summit|conference|forum|session|ceremony|gathering|council|talks)\s*,\s*where\s[^;]*$/i.test(doc.text.slice(bare(d), t.start)) &&
    !s.dates.some((e) => e !== d && e.start > bare(d) && e.end <= t.start) &&
    all.some((o) => o !== t && !!o.rule.travel && o.end <= d.start && o.start >= s.s.start);
  // "Scholz was in Washington on February 7 for his first meeting with Biden": the meeting a dated stay is for is on its day.
  const purposeOfStay = (d: DateMention) =>
    !!t.rule.nominal &&
    t.rule.type !== 'visit' &&
    d.end <= t.start &&
    /^\s*,?\s*for\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}$/i.test(doc.text.slice(bare(d), t.start)) &&
    !s.dates.some((e) => e.start >= t.end && e.start < hi && usable(e)) &&
    all.some((o) => o !== t && !!o.rule.travel && o.end <= d.start && o.start >= s.s.start);
  // "met Mitsotakis in New York in September, where they agreed to hold talks in Athens": a plan made in a "where"
  // clause is for another time than the exchange it was made at.
  const planMadeWhere = (d: DateMention) =>
    status !== 'occurred' &&
    d.end <= t.start &&
    /^\s*,?\s*where\s[^;]*$/i.test(doc.text.slice(bare(d), t.start)) &&
    all.some((o) => o !== t && !o.rule.nominal && o.end <= d.start && o.start >= s.s.start);
  // "was the first … to travel to Damascus after the regime fell: on January 3, he and Baerbock met al-Sharaa": a clause
  // a colon elaborates is at the time that opens the elaboration, when it has none of its own.
  const colonAfter = (d: DateMention) =>
    d.start >= t.end &&
    /^[^.;:]*:\s*(?:on|in)?\s*$/i.test(doc.text.slice(t.end, d.start)) &&
    /^\s*,/.test(doc.text.slice(bare(d), bare(d) + 3)) &&
    !s.dates.some((e) => e !== d && e.start >= s.s.start && e.end <= d.start && !e.anchor);
  // "Lee and Ishiba agreed last week to meet in Gyeongju": a date between the verb that made a plan and the plan's
  // infinitive is when it was made, not the time of the exchange planned.
  // "on a trip that had been announced in February and then put off": the date of a relative clause telling the plan
  // made known is the announcement's, not the trip's.
  const announcedThen = (d: DateMention) => !!t.rule.nominal && d.start >= t.end && ANNOUNCED_IN.test(doc.text.slice(t.end, d.start));
  const planMadeThen = (d: DateMention) =>
    status !== 'occurred' &&
    d.end <= t.start &&
    /^\s*,?\s*to\s+(?:[\w'’-]+\s+){0,4}$/i.test(doc.text.slice(bare(d), t.start)) &&
    PLAN_MADE.test(doc.text.slice(Math.max(s.s.start, d.start - 60), d.start));
  // "On Friday morning he met Masimov over breakfast before flying to Beijing": a journey told by a participle after
  // "before" or "after", with no date of its own, is of the day of the clause it hangs on.
  const hangsOn = (d: DateMention) =>
    t.rule.type === 'visit' &&
    d.end <= t.start &&
    /^\w+ing\b/i.test(doc.text.slice(t.start, t.end)) &&
    /\b(?:before|after)\s+$/i.test(doc.text.slice(Math.max(s.s.start, t.start - 8), t.start)) &&
    !/[;]/.test(doc.text.slice(d.end, t.start)) &&
    !s.dates.some((e) => e !== d && e.start >= d.end && e.end <= s.s.end && !e.anchor);
  // "have spoken by phone several times since the election, most recently last week": the date after "most recently"
  // is the latest of the exchanges the trigger before it counts, past any clause between.
  const latestOfCount = (d: DateMention) =>
    d.start >= t.end &&
    MOST_RECENTLY_BEFORE.test(doc.text.slice(Math.max(t.end, d.start - 24), d.start)) &&
    !all.some((o) => o !== t && o.start >= t.end && o.end <= d.start);
  // "for his first summit with Trump, scheduled for Monday": the time a plan is scheduled for, after its noun, is its own.
  const scheduledFor = (d: DateMention) =>
    d.start >= t.end &&
    SCHEDULED_FOR.test(doc.text.slice(Math.max(t.end, d.start - 24), d.start)) &&
    !all.some((o) => o !== t && o.start >= t.end && o.end <= d.start);
  // "arrives in Tokyo on Monday and will then travel to Seoul": a leg told after "then", with no date of its own.
  const thenLeg = (d: DateMention) =>
    d.end <= t.start &&
    /^[^.;]*\bthen\s+(?:[\w'’-]+\s+){0,3}$/i.test(doc.text.slice(bare(d), t.start)) &&
    !s.dates.some((e) => e !== d && e.start >= d.end && e.end <= s.s.end && !e.anchor);
  // "arrived on Tuesday morning and met Kishida": a verb joined by "and" right after the date of the verb before, with
  // no date of its own, shares that date.
  const andVerbAfter = (d: DateMention) =>
    !t.rule.nominal &&
    d.end <= t.start &&
    (AND_RIGHT_AFTER.test(doc.text.slice(bare(d), t.start)) || AND_AFTER_ASIDE.test(doc.text.slice(bare(d), t.start))) &&
    // (The verb before may be a noun's trigger written as a past verb: "visited Israel in October 2023 … and met".)
    all.some((o) => o !== t && (!o.rule.nominal || PAST_FORM.test(doc.text.slice(o.start, o.end))) && o.end <= d.start && o.start >= s.s.start) &&
    !s.dates.some((e) => e !== d && e.start >= t.end && e.end <= s.s.end && !e.anchor);
  // "The last Argentine president to travel to Chile was Alberto Fernández, who attended Boric's inauguration in March
  // 2022": the one a superlative names did it when the clause on him tells.
  const superlativeWho = (d: DateMention) =>
    d.start >= t.end && superlativeTo(doc.text.slice(s.s.start, t.start)) && SUPERLATIVE_NAMED.test(doc.text.slice(t.end, d.start));
  // "came to Paris on February 13 for the international conference …, and the two ministers met on its sidelines": what
  // the gathering a dated journey is for tells, with no date of its own, is on the journey's day.
  const atJourneysGathering = (d: DateMention) =>
    d.end <= t.start &&
    JOURNEY_FOR_GATHERING.test(doc.text.slice(bare(d), t.start)) &&
    all.some((o) => o !== t && !!o.rule.travel && o.end <= d.start && o.start >= s.s.start) &&
    !s.dates.some((e) => e !== d && e.start >= d.end && e.end <= s.s.end && !e.anchor);
  // "before ending the trip in Apia, where he is scheduled to hold talks with Schmidt on Saturday": a journey with no date
  // of its own is at its place on the day of what a where-clause still ahead, right after the place, tells there.
  // (One told in the past, "before flying to Beijing, where he held talks … on Friday", hangs on the clause before.)
  const stayOfWhere = (d: DateMention) =>
    t.rule.type === 'visit' &&
    d.start >= t.end &&
    WHERE_AFTER_PLACE.test(doc.text.slice(t.end, d.start)) &&
    WHERE_AHEAD.test(doc.text.slice(t.end, s.s.end)) &&
    all.some((o) => o.rule.type !== 'visit' && o.start > t.end && o.end <= d.start) &&
    !s.dates.some((e) => e !== d && e.start >= t.end && e.end <= d.start && !e.anchor);
  const owned = (d: DateMention) =>
    !timeObject(d) &&
    !planMadeWhere(d) &&
    !planMadeThen(d) &&
    !verbBefore(d) &&
    (stopOf(d) ||
    latestOfCount(d) ||
    scheduledFor(d) ||
    hangsOn(d) ||
    andVerbAfter(d) ||
    atJourneysGathering(d) ||
    superlativeWho(d) ||
    (thenLeg(d) && !!journeyBefore(s, t, all, d)) ||
    colonAfter(d) ||
    purposeOfStay(d) ||
    whereOfJourney(d) ||
    journeyOfWhere(d) ||
    stayOfWhere(d) ||
    openingWhen(d) ||
    appositive(d) ||
    (!closesConjunct(d) &&
    // (A participle with no date of its own, "returned the visit in February 2019, meeting Erdogan in Ankara", is at
    // the time of the phrase before its comma.)
    !(participleAfter(d, t) && s.dates.some((e) => e !== d && e.start >= t.end && e.start < hi && usable(e))) &&
    !beforeAfter(d) &&
    (whenOf(d) ||
    beforeWhen(d) ||
    leading(d) ||
    (!subordinate(d) &&
    !inRelative(d) &&
    !pastRelative(d) &&
    rivals(d).every((o) => o === t || dist(d, t) <= dist(d, o)) &&
    !(d.end < t.start && /,/.test(doc.text.slice(d.end, t.start)) && !CEREMONY_AFTER_DATE.test(doc.text.slice(bare(d), t.start)) && LEADING_ADVERBIAL_OPEN.test(doc.text.slice(s.s.start, d.start)))))));
  // (Where a date stands is tested first: usable and owned are the costly tests, and have no effects.)
  const inClause = s.dates.filter((d) => d.start >= lo && bare(d) <= hi && usable(d) && owned(d));
  // ("Chinese Premier Li Qiang meets PM Wong; South Korea's Lee to arrive on Tuesday": a headline's semicolon parts two
  // stories, and a date past it is the other story's.)
  const acrossSemicolon = (d: DateMention) => s.info.headline && (d.start >= t.end ? doc.text.slice(t.end, d.start) : doc.text.slice(d.end, t.start)).includes(';');
  const pool = inClause.length ? inClause : s.dates.filter((d) => usable(d) && owned(d) && !acrossSemicolon(d));
  if (pool.length) {
    // (The time a plan is "scheduled for" beats a nearer one of the journey it is made on: "departed … later Saturday for
    // his first summit with Trump, scheduled for Monday".)
    const d = pool.find(scheduledFor) ?? pool.reduce((a, b) => (dist(b, t) < dist(a, t) ? b : a));
    // A list heading's own date is the heading's, which the paragraph under it may contradict; a
    // "since …, when" date tells a recalled past, no occasion of the story's (refine/venues).
    const from = whenOf(d) ? 'recalled' : s.info.heading && !s.info.headline ? 'heading' : 'sentence';
    // "During his stay through Monday, X is to meet Y", "the visit will end on Thursday": the day bounds
    // the exchange, it does not date it; the month it falls in is all the text says. An end still to
    // come ("will end on Friday") lies ahead even of a visit under way.
    if (END_BOUND.test(doc.text.slice(Math.max(s.s.start, d.start - 20), d.start)) && !d.endValue) {
      const ahead = /\b(?:will|is\s+to|are\s+to|is\s+due\s+to)\b|['’]ll\b/i.test(doc.text.slice(s.s.start, d.start));
      const end = adjust(d, doc.published, ahead ? 'planned' : status, doc.storyDay).date;
      if (end.length === 10) return { date: end.slice(0, 7), endDate: end, from };
    }
    // "returned to Abuja on Sunday after a week-long visit to France": the day ends the visit; the month is
    // all the text says of it.
    if (t.rule.type === 'visit' && d.end <= t.start && RETURNED_AFTER.test(doc.text.slice(s.s.start, d.start)) && /\bafter\s+(?:[\w-]+\s+){0,4}$/i.test(doc.text.slice(d.end, t.start))) {
      const end = adjust(d, doc.published, status, doc.storyDay).date;
      if (end.length === 10) return { date: end.slice(0, 7), endDate: end, from };
    }
    // "will arrive in Tokyo on Monday for a three-day stay before heading to Seoul": a later leg hung on a dated
    // journey leaves when that stay ends, not on the day it began — the day after a stay of stated length, else
    // only the month ("met X over breakfast before flying to Beijing" hangs on no journey and keeps the day).
    // ("… on Monday for a three-day stay and will then travel to Seoul": so is one told by "then".)
    const journey = hangsOn(d) || thenLeg(d) ? journeyBefore(s, t, all, d) : undefined;
    const begun = journey ? adjust(d, doc.published, status, doc.storyDay).date : '';
    if (journey && begun.length === 10 && !SAME_DAY.test(doc.text.slice(t.end, s.s.end))) return { date: leftAfterStay(doc.text.slice(journey.end, t.start), begun), endDate: null, from };
    return { ...adjust(d, doc.published, status, doc.storyDay), from, yearGuessed: !d.explicitYear && !d.weekday && !d.season && !d.vague && MONTH_NAMED.test(d.text) };
  }
  // "arrived in Sydney on Monday after a stop in Papua New Guinea": a journey after "after" ended by the day of the
  // arrival or return before it; the month is all the text says of it (not the dateline's day).
  if (t.rule.type === 'visit') {
    const back = s.dates.find((d) => usable(d) && beforeAfter(d) && ARRIVED_AFTER.test(doc.text.slice(s.s.start, d.start)));
    const end = back ? adjust(back, doc.published, status, doc.storyDay).date : '';
    if (end.length === 10) return { date: end.slice(0, 7), endDate: end, from: 'sentence' };
  }
  // A declined invitation never gets a day: the dateline's is when the refusal was news, and a list
  // heading's is the day of the item the refusal is told under (its month is all it shares).
  if (s.info.sectionDate && !(status === 'declined' && s.info.dateline)) {
    const d = s.info.sectionDate;
    // "Sat 19 Jul — … the two had met earlier in the week": some day before the item's, in the days before it.
    if (d.value.length === 10 && EARLIER_IN_WEEK.test(doc.text.slice(lo, hi))) {
      const before = new Date(Date.parse(d.value) - 3 * 86_400_000).toISOString().slice(0, 7);
      return { date: before, endDate: null, from: 'heading' };
    }
    if (status === 'declined') return { date: d.value.slice(0, 7), endDate: null, from: 'heading' };
    return { date: d.value, endDate: d.endValue, from: s.info.dateline ? 'lead' : 'heading' };
  }
  // A liveblog entry ("14:12 GMT — Rubio and Sisi have wrapped up their meeting") tells what happened on its day.
  if (s.info.entryDay && status === 'occurred') return { date: s.info.entryDay, endDate: null, from: 'heading' };
  // "spoke by phone with Trump this afternoon": chrono gives a part of the day no date; it is the news day's.
  // Not the day of a saying ("told reporters this morning that he had met …").
  const today = doc.published?.length === 10 ? PART_OF_TODAY.exec(doc.text.slice(lo, hi)) : null;
  if (today && !SAID_BEFORE.test(doc.text.slice(Math.max(s.s.start, lo + today.index - 40), lo + today.index)))
    return { date: doc.published, endDate: null, from: 'sentence' };
  return { date: null, endDate: null, from: 'none' };
}

/** The journey of the sentence, begun before a dated day, that a later leg follows. */
function journeyBefore(s: SentenceView, t: TriggerHit, all: TriggerHit[], d: DateMention): TriggerHit | undefined {
  if (t.rule.type !== 'visit' || !t.rule.travel) return undefined;
  return all.find((o) => o !== t && o.rule.type === 'visit' && !!o.rule.travel && o.start >= s.s.start && o.end <= t.start && o.start < d.start);
}

/**
 * When a later leg sets off, from the day the stay before it began and the words between the two legs: the day after the
 * stay when they give its length ("for a three-day stay", "a two-day visit", "for two days"), else only the month.
 */
export function leftAfterStay(between: string, begun: string): string {
  const stay = STAY_DAYS.exec(between);
  const n = stay ? (stay[1] ?? stay[2]).toLowerCase() : '';
  const days = /^\d+$/.test(n) ? +n : DAY_WORDS.indexOf(n) + 1;
  return days > 0 && begun.length === 10 ? shiftDays(begun, days) : begun.slice(0, 7);
}

/** A stay's length: "a three-day stay", "a 2-day visit", "for two days". */
const STAY_DAYS = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)-day\s+(?:(?:state|official|working)\s+)?(?:stay|visit|trip|tour)\b|\bfor\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+days\b/i;
const DAY_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** The later leg said to be on the day of the one before: "the same evening", "later that day". */
const SAME_DAY = /\b(?:the\s+same\s+(?:day|morning|afternoon|evening|night)|later\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night))\b/i;

/** Between an exchange and a date: the purpose it was held for, "to prepare a joint council", "to plan the summit". */
const TO_PREPARE = /\bto\s+(?:prepare|plan|organi[sz]e|arrange)\s+(?:for\s+)?(?:an?|the|their|its|his|her|next\s+\w+['’]s)\s/i;

/** A part of the news day, which chrono leaves undated: "this morning", "this evening", "tonight". */
const SAID_BEFORE = /\b(?:said|says|told|tells|announced|confirmed|stated|added|wrote|posted)\b(?:\s+[\w'’-]+){0,3}\s*$/i;
const PART_OF_TODAY = /\b(?:this\s+(?:morning|afternoon|evening)|tonight|earlier\s+today|later\s+today)\b/i;

function dist(d: DateMention, t: TriggerHit): number {
  return d.start >= t.end ? d.start - t.end : t.start - d.end;
}

/** A date written without its year takes the year that fits the tense: past for what occurred. */
function adjust(d: DateMention, published: string | null, status: EventStatus, storyDay?: string | null): { date: string; endDate: string | null } {
  // "visited in the autumn": the last autumn begun by the news; "will visit in the autumn": the first not yet over.
  const ref = d.season ? parseRef(published) : null;
  if (d.season && ref && published!.length >= 7) {
    const { value, endValue } = seasonMonths(d.season, ref, status === 'occurred' ? 'past' : 'ahead');
    return { date: value, endDate: endValue };
  }
  let value = d.value;
  let endValue = d.endValue;
  if (published && !d.explicitYear) {
    const pub = published.slice(0, value.length);
    if (status === 'occurred' && value > pub) {
      if (d.weekday) {
        value = shiftWeek(value, -1);
        endValue = endValue ? shiftWeek(endValue, -1) : null;
      } else {
        value = `${+value.slice(0, 4) - 1}${value.slice(4)}`;
        endValue = endValue ? `${+endValue.slice(0, 4) - 1}${endValue.slice(4)}` : null;
      }
    } else if (status !== 'occurred' && status !== 'cancelled' && status !== 'postponed' && value < pub) {
      // ("VILNIUS, July 10 - … is expected to meet Biden on Tuesday", published July 12: the weekday ahead of the
      // dateline's day, which it was read from, is not put a week on for the later publication.)
      if (d.weekday) value = storyDay && value >= storyDay ? value : shiftWeek(value, 1);
      else if (value.length > 4) value = `${+value.slice(0, 4) + 1}${value.slice(4)}`;
    }
  }
  return { date: value, endDate: endValue && endValue !== value ? endValue : null };
}

function shiftWeek(value: string, by: number): string {
  if (value.length !== 10) return value;
  const d = new Date(`${value}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7 * by);
  return d.toISOString().slice(0, 10);
}

/** A time some days before the one the text stands at, no day named: "earlier in the week", "days earlier". */
const EARLIER_IN_WEEK = /\bearlier\s+(?:in\s+)?(?:the|that|this)\s+week\b|\b(?:a\s+few\s+|several\s+|two\s+|three\s+)?days\s+(?:earlier|before)\b/i;

/** From a date to an exchange a participle phrase after its comma tells: ", holding three hours of ", ", meeting ". */
const PARTICIPLE_PHRASE = /^\s*,\s*(?!including\b|according\b|following\b|during\b|notwithstanding\b|regarding\b|concerning\b)[a-z]+ing\s+(?:[\w'’-]+\s+){0,6}$/i;

/** From a date to an exchange a joined verb invites to or promises: " and invited him to ", ", and agreed to ". */
const INVITED_TO = /^\s*,?\s*and\s+(?:also\s+)?(?:invited|asked|urged|agreed|pledged|promised|offered|vowed)\b[^,;.]{0,40}?\bto\s+$/i;

/** The words before a noun of meeting that set it as the occasion of a reception: "… at a ", "… for talks". */
const RECEPTION_AT = /\b(?:at|for)\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\w-]+\s+){0,2}$/i;

/** An ordinal before the exchange's noun: "her second visit", "the third meeting". */
const ORDINAL_NOUN = /\b(?:second|third|fourth|fifth|sixth|seventh|\d+(?:nd|rd|th))\s+(?:[\w-]+\s+)?(?:visit|trip|meeting|call|summit|talks|encounter)s?$/i;
/** A period a count runs over: "this year", "this month", "in 2025". */
const ORDINAL_PERIOD = /^(?:(?:in\s+)?this|so\s+far\s+this)\s+(?:year|month|week)$|^(?:in\s+)?(?:19|20)\d{2}$/i;

/** A verb that makes a plan, and what may stand between it and a date: "agreed in a phone call last week". */
const PLAN_MADE = /\b(?:agreed|agree|agrees|decided|promised|pledged|vowed|offered|proposed|resolved)\b[^,;.]{0,50}$/i;
/** From a saying's date to the plan it tells: "that Takaichi would visit", ", that the minister would travel". */
const THAT_WOULD = /^\s*,?\s*that\s+[^.;]*?\bwould\s+(?:[\w-]+\s+){0,3}$/i;
/** From a journey's noun to a date: "that had been announced in", "which was first floated on". */
const ANNOUNCED_IN = /^\s*,?\s*(?:that|which)\s+(?:had\s+been|has\s+been|was|were)\s+(?:first\s+)?(?:announced|unveiled|proposed|floated|mooted|made\s+public)\s+(?:on\s+|in\s+)?$/i;
/** From a superlative's journey to a date in the clause on the one it names: " to Chile was Alberto Fernández, who attended … in". */
const SUPERLATIVE_NAMED = /^[^.;]*?\b(?:was|were)\s+[^,;.]{2,60},\s*(?:who|when)\b[^;.]*$/i;
const PLUPERFECT_PLAN = /\bhad\s+been\s+(?:\w+\s+)?(?:set|scheduled|supposed|planned|due|expected|slated)\b/i;
const YEAR_WRITTEN = /\b(?:19|20)\d{2}\b/;

/** Whole months from the news's month to the date's (negative before it). */
function monthsAhead(date: string, published: string): number {
  return (+date.slice(0, 4) - +published.slice(0, 4)) * 12 + (+date.slice(5, 7) - +published.slice(5, 7));
}

/** A month's name (or its short form) in a date's text. */
const MONTH_NAMED = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?![\w])/;

/** A past verb before an exchange's noun: "met …", "arrived …", "held talks …". */
const PAST_BEFORE = /\b(?:[a-z]+ed|met|held|made|paid|went|came|flew|spoke|took|began|saw|gave|told|said|led)\b/;

/** "from 18.02.2026 to 21.02.2026", "from 18 to 21 February 2026": a date after "from" that a later one closes. */
function opensSpan(text: string, d: DateMention, dates: readonly DateMention[]): boolean {
  if (!/\bfrom\s+$/i.test(text.slice(Math.max(0, d.start - 6), d.start)) && !/^from\s/i.test(d.text)) return false;
  if (d.endValue && d.endValue > d.value) return true;
  const to = /^\s*(?:to|until|till|through|[-–])\s*/i.exec(text.slice(d.end, d.end + 10));
  return !!to && dates.some((x) => x.start === d.end + to[0].length && x.value > d.value);
}
