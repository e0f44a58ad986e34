// "the first American president to visit India since Jimmy Carter in 1978": a superlative's "since" bound that
// names a person and a time tells that person's earlier visit to the same place, whatever the main clause's
// status ("he would be the first Republican president to visit South Africa since Bush in 2003").
import type { DocumentView, SentenceView } from '../document.js';
import type { ResolvedMention } from '../resolve/entities.js';
import type { Candidate } from './candidates.js';
import { SUPERLATIVE_TO } from './lexicon.js';
import { newCandidate } from './new-candidate.js';
import { sideOf } from './sides.js';
import type { TriggerHit } from './triggers.js';

/** Between the visit's place and the person: " since ". */
const SINCE = /^\s+since\s+(?:then[- ]\w+\s+|(?:former|late)\s+(?:president|prime\s+minister)\s+)?$/i;
/** Between the person and the time (which may hold its "in"): " in ", "'s visit in ", " did in ". */
const THEN = /^(?:['’]s?\s+(?:own\s+)?(?:visit|trip)\s+|\s+(?:did\s+|went\s+|came\s+)?)(?:(?:back\s+)?in\s+)?$/i;

export function sinceVisit(doc: DocumentView, s: SentenceView, si: number, t: TriggerHit, named: ResolvedMention[]): Candidate[] {
  if (t.rule.type !== 'visit' || !/\bsince\b/i.test(s.s.text)) return [];
  if (!SUPERLATIVE_TO.test(doc.text.slice(s.s.start, t.start))) return [];
  const place = s.places.find((p) => p.start >= t.end && /^\s*$/.test(doc.text.slice(t.end, p.start)));
  const host = place ? (place.place?.country ?? place.country?.code ?? null) : null;
  if (!place || !host) return [];
  const who = named.find((p) => p.entity && p.mention.start > place.end && SINCE.test(doc.text.slice(place.end, p.mention.start)));
  if (!who?.entity || who.entity.country === host) return [];
  const when = s.dates.find((d) => d.start >= who.mention.end && THEN.test(doc.text.slice(who.mention.end, d.start)));
  if (!when) return [];
  const traveller = sideOf(who);
  return [
    newCandidate({
      type: 'visit',
      status: 'occurred',
      certainty: 'stated',
      participants: [traveller],
      travellers: [traveller],
      host,
      place,
      date: when.value,
      endDate: null,
      dateFrom: 'sentence',
      sentence: si,
      triggerStart: t.start,
      triggerEnd: t.end,
      clauseStart: s.s.start,
      heading: s.info.heading,
      anaphoric: false,
      trace: [`a superlative's bound: ${who.entity.name} visited before, ${when.value}`],
    }),
  ];
}

/** Right before a journey noun: "his first", "Putin's first". */
const FIRST_BEFORE = /\bfirst\s+(?:[\w-]+\s+)?$/i;
/** After the time a "since" bound gives: ", when he held talks …". */
const WHEN_AFTER = /^\s*,\s*when\b/i;

/**
 * "It is Putin's first visit to Japan since November 2005, when he held talks in Tokyo with Koizumi": a bound whose
 * when-clause tells what was done then is the traveller's earlier visit, at that time. (A bound alone, "his first
 * trip to Ethiopia since 2022", tells no trip of 2022.)
 */
export function whenBoundVisit(doc: DocumentView, s: SentenceView, t: TriggerHit, c: Candidate): Candidate[] {
  if (c.type !== 'visit' || !c.host || !c.place || !t.rule.nominal || !c.travellers.some((p) => p.entity)) return [];
  if (!FIRST_BEFORE.test(doc.text.slice(Math.max(s.s.start, t.start - 30), t.start))) return [];
  if (c.place.start < t.end || !/^\s+to\s+(?:the\s+)?$/i.test(doc.text.slice(t.end, c.place.start))) return [];
  const since = /^\s+since\s+$/i;
  const when = s.dates.find((d) => d.start > c.place!.end && since.test(doc.text.slice(c.place!.end, d.start).replace(/since\s+(?:in\s+)?$/i, 'since ')));
  if (!when || !WHEN_AFTER.test(doc.text.slice(when.end, when.end + 12))) return [];
  return [
    {
      ...c,
      status: 'occurred',
      certainty: 'stated',
      date: when.value,
      endDate: null,
      // (A time recalled, as "since 2023, when …" is: no date the story's later sentences stand at.)
      dateFrom: 'recalled',
      anaphoric: false,
      trace: [...c.trace, `a "first … since ${when.text}, when …" bound: the traveller's visit then`],
    },
  ];
}
