// An exchange whose sentence gives no date: one told in the article's lead takes the lead's date
// (the news of the day); anything else takes the publication year, and a visit with no stated
// destination takes the country the article's other visits go to.
import type { Candidate } from '../events/candidates.js';
import type { DocumentView } from '../document.js';
import { OPENING_PARTICIPLE } from '../events/clause.js';
import { keepInOfficeThen, keepOfficeHolders } from './in-office-then.js';
import { REGIONAL_TOUR, SUPERLATIVE_TO } from '../events/lexicon.js';
import { datesAgree } from './merge.js';
import { relativeDates } from './relative-dates.js';
import { ORDINAL_DAY } from '../mentions/dates.js';
import { afterTalksDates } from './after-talks.js';

const LEAD_SENTENCES = 4;
/** Right before an exchange's verb: "also received", "also held". */
const ALSO_BEFORE = /\balso\s+(?:\w+\s+)?$/i;
/** How many sentences back an "also" may find the day it goes on with. */
const ALSO_BACK = 6;
/** How far back a call of the same kind, with no one in common, may be for "also" to add to it. */
const ALSO_KIND_BACK = 3;
const REMOTE: string[] = ['phone_call', 'video_call'];
/** How an exchange's day was found that a later "also" may go on with: written, or carried from the text. */
const DAY_TOLD = ['sentence', 'context', 'lead', 'heading'];
/** A lead that tells a gathering of leaders (not a summit "with" one of them): its story is that gathering's day. */
const GATHERING_LEAD = /\b(?:summit|conference)\b(?!\s+(?:with|between)\b)|\bgathered\b|\bleaders\s+of\s+the\b/i;
/** "last met", "last spoke", "last visited": the time before, recalled. */
const LAST_TIME = /\blast\s+$/i;
const RECENTLY = /\b(?:recently|lately|the other day)\b/i;
const ALREADY = /\b(?:has|have|had)\s+already\s+(?:\w+\s+)?$/i;
/** "has already visited" tells a past trip; "has already arrived" is the news of the day. */
const PAST_DONE = /^(?:visited|met|held|hosted|toured|been)\b/i;
/** "have already spoken by telephone", "had already talked by phone": the medium after a perfect told before it. */
const ALREADY_SPOKEN = /\b(?:has|have|had)\s+already\s+(?:spoken|talked|conferred)\s+$/i;
/** A leading "After the Feb. 6 earthquakes, X visited …": the date is a lower bound, not the exchange's. */
const AFTER = /\b(?:after|following|since)\s+(?:[\w.’'-]+\s+){0,3}$/i;

export function defaultDates(doc: DocumentView, cands: Candidate[]): void {
  // Offsets from the story's own moments come first: a default is only for what no text dates.
  relativeDates(doc, cands);
  afterTalksDates(doc, cands);
  // The body ends where a dated list or chronology starts; a subtitle or section title does not end it, nor
  // does a dated headline ("NEWS TICKER — Wednesday, May 6, 2026" opens the page, it starts no list).
  // ("Al-Ahram Weekly Online, 17 - 23 July 2008" under the headline: a dated line before any of the body is the
  // page's issue, not a list's heading.)
  const firstHeading = doc.sentences.findIndex((s, i) => s.info.heading && !s.info.headline && (s.info.date || s.info.yearContext) && doc.sentences.slice(0, i).some((b) => !b.info.heading && !b.info.headline));
  const bodyEnd = firstHeading === -1 ? doc.sentences.length : firstHeading;
  // (Not one told as before the story's own: "We last met in New Delhi in February 2025" dates no news of today.)
  const lead = cands.find((c) => c.date && c.dateFrom === 'sentence' && c.sentence <= LEAD_SENTENCES && c.status === 'occurred' && c.background !== 'previously' && c.background !== 'last');
  const leadPeople = new Set(lead ? lead.participants.map((p) => p.entity).filter(Boolean) : []);
  const pubYear = doc.published?.slice(0, 4) ?? null;
  const gatheringLead = !!lead && lead.date?.length === 10 && doc.sentences.slice(0, lead.sentence + 1).some((s) => !s.info.headline && GATHERING_LEAD.test(s.s.text));
  cands.forEach((c, i) => {
    // "has held a bilateral meeting … on the summit's sidelines" under a liveblog entry's time: dated by the entry,
    // placed still at the gathering the story told.
    if (c.date && c.atGathering && !c.host) gatheringPlace(doc, c);
    // ("He also stopped in Washington, where he held talks with Biden on Tuesday last week": the other way round, a
    // journey its own words do not date takes the time of what its "where" clause tells, dated by its own words.)
    const held = (!c.date || c.dateFrom === 'lead') && c.type === 'visit' && c.status === 'occurred' ? heldOnJourney(doc, cands, c) : undefined;
    if (held) {
      c.date = held.date;
      c.endDate = null;
      c.dateFrom = 'context';
      c.trace.push(`date ${c.date}: of what its "where" clause tells`);
      return;
    }
    if (c.date) {
      // ("BEIJING, May 13 - Lula arrived on Saturday after a stop in Moscow, where he held talks with Putin": what the
      // "where" clause of a journey its sentence dates tells is of that journey's time, not of the dateline's day.)
      const journey = c.dateFrom === 'lead' && c.type !== 'visit' ? journeyBefore(doc, cands, c) : undefined;
      if (journey) {
        takeDayAndPlace(c, journey);
        c.trace.push(`date ${c.date}: in the "where" clause of the journey told before it, not the dateline's day`);
      }
      // ("arrived in Canberra on Tuesday for his first visit …, and was welcomed by Albanese at Parliament House": a verb
      // joined to a dated one of its sentence, with no subject of its own, is of that day, not the dateline's.)
      const joinedTo = c.dateFrom === 'lead' && !journey
        ? cands.find((o) => o !== c && o.sentence === c.sentence && o.dateFrom === 'sentence' && o.date?.length === 10 && o.status === c.status && o.triggerEnd <= c.triggerStart && JOINED_VERB_BEFORE.test(doc.text.slice(o.triggerEnd, c.triggerStart)))
        : undefined;
      if (joinedTo) {
        c.date = joinedTo.date;
        c.dateFrom = 'context';
        c.trace.push(`date ${c.date}: a verb joined to the one its sentence dates`);
      }
      storyYear(doc, cands, c, i);
      return;
    }
    // "rejected Iran's invitation for a visit": a refused invitation the text does not date never had a
    // date; the refusal's news is not when the visit was to be.
    if (c.status === 'declined') {
      c.trace.push('no date: a declined invitation the text does not date');
      return;
    }
    // "since taking office in March 2025. His first trip abroad was to Paris and London that month": "that month" or
    // "that year" in a sentence with no date of its own is the month or year written a sentence or two before.
    const anaphoric = thatPeriod(doc, c.sentence);
    if (anaphoric) {
      c.date = anaphoric;
      c.dateFrom = 'context';
      c.trace.push(`date ${anaphoric}: "that month" or "that year" of the date written just before`);
      return;
    }
    // "The last U.S. president to visit Vietnam was George W. Bush, who attended an APEC summit in Hanoi in November
    // 2006": the last one before the news came some time before it, at the time a relative clause on him tells, else
    // at none the text gives.
    const lastOne = c.type === 'visit' && c.status === 'occurred' ? lastBefore(doc, c) : undefined;
    if (lastOne !== undefined) {
      c.date = lastOne;
      if (lastOne) c.dateFrom = 'context';
      c.trace.push(lastOne ? `date ${lastOne}: of the relative clause on the last one to travel` : 'no date: the last one to travel, at no time the text gives');
      return;
    }
    // Background the text does not date stays undated: not the news of the month, nor the lead's day.
    if (c.background === 'previously' || (c.background === 'ordinal' && c.sentence > LEAD_SENTENCES && c.status === 'occurred')) {
      c.trace.push(`no date: background (${c.background}) the text does not date`);
      return;
    }
    // "When we were together in Hiroshima recently", "Kasuri has already visited Bangladesh": some
    // time before the news, so its year and no more.
    const before = doc.text.slice(Math.max(doc.sentences[c.sentence].s.start, c.triggerStart - 40), c.triggerStart);
    if (pubYear && c.status === 'occurred' && (RECENTLY.test(doc.sentences[c.sentence].s.text) || (ALREADY.test(before) && PAST_DONE.test(doc.text.slice(c.triggerStart, c.triggerEnd))) || ALREADY_SPOKEN.test(before))) {
      c.date = pubYear;
      c.dateFrom = 'default';
      c.trace.push(`date ${pubYear}: recently, before the news`);
      return;
    }
    // "Jaishankar met Hayashi on the sidelines of the visit": the day and place of the visit (or the
    // host's reception) told just before.
    if (c.duringVisit) {
      const told = cands
        .slice(0, i)
        .reverse()
        .filter((o) => o.date && o.dateFrom === 'sentence' && o.status === c.status && c.sentence - o.sentence <= 4 && (o.type === 'visit' || o.type === 'meeting') && o.host);
      // "the visit" is the story's own: one of the days of the news before an earlier trip recalled in passing.
      // (A day of the news, not a month that holds it. Else one its own paragraph tells — "When Sánchez travelled to Rabat
      // in February 2023 … the king telephoned him during the visit" — else the lead's visit of the news day, before one
      // recalled in a paragraph of its own: "Albanese visited Jakarta in June 2022. ¶ Sugiono met Wong on the sidelines of
      // the visit".)
      const news = (o: Candidate) => !!doc.published && o.date?.length === 10 && datesAgree(o.date, doc.published, 3);
      const line = doc.sentences[c.sentence].info.line.index;
      const leadVisit = () => cands.slice(0, i).find((o) => o.type === 'visit' && o.status === c.status && !!o.host && o.dateFrom === 'sentence' && o.sentence <= LEAD_SENTENCES && news(o));
      const visit = told.find(news) ?? told.find((o) => doc.sentences[o.sentence].info.line.index === line) ?? leadVisit() ?? told[0];
      if (visit) {
        c.heldDuring = visit;
        takeDayAndPlace(c, visit);
        c.trace.push(`date ${c.date}, host ${c.host}: held during the visit told in sentence ${visit.sentence + 1}`);
        return;
      }
    }
    // "In 2008 he travelled to Bamako, where he met Touré": what a dated journey's "where" clause tells
    // took place on that journey, at its date and in its country.
    const journey = c.type !== 'visit' ? journeyBefore(doc, cands, c) : undefined;
    if (journey) {
      takeDayAndPlace(c, journey);
      c.trace.push(`date ${c.date}: in the "where" clause of the journey told before it`);
      return;
    }
    // "he hosted Putin and Trump for their summit in Helsinki in July 2018": hosting for an exchange the sentence
    // dates is on its day.
    const purpose = cands.find(
      (o) => o !== c && o.sentence === c.sentence && o.dateFrom === 'sentence' && !!o.date && o.status === c.status && o.triggerStart >= c.triggerEnd && FOR_PURPOSE.test(doc.text.slice(c.triggerEnd, o.triggerStart)),
    );
    if (purpose) {
      takeDayAndPlace(c, purpose);
      c.trace.push(`date ${c.date}: for the exchange its sentence dates`);
      return;
    }
    // "met Trump at the White House in April, becoming the first European leader to visit Washington since …": what a
    // participle hung on a dated exchange says its subject became by it is of that exchange's time.
    const madeBy = cands.find(
      (o) => o !== c && o.sentence === c.sentence && o.dateFrom === 'sentence' && !!o.date && o.status === c.status && o.triggerEnd <= c.triggerStart && BECOMING.test(doc.text.slice(o.triggerEnd, c.triggerStart)),
    );
    if (madeBy) {
      c.date = madeBy.date;
      c.endDate = madeBy.endDate;
      c.dateFrom = 'context';
      c.trace.push(`date ${c.date}: of the exchange the participle is hung on`);
      return;
    }
    // "Ruto held talks with Kagame on the sidelines of the summit": the day and place of the summit told
    // just before ("… did not meet at a joint summit … in Dar es Salaam on Saturday").
    if (c.atGathering && atGathering(doc, c)) return;
    // "After the talks at Hyderabad House, Hu called on President Kalam": on the day of the talks told before.
    if (AFTER_THE_TALKS.test(doc.sentences[c.sentence].s.text)) {
      const talks = cands
        .slice(0, i)
        .reverse()
        .find((o) => o.type === 'meeting' && o.date && o.dateFrom === 'sentence' && o.status === c.status && o.sentence < c.sentence && c.sentence - o.sentence <= 3);
      if (talks) {
        c.date = talks.date;
        c.dateFrom = 'context';
        c.trace.push(`date ${c.date}: after the talks told in sentence ${talks.sentence + 1}`);
        return;
      }
    }
    // "On March 4, Ishiba received Mudavadi. … Mudavadi conveyed a message from President Ruto": given when
    // the bearer met the recipient, told with its day a few sentences before.
    const bearer = c.bearer;
    const recipient = c.participants[1]?.entity;
    const met = bearer && recipient
      ? cands
          .slice(0, i)
          .reverse()
          .find((o) => o.date && o.dateFrom === 'sentence' && o.status === c.status && c.sentence - o.sentence <= BEARER_DATED_BACK && !headingBetween(doc, o.sentence, c.sentence) && o.participants.some((p) => p.entity === bearer) && o.participants.some((p) => p.entity === recipient))
      : undefined;
    if (met) {
      c.date = met.date;
      c.dateFrom = 'context';
      c.trace.push(`date ${c.date}: when the bearer met the recipient, told in sentence ${met.sentence + 1}`);
      return;
    }
    // "Before meeting Xi, Lula held talks on Friday morning with Li and later met Zhao": the participle that opens
    // the sentence and a verb joined by "and later" tell the same day as the main clause's dated exchange.
    const sameDay = cands.find((o) => o !== c && o.sentence === c.sentence && o.dateFrom === 'sentence' && !!o.date && o.status === c.status && sameDayAs(doc, o, c));
    if (sameDay) {
      c.date = sameDay.date;
      c.dateFrom = 'context';
      c.trace.push(`date ${c.date}: the day of the exchange its sentence dates, joined to it`);
      return;
    }
    // "They last met in Beijing in November, on the sidelines of the APEC summit, which Obama followed with a state
    // visit": an exchange with no time of its own in a relative clause hung on a dated exchange of its sentence is of
    // that exchange's time ("where", "when": its day; "which" tells what came of it: its month), not the sentences'
    // before.
    const antecedent = relativeAntecedent(doc, cands, c);
    if (antecedent?.date) {
      c.date = antecedent.rel === 'which' ? antecedent.o.date!.slice(0, 7) : antecedent.o.date;
      c.dateFrom = 'context';
      c.trace.push(`date ${c.date}: of the exchange its relative clause hangs on`);
      return;
    }
    // "Blinken met Netanyahu in Jerusalem on Wednesday. … On Monday he held talks in Cairo … After meeting Netanyahu,
    // Blinken sat down with Herzog": the same pair's exchange told again with no time of its own is the one told
    // before with a day, not the nearer sentences' (a time recalled as the last one is no such telling).
    const again = c.type !== 'visit' ? sameExchangeBefore(doc, cands, c) : undefined;
    if (again) {
      c.date = again.date;
      c.endDate = again.endDate;
      c.dateFrom = 'context';
      c.trace.push(`date ${c.date}: the same pair's exchange told in sentence ${again.sentence + 1}`);
      return;
    }
    // "Amorim, who travelled to Caracas for the vote, met Maduro on July 29": a journey told in a relative clause
    // on the subject of a dated exchange was on the way to it: of that exchange's month, not the news's.
    const main = c.type === 'visit' && c.status === 'occurred' ? subjectsExchange(doc, cands, c) : undefined;
    if (main?.date) {
      c.date = main.date.slice(0, 7);
      c.dateFrom = 'context';
      c.trace.push(`date ${c.date}: the month of what the one it tells of went on to do (sentence ${main.sentence + 1})`);
      return;
    }
    // "President Ruto hosted the Emir on Monday. … The President also received a message from …": an "also" right before
    // the verb goes on with the day of an exchange of the same person told a few sentences up (not past a heading).
    // ("Li held talks with Wong on June 15. The premier, who arrived on June 14, … Mr Li also called on Tharman": one of
    // the same kind before any other, before the same story's nearer journey.)
    const alsoAll = c.status === 'occurred' && ALSO_BEFORE.test(doc.text.slice(Math.max(doc.sentences[c.sentence].s.start, c.triggerStart - 30), c.triggerStart))
      ? cands
          .slice(0, i)
          .reverse()
          .filter(
            (o) =>
              o.date?.length === 10 && DAY_TOLD.includes(o.dateFrom) && o.status === 'occurred' && o.sentence < c.sentence && c.sentence - o.sentence <= ALSO_BACK &&
              !headingBetween(doc, o.sentence, c.sentence) &&
              // (Not the time before, recalled: "The two presidents last met in Cairo on 30 December".)
              o.background !== 'last' && !LAST_TIME.test(doc.text.slice(Math.max(0, o.triggerStart - 12), o.triggerStart)),
          )
      : [];
    const alsoTold = alsoAll.filter((o) => o.participants.some((p) => p.entity && c.participants.some((q) => q.entity === p.entity)));
    // ("Prime Minister Sharif on Saturday received a telephone call from … DPM/FM Dar also held telephone conversations
    // with …": with no one in common, a call of the same kind in the sentences just before is what "also" adds to; a
    // trip or a meeting may be elsewhere, on another day.)
    const also =
      alsoTold.find((o) => (o.type === 'visit') === (c.type === 'visit')) ??
      alsoTold[0] ??
      (REMOTE.includes(c.type) ? alsoAll.find((o) => o.type === c.type && c.sentence - o.sentence <= ALSO_KIND_BACK) : undefined);
    if (also) {
      c.date = also.date;
      c.dateFrom = 'context';
      c.trace.push(`date ${c.date}: "also" goes on with the day told in sentence ${also.sentence + 1}`);
      return;
    }
    // "… is to arrive in The Gambia today. Minister Kaba would deliver a message …": the same trip's
    // date carries over to the next sentences about the same person.
    const sameStory = windowOf(cands, i, 2)
      .reverse()
      .find(
        (o) =>
          o !== c &&
          o.date &&
          (o.status === 'occurred') === (c.status === 'occurred') &&
          // ("He returns to New Zealand on 16 July": a journey home, no exchange, dates none of the story's.)
          !(o.type === 'visit' && !!o.host && o.travellers.some((x) => x.country === o.host)) &&
          // ("The two last met in Cairo on 30 December. … On the sidelines Mubarak also held talks with Olmert": a
          // recalled last time is the past the story looks back to, not the story's day.)
          !(o.sentence < c.sentence && LAST_TIME.test(doc.text.slice(Math.max(0, o.triggerStart - 12), o.triggerStart))) &&
          // Another exchange of the same sentence that took its date from the story dates this one too.
          // ("was due to meet Bayrou on Friday …, but the meeting was cancelled": so does one of the same kind and people.)
          // ("was due to meet Bayrou on Friday …, but the meeting was cancelled": so does the one "the meeting" names back.)
          ((o.sentence === c.sentence && (o.dateFrom === 'context' || namesBack(doc, o, c))) ||
            (o.dateFrom === 'sentence' &&
              o.sentence < c.sentence &&
              c.sentence - o.sentence <= 2 &&
              o.participants.some((p) => p.entity && c.participants.some((q) => q.entity === p.entity)))),
      );
    if (sameStory) {
      c.date = sameStory.date;
      c.dateFrom = 'context';
      c.trace.push(`date ${c.date} from the same story two sentences back at most`);
      // "Clinton finally came in March 2000. … He met Vajpayee in New Delhi on March 21": a day the sentence writes
      // without its year, in the story's month (or an ordinal alone, "on the 5th"), is that month's day.
      const day = c.date?.length === 7 ? yearlessDayOf(doc, c, c.date) : null;
      if (day) {
        c.date = day;
        c.trace.push(`date ${day}: the sentence's day in that month`);
      }
      return;
    }
    // "Motegi, who is travelling with Takaichi, held separate talks with his Mongolian counterpart", "The foreign ministers
    // of the two countries held a separate meeting": talks beside the principal's (one who came along, or "separate" ones
    // between the same countries) are of the day and place of those talks told before.
    const beside = c.status === 'occurred' ? besideExchange(doc, cands, c, i) : undefined;
    if (beside) {
      c.date = beside.date;
      if (!c.host) c.host = beside.host;
      c.dateFrom = 'context';
      c.trace.push(`date ${c.date}: beside the exchange told in sentence ${beside.sentence + 1}`);
      return;
    }
    // "Mr Li also called on Tharman … In the afternoon, Foreign Minister Vivian Balakrishnan met his Chinese counterpart":
    // a part of the day opening the sentence goes on with the day of the exchange told just before.
    // ("Gan and the Chinese commerce minister, meanwhile, co-chaired a meeting": so does "meanwhile" before the verb.)
    const dayPart = c.status === 'occurred' && (DAY_PART_OPENING.test(doc.sentences[c.sentence].s.text) || MEANWHILE.test(doc.text.slice(doc.sentences[c.sentence].s.start, c.triggerStart)))
      ? cands
          .slice(0, i)
          .reverse()
          .find(
            (o) =>
              o.date?.length === 10 && (DAY_TOLD.includes(o.dateFrom) || o.dateFrom === 'lead story') && o.status === 'occurred' && o.sentence < c.sentence &&
              c.sentence - o.sentence <= DAY_PART_BACK && !headingBetween(doc, o.sentence, c.sentence) && o.background !== 'last' && !LAST_TIME.test(doc.text.slice(Math.max(0, o.triggerStart - 12), o.triggerStart)),
          )
      : undefined;
    if (dayPart) {
      c.date = dayPart.date;
      c.dateFrom = 'context';
      c.trace.push(`date ${c.date}: a part of the day going on from the exchange told in sentence ${dayPart.sentence + 1}`);
      return;
    }
    // "Receiving the envoys at State House today, the President … Later, President Ruto hosted …": "Later" opening a
    // sentence goes on from the day the sentences just before wrote, exchange or not.
    const later = c.status === 'occurred' && LATER_OPENING.test(doc.sentences[c.sentence].s.text) ? dayWrittenBefore(doc, c.sentence) : null;
    if (later) {
      c.date = later;
      c.dateFrom = 'context';
      c.trace.push(`date ${c.date}: "later" on the day written just before`);
      return;
    }
    // "After the Feb. 6 earthquakes, Shoukry visited the quake-hit provinces": between that day and the
    // news, so the month both fall in, or else their year.
    const bound = doc.sentences[c.sentence].dates.find((d) => d.end <= c.triggerStart && d.value.length >= 7 && AFTER.test(doc.text.slice(doc.sentences[c.sentence].s.start, d.start)));
    if (bound && doc.published && c.status === 'occurred' && bound.value < doc.published && bound.value.slice(0, 4) === doc.published.slice(0, 4)) {
      c.date = bound.value.slice(0, 7) === doc.published.slice(0, 7) ? doc.published.slice(0, 7) : doc.published.slice(0, 4);
      c.dateFrom = 'default';
      c.trace.push(`date ${c.date}: after ${bound.value}, before the news`);
      return;
    }
    // "Foreign Minister Penny Wong has arrived in Port Moresby": an arrival told in the present perfect, with no time, is
    // the news of the day it was written (a past arrival says when; one under way is the story).
    if (c.type === 'visit' && c.status === 'occurred' && doc.published?.length === 10 && JUST_ARRIVED.test(doc.text.slice(Math.max(0, c.triggerStart - 24), c.triggerEnd))) {
      c.date = doc.published;
      c.dateFrom = 'context';
      c.trace.push(`date ${c.date}: arrived just now, as of the news`);
      return;
    }
    // A trip to another country than the lead's is another trip, whoever took it.
    const otherTrip = c.type === 'visit' && !!lead?.host && !!c.host && lead.host !== c.host;
    // ("The leaders of the G7 gathered … by Monday night the summit had produced …": a story of a gathering's day tells
    // the talks held at it that day, whoever held them.)
    // (And the journeys to it, in its country or the dateline's: "Lula flew in from Belém … and left after the plenary".)
    const atTheGathering = gatheringLead && (c.type === 'meeting' || c.type === 'handshake' || (c.type === 'visit' && !!c.host && c.host === (lead?.host ?? doc.hereCountry)));
    // ("Tajani, who accompanied Meloni, held separate talks with Sybiha": one who came along on the lead's trip is of its story.)
    const along = !!lead && companionOfLead(doc, c, leadPeople);
    const shares = !otherTrip && (atTheGathering || along || c.participants.some((p) => p.entity && leadPeople.has(p.entity)));
    // The lead is what the story told first: a dated exchange told after this one is not its lead, unless
    // this one only sums it up before it is told (a headline, or a standfirst naming no one else).
    const summed = c.participants.every((p) => !p.entity || leadPeople.has(p.entity));
    const leadsIt = !!lead && (lead.sentence <= c.sentence || c.heading || doc.sentences[c.sentence].info.headline || summed);
    if (lead && c.status === 'occurred' && shares && c.sentence < bodyEnd && leadsIt) {
      c.date = lead.date;
      c.dateFrom = 'lead story';
    } else if (pubYear && c.status === 'occurred' && c.sentence < bodyEnd && doc.published) {
      // The news of the day: an undated exchange the story tells falls in the month of publication.
      c.date = doc.published.slice(0, 7);
      c.dateFrom = 'default';
    } else if (doc.published && c.status !== 'occurred' && c.sentence < bodyEnd) {
      // A plan, delay or cancellation the story reports without a date is news of that month.
      c.date = doc.published.slice(0, 7);
      c.dateFrom = 'default';
    } else if (pubYear && (c.status !== 'occurred' || c.sentence < bodyEnd)) {
      c.date = pubYear;
      c.dateFrom = 'default';
    }
    c.trace.push(`date ${c.date ?? 'none'} by default (${c.dateFrom})`);
  });
  relativeDates(doc, cands, true);
  // Former officials are kept only where the date now known falls within their terms.
  keepInOfficeThen(cands);
  keepOfficeHolders(doc.text, cands);
  const hosts = new Map<string, number>();
  for (const c of cands) if (c.type === 'visit' && c.host) hosts.set(c.host, (hosts.get(c.host) ?? 0) + 1);
  // (As many trips to two countries: the one the story is filed from.)
  const most = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || (b[0] === doc.hereCountry ? 1 : 0) - (a[0] === doc.hereCountry ? 1 : 0))[0]?.[0] ?? null;
  const mainAll = most(hosts);
  // A trip that happened goes where the article's trips that were not called off went.
  const went = new Map<string, number>();
  for (const c of cands) if (c.type === 'visit' && c.host && !CALLED_OFF.includes(c.status)) went.set(c.host, (went.get(c.host) ?? 0) + 1);
  const mainWent = most(went);
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.type !== 'visit' || c.host) continue;
    const nearby = windowOf(cands, i, 2);
    // "It was Kim's first foreign trip": where the traveller was just said to be — or is said to be in the
    // sentence's next clause ("visited the region in November, when he held talks in Kampala"), but not in a
    // clause of another time ("third trip to China, after visits in 2004 and 2009, … after he went to Washington").
    const traveller = c.travellers.find((t) => t.entity)?.entity;
    const otherTime = (o: Candidate) =>
      o.sentence === c.sentence && o.triggerStart > c.triggerStart && /\b(?:after|before|since|following|ahead\s+of)\b/i.test(doc.text.slice(c.triggerEnd, o.triggerStart));
    const recent = traveller
      ? [...nearby].reverse().find((o) => o !== c && o.sentence <= c.sentence && !otherTime(o) && c.sentence - o.sentence <= 2 && o.host && o.participants.some((p) => p.entity === traveller) && !c.travellers.some((t) => t.country === o.host) && !CALLED_OFF.includes(o.status) && (o.status === 'occurred' || o.status === c.status))
      : undefined;
    if (recent) {
      c.host = recent.host;
      c.trace.push(`host ${recent.host}: where the traveller was just said to be`);
      continue;
    }
    // "to receive the courtesy visit of X": the visit goes to the country of those who received it.
    const hosts = new Set(
      nearby
        .filter((o) => o !== c && o.sentence === c.sentence && o.type !== 'visit' && o.participants.some((p) => p.entity === traveller))
        .flatMap((o) => o.participants.filter((p) => p.entity !== traveller && p.country && !c.travellers.some((t) => t.country === p.country)).map((p) => p.country as string)),
    );
    const received = /\breceiv\w*\s+(?:the\s+|a\s+)?(?:courtesy\s+|official\s+|state\s+)?$/i.test(doc.text.slice(Math.max(0, c.triggerStart - 40), c.triggerStart));
    if (traveller && received && hosts.size === 1) {
      c.host = [...hosts][0];
      c.trace.push(`host ${c.host}: the country of those who received the visitor`);
      continue;
    }
    // "SINGAPORE - … The premier, who arrived on the evening of June 14 for a three-day visit": a trip of the news's own
    // days, under a dateline, is to the dateline's country, however many past trips the story recalls elsewhere.
    const here = doc.hereCountry;
    if (here && c.date?.length === 10 && doc.published?.length === 10 && c.dateFrom === 'sentence' && c.sentence < bodyEnd && datesAgree(c.date, doc.published, 3) && !c.travellers.some((t) => t.country === here)) {
      c.host = here;
      c.trace.push(`host ${here}: a trip of the news's days, under the dateline`);
      continue;
    }
    const main = c.status === 'occurred' ? mainWent : mainAll;
    if (!main) continue;
    if (c.travellers.some((t) => t.country === main)) continue;
    // "travelled to the continent only a handful of times": a destination named otherwise, or a count of
    // trips, tells no visit to the article's country.
    const after = doc.text.slice(c.triggerEnd, doc.sentences[c.sentence].s.end);
    if (ELSEWHERE.test(after) || HOW_OFTEN.test(after)) continue;
    // "Putin's Gulf tour", "an African tour": a tour of a region is a journey to several countries, no one host.
    if (REGIONAL_TOUR.test(doc.text.slice(c.triggerStart, c.triggerEnd))) continue;
    c.host = main;
    c.trace.push(`host ${main}: the article's other visits go there`);
  }
}

