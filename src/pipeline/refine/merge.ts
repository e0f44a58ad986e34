// Mentions of one exchange inside an article become one event: the body and its closing list,
// a heading and the paragraph under it, "the talks" and the sentence that named them.
import type { EventStatus, EventType } from '../../types.js';
import type { Candidate, Side } from '../events/candidates.js';
import { shiftDays } from '../mentions/dates.js';
import { copyCandidate } from '../events/new-candidate.js';

export interface Merged extends Candidate {
  sentences: number[];
  /** A mention of it was told as a plan (refine/not-yet: a plan dated ahead is still one). */
  plannedToo?: boolean;
  /** The splits of one telling it holds (see Candidate.split). */
  splits?: string[];
  /** A mention of it was planned with a time of its own in its sentence. */
  plannedAt?: boolean;
}

const CONTACT: EventType[] = ['meeting', 'phone_call', 'video_call', 'handshake'];

function sameSide(a: Side, b: Side): boolean {
  if (a.entity || b.entity) return a.entity === b.entity;
  return !!a.country && a.country === b.country;
}

function named(c: Candidate): Side[] {
  return c.participants.filter((p) => p.entity);
}

/** Do two candidates' people describe the same exchange? Named people must agree; unnamed sides by country. */
export function peopleAgree(a: Candidate, b: Candidate): boolean {
  const na = named(a);
  const nb = named(b);
  if (na.length && nb.length) {
    const [small, big] = na.length <= nb.length ? [na, nb] : [nb, na];
    const shared = small.filter((x) => big.some((y) => sameSide(x, y))).length;
    if (shared === small.length) return true;
    // "Qin and Blinken" and "Blinken, Qin and Hua": most of the smaller side, and no conflict of countries.
    if (!(shared >= 2 && shared >= small.length - 1)) return false;
    // (But "A and B held talks, hosted by their foreign minister" and "the president received A and B after their
    // talks": one of a country in each that the other lacks is another host's exchange with the same guests.)
    const extraA = na.filter((x) => !nb.some((y) => sameSide(x, y)));
    const extraB = nb.filter((y) => !na.some((x) => sameSide(x, y)));
    return !extraA.some((x) => x.country && extraB.some((y) => y.country === x.country));
  }
  // One side has no names: its countries must all be among the other's.
  const ca = new Set(a.participants.map((p) => p.country).filter(Boolean));
  const cb = new Set(b.participants.map((p) => p.country).filter(Boolean));
  if (!ca.size || !cb.size) return false;
  const [small, big] = ca.size <= cb.size ? [ca, cb] : [cb, ca];
  return [...small].every((c) => big.has(c)) && small.size >= Math.min(2, big.size);
}

export function datesAgree(a: string | null, b: string | null, slackDays = 1): boolean {
  if (!a || !b) return true;
  const n = Math.min(a.length, b.length);
  if (a.slice(0, n) === b.slice(0, n)) return true;
  if (a.length === 10 && b.length === 10) {
    const d = Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
    return d <= slackDays;
  }
  return false;
}

function typesAgree(a: Candidate, b: Candidate): EventType | null {
  if (a.type === b.type) return a.type;
  const soft = a.heading || a.anaphoric || b.heading || b.anaphoric;
  if (CONTACT.includes(a.type) && CONTACT.includes(b.type)) {
    // A handshake that opens talks is part of the meeting; a headline's "talks" yields to the body's "call".
    if ((a.type === 'handshake' && b.type === 'meeting') || (b.type === 'handshake' && a.type === 'meeting')) return 'meeting';
    if (soft) return a.heading || a.anaphoric ? b.type : a.type;
    // "spoke with" leaves the medium open: the exchange told with a medium is the same one.
    if (a.vagueType !== b.vagueType) return a.vagueType ? b.type : a.type;
    // One sentence telling "held talks virtually … the first such talks" tells one exchange; the medium wins.
    // (Not across a clause break: "A met B on Saturday, and the three leaders spoke by phone with C" tells two.)
    if (a.sentence === b.sentence && a.clauseStart === b.clauseStart && (a.type === 'meeting' || b.type === 'meeting')) {
      const [meeting, other] = a.type === 'meeting' ? [a, b] : [b, a];
      return inPersonThenCall(meeting, other) ? null : other.type;
    }
  }
  return null;
}

