// Triggers → candidate events, one sentence at a time: the type from the trigger, the status from
// the words that govern it, the people from the sentence (travellers apart from hosts), the place,
// and the date. Candidates are merged and filtered by the refine stage. Each step has its file:
// triggers, clause, exclusions, status, parties, visit-parts, meeting-parts, date-for.
import { PRONOUN_OPENING } from './shared-subject.js';
import { covers, type KnowledgeIndex } from '../../knowledge/index.js';
import type { Certainty, EventStatus, EventType } from '../../types.js';
import type { DocumentView, PlaceMention, SentenceView } from '../document.js';
import type { DateMention } from '../mentions/dates.js';
import type { ResolvedMention } from '../resolve/entities.js';
import { clauseBounds, clauseOf, type Clause } from './clause.js';
import { datedFor, leftAfterStay } from './date-for.js';
import { intoLastTerm } from './term-year.js';
import { tellsNoExchange } from './exclusions.js';
import { meetingOf, RECEIVES } from './meeting-parts.js';
import { narrowToNamedSides, partiesOf, type Around } from './parties.js';
import { canBeMeant, dedupe, side, sideOf, type Side } from './sides.js';
import { insideQuote, isFormer, isLineLabel, isSpeaker, qualifiesOnly } from './speakers.js';
import { statusFor } from './status.js';
import { mayMatch } from '../text/literal-filter.js';
import { findTriggers, type TriggerHit } from './triggers.js';
import { REGIONAL_TOUR } from './lexicon.js';
import { preparedBy, visitOf } from './visit-parts.js';
import { sinceVisit, whenBoundVisit } from './since-visits.js';
import { returnedVisits } from './returned-visits.js';
import { jointDeedMeetings } from './joint-deeds.js';
import { newCandidate, copyCandidate } from './new-candidate.js';
import { ON_ARRIVAL, protocolWelcome } from './protocol-welcome.js';
import { listJourneyOf, listVisits, tripLists } from './trip-list.js';
import { mapPacked } from '../packed.js';

export type { Side } from './sides.js';

export interface Candidate {
  type: EventType;
  status: EventStatus;
  certainty: Certainty;
  participants: Side[];
  /** For visits: who travelled (a subset of participants). */
  travellers: Side[];
  host: string | null;
  place: PlaceMention | null;
  date: string | null;
  endDate: string | null;
  /** How the date was found: 'sentence', 'lead', 'heading', 'default', 'recalled' ("since 2023, when …"). */
  dateFrom: string;
  /** The date was found without a written year and may be moved by tense. */
  sentence: number;
  triggerStart: number;
  triggerEnd: number;
  /** Where the trigger's clause starts: two exchanges of one sentence in different clauses are two. */
  clauseStart: number;
  heading: boolean;
  /** "the talks", "his visit": refers back rather than tells a new exchange. */
  anaphoric: boolean;
  /** The wording leaves the medium open ("spoke with"). */
  vagueType?: boolean;
  /** One exchange among all it names ("a video conference with A, B and C"): never split per counterpart. */
  conference?: boolean;
  /**
   * Told as background of an undated past: "Previously, X had sent …" ('previously'), or "his first
   * trip abroad as head of state" ('ordinal', an exchange known by its place in a series, not by the news), or
   * the one before the story's ('last': "We last met in New Delhi"), which names its own people or none.
   */
  background?: 'previously' | 'ordinal' | 'last';
  /** Told by a noun ("the handshake", "talks"), not a verb ("hosted"): only a noun can tell more of an exchange without naming anyone. */
  noun?: boolean;
  /** A journey told with a region for its end ("a visit to the Gulf", "his Gulf tour"): no one country's visit, nor to be merged into one. */
  regional?: boolean;
  /** A plan told as no longer current: "had been due to meet" (refine/merge keeps it apart from plans of now). */
  superseded?: boolean;
  /**
   * Put off from a time set before ("The trip, originally scheduled for January, was postponed"): a plan with a
   * new time of its own is the same exchange, rescheduled (refine/merge).
   */
  postponedFrom?: boolean;
  /** Prepared or discussed by the sentence's subject ("to prepare the visit"): never an exchange its own sentence tells. */
  prepared?: boolean;
  /** Split from one telling with several counterparts ("met A on Tuesday and B on Wednesday"): "sentence:trigger|counterpart". */
  split?: string;
  /** The list item that names this exchange's counterpart (refine/listed-counterparts): evidence too. */
  listItem?: number;
  /** "will return to the Paraguayan capital": a journey back to a place, which begins a stay of its own. */
  comesBack?: boolean;
  /**
   * Talks that a journey under way is for ("arrives in Tehran on Tuesday for talks with Pezeshkian"), planned as told:
   * the day of that journey (refine/merge joins them to the talks the story then tells as held that week).
   */
  journeyPurpose?: string;
  /** "on the sidelines of the visit", "during the trip": held during a visit told before (refine/default-dates). */
  duringVisit?: boolean;
  /** A stop the traveller came from ("arrived in Beijing from Bangkok, where …"): before the journey told with it, not after. */
  cameFrom?: boolean;
  /** The exchange told before that "the visit" of this one's sentence means (refine/default-dates finds it). */
  heldDuring?: Candidate;
  /** A message carried in person by this bearer to the recipient (refine/default-dates dates it by their meeting). */
  bearer?: ResolvedMention['entity'];
  /** "on the sidelines of the summit": held at a gathering told before, named by this noun (refine/default-dates). */
  atGathering?: string;
  /** "Lamola also met members of …": a verb after "also" tells one more exchange, beside one told before (refine/merge). */
  another?: boolean;
  trace: string[];
  negotiation: boolean;
}

/** Right before a verb of exchange: "also met", "also held". */
const ALSO_RIGHT_BEFORE = /\balso\s+$/i;