/** How many sentences back the dated meeting a message was carried into may have been told (a readout's numbered points count as sentences). */
const BEARER_DATED_BACK = 6;

/** A heading after sentence `a` up to `b`: another story of the page starts between them. */
function headingBetween(doc: DocumentView, a: number, b: number): boolean {
  for (let j = a + 1; j <= b; j++) if (doc.sentences[j].info.heading) return true;
  return false;
}

/** A trip called off, put off or declined puts no one where it was to go (nor does a plan put one there now). */
const CALLED_OFF: Candidate['status'][] = ['cancelled', 'postponed', 'declined'];

/** Right after a journey: a destination named by a common noun ("to the continent", "to the region"). */
const ELSEWHERE = /^\s*(?:to\s+|into\s+)?(?:the|a|an|this|that)\s+(?:continent|region|area|island|islands|country|countries|capital|city|north|south|east|west|gulf|border|front)\b/i;
/** How often, not once: "a handful of times", "a dozen times", "rarely". */
const HOW_OFTEN = /\b(?:times|often|rarely|seldom|frequently|regularly)\b/i;

/** Candidates from `back` sentences before cands[i] through the end of its own sentence (they are in text order). */
/** "and later met", "and then held talks": a verb joined to the one before with no time of its own. */
// ("was welcomed by the King on Tuesday morning, then held talks with": a comma and "then" join the next verb as well.)
const AND_LATER = /^[^.;:]*?(?:\band\s+(?:later|then|afterwards|subsequently)|,\s+then)\s+(?:[\w-]+\s+){0,3}$/i;