/**
 * "met Chinh in Vientiane and spoke by telephone with him in January": a meeting held at a place is in person, and a
 * call beside it that the place is not given for (events/meeting-parts) is another exchange ("held talks in New Delhi
 * by video link" is one, held by video, the place the call's too).
 */
function inPersonThenCall(meeting: Candidate, call: Candidate): boolean {
  return (call.type === 'phone_call' || call.type === 'video_call') && !!meeting.place && !call.place;
}

/** Told as before the story's own exchanges: "Previously, …", "the previous call", "We last met in …". */
const before = (c: Candidate) => c.background === 'previously' || c.background === 'last';

const DELAYED: EventStatus[] = ['postponed', 'cancelled'];

const STATUS_RANK: Record<EventStatus, number> = { occurred: 0, planned: 1, postponed: 2, cancelled: 3, declined: 4 };

/**
 * "He will also visit Wellington's war memorial" during a visit under way is part of that visit; "arrives in Tehran on
 * Tuesday for talks with Pezeshkian" and "met Pezeshkian on Tuesday afternoon" are one meeting, held.
 */
function itinerary(a: Candidate, b: Candidate): boolean {
  if (a.type !== b.type) return false;
  const [done, plan] = a.status === 'occurred' && b.status === 'planned' ? [a, b] : b.status === 'occurred' && a.status === 'planned' ? [b, a] : [null, null];
  if (!done || !plan) return false;
  // (Talks held the week before the journey, or told as before the story's, are others: "had met him in Rome on 2 June".)
  if (a.type === 'meeting')
    return !!plan.journeyPurpose && done.date?.length === 10 && !before(done) && done.date >= shiftDays(plan.journeyPurpose, -1) && done.date <= shiftDays(plan.journeyPurpose, 7);
  if (a.type !== 'visit' || !done.host || done.host !== plan.host) return false;
  // "Orsi will return to the Paraguayan capital on Wednesday": a return planned is a new journey, not a leg of the stay made.
  if (plan.comesBack) return false;
  // (A stay another sentence tells as over before the month a plan stands at, "when Voronin came to Kyiv in
  // February", is no stay under way.)
  if (done.sentence !== plan.sentence && done.date && plan.date && plan.dateFrom !== 'sentence' && done.date.slice(0, 7) < plan.date.slice(0, 7)) return false;
  return plan.dateFrom !== 'sentence' || datesAgree(done.date, plan.date, 7);
}

function statusesAgree(a: EventStatus, b: EventStatus): EventStatus | null {
  if (a === b) return a;
  // "postponed" in one sentence and "called off" in another tell one trip that did not happen.
  if ((a === 'postponed' && b === 'cancelled') || (a === 'cancelled' && b === 'postponed')) return a;
  // A plan the article says was called off is the called-off exchange; a plan is never what occurred.
  if ((a === 'planned' || b === 'planned') && a !== 'occurred' && b !== 'occurred') return STATUS_RANK[a] > STATUS_RANK[b] ? a : b;
  return null;
}

function hostsAgree(a: Candidate, b: Candidate): boolean {
  // A headline's place is a guess at best ("at Shangri-La dialogue"); the body's wins.
  if (a.heading !== b.heading && a.type !== 'visit') return true;
  return !a.host || !b.host || a.host === b.host;
}

/** The splits a candidate or a merged event holds. */
const splitsOf = (c: Candidate) => (c as Merged).splits ?? (c.split ? [c.split] : []);

