// "the talks", "that meeting", "Blinken’s visit": a noun that refers back takes the people of the
// exchange it refers to, so the merge stage can fold it in as one more mention of that exchange.
import type { EventType } from '../../types.js';
import type { Candidate, Side } from '../events/candidates.js';
import type { DocumentView } from '../document.js';
import { officesAgree } from './name-offices.js';
import { ownPlace, tourTraveller, travellerless } from './tour-traveller.js';
import { copyCandidate } from '../events/new-candidate.js';

/** Right after the noun: "eventually took place", "went ahead", "was finally held". */
const TOOK_PLACE = /^\s*(?:[\w-]+\s+){0,2}?(?:(?:eventually|finally|ultimately)\s+)?(?:took\s+place|went\s+ahead|(?:was|were)\s+(?:eventually\s+|finally\s+|ultimately\s+)?held|happened)\b/i;

/**
 * "Farrell had been due to travel in April, but the trip was pushed back": one whose own journey the sentence tells
 * before the noun, with no place to go to, is whose trip "the trip" is.
 */
const OWN_TRIP_PLAN = /^\s*(?:,\s*)?(?:who\s+)?(?:was|were|is|are|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:due|scheduled|set|expected|supposed|planning|slated)\s+to\s+(?:travel|visit|fly|go)\b(?!\s+(?:to|on\s+to)\b)/i;
const JOURNEY_NOUN = /^(?:trip|visit|tour|journey)s?$/i;

/** The one whose trip the sentence told before the noun, when the noun has no sides of its own. */
function planner(doc: DocumentView, c: Candidate): Candidate['participants'][number]['entity'] {
  if (c.type !== 'visit' || !JOURNEY_NOUN.test(doc.text.slice(c.triggerStart, c.triggerEnd))) return null;
  const s = doc.sentences[c.sentence];
  for (const p of s.people) {
    if (!p.entity || p.mention.end > c.triggerStart) continue;
    if (OWN_TRIP_PLAN.test(doc.text.slice(p.mention.end, c.triggerStart))) return p.entity;
  }
  return null;
}

/** A trigger ending in a noun of exchanges held only face to face ("the second Mercosur summit"). */
const IN_PERSON_NOUN = /\b(?:summits?|handshake)$/i;

/** A journey that names no traveller, as a stop of the one tour told just before it (or as it was). */
function onTour(doc: DocumentView, told: Candidate[], c: Candidate): Candidate {
  const who = tourTraveller(doc, told, c);
  return who ? copyCandidate(c, { participants: [who], travellers: [who], trace: [...c.trace, `a stop of ${who.entity?.name ?? 'the'} tour told just before`] }) : c;
}

const CONTACT: EventType[] = ['meeting', 'phone_call', 'video_call', 'handshake'];

/** Both dated by their own sentences, at times that cannot be one ("2023" and "2026-11-12"). */
function datesClash(a: Candidate, b: Candidate): boolean {
  if (!a.date || !b.date || a.dateFrom !== 'sentence' || b.dateFrom !== 'sentence') return false;
  const n = Math.min(a.date.length, b.date.length);
  return a.date.slice(0, n) !== b.date.slice(0, n);
}
const LOOKBACK = 6;

function sameKind(a: EventType, b: EventType): boolean {
  return a === b || (CONTACT.includes(a) && CONTACT.includes(b));
}