/** Is `c`, undated, told as on the day of `o` in their sentence: in its opening participle, or joined by "and later"? */
function sameDayAs(doc: DocumentView, o: Candidate, c: Candidate): boolean {
  if (!o.participants.some((p) => p.entity && c.participants.some((q) => q.entity === p.entity))) return false;
  const s = doc.sentences[c.sentence].s;
  const opening = OPENING_PARTICIPLE.exec(s.text);
  const openEnd = opening ? s.start + opening.index + opening[0].length : -1;
  // (Not a journey: "After visiting Beijing, Macron met Sánchez in Madrid on Tuesday" was in Beijing before.)
  if (c.triggerStart < openEnd && o.triggerStart > openEnd && c.type !== 'visit' && o.type !== 'visit' && /^\W*(?:before|after|upon)\s/i.test(s.text)) return true;
  // ("with a state visit to Washington and talks with Clinton at the White House": the talks of a visit named with it.)
  if (o.type === 'visit' && c.type === 'meeting' && o.triggerEnd <= c.triggerStart && VISIT_AND_TALKS.test(doc.text.slice(o.triggerEnd, c.triggerStart))) return true;
  return o.triggerEnd <= c.triggerStart && AND_LATER.test(doc.text.slice(o.triggerEnd, c.triggerStart)) && !/\b(?:but|while|when|where|who|which)\b/i.test(doc.text.slice(o.triggerEnd, c.triggerStart));
}

