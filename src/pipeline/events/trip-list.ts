// A list of one person's trips, as a factbox gives it: "Here are his trips abroad since the start of 2023:" and then
// "* March 2023 - Moscow, where he held talks with Putin", "* May 2024 - France, Serbia and Hungary". Each item is a
// journey of the list's traveller to the places it opens with, at its date, and the traveller is the subject of what
// the item tells ("met Biden at the Filoli estate", "where he met Biden").
import type { DocumentView, SentenceView } from '../document.js';
import type { ResolvedMention } from '../resolve/entities.js';
import type { Candidate } from './candidates.js';
import { newCandidate } from './new-candidate.js';
import { sideOf } from './sides.js';

/** The sentence that opens a list of trips: "his trips abroad since 2023:", "Xi's foreign visits this year:". */
const TRIPS_INTRO = /\b(?:trips|visits|travels|journeys|tours|foreign\s+destinations)\b[^.:;]{0,60}:\s*$/i;
/** Whose trips: a possessive pronoun, or a name's possessive, before the noun. */
const WHOSE = /\b(his|her|(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s?)\s+(?:[\w-]+\s+){0,3}(?:trips|visits|travels|journeys|tours|foreign\s+destinations)\b/u;
/** A list item: a bullet, or a date that leads the line. */
const BULLET = /^\s*[*•▪‣◦-]\s/;

/** The sentence may open a list of trips ("his trips abroad since 2023:"). */
export const mayOpenTripList = (text: string): boolean => text.includes(':') && TRIPS_INTRO.test(text);

/** The sentences that are items of a list of one person's trips, with that person. */
export function tripLists(doc: DocumentView): Map<number, ResolvedMention> {
  const out = new Map<number, ResolvedMention>();
  const ss = doc.sentences;
  for (let i = 0; i < ss.length; i++) {
    const s = ss[i];
    if (!mayOpenTripList(s.s.text)) continue;
    const whose = WHOSE.exec(s.s.text);
    if (!whose) continue;
    const at = s.s.start + whose.index;
    // ("Secretary of State Marco Rubio's foreign trips": the name's mention may open with a title before the match.)
    const traveller = whose[1].length <= 3 ? subjectBefore(doc, i) : s.people.find((p) => p.entity && p.mention.end > at && p.mention.end <= at + whose[1].length);
    if (!traveller?.entity) continue;
    // The items: the lines after the intro's, each a bullet or led by a date, up to the first that is neither.
    const introLine = s.s.line;
    for (let j = i + 1; j < ss.length; j++) {
      const t = ss[j];
      if (t.s.line === introLine) continue;
      const item = t.info.leadDate || BULLET.test(t.info.line.text) || (ss[j - 1].s.line === t.s.line && out.has(j - 1));
      if (!item || t.info.heading) break;
      out.set(j, traveller);
    }
  }
  return out;
}

/** "Here are his trips": whom "his" means, the first named person of the sentence before (or of the intro's own). */
function subjectBefore(doc: DocumentView, i: number): ResolvedMention | undefined {
  for (let j = i; j >= Math.max(0, i - 2); j--) {
    const named = doc.sentences[j].people.find((p) => p.entity && !p.mention.plural);
    if (named) return named;
  }
  return undefined;
}

/** Where a part of an item starts: after its date, and after each semicolon or "then". */
const PART_BREAK = /;\s*|,?\s+then\s+/g;
/** Between two places an item lists: ", ", " and ", ", and ". */
const PLACE_JOIN = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/;

/** The journeys an item of a trip list tells: to each place a part of it opens with, at the item's date. */
export function listVisits(doc: DocumentView, s: SentenceView, si: number, traveller: ResolvedMention, published: string | null): Candidate[] {
  const lead = s.info.leadDate;
  if (!lead || !traveller.entity) return [];
  const text = doc.text;
  const starts = [lead.end];
  PART_BREAK.lastIndex = 0;
  for (let m = PART_BREAK.exec(s.s.text); m; m = PART_BREAK.exec(s.s.text)) if (s.s.start + m.index > lead.end) starts.push(s.s.start + m.index + m[0].length);
  // The places an item names, cities and countries alike, in order.
  const spots = [
    ...s.places.filter((p) => p.place?.kind === 'city' || p.place?.kind === 'venue' || !!p.country).map((p) => ({ start: p.start, end: p.end, host: p.place?.country ?? p.country?.code ?? null, place: p })),
    ...s.countries.filter((c) => !c.country.isOrganisation && !s.places.some((p) => p.start === c.start)).map((c) => ({ start: c.start, end: c.end, host: c.country.code, place: null })),
  ].sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  const date = lead.value;
  const status = published && date > published.slice(0, date.length) ? 'planned' : 'occurred';
  for (const from of starts) {
    // The first place right at the part's start (past the dash after the date), then each joined to the one before.
    let at = spots.findIndex((p) => p.start >= from && /^[\s:—–-]*$/.test(text.slice(from, p.start)));
    while (at >= 0) {
      const spot = spots[at];
      if (spot.host && spot.host !== traveller.entity.country && !out.some((c) => c.host === spot.host)) {
        const who = sideOf(traveller);
        out.push(
          newCandidate({
            type: 'visit',
            status,
            certainty: 'stated',
            participants: [who],
            travellers: [who],
            host: spot.host,
            place: spot.place,
            date,
            endDate: null,
            dateFrom: 'sentence',
            sentence: si,
            triggerStart: spot.start,
            triggerEnd: spot.end,
            clauseStart: s.s.start,
            heading: false,
            anaphoric: false,
            trace: [`an item of ${traveller.entity.name}'s list of trips: a journey to ${text.slice(spot.start, spot.end)}`],
          }),
        );
      }
      const next = spots[at + 1];
      at = next && PLACE_JOIN.test(text.slice(spot.end, next.start)) ? at + 1 : -1;
    }
  }
  return out;
}

/**
 * "…; Brasilia for a state visit after the G20 summit": a journey's noun in an item of a trip list, with no one named
 * before it in its part, is the traveller's (not that of one the part before named).
 */
export function listJourneyOf(doc: DocumentView, s: SentenceView, triggerStart: number, traveller: ResolvedMention): boolean {
  const before = doc.text.slice(s.s.start, triggerStart);
  const part = s.s.start + Math.max(before.lastIndexOf(';') + 1, s.info.leadDate && s.info.leadDate.end > s.s.start ? s.info.leadDate.end - s.s.start : 0);
  return !!traveller.entity && !s.people.some((p) => p.entity && p.mention.start >= part && p.mention.end <= triggerStart);
}