export function attachAnaphora(doc: DocumentView, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    // "The handshake between the presidents of the two rivals came at … in Johannesburg": an in-person
    // exchange that names nobody at all tells more of one just told, if that one is in the same state.
    // ("Oman also hosted secret contacts in 2013": a verb whose subject is a country tells nothing more of anyone's.)
    // So does "the previous videoconference" of the people just told (an exchange of theirs before it, kept apart below).
    const orphan =
      !c.anaphoric &&
      !c.participants.length &&
      ((!!c.noun && (c.type === 'meeting' || c.type === 'handshake')) || (c.background === 'previously' && CONTACT.includes(c.type)));
    if (!c.anaphoric && !orphan) {
      out.push(travellerless(doc, c) ? onTour(doc, out, c) : c);
      continue;
    }
    const own = c.participants.filter((p) => p.entity);
    const inPerson = IN_PERSON_NOUN.test(doc.text.slice(c.triggerStart, c.triggerEnd));
    // (Only that one's journey can be the trip: another's told before is not.)
    const whose = own.length ? null : planner(doc, c);
    // "the first visit to Cuba by a Chinese foreign minister": an unnamed side still has a country, which
    // the exchange referred to must share.
    const unnamed = c.participants.filter((p) => !p.entity && p.country);
    const fits = (u: Side, p: Side) =>
      p.country === u.country && officesAgree(u.office, p.office);
    const elsewhere = c.type === 'visit' && !!c.host && ownPlace(doc, c);
    const candidates = [...out].reverse().filter(
      (r) =>
        !r.anaphoric &&
        // ("Putin held talks with Xi on Thursday. Their previous video conference was on January 21": an exchange told as
        // the one before is of the same people by any medium; it keeps its own.)
        (!orphan || (r.status === c.status && (r.type === c.type || (c.background === 'previously' && c.sentence !== r.sentence)))) &&
        !(c.prepared && r.sentence === c.sentence) &&
        sameKind(r.type, c.type) &&
        // ("… the second regional summit hosted by Brazil that Milei has missed": a summit is held in person, never a call,
        // nor a talk of no medium told.)
        !(inPerson && (r.type === 'phone_call' || r.type === 'video_call' || !!r.vagueType)) &&
        // ("India's defence minister was due in Washington; the trip has been pushed back": an office holder
        // the knowledge names later is someone too.)
        r.participants.some((p) => p.entity || (p.country && p.office)) &&
        unnamed.every((u) => r.participants.some((p) => fits(u, p))) &&
        (!whose || r.travellers.some((x) => x.entity === whose)) &&
        // ("… a tour that will take him to Riyadh and Doha. The planned stop in Amman was dropped": a journey to a
        // country of its own is not one to another.)
        (!elsewhere || !r.host || r.host === c.host) &&
        // ("Al-Burhan will travel to Doha on Thursday for talks with Tamim. … hosted the Jeddah talks between the two
        // parties in 2023": talks told as held, at a time of their own before a plan's, are no retelling of the plan.)
        !(r.status === 'planned' && c.status === 'occurred' && datesClash(c, r) && c.date! < r.date!) &&
        (own.length
          ? own.every((p) => r.participants.some((q) => q.entity === p.entity))
          : c.sentence - r.sentence <= LOOKBACK && c.sentence >= r.sentence),
    );
    // ("The White House said the call lasted 90 minutes", after a meeting recalled in passing: a call is the call told,
    // not the nearer meeting.)
    const isCall = c.type === 'phone_call' || c.type === 'video_call';
    // (One told as the one before is no retelling: its people are those of the exchange just told, by whatever medium.)
    const before = orphan && c.background === 'previously';
    const referent = isCall ? (candidates.find((r) => r.type === 'phone_call' || r.type === 'video_call') ?? (before ? candidates[0] : undefined)) : candidates[0];
    if (!referent) {
      // Nothing to refer to: keep it if it names both sides itself, or names who travelled, or is a stop of the tour
      // told just before.
      if (own.length >= 2 || (c.type === 'visit' && c.travellers.some((t) => t.entity || (t.country && t.office)))) out.push(copyCandidate(c, { anaphoric: false }));
      else if (travellerless(doc, c)) out.push(onTour(doc, out, copyCandidate(c, { anaphoric: false })));
      continue;
    }
    const prior = c.background === 'previously' && c.sentence !== referent.sentence;
    // "… postponed a state visit scheduled for July. The visit eventually took place in May": the exchange put off or
    // called off, told as held at a time of its own, is held then.
    const held = c.status === 'occurred' && (referent.status === 'postponed' || referent.status === 'cancelled') && c.dateFrom === 'sentence' && !!c.date && c.date !== referent.date && TOOK_PLACE.test(doc.text.slice(c.triggerEnd, doc.sentences[c.sentence].s.end));
    const finer = !!c.date && !!referent.date && c.dateFrom === 'sentence' && c.date.length > referent.date.length && c.date.startsWith(referent.date);
    out.push(copyCandidate(c, {
      // "It now seems unlikely the visit will happen": with no status of its own, it is the referent's.
      status: held ? 'occurred' : c.status === 'occurred' || c.status === 'planned' ? referent.status : c.status,
      type: c.type === 'meeting' && referent.type !== 'meeting' && c.status === 'occurred' && !prior ? referent.type : c.type,
      // "At the meeting" states no medium of its own.
      vagueType: c.type === 'meeting' && referent.type !== 'meeting' ? referent.vagueType : c.vagueType,
      participants: [...referent.participants],
      travellers: [...referent.travellers],
      // What the referent established wins: "that meeting … a few months later" is still the meeting.
      // (One before it, "We last met in New Delhi", keeps its own place as it keeps its own time.)
      host: prior && c.host ? c.host : (referent.host ?? c.host),
      // "The handshake … came at a ceremony … in Johannesburg": a city of the country the referent
      // gave says more than the country.
      place: (prior && c.host && c.place) || (c.place?.place && !referent.place?.place && (!referent.host || referent.host === c.place.place.country)) ? c.place : (referent.place ?? c.place),
      // "The previous videoconference between the two leaders took place in January": their people, its own time.
      // ("… in June 2025. The talks … on June 9": a day of its own within the referent's month says more.)
      date: prior || finer || held ? c.date : (referent.date ?? c.date),
      endDate: prior || finer || held ? c.endDate : (referent.endDate ?? c.endDate),
      dateFrom: prior || finer || held || !referent.date ? c.dateFrom : referent.dateFrom,
      background: prior ? c.background : (referent.background ?? c.background),
      anaphoric: false,
      trace: [...c.trace, `refers back to the exchange in sentence ${referent.sentence + 1}`],
    }));
  }
  return out;
}