/** A dated exchange before c in its sentence whose relative clause c stands in, and the clause's word. */
function relativeAntecedent(doc: DocumentView, cands: Candidate[], c: Candidate): { o: Candidate; rel: string; date: string | null } | undefined {
  for (let k = cands.length - 1; k >= 0; k--) {
    const o = cands[k];
    if (o === c || o.sentence !== c.sentence || o.triggerEnd > c.triggerStart || o.dateFrom !== 'sentence' || !o.date || o.status !== c.status) continue;
    if (!o.participants.some((p) => p.entity && c.participants.some((q) => q.entity === p.entity))) continue;
    const m = RELATIVE_AFTER.exec(doc.text.slice(o.triggerEnd, c.triggerStart));
    if (m) return { o, rel: m[1].toLowerCase(), date: o.date };
  }
  return undefined;
}

/** From an exchange to one told in the relative clause hung on it: "…, which Obama followed with a ", "…, where he ". */
const RELATIVE_AFTER = /^[^;:]*,\s*(which|where|when)\b[^,;:()]*$/i;

/**
 * For a journey told as the last one's ("the last U.S. president to visit"): the date a ", who …" clause after it
 * writes with its year, null with none; undefined when it is no such journey.
 */
function lastBefore(doc: DocumentView, c: Candidate): string | null | undefined {
  const sup = SUPERLATIVE_TO.exec(doc.text.slice(Math.max(doc.sentences[c.sentence].s.start, c.triggerStart - 100), c.triggerStart));
  if (!sup || !/^last\b/i.test(sup[0])) return undefined;
  const s = doc.sentences[c.sentence];
  const d = s.dates.find((x) => x.start >= c.triggerEnd && x.explicitYear && /,\s*who\b[^;]*$/i.test(doc.text.slice(c.triggerEnd, x.start)));
  return d ? d.value : null;
}