/** Nothing but a determiner before a speaker who opens the sentence. */
const SPEAKS_OF_SELF = /^[\s"“]*(?:the\s+)?$/i;
/** Right after the speaker: "said he", "says she would". */
const SAID_HE = /^\s+(?:also\s+)?(?:said|says|told\s+\w+|added)\s+(?:that\s+)?(?:he|she)\b/i;

/** A side the story can refer back to: a named person, or an office holder of a known country. */
export const known = (p: Side) => !!p.entity || (!!p.country && !!p.office);

/** Each sentence's trigger hits, in order: what buildCandidates reads, and where dates will be asked for. */
export function triggersOf(doc: DocumentView): TriggerHit[][] {
  return mapPacked(doc.sentences, (s) => findTriggers(s));
}

export function buildCandidates(
  doc: DocumentView,
  kb: KnowledgeIndex,
  hits: TriggerHit[][] = triggersOf(doc),
): Candidate[] {
  const out: Candidate[] = [];
  let lastSubject: ResolvedMention | null = null;
  let lastGroup: Side[] = [];
  // "The two leaders": the last pair of heads of state or government, past any ministers told since.
  let leaderGroup: Side[] = [];
  // Every pair of leaders told so far, the latest last: "the two leaders" of a sentence naming one of an earlier pair.
  const leaderGroups: Side[][] = [];
  // "The two foreign ministers": the last pair of foreign ministers, past any others told since.
  let ministerGroup: Side[] = [];
  // The pair of the first exchange that happened: whom "the two sides will meet again" means.
  let storyGroup: Side[] = [];
  const trips = tripLists(doc);
  doc.sentences.forEach((s, si) => {
    // An item of a list of one person's trips tells that person's doings: "he" is the traveller at its start.
    const listTraveller = trips.get(si) ?? null;
    if (listTraveller) lastSubject = listTraveller;
    // "ASEAN talks", "a NATO meeting": an organisation's gathering, whose sides are not the people around it
    // (nor is it a rival for their exchange's date).
    // A question asks, it tells no exchange ("Will you meet him?"); read only where a trigger stands.
    let triggers = hits[si];
    if (triggers.length) triggers = QUESTION.test(s.s.text) ? [] : triggers.filter((t) => !orgGathering(doc, s, t));
    const leaders = triggers.length && LEADERS_SUBJ.test(s.s.text);
    const ministers = triggers.length && !leaders && ministerGroup.length && MINISTERS_SUBJ.test(s.s.text);
    const group = ministers
      ? ministerGroup
      : leaders && leaderGroup.length
        ? (PREMIERS_SUBJ.test(s.s.text) && premiersPair(leaderGroups)) ||
          fitsLeaders(pairOfNamed(leaderGroups, s.people) ?? withLatestLeader(leaderGroup, lastSubject, doc.published), s.s.text)
        : triggers.length && storyGroup.length && AGAIN.test(s.s.text)
          ? storyGroup
          : // ("Xi visited Belgrade in May 2024. The two last met in September, when Vucic attended a parade in Beijing": a bare
            // "the two" after a pair of leaders means the leader the story told last in place of his compatriot.)
            triggers.length && BARE_TWO.test(s.s.text) && lastGroup.filter((p) => p.entity).length === 2 && lastGroup.every((p) => !p.entity || (p.office?.rank ?? 9) <= 2)
            ? withLatestLeader(lastGroup, lastSubject, doc.published)
            : lastGroup;
    // "Wang Yi had a call with Rubio. Wang said the two heads of state had met in Busan": with no pair of leaders told,
    // the heads of state of the two countries whose ministers were just told (refine/name-offices names them).
    const heads = leaders && !group.some((p) => p.entity && (p.office?.rank ?? 9) <= 2) ? headsOf(kb, lastGroup, s.s.text) : null;
    // A former official stays for now: whether they were in office on the exchange's date is known
    // only once it is dated.
    const named = s.people.filter((p) => p.entity && !qualifiesOnly(doc, p));
    for (const p of named) if (isFormer(doc, p)) p.mention.former = true;
    const around: Around = { named, lastSubject, group: heads ?? group, listTraveller };
    for (const t of triggers) {
      // "flies to Tokyo on Monday and on to Seoul on Tuesday": the next leg shares the verb, and so the tense, of the one before.
      // ("travelled to Tianjin at the end of August … and then visited Beijing": a visit verb after "and then" too.)
      const nextLeg = t.rule.id === 'on-to' || (t.rule.type === 'visit' && THEN_LEG.test(doc.text.slice(Math.max(s.s.start, t.start - 20), t.start)));
      const legBefore = nextLeg ? [...out].reverse().find((o) => o.sentence === si && o.type === 'visit' && o.triggerEnd <= t.start) : undefined;
      // "Pevkur spoke by phone with Hegseth, ahead of the meeting, about …": "the meeting" a time preposition governs,
      // after an exchange the sentence tells, is the occasion told before, not an exchange of this sentence's people.
      if (t.rule.nominal && OCCASION_BEFORE.test(doc.text.slice(Math.max(s.s.start, t.start - 24), t.start)) && triggers.some((o) => o !== t && o.end <= t.start && !o.rule.nominal))
        continue;
      // ("the first American president to visit India since Jimmy Carter in 1978": Carter's visit, whatever this one's.)
      out.push(...sinceVisit(doc, s, si, t, s.people));
      // ("Kast visited Milei in December, and Milei attended Kast's inauguration on March 11, where the two met briefly":
      // "the two" after a sentence that names two people of two countries before it are those two.)
      const pairBefore = TWO_BEFORE.test(doc.text.slice(Math.max(s.s.start, t.start - 40), t.start)) ? twoNamedBefore(named, t.start) : null;
      if (pairBefore) around.group = pairBefore;
      const c = candidateFor(doc, kb, s, si, t, triggers, around, legBefore);
      if (!c) continue;
      // ("…, a day after hosting U.S. President Donald Trump for a bilateral meeting": the meeting a guest is hosted for
      // is between host and guest, not the guest and the last one named before the hosting.)
      const hosting = t.rule.nominal && c.type === 'meeting' ? hostingBefore(doc, out, si, t) : undefined;
      if (hosting && hosting.participants.filter((p) => p.entity).length >= 2) {
        c.participants = [...hosting.participants];
        c.host ??= hosting.host;
        c.trace.push('the meeting a guest was hosted for: the host and the guest');
      }
      // "Costa and von der Leyen met Xi … The EU officials later held talks with Li Qiang": a plural side named by its
      // country alone, as the subject, means those of that country in the exchange told before.
      const plural = c.participants.some((p) => !p.entity && !!p.country) ? PLURAL_SIDE.exec(doc.text.slice(s.s.start, t.start)) : null;
      const unnamed = plural ? c.participants.findIndex((p) => !p.entity && !!p.country && p.officeText?.toLowerCase() === plural[1].toLowerCase()) : -1;
      if (unnamed >= 0) {
        const theirs = around.group.filter((p) => p.entity && p.country === c.participants[unnamed].country && !c.participants.some((q) => q.entity === p.entity));
        if (theirs.length) {
          c.participants = [...c.participants.slice(0, unnamed), ...theirs, ...c.participants.slice(unnamed + 1)];
          c.trace.push(`the side named by its country alone: ${theirs.map((p) => p.entity!.name).join(', ')}, told before`);
        }
      }
      if (listTraveller?.entity && c.type === 'visit' && t.rule.nominal && !c.travellers.some((x) => x.entity === listTraveller.entity) && listJourneyOf(doc, s, t.start, listTraveller)) {
        c.participants = c.travellers = [sideOf(listTraveller)];
        c.trace.push(`the traveller of the list of trips: ${listTraveller.entity.name}`);
      }
      // A welcome on the tarmac by one of lower rank than the guest tells the guest's journey, not talks.
      if (protocolWelcome(doc, s, t, c, named)) c.trace.push('a welcome at arrival by a lower rank: protocol, no meeting');
      else if (t.rule.id === 'deliver-to') out.push(...deliveryParts(doc, s, t, c, named));
      else if (t.rule.id === 'letter') out.push(receivedFrom(doc, s, t, borneMessage(doc, s, t, c, named, out), named));
      else out.push(c);
      out.push(...whenBoundVisit(doc, s, t, c));
      out.push(...returnedVisits(doc, s, t, c));
      out.push(...jointDeedMeetings(doc, s, t, c));
      // "A and B met C on Saturday, and the three leaders spoke by phone with D": a later clause's plural
      // subject means the sides just told.
      // ("Park met Hayashi in Tokyo last month, and the two ministers spoke by phone on Thursday": a pair of two
      // countries told earlier in the sentence is whom its later "the two …" means, if the noun fits them.)
      const told = c.participants.filter((p) => p.entity);
      if (told.length >= 3 || (told.length === 2 && told[0].country !== told[1].country && pluralNounFits(told, doc.text.slice(t.end, s.s.end))))
        around.group = c.participants;
      out.push(...arrivalVisits(doc, s, t, c));
      out.push(...visitedPerson(doc, s, t, c));
    }
    if (listTraveller) out.push(...listVisits(doc, s, si, listTraveller, doc.published));
    // Discourse memory for "he", "she", "they", "the two".
    // One named only inside a quote ("“Pleased to meet Vice President Han Zheng …,” the EAM posted") is not the one "he" means next.
    // "The Prime Minister said he looked forward to seeing the President": a speaker opening the sentence and
    // speaking of "he" is the one "he" means, and the subject the next sentence's "He" means too.
    const selfSpeaker = named.find((p) => SPEAKS_OF_SELF.test(doc.text.slice(s.s.start, p.mention.start)) && SAID_HE.test(doc.text.slice(p.mention.end, p.mention.end + 30)));
    const meant = named.filter((p) => !isLineLabel(doc, s, p));
    const subj =
      selfSpeaker ??
      meant.find((p) => !isSpeaker(doc, s, p) && !insideQuote(doc.text.slice(s.s.start, p.mention.start))) ??
      meant.find((p) => !insideQuote(doc.text.slice(s.s.start, p.mention.start)));
    // "In Djibouti, before flying on, he met President Guelleh": a sentence whose subject is "he" or "she",
    // before anyone it names, keeps the one "he" means as the subject; those it names are objects.
    const pronounSubject = !!subj && !!lastSubject && PRONOUN_OPENING.test(doc.text.slice(s.s.start, subj.mention.start));
    // "The Prime Minister spoke to President Ramaphosa. … He said he would travel to …": an office holder of a known
    // country, named by title alone, who opens the sentence is its subject, the one "he" means next.
    const titled = s.people[0];
    const titledSubject = !!titled && !titled.entity && canBeMeant(titled) && SPEAKS_OF_SELF.test(doc.text.slice(s.s.start, titled.mention.start)) && !titled.mention.name;
    if (titledSubject) lastSubject = titled;
    else if (subj && !pronounSubject) lastSubject = subj;
    // A side named by its office and country ("The Prime Minister" of a government's own page) is one "they" can mean.
    const told = out.filter((c) => c.sentence === si && c.participants.filter(known).length >= 2 && c.participants.some((p) => p.entity)).pop();
    const actors = told ? named : named.filter((p) => !isSpeaker(doc, s, p));
    if (told) lastGroup = told.participants;
    // (One named twice, "Luiz Inacio Lula da Silva … a state visit by Lula", is one side of the pair.)
    // ("Ruto welcomed the visitor, who was received by … Mudavadi": two of one government are no pair of an exchange,
    // and "the two leaders" next still means the last pair of two countries.)
    // ("Putin invited Xi to visit Moscow …, Kremlin aide Yuri Ushakov said": one who only reports it is none of the group.)
    else if (actors.length >= 2 && !oneCountry(actors)) lastGroup = dedupe(mapPacked(actors, sideOf));
    // A side whose office the text does not give ("his Burkinabe counterpart, Captain Ibrahim Traoré") may be a leader
    // beside one who is: the pair is the leaders "the two leaders" mean next, not an earlier pair.
    if ((told || actors.length >= 2) && lastGroup.some((p) => p.entity && (p.office?.rank ?? 9) <= 2) && lastGroup.every((p) => !p.entity || !p.office || p.office.rank <= 2)) {
      leaderGroup = lastGroup;
      if (leaderGroups[leaderGroups.length - 1] !== lastGroup) leaderGroups.push(lastGroup);
    }
    if ((told || actors.length >= 2) && lastGroup.filter((p) => p.entity).length === 2 && lastGroup.every((p) => !p.entity || isForeignMinister(p))) ministerGroup = lastGroup;
    if (!storyGroup.length && told && told.status === 'occurred' && told.type !== 'visit') {
      const sides = told.participants.filter((p) => p.entity);
      if (new Set(sides.map((p) => p.country)).size >= 2) storyGroup = sides;
    }
  });
  return out;
}

function candidateFor(
  doc: DocumentView,
  kb: KnowledgeIndex,
  s: SentenceView,
  si: number,
  t: TriggerHit,
  all: TriggerHit[],
  around: Around,
  legBefore?: Candidate,
): Candidate | null {
  const trace = [`trigger ${t.rule.id}: ${t.rule.reason}`];
  const k = clauseOf(doc, s, t);
  if (tellsNoExchange(doc, s, t, all, k)) return null;
  const own = statusFor(doc, s, t, k);
  // ("and on to Seoul" shares the verb, so its tense; "and then visited Beijing" has a verb of its own.)
  const { status: told, certainty, reason } = legBefore && t.rule.id === 'on-to' ? { status: legBefore.status, certainty: legBefore.certainty, reason: 'the leg of the journey before' } : own;
  trace.push(`status ${told}: ${reason}`);
  const type = t.rule.type === 'meeting' ? mediumOf(doc, s, t, all, k) : t.rule.type;
  const { lo, hi, left } = k;
  const determined = !!t.rule.nominal && determinedNoun(doc, t, k);
  // "The two ministers reviewed the preparations for the 13th meeting of the Joint Commission": a body's session
  // being prepared is no exchange of those who prepare it (its own sides are the body's, told when it meets).
  // ("The leaders exchanged views on the agenda of the upcoming meeting of the Supreme Eurasian Economic Council": the
  // session whose agenda, date or venue is talked over is the body's too.)
  if (t.rule.nominal && t.rule.type !== 'visit' && (preparedBy(doc, k.lo, t) || SESSION_TOPIC.test(doc.text.slice(Math.max(k.lo, t.start - 60), t.start))) && BODY_SESSION.test(doc.text.slice(t.end, k.hi)))
    return null;
  const parties = partiesOf(doc, s, si, t, all, around, k, trace);
  if (!narrowToNamedSides(doc, t, type, k, parties, trace)) return null;
  let participants = parties.participants;
  // "The two leaders confirmed that they would hold the next Foreign and Defense Ministerial Meeting ("2+2")": a
  // ministers' meeting the leaders agree to hold is their ministers' to hold, no meeting of the leaders.
  if (t.rule.nominal && type === 'meeting' && MINISTERS_MEETING.test(doc.text.slice(Math.max(s.s.start, t.start - 40), t.start)) && participants.length && participants.every((p) => p.entity && (p.office?.rank ?? 9) <= 2)) {
    trace.push("a ministers' meeting the leaders agree to: no meeting of theirs");
    return null;
  }
  let travellers: Side[] = [];
  let place: PlaceMention | null;
  let host: string | null;
  let placeFrom: SentenceView | undefined;
  if (type === 'visit') {
    ({ travellers, place, host, placeFrom } = visitOf(doc, s, t, k, parties, around.lastSubject, determined, trace));
    participants = travellers;
  } else {
    ({ place, host } = meetingOf(doc, kb, s, t, k, parties, trace));
  }
  // "his Asia trip", "a European tour": a journey the text gives a region for is no one country's visit, whatever
  // place a later clause names ("cut short his Asia trip to deal with talks in Washington"); a stop named right
  // after it ("his Asia tour to Japan") is still where it went.
  const regionBefore = type === 'visit' && !!t.rule.nominal && REGION_BEFORE.test(doc.text.slice(Math.max(lo, t.start - 30), t.start));
  if (regionBefore && place && !(place.start >= t.end && /^\s+(?:(?:was|is|will\s+be)\s+)?(?:to|in)\s+(?:the\s+)?$/i.test(doc.text.slice(t.end, place.start)))) {
    trace.push(`regional: a region names the journey; ${doc.text.slice(place.start, place.end)} is not its end`);
    place = null;
    host = null;
  }
  const dated = datedFor(doc, s, t, all, k, type, told, trace);
  const status = dated.status;
  let { date, endDate, from } = dated;
  // A later leg with no time of its own is of the time of the leg it follows (not of the story's sentences before).
  if (legBefore?.date && from !== 'sentence' && legBefore.dateFrom === 'sentence') {
    // (It sets off when the stay before it ends: "arrives in Tokyo on Monday for a three-day stay and then on to Seoul".)
    ({ date, endDate } = { date: leftAfterStay(doc.text.slice(legBefore.triggerEnd, t.start), legBefore.date), endDate: null });
    from = 'context';
    trace.push(`date ${date}: of the leg before`);
  }
  // A later leg is not before the leg it follows: a weekday read a week off ("on Tuesday" after "on Monday" next week).
  // (Only a leg dated by its own sentence: one dated by the dateline, as "a two-day visit" re-telling the leg, gives no bound.)
  if (legBefore?.date?.length === 10 && legBefore.dateFrom === 'sentence' && date?.length === 10 && date < legBefore.date && Date.parse(legBefore.date) - Date.parse(date) < 7 * 86_400_000) {
    date = new Date(Date.parse(date) + 7 * 86_400_000).toISOString().slice(0, 10);
    trace.push(`date ${date}: after the leg before`);
  }
  // "… host G20 leaders in Rio on Nov. 18-19. Putin will send Lavrov instead": the time of the place taken.
  // ("Brazil, which holds the G20 presidency this year, is to host leaders in Rio on Nov. 18-19": the date by the place.)
  const near = (d: { start: number }) => Math.abs(d.start - (place?.end ?? 0));
  const then = !date && placeFrom ? placeFrom.dates.filter((d) => !d.anchor && !d.vague).reduce<DateMention | undefined>((a, d) => (!a || near(d) < near(a) ? d : a), undefined) : undefined;
  if (then) {
    ({ value: date, endValue: endDate } = then);
    from = 'context';
    trace.push(`date ${date}: of the place taken from the sentence before`);
  }
  // A month named without its year falls in the subject's time in office, when the knowledge ended it before.
  const subject = dated.yearGuessed && date === dated.date ? (type === 'visit' && travellers.length ? travellers : participants)[0] : undefined;
  // (Only of one out of office by the news, and no plan told in the future: "will visit in December" of one the
  // knowledge has out of office is more likely a term the knowledge lacks. Not of one the text calls former:
  // "Former President Obama visited his father's village in July" tells of the private citizen.)
  const toldPast = status !== 'planned' || /\b(?:was|were|had)\b/i.test(k.left);
  const inTerm = subject && !subject.former && date && doc.published && toldPast ? intoLastTerm(subject.entity?.official, date, doc.published) : null;
  if (inTerm && date) {
    const years = +date.slice(0, 4) - +inTerm.slice(0, 4);
    endDate = endDate ? `${+endDate.slice(0, 4) - years}${endDate.slice(4)}` : null;
    date = inTerm;
    trace.push(`date ${date}: the month in the subject's last term of office`);
  }
  return newCandidate(
    {
      type,
      status,
      certainty,
      participants,
      travellers,
      host,
      place,
      date,
      endDate,
      dateFrom: from,
      sentence: si,
      triggerStart: t.start,
      triggerEnd: t.end,
      clauseStart: k.lo,
      heading: s.info.heading,
      // "the talks", "his visit" refer back unless they bring what a new exchange needs: both sides,
      // or a traveller and a destination.
      // ("the first such visit by the full College to India": "such" refers back, whatever the noun brings.)
      anaphoric:
        determined &&
        (SUCH_BEFORE.test(doc.text.slice(Math.max(lo, t.start - 12), t.start)) ||
          (type === 'visit'
            ? !travellers.some((x) => x.entity) || (!host && !s.dates.some((d) => !d.anchor && d.start >= lo && d.end <= hi))
            : participants.filter((p) => p.entity).length < 2)),
      trace,
    },
    {
      negotiation: inSentence(NEGOTIATION, s),
      vagueType: !!t.rule.vague,
      conference: !!t.rule.conference,
      prepared: (!!t.rule.nominal && preparedBy(doc, lo, t)) || undefined,
      superseded: (status === 'planned' && HAD_BEEN_DUE.test(left)) || undefined,
      postponedFrom: (status === 'postponed' && ORIGINALLY_SET.test(doc.text.slice(s.s.start, s.s.end))) || undefined,
      regional: (type === 'visit' && !host && (REGIONAL_TOUR.test(doc.text.slice(t.start, t.end)) || REGION_AFTER.test(k.right) || regionBefore)) || undefined,
      noun: !!t.rule.nominal || undefined,
      another: (!t.rule.nominal && ALSO_RIGHT_BEFORE.test(doc.text.slice(Math.max(lo, t.start - 12), t.start))) || undefined,
      cameFrom: !!t.rule.fromPlace || undefined,
      // ("is due back in Doha on Wednesday": a return announced is one too.)
      comesBack: (type === 'visit' && /^return|\bback\s+(?:in|at)\s*$/i.test(doc.text.slice(t.start, t.end))) || undefined,
      journeyPurpose: dated.journeyDay ?? undefined,
      duringVisit: (type !== 'visit' && inSentence(DURING_THE_VISIT, s)) || undefined,
      atGathering: type !== 'visit' ? gatheringOf(s) : undefined,
      background: PREVIOUSLY.test(doc.text.slice(s.s.start, t.start)) || PRIOR_NOUN.test(doc.text.slice(Math.max(lo, t.start - 40), t.start))
        ? 'previously'
        : LAST_MET.test(doc.text.slice(Math.max(lo, t.start - 6), t.end))
          ? 'last'
          : ORDINAL_OWN.test(doc.text.slice(Math.max(lo, t.start - 50), t.start))
          ? 'ordinal'
          : undefined,
    },
  );
}

/** A plural subject named by its country: "The EU officials later ", "The Kenyan delegation also ". */
const PLURAL_SIDE = /^\W*(?:[Tt]he|[Bb]oth)\s+(?:\p{Lu}[\p{L}-]*\s+){1,2}(officials|leaders|delegations?|side|visitors|guests|envoys|ministers)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** The hosting told just before trigger t in sentence si, whose guest the meeting noun t is for (newest first, no copy). */
function hostingBefore(doc: DocumentView, out: Candidate[], si: number, t: TriggerHit): Candidate | undefined {
  for (let i = out.length - 1; i >= 0 && out[i].sentence === si; i--) {
    const o = out[i];
    if (o.type === 'meeting' && o.triggerEnd <= t.start && HOSTS.test(doc.text.slice(o.triggerStart, o.triggerEnd)) && HOSTED_FOR.test(doc.text.slice(o.triggerEnd, t.start))) return o;
  }
  return undefined;
}
const HOSTS = /^host(?:s|ed|ing)?$/i;
/** Between a hosting verb and the meeting noun it is for: " U.S. President Donald Trump for a bilateral ". */
const HOSTED_FOR = /^[^,;]{1,80}?\bfor\s+(?:an?|the|their|his|her)\s+(?:[\w-]+\s+){0,2}$/i;

/** "… meeting of the Cambodia-Laos Joint Commission", "… session of the Joint Economic Committee": a body's session. */
/** Before a session's noun: what of it is talked over ("the agenda of the upcoming ", "the date and venue of the next "). */
const SESSION_TOPIC = /\b(?:agenda|date|dates|venue|format|timing)\s+(?:(?:and|or)\s+(?:agenda|date|venue|format|timing)\s+)?(?:for|of)\s+(?:the|a|this|that|its|their)\s+(?:[\w-]+\s+){0,2}$/i;
const BODY_SESSION = /^\s*of\s+the\s+(?:[\p{Lu}\d][\p{L}\p{M}\d'’-]*\s+){0,8}?(?:Commission|Committee|Council|Board|Forum|Conference|Assembly|Mechanism|Dialogue)\b/u;

/** A region right after the journey's word: "visit to the Gulf", "trip to the region". */
/** A region as the modifier of a journey noun: "his Asia trip", "a Gulf tour", "her European visit". */
const REGION_BEFORE =
  /\b(?:Asia|Asian|Africa|African|Europe|European|Gulf|Latin\s+America(?:n)?|South\s+America(?:n)?|Middle\s+East(?:ern)?|Mid-?[Ee]ast|Indo-Pacific|Sahel|Andean|Eurasian|Pacific|Caribbean|Balkans?|Nordic|Baltic|Scandinavian|Central\s+Asian?|Southeast\s+Asian?|East\s+Asian?|regional)\s+(?:(?:\w+-day|state|official|working|whirlwind)\s+)?$/;
// ("has visited more than thirty African countries", "visits to five countries": a count of countries is no one's host.)
const REGION_AFTER =
  /^\s*(?:(?:to|of|through|across|around)\s+the\s+(?:Gulf|region|continent|Middle\s+East|Pacific|Caribbean|Balkans|Sahel|Horn\s+of\s+Africa|Indo-Pacific)\b|(?:to\s+|of\s+)?(?:more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+|at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|several|many|dozens\s+of|a\s+dozen)\s+(?:[\w-]+\s+)?(?:countries|nations|capitals)\b)/i;

/** Right before the noun: "such" ("the first such visit", "another such meeting"). */
const SUCH_BEFORE = /\bsuch\s+$/i;

/** "the talks", "his visit", "Blinken's trip": a noun with a determiner, which may refer back to an exchange told before. */
function determinedNoun(doc: DocumentView, t: TriggerHit, k: Clause): boolean {
  const before = doc.text.slice(Math.max(k.lo, t.start - 40), t.start);
  // ("this week for talks": a preposition between them ends the determiner's phrase before the noun.)
  // ("the president's visit", "the ministers' talks": a common noun's possessive after the article, too.)
  if (/\b(?:the|that|this|those|these|his|her|their|its|[A-Z]\w+['’]s)\s+(?:(?!(?:for|to|in|with|on|at|of|by|from)[- ])\w+(?:['’]s?)?[- ]){0,3}$/.test(before)) return true;
  // A determiner opening the sentence is capitalised ("The meeting will not take place"); but "The first
  // meeting between Ethiopia and Eritrea" brings its own sides and place in a series.
  const capital = /\b(?:The|That|This|Those|These|His|Her|Their|Its)\s+(?:\w+[- ]){0,3}$/.exec(before);
  // Nor does "The meeting in Istanbul on Thursday between the two countries' negotiators": sides named a few words on.
  return !!capital && !/\b(?:first|second|third|last|latest|maiden|next)\b/i.test(capital[0]) && !/^\s+(?:between|with|of|among|by)\b|^\s+(?:[^\s,;.]+\s+){1,6}?(?:between|among)\s/i.test(k.right);
}

const IN_PERSON_AFTER = /^\s*(?:in\s+person|face[- ]to[- ]face)\b/i;
/** ", and " (or " and ") right before the verb, with at most two words between: the verb is joined to the one before. */
const JOINED_AFTER_MEDIUM = /(?:,\s*|\s)and\s+(?:[\w-]+\s+){0,2}$/i;

/** "talks … virtually", "meeting by video": the medium decides the type. */
function mediumOf(doc: DocumentView, s: SentenceView, t: TriggerHit, all: TriggerHit[], k: Clause): EventType {
  // "last met in La Paz, where they exchanged a brief greeting but held no formal talks": an encounter the sentence
  // says had no talks is a handshake, whichever of its verbs tells it.
  if (BRIEF_ENCOUNTER.test(s.s.text)) return 'handshake';
  // "spoke by phone on Monday and agreed to meet soon": a medium another trigger holds is that exchange's.
  // ("spoke via video link … in talks lasting three hours" tells one exchange).
  const another = (o: TriggerHit) => AGREED_TO.test(doc.text.slice(o.end, t.start));
  const from = Math.max(k.lo, t.start - 40, ...all.filter((o) => o !== t && o.rule.type !== 'meeting' && o.end <= t.start && another(o)).map((o) => o.end));
  // ("last spoke by phone in December, and met in person in Kazan": a medium before the "and" that joins the verb is the
  // verb's before it; "in person" right after says the meeting's own.)
  const after = doc.text.slice(t.end, Math.min(k.hi, t.end + 40));
  if (IN_PERSON_AFTER.test(after)) return 'meeting';
  const before = doc.text.slice(from, t.start);
  const joined = JOINED_AFTER_MEDIUM.exec(before);
  const near = (joined ? before.slice(joined.index) : before) + doc.text.slice(t.start, t.end) + after;
  // ("talks via videoconference": the one-word form names the medium as well as "video link" does.)
  if (/\bvirtual(?:ly)?\b|\bvideo(?:[- ]?(?:tele)?conferenc\w*)?\b|\bonline\b/i.test(near)) return 'video_call';
  if (/\b(?:by|over the|via) (?:tele)?phone\b/i.test(near)) return 'phone_call';
  return 'meeting';
}

/** A meeting with no talks: greetings only, or talks denied beside it. */
const BRIEF_ENCOUNTER =
  /\b(?:exchanged\s+(?:only\s+)?(?:a\s+)?(?:brief\s+|few\s+|quick\s+|passing\s+)?(?:greetings?|pleasantries)|(?:but|and)\s+(?:held|had)\s+no\s+(?:formal|substantive|bilateral|proper)\s+(?:talks|meeting))\b/i;

/** An exchange held during a visit the text told before, named only by "the". */
const DURING_THE_VISIT = /\b(?:(?:on|at)\s+the\s+(?:sidelines|margins?)\s+of|during|in\s+the\s+course\s+of)\s+the\s+(?:[\w-]+\s+)?(?:visit|trip|stay)\b(?!\s+(?:to|of|by)\b)/i;

/** "on the sidelines of the summit" with no place of its own: a gathering told before. */
// ("on the margins of the meetings": a gathering of several sessions, named in the plural.)
const AT_THE_GATHERING = /\b(?:on|at)\s+the\s+(?:sidelines|margins?)\s+of\s+the\s+(summit|meeting|conference|forum|assembly|gathering)s?\b(?!\s+(?:in|of|at)\b)/i;

/** "At the same summit Yudhoyono shook hands with …": the gathering the sentences before told. */
const AT_THE_SAME = /\b(?:at|during|on\s+the\s+sidelines\s+of)\s+the\s+same\s+(summit|meeting|conference|forum|assembly|gathering)\b/i;

/** "on the summit's sidelines": the same, with the gathering's possessive. */
const ON_ITS_SIDELINES = /\b(?:on|at)\s+the\s+(summit|meeting|conference|forum|assembly|gathering)['’]s\s+(?:sidelines|margins?)\b/i;

/**
 * "held talks before the signing ceremony", "met him briefly at the inauguration": an occasion of one day
 * named by "the", told before, on whose day the exchange falls.
 */
const AROUND_THE_OCCASION = /\b(?:before|after|ahead\s+of|following|during|at)\s+the\s+(?:[\w-]+\s+){0,2}?(signing|ceremony|inauguration|swearing-in|banquet|funeral|coronation|session)\b(?!\s+(?:in|of|at)\b)/i;

/**
 * "hosted A and B for the talks that produced the agreement", "the meeting that sealed the deal": talks known
 * by the agreement they made, which the text told before with its own day and place.
 */
const THAT_MADE_THE = /\b(?:talks|meetings?|negotiations|summit|discussions)\s+that\s+(?:produced|yielded|sealed|clinched|led\s+to|resulted\s+in|paved\s+the\s+way\s+for)\s+the\s+(?:[\w-]+\s+)?(agreement|deal|declaration|accord|treaty|truce|ceasefire|pact)\b/i;

/** The venue of a gathering, named by "the": "in the conference centre", "at the summit venue". */
const AT_THE_VENUE = /\b(?:in|at)\s+the\s+(?:conference|convention|summit|congress)\s+(?:cent(?:re|er)|venue|hall)s?\b/i;

/** The gathering or one-day occasion a sentence names by "the", if any (refine/default-dates dates it). */
function gatheringOf(s: SentenceView): string | undefined {
  const at =
    (mayMatch(AT_THE_GATHERING, s.grams) && AT_THE_GATHERING.exec(s.s.text)) ||
    (mayMatch(ON_ITS_SIDELINES, s.grams) && ON_ITS_SIDELINES.exec(s.s.text)) ||
    (mayMatch(AROUND_THE_OCCASION, s.grams) && AROUND_THE_OCCASION.exec(s.s.text)) ||
    (mayMatch(AT_THE_SAME, s.grams) && AT_THE_SAME.exec(s.s.text));
  if (at) return at[1].toLowerCase();
  if (inSentence(THAT_MADE_THE, s)) return 'agreement';
  // "a 40-minute meeting in the conference centre's delegation rooms": the venue of the gathering told before.
  if (inSentence(AT_THE_VENUE, s)) return 'venue';
  // "On that occasion, I intend to hold bilateral meetings": the occasion the sentence before told.
  return inSentence(ON_THAT_OCCASION, s) ? 'occasion' : undefined;
}

/**
 * A pattern run over a candidate's whole sentence, once its literals are known to be there: each
 * sentence is read for every trigger it holds, and most sentences lack the words these need.
 */
function inSentence(re: RegExp, s: SentenceView): boolean {
  return mayMatch(re, s.grams) && re.test(s.s.text);
}

const NEGOTIATION = /\bnegotiat\w*/i;

const ON_THAT_OCCASION = /\b(?:on|at)\s+(?:that|this|the\s+same)\s+occasion\b/i;

/** "had been due to hold meetings": a plan told in the pluperfect, no longer current. */
// "was to have met": the same past plan in the perfect infinitive.
/** A time set before and given up: "originally scheduled for January", "initially planned for". */
const ORIGINALLY_SET = /\b(?:originally|initially|first|previously)\s+(?:scheduled|planned|set|slated|due|expected)\b/i;
const HAD_BEEN_DUE = /\bhad\s+been\s+(?:due|expected|scheduled|set|planning|supposed)\s+to\s+(?:[\w-]+\s+){0,3}$|\b(?:was|were)\s+(?:also\s+)?to\s+have\s+(?:[\w-]+\s+){0,2}$/i;

const QUESTION = /\?["”’']?\s*$/;

/** "The two sides will meet again": the pair whose meeting the story told first, not the last pair named. */
const AGAIN = /\b(?:meet|talk|convene|gather)\w*\s+again\b|\breconvene\b/i;

/** Between an organisation and its gathering's noun: nothing, or its members in the plural possessive ("SCO foreign ministers' meeting"). */
const ORG_GATHERING_GAP = /^\s*$|^\s+(?:[\w-]+\s+)?(?:ministers|leaders|heads\s+of\s+(?:state|government)|defen[cs]e\s+chiefs)['’]\s+(?:[\w-]+\s+)?$/i;

function orgGathering(doc: DocumentView, s: SentenceView, t: TriggerHit): boolean {
  return (
    !!t.rule.nominal &&
    t.rule.type === 'meeting' &&
    (s.countries.some((c) => c.country.isOrganisation && c.end <= t.start && c.end >= t.start - 40 && ORG_GATHERING_GAP.test(doc.text.slice(c.end, t.start))) ||
      NAMED_GROUP_BEFORE.test(doc.text.slice(Math.max(s.s.start, t.start - 80), t.start)))
  );
}

/**
 * "the Coalition of the Willing meeting", "the Weimar Triangle talks", "the Normandy Format summit": a group the
 * knowledge does not list, named by its head noun, holds the gathering (a joint commission of two states, or a
 * strategic dialogue, is their own exchange and is not among these).
 */
const NAMED_GROUP_BEFORE =
  /\bthe\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,3}(?:Coalition|Group|Format|Forum|Alliance|Club|Triangle|Quartet|Quad|Union|Community|Conference|Council)(?:\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2})?\s+(?:leaders['’]\s+|ministers['’]\s+)?$/u;

/**
 * "Traore and Goita were welcomed at the airport by Tiani", "Museveni received Ruto at the airport": a
 * host who meets guests where they land tells that they came to the host's country, a visit beside the
 * meeting. The guests are the sides of another country than the host's, each on a journey of their own.
 */
function arrivalVisits(doc: DocumentView, s: SentenceView, t: TriggerHit, c: Candidate): Candidate[] {
  if (c.type !== 'meeting' || !c.host || !(RECEIVES.has(t.rule.id) || t.rule.id === 'greeted')) return [];
  // A cheap gate: most receptions say nothing of where the guest landed.
  if (!/airport|tarmac|arrival/i.test(s.s.text)) return [];
  const [lo, hi] = clauseBounds(s, t.start, t.end);
  if (!ON_ARRIVAL.test(doc.text.slice(lo, hi))) return [];
  const guests = c.participants.filter((p) => p.entity && p.country && p.country !== c.host);
  if (!guests.length || guests.length === c.participants.length) return [];
  // Guests of several countries each came: one visit per guest.
  return mapPacked(guests, (g) => copyCandidate(c, { type: 'visit', participants: [g], travellers: [g], anaphoric: false, trace: [...c.trace, 'a welcome where the guest landed: a journey to the host\'s country'] }));
}

/**
 * "Kast visited Milei at the Casa Rosada in December": a visit whose object is a person of another country, not a place,
 * is a meeting with that person as well as the journey to his country.
 */
function visitedPerson(doc: DocumentView, s: SentenceView, t: TriggerHit, c: Candidate): Candidate[] {
  if (c.type !== 'visit' || !/^visit(?:ed|s)$/i.test(doc.text.slice(t.start, t.end))) return [];
  const traveller = c.travellers.find((x) => x.entity);
  const host = s.people.find((p) => p.entity && p.mention.start > t.end && /^\s+$/.test(doc.text.slice(t.end, p.mention.start)));
  if (!traveller || !host?.entity?.country || host.entity.country === traveller.country) return [];
  return [copyCandidate(c, { type: 'meeting', participants: [traveller, sideOf(host)], travellers: [], anaphoric: false, trace: [...c.trace, 'visited a person: a meeting with him too'] })];
}

/** Right before a meeting noun: "Ministerial", "Foreign Ministers'", "2+2", "Minister-level". */
const MINISTERS_MEETING = /\b(?:ministerial|ministers['’]?|minister-level|2\s*\+\s*2|two-plus-two)\s+(?:[\w-]+\s+)?$/i;

/** "ahead of the ", "before the ", "after the ": a time preposition and the definite article before a noun. */
// ("received the two ministers after their talks": "their" talks are the pair's, told before, not another exchange either.)
const OCCASION_BEFORE = /\b(?:ahead\s+of|before|after|following|in\s+the\s+run-up\s+to)\s+(?:the|their)\s+$/i;

/** "… and then visited", "and later flew to": the next leg of a journey the sentence told. */
const THEN_LEG = /\b(?:and\s+)?(?:then|later|afterwards|subsequently)\s+$/i;

/** "… and agreed to meet": a later exchange the first one set up. */
const AGREED_TO = /\b(?:and|but)\s+(?:\w+\s+){0,2}(?:agreed|decided|pledged|promised|vowed|planned|hoped|invited|asked)\b/i;

/**
 * "President Murmu will host a banquet for Mahama. … Prime Minister Modi visited Ghana in July. The two leaders last
 * met …": a leader the story has turned to since the last pair was told stands in for the one of that country in it.
 */
function withLatestLeader(group: Side[], last: ResolvedMention | null, published: string | null): Side[] {
  const latest = last?.entity ? sideOf(last) : null;
  if (!latest?.entity || (latest.office?.rank ?? 9) > 2 || group.some((p) => p.entity === latest.entity)) return group;
  const same = group.filter((p) => p.country === latest.country);
  if (same.length !== 1) return group;
  // "… since 2018, when the then president Varela travelled … The two mandataries had already conversed": a
  // leader the knowledge has out of office when the story is told does not stand in for one in office then.
  if (published && !inOfficeOn(latest, published) && inOfficeOn(same[0], published)) return group;
  return mapPacked(group, (p) => (p === same[0] ? latest : p));
}

/**
 * "Erdogan met Sissi. … Yilmaz met Madbouly. … Erdogan flew to Riyadh, where the two leaders spoke": a sentence naming
 * one person of the pairs of leaders told, but not of the latest pair, means the latest pair that person was of.
 */
function pairOfNamed(groups: Side[][], people: ResolvedMention[]): Side[] | null {
  const latest = groups[groups.length - 1];
  if (!latest) return null;
  const ones = new Set(people.map((p) => p.entity).filter((e) => !!e && groups.some((g) => g.some((q) => q.entity === e))));
  if (ones.size !== 1) return null;
  const [one] = ones;
  if (latest.some((p) => p.entity === one)) return null;
  return [...groups].reverse().find((g) => g.some((p) => p.entity === one)) ?? null;
}

/** The knowledge has this side's person in some office on the date (unknown people count as in office). */
function inOfficeOn(p: Side, date: string): boolean {
  const o = p.entity?.official;
  return !o || o.terms.some((t) => covers(t, date));
}

/** The heads of state of a pair of ministers' two countries, when the text says "the two heads of state" or "presidents". */
function headsOf(kb: KnowledgeIndex, pair: Side[], text: string): Side[] | null {
  const countries = [...new Set(pair.map((p) => p.country))];
  if (!HEADS_OF_STATE.test(text) || pair.length !== 2 || countries.length !== 2 || countries.some((c) => !c || kb.country(c)?.isOrganisation)) return null;
  if (pair.some((p) => !p.office || p.office.rank <= 2)) return null;
  return mapPacked(countries, (c) => {
    const head = kb.office('head of state', c);
    return side(null, c, head ?? null, 'head of state');
  });
}

/** "the two heads of state", "the two presidents": a pair with a head of government in it is someone else (none). */
function fitsLeaders(group: Side[], text: string): Side[] {
  // (One whose office the text does not give, "his Moldovan counterpart Vladimir Voronin", may be a president.)
  return HEADS_OF_STATE.test(text) && group.some((p) => p.entity && p.office && p.office.rank !== 1) ? [] : group;
}
// ("the two mandataries": Latin American copy in translation calls presidents "mandatarios".)
const HEADS_OF_STATE = /\b(?:the\s+two|both)\s+(?:presidents|heads\s+of\s+state|mandataries|mandatarios)\b/i;

/** "the two foreign ministers", "the two top diplomats": the pair of foreign ministers told last. */
const MINISTERS_SUBJ = /\b(?:the\s+two|both)\s+(?:foreign\s+ministers|top\s+diplomats)\b/i;
const FOREIGN_MINISTERS = new Set(['foreign_minister', 'us_secretary_of_state', 'uk_foreign_secretary']);
/** By the title the text gives, or the office the knowledge holds ("Foreign Minister Prince Faisal" is read by "Prince"). */
const isForeignMinister = (p: Side) =>
  FOREIGN_MINISTERS.has(p.office?.id ?? '') || !!p.entity?.official?.terms.some((t) => FOREIGN_MINISTERS.has(t.office_id));

/** The pair fits the sentence's next "the two leaders" (heads) or "the two ministers" (no heads); any other wording fits. */
function pluralNounFits(pair: Side[], rest: string): boolean {
  const noun = PAIR_NOUN.exec(rest)?.[1].toLowerCase();
  if (!noun) return true;
  const heads = pair.filter((p) => (p.office?.rank ?? 9) <= 2).length;
  if (/^(?:leaders|presidents|heads|mandatari)/.test(noun)) return heads === 2;
  if (/^(?:prime|premiers)/.test(noun)) return pair.every((p) => p.office?.id === 'head_of_government');
  if (/^(?:ministers|foreign|top|defen[cs]e)/.test(noun)) return heads === 0;
  return true;
}
const PAIR_NOUN = /\b(?:the\s+two|both)\s+(leaders|presidents|heads|prime|premiers|mandataries|mandatarios|ministers|foreign|top|defen[cs]e)\b/i;

/** "the two" or "the two men", no noun of office, right before the trigger's verb, a few words back. */
// (A noun of office, "the two leaders", says whom it fits: the pairs of leaders told are for it.)
const TWO_BEFORE = /\b(?:where|when|and|as)\s+the\s+two(?:\s+(?:men|women))?\s+(?!(?:leaders|presidents|ministers|countries|sides|nations|governments)\b)(?:[\w'’-]+\s+){0,2}$/i;

/** Exactly two people of two countries named before `at` in the sentence, as sides; null otherwise. */
function twoNamedBefore(named: ResolvedMention[], at: number): Side[] | null {
  const seen: ResolvedMention[] = [];
  for (const p of named) if (p.mention.end <= at && !seen.some((q) => q.entity === p.entity)) seen.push(p);
  if (seen.length !== 2 || !seen[0].entity?.country || seen[0].entity.country === seen[1].entity?.country) return null;
  return mapPacked(seen, sideOf);
}

/** "The two last met", "the two spoke": "the two" with no noun, right before its verb. */
const BARE_TWO = /\bthe\s+two\s+(?:(?:had|have|last|also|then|later|first|most\s+recently)\s+)*(?:met|meet|spoke|speak|held|hold|talked|shook|agreed)\b/i;
const LEADERS_SUBJ = /\b(?:the\s+two|both)\s+(?:leaders|presidents|heads\s+of\s+(?:state|government)|prime\s+ministers|premiers|mandataries|mandatarios)\b/i;

/**
 * "The two prime ministers last met …": the latest pair of leaders that are both heads of government, past a pair
 * with a president or a speaker in it told since (whom a plain "the two leaders" could mean).
 */
const PREMIERS_SUBJ = /\b(?:the\s+two|both)\s+(?:prime\s+ministers|premiers)\b/i;
function premiersPair(groups: Side[][]): Side[] | null {
  for (let i = groups.length - 1; i >= 0; i--) {
    const sides = groups[i].filter((p) => p.entity);
    if (sides.length === 2 && sides.every((p) => p.office?.id === 'head_of_government')) return groups[i];
  }
  return null;
}

/** A sentence set before the story's time with no date of its own: "Previously, …", "In the past, …". */
const PREVIOUSLY = /^\W*(?:previously|prior to (?:that|this)|before that|in the past)\s*,/i;

/** "his first trip abroad", "their second summit": an exchange known by its place in a series. */
/** "the previous videoconference", "their earlier meeting": an exchange before the one just told, by the same people. */
const PRIOR_NOUN = /\b(?:the|their|his|her|its)\s+(?:previous|prior|earlier)\s+(?:[\w-]+\s+){0,2}$/i;

/** "We last met in New Delhi in February": the exchange before the one the story tells, by the same people. */
const LAST_MET = /\blast\s+(?:met|spoke|talked)$/i;

const ORDINAL_OWN = /\b(?:his|her|their)\s+(?:first|second|third|fourth|fifth|maiden)\s+(?:[\w-]+\s+){0,3}$/i;

/** A bearer's verb opening a message trigger: "conveyed a message", "handed over a letter". */
const BEARER_VERB = /^(?:delivered|delivers|handed|conveyed|conveys)\b/i;

/** Right after the message: "… from President Ruto", "… on behalf of President Ruto". */
const SENT_BY = /^\s+(?:(?:from|of)\s+|on\s+behalf\s+of\s+)(?=(?:the\s+)?(?:[\w.'’-]+\s+){0,4}\p{Lu})/u;

/** How many sentences back the exchange a bearer carried a message into may have been told. */
const BEARER_BACK = 3;

/**
 * "Mudavadi conveyed a message from President Ruto (to Prime Minister Ishiba)": the message is the
 * sender's, to the one the bearer saw — named after "to", or else the bearer's counterpart in the
 * exchange told just before. The bearer only carries it.
 */
function borneMessage(doc: DocumentView, s: SentenceView, t: TriggerHit, c: Candidate, named: ResolvedMention[], told: Candidate[]): Candidate {
  if (!BEARER_VERB.test(doc.text.slice(t.start, t.end))) return c;
  const by = SENT_BY.exec(doc.text.slice(t.end, s.s.end));
  if (!by) return c;
  const [, hi] = clauseBounds(s, t.start, t.end);
  const sender = named.find((p) => p.entity && p.mention.start >= t.end + by[0].length && p.mention.start <= t.end + by[0].length + 40);
  const bearer = [...named].reverse().find((p) => p.entity && p.mention.end <= t.start);
  if (!sender?.entity || !bearer?.entity || bearer.entity === sender.entity) return c;
  const toAt = /^[^;]*?\bto\s+/i.exec(doc.text.slice(sender.mention.end, hi));
  const named2 = toAt ? named.find((p) => p.entity && p.mention.start >= sender.mention.end + toAt[0].length && p.mention.start < hi) : undefined;
  let recipient: Side | undefined = named2 ? sideOf(named2) : undefined;
  let why = 'the one it was conveyed to';
  if (!recipient) {
    // The bearer's last exchange of the story: the one met is whom the message was for.
    const si = c.sentence;
    const before = [...told].reverse().find((o) => o.sentence < si && si - o.sentence <= BEARER_BACK && !doc.sentences.slice(o.sentence + 1, si + 1).some((x) => x.info.heading) && o.type !== 'visit' && o.type !== 'message' && o.participants.some((p) => p.entity === bearer.entity));
    const others = before?.participants.filter((p) => p.entity && p.entity !== bearer.entity && p.entity !== sender.entity && p.country !== sender.entity!.country) ?? [];
    if (others.length !== 1) return c;
    recipient = others[0];
    why = `the bearer's counterpart in the exchange told in sentence ${before!.sentence + 1}`;
  }
  if (recipient.entity === sender.entity || recipient.entity === bearer.entity) return c;
  return copyCandidate(c, { participants: dedupe([sideOf(sender), recipient]), bearer: bearer.entity, trace: [...c.trace, `a message carried by ${bearer.entity.name} from ${sender.entity.name}, to ${why}`] });
}

/** A receiver's verb opening a message trigger: "received a written message", "receives a letter". */
const RECEIVER_VERB = /^(?:received|receives|receiving)\b/i;

/**
 * "The Amir received on Monday a written message from President Mubarak": the one named after "from" sent it,
 * so the sender goes first (as a message's sides are written) and the receiver second.
 */
function receivedFrom(doc: DocumentView, s: SentenceView, t: TriggerHit, c: Candidate, named: ResolvedMention[]): Candidate {
  if (!RECEIVER_VERB.test(doc.text.slice(t.start, t.end)) || c.bearer) return c;
  const by = SENT_BY.exec(doc.text.slice(t.end, s.s.end));
  if (!by) return c;
  const sender = named.find((p) => p.entity && p.mention.start >= t.end + by[0].length && p.mention.start <= t.end + by[0].length + 40);
  const at = sender ? c.participants.findIndex((p) => p.entity === sender.entity) : -1;
  if (at <= 0) return c;
  const participants = [c.participants[at], ...c.participants.filter((_, i) => i !== at)];
  return copyCandidate(c, { participants, trace: [...c.trace, `a message received from ${sender!.entity!.name}: the sender first`] });
}

/**
 * "Kaba would deliver a special message from President Sall to President Barrow": the bearer meets the
 * recipient, and the sender's message to the recipient is an exchange of its own.
 */
function deliveryParts(doc: DocumentView, s: SentenceView, t: TriggerHit, c: Candidate, named: ResolvedMention[]): Candidate[] {
  const after = named.filter((p) => p.entity && p.mention.start >= t.start);
  const rest = doc.text.slice(t.start, s.s.end);
  const fromAt = /\bfrom\s+/i.exec(rest);
  const toAt = /\bto\s+/i.exec(rest);
  if (!toAt) return [c];
  const sender = fromAt && fromAt.index < toAt.index ? after.find((p) => p.mention.start >= t.start + fromAt.index && p.mention.start < t.start + toAt.index) : undefined;
  const recipient = after.find((p) => p.mention.start >= t.start + toAt.index);
  if (!recipient?.entity) return [c];
  const bearer = named.filter((p) => p.entity && p.mention.end <= t.start).pop();
  const out: Candidate[] = [];
  if (bearer && bearer.entity !== recipient.entity) out.push(copyCandidate(c, { participants: dedupe([sideOf(bearer), sideOf(recipient)]), trace: [...c.trace, 'the bearer meets the recipient'] }));
  if (sender?.entity && sender.entity !== bearer?.entity)
    out.push(copyCandidate(c, { type: 'message', participants: dedupe([sideOf(sender), sideOf(recipient)]), place: null, host: null, trace: [...c.trace, 'the sender’s message to the recipient'] }));
  return out.length ? out : [c];
}

/** Whether everyone named is known to be of one and the same country. */
function oneCountry(named: ResolvedMention[]): boolean {
  const first = named[0].entity?.country ?? named[0].mention.country;
  return !!first && named.every((p) => (p.entity?.country ?? p.mention.country) === first);
}
