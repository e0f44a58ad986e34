// "Blinken arrived in Cairo at the start of a Middle East tour … A planned stop in Amman was dropped from the
// itinerary.": a journey that names no traveller, told right after one person's journeys, is a stop of that
// person's tour. With no journey before it, or journeys of two people, it is no one's the text tells.
import type { Candidate, Side } from '../events/candidates.js';
import type { DocumentView } from '../document.js';

/** How many sentences back a tour told before may stand. */
const TOUR_LOOKBACK = 4;

/**
 * The sentences a stop's tour is told in: those before it in its paragraph, or, when it opens one, the paragraph
 * before (up to four sentences back, and no heading between). An earlier paragraph's journeys are another story's.
 */
function tourSentences(doc: DocumentView, at: number): [number, number] {
  const line = (i: number) => doc.sentences[i].s.line;
  let from = at;
  while (from > 0 && at - from < TOUR_LOOKBACK && line(from - 1) === line(at) && !doc.sentences[from - 1].info.heading) from--;
  if (from === at && at > 0 && !doc.sentences[at - 1].info.heading) {
    const before = line(at - 1);
    for (from = at - 1; from > 0 && at - from < TOUR_LOOKBACK && line(from - 1) === before && !doc.sentences[from - 1].info.heading; from--);
  }
  return [from, at];
}

/** The nouns of a tour's parts: "a planned stop in Amman", "the Doha leg", "a visit to Jordan". */
const TOUR_PART = /^(?:(?:[\w-]+\s+)*(?:stop|stopover|leg|visit|trip)s?)\b/i;

/** "a refuelling stop in Tokyo en route to Beijing": a halt on the way, no visit. */
const REFUELLING = /\b(?:refuell?ing|fuel(?:ling)?|technical|transit)\s+$/i;

/**
 * A part of a tour told by its noun, to a place of its own (not one a later phrase names: "The visit follows the
 * meeting … in Kazan"), with no one making it ("a planned stop in Amman"). (A verb
 * with no one named has a subject that is no person: "some 10,000 migrants crossed into Ceuta".)
 */
export function travellerless(doc: DocumentView, c: Candidate): boolean {
  return (
    c.type === 'visit' &&
    !!c.noun &&
    !!c.host &&
    !c.participants.length &&
    !c.travellers.length &&
    TOUR_PART.test(doc.text.slice(c.triggerStart, c.triggerEnd)) &&
    !REFUELLING.test(doc.text.slice(Math.max(0, c.triggerStart - 24), c.triggerStart)) &&
    ownPlace(doc, c)
  );
}

/**
 * The one traveller of the journeys told just before `c` (earlier in its sentence, or in tourSentences), if only one
 * and none of them went to c's country: a stop in a country the tour visits anyway ("A stop in Lahore is not on the
 * programme") is a part of that visit, not a visit of its own.
 */
export function tourTraveller(doc: DocumentView, told: readonly Candidate[], c: Candidate): Side | null {
  const [from, to] = tourSentences(doc, c.sentence);
  let one: Side | null = null;
  for (const r of told) {
    if (r.sentence < from || r.sentence > to || (r.sentence === c.sentence && r.triggerStart >= c.triggerStart)) continue;
    if (r.type !== 'visit' || r.anaphoric) continue;
    for (const x of r.travellers) {
      if (!x.entity) continue;
      if ((one && one.entity !== x.entity) || r.host === c.host) return null;
      one = x;
    }
  }
  return one;
}

/** The noun's own place, right after it or right before it: "the stop in Amman", "a visit to Jordan", "the Doha leg". */
export function ownPlace(doc: DocumentView, c: Candidate): boolean {
  const p = c.place;
  if (!p) return false;
  if (p.start >= c.triggerEnd) return /^\s*(?:(?:to|in)\s+(?:the\s+)?)?$/i.test(doc.text.slice(c.triggerEnd, p.start));
  return p.end <= c.triggerStart && /^\s*$/.test(doc.text.slice(p.end, c.triggerStart));
}