export function canMerge(a: Candidate, b: Candidate): boolean {
  // "met Greer on Tuesday and Lutnick on Wednesday": exchanges split from one telling stay apart, whatever joins them.
  const sa = splitsOf(a);
  if (sa.length && splitsOf(b).some((x) => sa.some((y) => y !== x && y.split('|')[0] === x.split('|')[0]))) return false;
  const type = typesAgree(a, b);
  if (!type) return false;
  // ("The king shook hands with Trump and Macron at the trophy presentation": a handshake with one the talks did not
  // have is an encounter of its own, not the opening of those talks.)
  if (a.type !== b.type && (a.type === 'handshake' || b.type === 'handshake')) {
    const [shake, talks] = a.type === 'handshake' ? [a, b] : [b, a];
    if (named(shake).some((x) => !named(talks).some((y) => sameSide(x, y)))) return false;
  }
  if (!statusesAgree(a.status, b.status) && !itinerary(a, b)) return false;
  if (!hostsAgree(a, b)) return false;
  // "Putin's lightning visit to the Gulf" and "flew to Abu Dhabi": a journey to a region is no mention of one stop.
  if (type === 'visit' && !!a.regional !== !!b.regional) return false;
  // One trip spans days: a traveller's visit to one host within a week is one visit. A dateline's
  // date is when the news broke, not when a plan falls, so it never keeps two mentions apart.
  const slack = type === 'visit' ? 7 : 1;
  const soft = (c: Candidate) => c.dateFrom === 'lead' || c.dateFrom === 'default' || c.dateFrom === 'lead story';
  const sameSentence = a.sentence === b.sentence || ('sentences' in a && (a as Merged).sentences.includes(b.sentence));
  if (!soft(a) && !soft(b) && !datesAgree(a.date, b.date, slack)) return false;
  // "Previously, X sent a message to Y" tells an exchange before the story's, not another mention of it.
  if (!sameSentence && before(a) !== before(b)) return false;
  // "Lula had been due to meet Putin in Kazan" and "the two agreed to meet at the first opportunity": a
  // plan told as no longer current and a plan of now are two plans.
  if (!sameSentence && !!a.superseded !== !!b.superseded && a.status === 'planned' && b.status === 'planned') return false;
  // "Their meeting came a year after their video call": an offset sets two exchanges of one sentence apart.
  // (A trip's arrival "the day before" and its departure of the sentence are one stay: days within a week.)
  // ("will receive Mahama … and host a State Banquet in his honour the same evening": an offset to the same day joins them.)
  if (sameSentence && a.triggerStart !== b.triggerStart && (a.dateFrom === 'relative') !== (b.dateFrom === 'relative') && !(type === 'visit' && datesAgree(a.date, b.date, slack)) && !(a.date?.length === 10 && a.date === b.date))
    return false;
  // An undated mention (no publication date to resolve "in November" against) joins only a nearby one.
  if ((!a.date || !b.date) && !sameSentence) {
    const near = ('sentences' in a ? (a as Merged).sentences : [a.sentence]).some((s) => Math.abs(s - b.sentence) <= 3);
    if (!near) return false;
  }
  if (!sameSentence && soft(a) !== soft(b) && a.status === 'occurred' && b.status === 'occurred' && !datesAgree(a.date, b.date, slack))
    return false;
  // "has postponed his trip" (the news, undated) and "had been set to visit in March but had to delay"
  // (a month already gone by): two postponements of one plan, not one.
  if (!sameSentence && soft(a) !== soft(b) && DELAYED.includes(a.status) && DELAYED.includes(b.status) && !datesAgree(a.date, b.date, slack)) {
    const [hard, guess] = soft(a) ? [b, a] : [a, b];
    if (guess.dateFrom === 'default' && hard.date && guess.date && hard.date.slice(0, 7) < guess.date.slice(0, 7)) return false;
  }
  if (type === 'visit') {
    const ta = a.travellers.length ? a.travellers : a.participants;
    const tb = b.travellers.length ? b.travellers : b.participants;
    if (!ta.length || !tb.length) return false;
    return ta.some((x) => tb.some((y) => sameSide(x, y))) && (!!a.host || !!b.host ? hostsAgree(a, b) : true);
  }
  // "Pevkur hosted Sweden's Jonson, Finland's Häkkänen, … On the margins, Pevkur held a bilateral meeting with
  // Jonson": talks of two told in a sentence of their own are not the gathering of three or more countries.
  if (a.sentence !== b.sentence && !a.heading && !b.heading && !a.anaphoric && !b.anaphoric && (gathering(a) ? pair(b) : gathering(b) && pair(a))) return false;
  // "Lamola met Landau at the State Department. … Lamola also met members of the Congressional Black Caucus": one more
  // exchange, told by "also" in a sentence of its own, is not the one before when it leaves out a side that one named.
  if (a.sentence !== b.sentence && (lacksNamed(a, b) || lacksNamed(b, a))) return false;
  return peopleAgree(a, b);
}

