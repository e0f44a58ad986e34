// "the first American president to visit India since Jimmy Carter in 1978": a superlative's "since" bound that
// names a person and a time tells that person's earlier visit to the same place, whatever the main clause's
// status ("he would be the first Republican president to visit South Africa since Bush in 2003").
import type { DocumentView, SentenceView } from '../document.js';
import type { ResolvedMention } from '../resolve/entities.js';
import type { Candidate } from './candidates.js';
import { SUPERLATIVE_TO } from './lexicon.js';
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
    {
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
      negotiation: false,
      vagueType: false,
      conference: false,
      prepared: undefined,
      superseded: undefined,
      postponedFrom: undefined,
      regional: undefined,
      noun: undefined,
      cameFrom: undefined,
      comesBack: undefined,
      duringVisit: undefined,
      atGathering: undefined,
      background: undefined,
      split: undefined,
      listItem: undefined,
      heldDuring: undefined,
      bearer: undefined,
    },
  ];
}