/** Between a visit and talks named with it: "visit to Washington and ", "trip to Tokyo and ". */
const VISIT_AND_TALKS = /^\s+(?:to|in)\s+[^,;.]{1,80}?\s+and\s+$/i;

function windowOf(cands: Candidate[], i: number, back: number): Candidate[] {
  const s = cands[i].sentence;
  let lo = i;
  while (lo > 0 && cands[lo - 1].sentence >= s - back) lo--;
  let hi = i;
  while (hi + 1 < cands.length && cands[hi + 1].sentence === s) hi++;
  return cands.slice(lo, hi + 1);
}

/** How many sentences back a gathering named again by "the summit" may have been told. */
const GATHERING_BACK = 3;
/** How far back a gathering told without a date may still give its place. */
const GATHERING_PLACE_BACK = 8;
/** The lead's sentences, where a story names the gathering it is about: read for its place however far down. */
const LEAD_GATHERING = 3;

/** Dates (and, when unplaced, places) an exchange held at a gathering told just before; false when none is. */
/** Occasions of one day: only a day dates them. */
const ONE_DAY = new Set(['session']);

/** How a one-day occasion is told before it is named again: "signed a treaty" … "the signing ceremony". */
const TOLD_AS: Record<string, RegExp> = {
  signing: /\bsign(?:s|ed|ing)?\b/i,
  ceremony: /\bceremon(?:y|ies)\b|\bsign(?:s|ed|ing)?\b|\binaugura\w*|\bsworn\s+in\b/i,
  inauguration: /\binaugura\w*|\bsworn\s+in\b|\bswearing-in\b/i,
  'swearing-in': /\binaugura\w*|\bsworn\s+in\b|\bswearing-in\b/i,
  // "met Ramaphosa before the opening session": a sitting of the gathering told before, on one of its days.
  session: /\b(?:summit|conference|assembly|forum|session|gathering)s?\b/i,
  // "the talks that produced the agreement": an agreement told before by any of its names, or by its signing.
  agreement: /\b(?:agreements?|deals?|declarations?|accords?|treat(?:y|ies)|truces?|ceasefires?|pacts?|sign(?:s|ed|ing)?)\b/i,
  // "in the conference centre": the gathering held there, told before by its name.
  venue: /\b(?:summit|conference|forum|assembly|gathering|congress)s?\b/i,
  // "On that occasion": whatever the sentences just before told with a date.
  occasion: /[^]/,
};