/** `x` tells one more exchange ("also met") and names no one of `y`'s beside those they share. */
function lacksNamed(x: Candidate, y: Candidate): boolean {
  return !!x.another && named(y).some((p) => !named(x).some((q) => sameSide(p, q)));
}

/** Named sides of exactly two countries. */
function pair(c: Candidate): boolean {
  return new Set(named(c).map((p) => p.country ?? p.entity)).size === 2;
}

/** One exchange among all it names (a conference, a host's list of guests) of three countries or more: a gathering, not talks between two. */
function gathering(c: Candidate): boolean {
  return !!c.conference && new Set(named(c).map((p) => p.country ?? p.entity)).size >= 3;
}

export function mergeInto(a: Merged, b: Candidate): void {
  const bs = splitsOf(b);
  if (bs.length) a.splits = [...new Set([...splitsOf(a), ...bs])];
  a.type = typesAgree(a, b) ?? a.type;
  if (a.status === 'planned' || b.status === 'planned' || (b as Merged).plannedToo) a.plannedToo = true;
  // ("On Saturday she is expected to travel to Kisumu" in a stay under way: another day of a leg still ahead dates the
  // leg, not the stay.)
  const legAhead = b.status === 'planned' && a.status === 'occurred' && itinerary(a, b);
  // A headline's status yields to the body's ("Johnson cancels visit" over "has postponed a visit").
  a.status = itinerary(a, b)
    ? 'occurred'
    : a.heading && !b.heading && a.status !== b.status && b.status !== 'planned'
      ? b.status
      : (statusesAgree(a.status, b.status) ?? a.status);
  // "will travel to Iraq next week … The trip, originally scheduled for January, was postponed": put off from an
  // earlier time, and planned now with a time of its own, the exchange is planned.
  if (b.postponedFrom) a.postponedFrom = true;
  if (a.status === 'postponed' && a.postponedFrom && (newTime(b) || (a as Merged).plannedAt)) a.status = 'planned';
  if (newTime(b)) a.plannedAt = true;
  if (b.certainty === 'possible' && a.status === 'planned') a.certainty = a.certainty === 'possible' ? 'possible' : b.certainty;
  for (const p of b.participants) {
    const i = a.participants.findIndex((x) => sameSide(x, p));
    if (i === -1) {
      // A named person replaces an unnamed side of the same country.
      const unnamed = p.entity ? a.participants.findIndex((x) => !x.entity && x.country === p.country) : -1;
      if (unnamed >= 0) a.participants[unnamed] = p;
      else if (p.entity || !a.participants.some((x) => x.country === p.country)) a.participants.push(p);
    } else if (!a.participants[i].office && p.office) a.participants[i] = { ...a.participants[i], office: p.office, officeText: p.officeText };
  }
  for (const p of b.travellers) if (!a.travellers.some((x) => sameSide(x, p))) a.travellers.push(p);
  if (a.heading && !b.heading && b.host) {
    a.host = b.host;
    a.place = b.place ?? a.place;
  }
  // Where the exchange stands in the story is where the body tells it, not its headline ("Rubio in Cairo" above a
  // liveblog's entries): what was told before or after it is read from there.
  if (a.heading && !b.heading) {
    a.triggerStart = b.triggerStart;
    a.triggerEnd = b.triggerEnd;
  }
  a.host ??= b.host;
  if (!a.place || (!a.place.place && b.place?.place)) a.place = b.place ?? a.place;
  // A sentence's own date beats a dateline's or a default; then the more precise date wins.
  // Agreeing dates: the more precise one. Conflicting ones: a sentence's beats a heading's, which beats a default.
  // (A day read from the story around the exchange — "Later, …" after "today" — beats a month guessed by default:
  // a headline's undated telling takes the body's day.)
  const weak = (f: string) => (f === 'sentence' || f === 'relative' ? 0 : f === 'heading' || f === 'context' ? 1 : 2);
  const agree = !!a.date && !!b.date && datesAgree(a.date, b.date, 0);
  // "met Khamenei on Thursday, the second day of a visit" and "arrived on Wednesday": a stay told on two days
  // the text gives starts on the first and ends on the last.
  const span = a.type === 'visit' && a.date?.length === 10 && b.date?.length === 10 && a.date !== b.date && weak(a.dateFrom) === 0 && weak(b.dateFrom) === 0;
  if (span) {
    const days = [a.date!, b.date!, a.endDate, b.endDate].filter((d): d is string => !!d && d.length === 10).sort();
    a.date = days[0];
    a.endDate = days[days.length - 1];
    a.trace.push(`dates ${a.date} to ${a.endDate}: one stay told on several days`);
  } else if (
    b.date &&
    !(legAhead && a.date?.length === 10 && !agree && b.date > a.date) &&
    (!a.date ||
      // (A dateline's day beats a month guessed by default that it agrees with, for what took place: a headline's undated
      // talks. A plan called off is not of the day its news broke.)
      (agree && b.date.length > a.date.length && (weak(b.dateFrom) < 2 || (a.dateFrom === 'default' && a.status === 'occurred'))) ||
      (!agree && weak(b.dateFrom) < weak(a.dateFrom)))
  ) {
    a.date = b.date;
    a.endDate = b.endDate;
    a.dateFrom = b.dateFrom;
  } else if (agree && weak(b.dateFrom) < weak(a.dateFrom)) {
    // A default the text then states ("later this month") is no longer a guess that any date may override.
    a.dateFrom = b.dateFrom;
  }
  if (b.endDate && !a.endDate && a.date && b.endDate > a.date) a.endDate = b.endDate;
  // An invitation refused that no mention dates never had a date: a plan's default is not one.
  if (a.status === 'declined' && a.dateFrom === 'default' && a.date) {
    a.date = null;
    a.endDate = null;
    a.trace.push('no date: a declined invitation no mention dates');
  }
  a.negotiation ||= b.negotiation;
  a.vagueType = !!a.vagueType && !!b.vagueType;
  a.conference = !!a.conference || !!b.conference;
  a.heading = a.heading && b.heading;
  a.anaphoric = a.anaphoric && b.anaphoric;
  if (!a.sentences.includes(b.sentence)) a.sentences.push(b.sentence);
  if (b.listItem !== undefined && !a.sentences.includes(b.listItem)) a.sentences.push(b.listItem);
  a.trace.push(...b.trace.map((t) => `merged: ${t}`));
}

