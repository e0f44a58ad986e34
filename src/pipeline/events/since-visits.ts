// "the first American president to visit India since Jimmy Carter in 1978": a superlative's "since" bound that
// names a person and a time tells that person's earlier visit to the same place, whatever the main clause's
// status ("he would be the first Republican president to visit South Africa since Bush in 2003").
import type { DocumentView, SentenceView } from '../document.js';
import type { ResolvedMention } from '../resolve/entities.js';
import type { Candidate } from './candidates.js';
import { superlativeTo } from './lexicon.js';
import { newCandidate, copyCandidate } from './new-candidate.js';
import { sideOf } from './sides.js';
import type { TriggerHit } from './triggers.js';

/** Between the visit's place and the person: " since ", " in 25 years, since then-Speaker ", " by a Chinese premier since his predecessor, the late ". */
// (The span of the superlative and the traveller's kind may stand before the bound; the one named after it may be
// brought in as the predecessor.)
const SINCE =
  /^(?:\s+in\s+(?:(?:the\s+)?(?:past|last)\s+)?[\w-]+\s+(?:years|decades),?|\s+by\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)?\s+since\s+(?:(?:his|her|their)\s+predecessor,?\s+)?(?:then[- ]\w+\s+|(?:the\s+)?(?:former|late)\s+(?:(?:president|prime\s+minister|premier)\s+)?)?$/iu;
/** Right after the trigger, a place told again by its kind: "the island", "the country". */
const BACK_PLACE = /^\s+(?:to\s+)?the\s+(?:island|country|kingdom|city|capital)\b/i;
/** Between the person and the time (which may hold its "in"): " in ", "'s visit in ", " did in ", ", came in ". */
const THEN = /^(?:['’]s?\s+(?:own\s+)?(?:visit|trip)\s+|,?\s+(?:did\s+|went\s+|came\s+)?)(?:(?:back\s+)?in\s+)?$/i;

export function sinceVisit(doc: DocumentView, s: SentenceView, si: number, t: TriggerHit, named: ResolvedMention[]): Candidate[] {
  if (t.rule.type !== 'visit' || !/\bsince\b/i.test(s.s.text)) return [];
  // ("the first official visit to Singapore by a Chinese premier since …": the noun's superlative, its place after "to".)
  const nominal = !!t.rule.nominal && FIRST_BEFORE.test(doc.text.slice(Math.max(s.s.start, t.start - 30), t.start));
  if (!nominal && !superlativeTo(doc.text.slice(s.s.start, t.start))) return [];
  const gap = nominal ? /^\s+to\s+(?:the\s+)?$/i : /^\s*$/;
  const after = s.places.find((p) => p.start >= t.end && gap.test(doc.text.slice(t.end, p.start)));
  // ("landed in Taipei …, the first American official to visit the island since …": the place named before it.)
  const back = after ? null : BACK_PLACE.exec(doc.text.slice(t.end, t.end + 30));
  const place = after ?? (back ? s.places.filter((p) => p.end <= t.start).at(-1) : undefined);
  const placeEnd = after ? after.end : back ? t.end + back[0].length : 0;
  const host = place ? (place.place?.country ?? place.country?.code ?? null) : null;
  if (!place || !host) return [];
  const who = named.find((p) => p.entity && p.mention.start > placeEnd && SINCE.test(doc.text.slice(placeEnd, p.mention.start)));
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
      // (The city named before "the island" is where the story's traveller went, not the earlier one.)
      place: after ?? null,
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
    copyCandidate(c, {
      status: 'occurred',
      certainty: 'stated',
      date: when.value,
      endDate: null,
      // (A time recalled, as "since 2023, when …" is: no date the story's later sentences stand at.)
      dateFrom: 'recalled',
      anaphoric: false,
      trace: [...c.trace, `a "first … since ${when.text}, when …" bound: the traveller's visit then`],
    }),
  ];
}