/** The date's period (or its range's end) reaches the day of the news or later. */
function notOver(d: { value: string; endValue: string | null }, published: string): boolean {
  const last = d.endValue ?? d.value;
  return last >= published.slice(0, last.length);
}

/** "the meeting" after an exchange of its kind told earlier in the sentence, with a named side of it, dated there. */
function namesBack(doc: DocumentView, o: Candidate, c: Candidate): boolean {
  return (
    /^(?:meeting|talks|visit|trip|call|summit)$/i.test(doc.text.slice(c.triggerStart, c.triggerEnd)) &&
    o.dateFrom === 'sentence' &&
    o.type === c.type &&
    o.triggerEnd <= c.triggerStart &&
    /\bthe\s+$/i.test(doc.text.slice(Math.max(0, c.triggerStart - 5), c.triggerStart)) &&
    o.participants.some((p) => p.entity && c.participants.some((q) => q.entity === p.entity))
  );
}

/** A present perfect of arriving, right at the trigger: "has arrived in", "have landed in", "has just arrived". */
const JUST_ARRIVED = /\b(?:has|have)\s+(?:just\s+|now\s+)?(?:arrived|landed)\b[^.;,]*$/i;

function atGathering(doc: DocumentView, c: Candidate): boolean {
  const noun = TOLD_AS[c.atGathering!] ?? new RegExp(`\\b${c.atGathering}s?\\b`, 'i');
  // ("took part in the first Central Asia - Korea Summit held in Seoul on Wednesday … On the sidelines of the summit,
  // Tokayev met …", told far down: the gathering the lead tells, on the day written after its noun there — not a
  // dateline's day, nor "by Monday night the summit had produced …".)
  const near = [...Array(Math.min(c.sentence, GATHERING_BACK)).keys()].map((n) => c.sentence - 1 - n);
  const lead: number[] = [];
  for (let j = 0; j < Math.min(LEAD_GATHERING, c.sentence); j++) if (!near.includes(j)) lead.push(j);
  for (const j of [...near, ...lead]) {
    const s = doc.sentences[j];
    const named = noun.exec(s.s.text);
    if (!named) continue;
    const after = lead.includes(j) ? s.s.start + named.index : -1;
    // A sitting is of one day: a gathering told with only its month ("said this month that no one would go to the summit") does not date it.
    // (Nor does a plan take a gathering over before the news: "Quirno is expected to meet Vieira on the sidelines of the summit".)
    const d = s.dates.find(
      (x) =>
        x.start > after &&
        !x.anchor &&
        !x.vague &&
        (c.status !== 'occurred' || !doc.published || x.value <= doc.published) &&
        (c.status !== 'planned' || !doc.published || notOver(x, doc.published)) &&
        (!ONE_DAY.has(c.atGathering!) || x.value.length === 10),
    );
    if (!d) continue;
    c.date = d.value;
    c.endDate = d.endValue;
    c.dateFrom = 'context';
    const place = s.places.find((p) => (p.prep === 'in' || p.prep === 'at') && (p.place?.kind === 'city' || !!p.country));
    if (!c.host && place) {
      c.place = place;
      c.host = place.place?.country ?? place.country?.code ?? null;
    }
    c.trace.push(`date ${c.date}${place ? `, host ${c.host}` : ''}: held ${c.atGathering === 'agreement' ? 'for' : 'at'} the ${c.atGathering} told in sentence ${j + 1}`);
    return true;
  }
  gatheringPlace(doc, c);
  return false;
}

/**
 * "concluded two days of ministerial meetings in Kuala Lumpur … On the margins of the meetings, …": a
 * gathering told with its place but no date still says where the exchange was held. A release may
 * open with the gathering and list the talks held at it some paragraphs on.
 * (The headline names the gathering a whole story, a liveblog's say, is about: "… summit in Luanda".)
 */
function gatheringPlace(doc: DocumentView, c: Candidate): void {
  const noun = TOLD_AS[c.atGathering!] ?? new RegExp(`\\b${c.atGathering}s?\\b`, 'i');
  const headline = doc.sentences.findIndex((x) => x.info.headline);
  const back = [...Array(Math.min(c.sentence, GATHERING_PLACE_BACK)).keys()].map((n) => c.sentence - 1 - n);
  if (headline >= 0 && headline < c.sentence && !back.includes(headline)) back.push(headline);
  // ("… after the SCO plenary session", told far down: the gathering the lead places, "the SCO summit in Tianjin".)
  for (let j = 0; j < Math.min(LEAD_GATHERING, c.sentence); j++) if (!back.includes(j)) back.push(j);
  for (const j of back) {
    if (c.host) break;
    const s = doc.sentences[j];
    const named = noun.exec(s.s.text);
    // ("The next summit will be held in China": a gathering still to come is not the one whose sidelines are told.)
    if (!named || NEXT_ONE.test(s.s.text.slice(Math.max(0, named.index - 24), named.index))) continue;
    const place = s.places.find((p) => (p.prep === 'in' || p.prep === 'at') && (p.place?.kind === 'city' || !!p.country));
    if (!place) continue;
    c.place = place;
    c.host = place.place?.country ?? place.country?.code ?? null;
    c.trace.push(`host ${c.host}: held at the ${c.atGathering} told, undated, in sentence ${j + 1}`);
  }
}

/** "who accompanied", "accompanying": right before the one accompanied. */
const ACCOMPANIED = /\baccompan(?:ied|ies|ying)\s+(?:the\s+)?$/i;