/**
 * The first telling of a merged exchange, copied: every field a merge may set is there from the start, so
 * all merged exchanges share one hidden class (a field added later to some gives V8 another to handle).
 */
function newMerged(c: Candidate): Merged {
  const m = copyCandidate(c, { participants: [...c.participants], travellers: [...c.travellers], trace: [...c.trace] }) as Merged;
  m.sentences = c.listItem === undefined ? [c.sentence] : [c.sentence, c.listItem];
  m.plannedToo = undefined;
  m.splits = undefined;
  m.plannedAt = newTime(c);
  return m;
}

/** A plan with a time its own sentence gives. */
const newTime = (c: Candidate) => c.status === 'planned' && c.dateFrom === 'sentence';

export function mergeCandidates(cands: Candidate[]): Merged[] {
  const out: Merged[] = [];
  for (const c of cands) {
    const target = out.find((m) => canMerge(m, c));
    if (target) mergeInto(target, c);
    else
      out.push(newMerged(c));
  }
  // A second pass lets events that became comparable after filling in merge too.
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      if (canMerge(out[i], out[j])) {
        mergeInto(out[i], out[j]);
        for (const s of out[j].sentences) if (!out[i].sentences.includes(s)) out[i].sentences.push(s);
        out.splice(j, 1);
        j--;
      }
    }
  }
  adoptMedium(out);
  followCalledOffTrips(out);
  return out;
}

/** How many sentences after a called-off trip a plan told as past ("had been due to") may be that trip's. */
const CALLED_OFF_REACH = 5;

/**
 * "During the trip, Qureshi was to meet Ghani", told of a trip that was called off: a meeting planned
 * within a trip shares its fate and its time.
 */
function followCalledOffTrips(events: Merged[]): void {
  for (const m of events) {
    if (m.status !== 'planned' || m.type !== 'meeting') continue;
    // "Lula had been due to hold meetings with Putin and Xi on the sidelines": a plan told as no longer
    // current, a few sentences after the traveller's trip was called off, was to be held on that trip.
    const pastPlan = !!m.superseded;
    const trip = events.find(
      (v) =>
        v.type === 'visit' &&
        (v.status === 'cancelled' || v.status === 'postponed' || v.status === 'declined') &&
        !!v.host &&
        v.travellers.some((t) => t.entity && m.participants.some((p) => p.entity === t.entity)) &&
        ((m.sentences.some((i) => v.sentences.includes(i)) && m.participants.some((p) => p.country === v.host)) ||
          (pastPlan &&
            (!m.host || m.host === v.host) &&
            datesAgree(m.date, v.date, 7) &&
            m.sentences.every((i) => v.sentences.some((j) => i >= j && i - j <= CALLED_OFF_REACH)))),
    );
    if (!trip) continue;
    m.status = trip.status;
    m.host = trip.host;
    m.place = trip.place ?? m.place;
    if (!datesAgree(m.date, trip.date, 7)) {
      m.date = trip.date;
      m.endDate = trip.endDate;
    }
    m.trace.push(`status ${trip.status}: planned within a trip that was ${trip.status}`);
  }
}

const REMOTE: EventType[] = ['phone_call', 'video_call'];

/** Two exchanges of the same sides: every side of each is one of the other's. */
function sameSides(a: Candidate, b: Candidate): boolean {
  return a.participants.every((p) => b.participants.some((q) => sameSide(p, q))) && b.participants.every((q) => a.participants.some((p) => sameSide(p, q)));
}

/**
 * "X had a video conference with Y. On the same day, X also had a teleconference with Z": a teleconference, whose
 * wording leaves only the medium open, takes the medium of the nearest call the same person held. A bare "spoke to"
 * takes it only from a call of the same sides ("held a video call with Luxon on Monday … spoke to Luxon again on
 * Wednesday"): a call or a group meeting by video link of one of them says nothing of how he spoke to another.
 */
function adoptMedium(events: Merged[]): void {
  for (const m of events) {
    if (!m.vagueType || !REMOTE.includes(m.type)) continue;
    const gap = (n: Merged) => Math.min(...n.sentences.flatMap((i) => m.sentences.map((j) => Math.abs(i - j))));
    let near: Merged | undefined;
    for (const n of events) {
      if (n === m || n.vagueType || !REMOTE.includes(n.type) || gap(n) > 3) continue;
      if (!(m.conference ? n.participants.some((p) => p.entity && m.participants.some((q) => q.entity === p.entity)) : sameSides(m, n))) continue;
      if (!near || gap(n) < gap(near)) near = n;
    }
    if (near && near.type !== m.type) {
      m.trace.push(`medium ${near.type}: as the call told near it`);
      m.type = near.type;
    }
  }
}