/** Whether the exchange's sentence says a side of it came along with one of the lead's people ("…, who accompanied Meloni, …"). */
function companionOfLead(doc: DocumentView, c: Candidate, leadPeople: Set<unknown>): boolean {
  const s = doc.sentences[c.sentence];
  if (!/accompan/i.test(s.s.text)) return false;
  if (s.people.some((p) => p.entity && leadPeople.has(p.entity) && p.mention.end <= c.triggerStart && ACCOMPANIED.test(doc.text.slice(Math.max(s.s.start, p.mention.start - 24), p.mention.start)))) return true;
  // ("Stubb traveled to Kyiv by train, accompanied by Foreign Minister Elina Valtonen": so is one the lead's traveller
  // was accompanied by, named after him.)
  const lead = s.people.find((p) => p.entity && leadPeople.has(p.entity));
  return (
    !!lead &&
    s.people.some(
      (q) => q.entity && q.mention.start > lead.mention.end && c.participants.some((x) => x.entity === q.entity) && ACCOMPANIED_BY.test(doc.text.slice(Math.max(s.s.start, q.mention.start - 48), q.mention.start)),
    )
  );
}

/** Right before one who came along: ", accompanied by Foreign Minister ". */
const ACCOMPANIED_BY = /\baccompanied\s+by\s+(?:[\w'’.-]+\s+){0,4}$/i;

/** Right before a gathering's noun: one still to come ("the next summit", "the following session"). */
const NEXT_ONE = /\b(?:next|upcoming|following|future)\s+(?:[\w-]+\s+){0,2}$/i;

/** A sentence that opens after the talks just told: "After the talks, …", "Following their meeting at the palace, …". */
const AFTER_THE_TALKS = /^[\s"“]*(?:after|following)\s+(?:the|their|these|those|this)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|meetings|negotiations|discussions)\b/i;

/** An exchange held during another: its days, and its country and place unless it names its own. */
function takeDayAndPlace(c: Candidate, during: Candidate): void {
  c.date = during.date;
  c.endDate = during.endDate;
  c.dateFrom = 'context';
  if (!c.host) {
    c.host = during.host;
    c.place = during.place;
  }
}

/**
 * Between a journey and what its "where" clause tells: ", where he met", ", where the two leaders held"; or its
 * clause of time: "a visit to Beijing in November, during which he met".
 */
// ("…, where he attended Victory Day celebrations and held talks with Putin": a verb joined to the clause's first is its too.)
const WHERE_CLAUSE = /^[^.;:]*,\s*(?:where|(?:during|in|on|at|throughout)\s+which(?:\s+(?:occasion|time|visit|trip|stay))?)\s+(?:he|she|they|the\s+two(?:\s+\w+)?)\s+(?:[^,.;:]{1,60}?\s+and\s+(?:also\s+)?)?(?:\w+\s+){0,2}$/i;

/** A journey's purpose: "is due in Evian on Tuesday for the final session and a meeting with Trump". */
const FOR_PURPOSE = /^[^.;:,]*\bfor\s+(?:[\w'’-]+\s+){0,5}?(?:and\s+)?(?:a|an|the|his|her|their)?\s*(?:\w+\s+)?$/i;

/**
 * The dated journey of the same sentence whose "where" clause, or purpose, tells this exchange: the nearest one ("was in
 * Moscow in 2018, and four years later travelled to Qatar, where he held talks" is the Qatar leg's, dated by its offset).
 */
/**
 * An exchange the "where" clause of journey c tells, dated by its own sentence: a clause on c's own destination, the
 * last place named before it ("travelled to Canberra from Beijing, where he met Xi" tells of Beijing, not Canberra).
 */
function heldOnJourney(doc: DocumentView, cands: Candidate[], c: Candidate): Candidate | undefined {
  const places = doc.sentences[c.sentence].places;
  return cands.find((o) => {
    if (o.type === 'visit' || o.sentence !== c.sentence || o.dateFrom !== 'sentence' || !o.date || o.status !== c.status || o.triggerStart < c.triggerEnd) return false;
    if (!WHERE_CLAUSE.test(doc.text.slice(c.triggerEnd, o.triggerStart))) return false;
    const where = doc.text.lastIndexOf(',', o.triggerStart);
    const last = places.filter((p) => p.end <= where).pop();
    return !!last && (last.place?.country ?? last.country?.code ?? null) === c.host;
  });
}

function journeyBefore(doc: DocumentView, cands: Candidate[], c: Candidate): Candidate | undefined {
  return cands.filter(
    (o) =>
      o.type === 'visit' &&
      o.sentence === c.sentence &&
      (o.dateFrom === 'sentence' || o.dateFrom === 'relative') &&
      !!o.date &&
      o.status === c.status &&
      o.triggerEnd <= c.triggerStart &&
      (WHERE_CLAUSE.test(doc.text.slice(o.triggerEnd, c.triggerStart)) || FOR_PURPOSE.test(doc.text.slice(o.triggerEnd, c.triggerStart))),
  ).pop();
}

/** ", and was ", " and later ": a verb joined to the one before, with no subject of its own. */
const JOINED_VERB_BEFORE = /^[^;:]*?(?:,\s*|\s)and\s+(?:(?:was|were)\s+)?(?:(?:later|then|also)\s+)?$/i;

/** ", becoming the first …", ", making him the only …": a participle saying what the exchange before it made its subject. */
const BECOMING = /^[^.;:]*,\s*(?:becoming|making\s+(?:him|her|them|it))\s+the\s+[^,;]*$/i;

/** A sentence that opens by going on from the one before: "Later, …", "Later in the day, …", "Afterwards, …". */
/** A part of the day, with no date, opening a sentence: "In the afternoon,", "That evening,". */
const DAY_PART_OPENING = /^\W*(?:in\s+the\s+(?:morning|afternoon|evening)|that\s+(?:morning|afternoon|evening|night)|later\s+that\s+day)\s*,/i;
/** "Meanwhile," opening the sentence or set off by commas after its subject, before the exchange. */
const MEANWHILE = /(?:^\W*|,\s*)meanwhile\s*,/i;
/** How many sentences back the exchange whose day a part of the day goes on with may stand. */
const DAY_PART_BACK = 3;
const LATER_OPENING = /^\W*(?:later(?:\s+(?:on|in\s+the\s+day))?|afterwards)\s*,/i;

/** The last day the two sentences before write (not an anchor of another time), if not after the news. */
function dayWrittenBefore(doc: DocumentView, si: number): string | null {
  for (let k = si - 1; k >= Math.max(0, si - 2); k--) {
    const days = doc.sentences[k].dates.filter((d) => !d.anchor && d.value.length === 10 && (!doc.published || d.value <= doc.published));
    if (days.length) return days[days.length - 1].value;
  }
  return null;
}

/** The day a sentence writes without its year in the story's month `month` (or as an ordinal alone), nearest the trigger. */
function yearlessDayOf(doc: DocumentView, c: Candidate, month: string): string | null {
  let best: string | null = null;
  let gap = Infinity;
  for (const d of doc.sentences[c.sentence].dates) {
    if (d.explicitYear || d.weekday || d.value.length !== 10) continue;
    if (!ORDINAL_DAY.test(d.text) && d.value.slice(5, 7) !== month.slice(5, 7)) continue;
    const g = Math.abs(d.start - c.triggerStart);
    if (g < gap) {
      gap = g;
      best = `${month}${d.value.slice(7)}`;
    }
  }
  return best;
}

/**
 * "Clinton finally came in March 2000. … He met Vajpayee in New Delhi on March 21": a day written without its year,
 * in the month the story of one of its people wrote with its year a sentence or two before, is that month's day,
 * not the publication year's.
 */
function storyYear(doc: DocumentView, cands: Candidate[], c: Candidate, i: number): void {
  if (c.dateFrom !== 'sentence' || c.date?.length !== 10) return;
  const own = doc.sentences[c.sentence].dates;
  if (!own.some((d) => !d.explicitYear && !d.weekday && d.value.slice(5) === c.date!.slice(5))) return;
  if (own.some((d) => d.explicitYear)) return;
  const told = windowOf(cands, i, 2)
    .reverse()
    .find(
      (o) =>
        o !== c &&
        o.sentence < c.sentence &&
        c.sentence - o.sentence <= 2 &&
        o.dateFrom === 'sentence' &&
        o.date?.length === 7 &&
        o.date.slice(5, 7) === c.date!.slice(5, 7) &&
        o.date.slice(0, 4) !== c.date!.slice(0, 4) &&
        doc.sentences[o.sentence].dates.some((d) => d.explicitYear && d.value === o.date) &&
        o.participants.some((p) => p.entity && c.participants.some((q) => q.entity === p.entity)),
    );
  if (!told) return;
  c.date = `${told.date!.slice(0, 4)}${c.date.slice(4)}`;
  c.trace.push(`date ${c.date}: the day in the month of ${told.date} the story told in sentence ${told.sentence + 1}`);
}

/**
 * The last exchange before c, dated to a day by its own sentence within a week of the news (the story's own, not
 * one recalled: "who have not spoken since their trade talks in April … The two did talk later"), with the same
 * type and status and exactly c's named sides (two or more).
 */
function sameExchangeBefore(doc: DocumentView, cands: Candidate[], c: Candidate): Candidate | undefined {
  const own = c.participants.filter((p) => p.entity);
  const news = doc.published?.length === 10 ? Date.parse(doc.published) : NaN;
  if (own.length < 2 || Number.isNaN(news)) return undefined;
  const ofTheWeek = (date: string) => date.length === 10 && Math.abs(Date.parse(date) - news) <= 7 * 86_400_000;
  for (let k = cands.indexOf(c) - 1; k >= 0; k--) {
    const o = cands[k];
    if (o.sentence >= c.sentence || o.type !== c.type || o.dateFrom !== 'sentence' || !o.date || !ofTheWeek(o.date) || o.status !== c.status || o.background) continue;
    const theirs = o.participants.filter((p) => p.entity);
    if (theirs.length !== own.length || !own.every((p) => theirs.some((q) => q.entity === p.entity))) continue;
    if (LAST_TIME.test(doc.text.slice(Math.max(0, o.triggerStart - 12), o.triggerStart))) continue;
    return o;
  }
  return undefined;
}

/** ", who travelled to Caracas for the vote, met …": the trigger stands in a who-clause closed before a later exchange of its sentence. */
const WHO_OPEN = /^[^,;]{0,80},\s*who\b[^,;]*$/i;

/** The exchange of c's sentence, dated there and told after the who-clause that holds c, with c's traveller among its sides. */
function subjectsExchange(doc: DocumentView, cands: Candidate[], c: Candidate): Candidate | undefined {
  const s = doc.sentences[c.sentence];
  if (!WHO_OPEN.test(doc.text.slice(s.s.start, c.triggerStart))) return undefined;
  const traveller = c.travellers.find((t) => t.entity)?.entity;
  if (!traveller) return undefined;
  return cands.find(
    (o) =>
      o !== c &&
      o.sentence === c.sentence &&
      o.triggerStart > c.triggerEnd &&
      o.dateFrom === 'sentence' &&
      !!o.date &&
      o.status === 'occurred' &&
      /,/.test(doc.text.slice(c.triggerEnd, o.triggerStart)) &&
      o.participants.some((p) => p.entity === traveller),
  );
}

/** "that month", "later that year", "the same month": a period named by a date written before. */
const THAT_PERIOD = /\b(?:that(?:\s+same)?|the\s+same)\s+(month|year)\b/i;

/** The month or year a sentence with no date names by "that month" or "that year", from a date with its year one or two sentences before. */
function thatPeriod(doc: DocumentView, si: number): string | null {
  const s = doc.sentences[si];
  if (s.dates.length) return null;
  const m = THAT_PERIOD.exec(s.s.text);
  if (!m) return null;
  const month = m[1].toLowerCase() === 'month';
  for (let k = si - 1; k >= Math.max(0, si - 2); k--) {
    if (headingBetween(doc, k, si)) return null;
    const d = [...doc.sentences[k].dates].reverse().find((x) => x.explicitYear);
    if (d) return month ? (d.value.length >= 7 ? d.value.slice(0, 7) : null) : d.value.slice(0, 4);
  }
  return null;
}

/** "Their foreign ministers", "the foreign ministers of the two countries": the ministers of the leaders just told. */
const THEIR_MINISTERS = /^[\s"“]*(?:their|the)\s+(?:[\w-]+\s+){0,2}?(?:ministers|secretaries|counterparts)\b(?:\s+of\s+the\s+two\s+(?:countries|nations|sides))?\s*,/i;
/** "held separate talks", "a separate meeting": right before the trigger. */
const SEPARATE_BEFORE = /\bseparate\s+(?:[\w-]+\s+)?$/i;
/** "who is travelling with", "accompanying", "who accompanied": right before the principal named. */
const ALONG_WITH = /\b(?:accompan(?:ied|ies|ying)\s+(?:the\s+)?|travell?(?:ing|ed|s)\s+with\s+)$/i;
/** How many sentences back the exchange beside which another is held may be told. */
const BESIDE_BACK = 10;

/**
 * The earlier exchange of the story's week, dated to a day, beside which c is held: one of the principal c's side came
 * along with, or one between the same countries when c is "separate" talks.
 */
function besideExchange(doc: DocumentView, cands: Candidate[], c: Candidate, i: number): Candidate | undefined {
  const s = doc.sentences[c.sentence];
  // ("Their foreign ministers, A of Argentina and B of Chile, held talks": the leaders' ministers, named as theirs.)
  const separate = SEPARATE_BEFORE.test(doc.text.slice(Math.max(s.s.start, c.triggerStart - 24), c.triggerStart)) || THEIR_MINISTERS.test(doc.text.slice(s.s.start, c.triggerStart));
  const principal = s.people.find((p) => p.entity && p.mention.end <= c.triggerStart && ALONG_WITH.test(doc.text.slice(Math.max(s.s.start, p.mention.start - 24), p.mention.start)))?.entity;
  if (!separate && !principal) return undefined;
  const countries = new Set(c.participants.map((p) => p.country).filter(Boolean));
  return cands
    .slice(0, i)
    .reverse()
    .find(
      (o) =>
        o.date?.length === 10 &&
        (DAY_TOLD.includes(o.dateFrom) || o.dateFrom === 'lead story') &&
        // (The story's own talks, not ones it recalls: "returned on 24 February 2024, when she chaired …".)
        !!doc.published &&
        datesAgree(o.date, doc.published, 7) &&
        o.status === 'occurred' &&
        o.type !== 'visit' &&
        o.sentence < c.sentence &&
        c.sentence - o.sentence <= BESIDE_BACK &&
        !headingBetween(doc, o.sentence, c.sentence) &&
        (principal
          ? o.participants.some((p) => p.entity === principal)
          : countries.size >= 2 && o.participants.filter((p) => p.country).every((p) => countries.has(p.country)) && new Set(o.participants.map((p) => p.country)).size === countries.size),
    );
}
