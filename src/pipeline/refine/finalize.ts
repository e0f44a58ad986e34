// Merged candidates → events as the contract prints them: full names, the office held on the
// event's date, rank, place, evidence sentences with exact offsets, and codes.
import { covers, type KnowledgeIndex } from '../../knowledge/index.js';
import type { CountryDef } from '../../knowledge/types.js';
import type { ExchangeEvent, Location, Participant, Span } from '../../types.js';
import { codeEvent } from '../codes.js';
import type { DocumentView } from '../document.js';
import type { Side } from '../events/candidates.js';
import { describe } from '../events/attributes.js';
import type { Merged } from './merge.js';
import { mapPacked } from '../packed.js';

function titleCase(s: string): string {
  return s
    .split(/\s+/)
    .map((w, i) => (i > 0 && /^(?:of|the|and|for|to)$/i.test(w) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

export function participantOf(kb: KnowledgeIndex, side: Side, date: string | null): Participant {
  const official = side.entity?.official ?? null;
  const country = side.country ?? official?.country ?? null;
  // Two offices at once (Wang Yi, foreign minister and director of the foreign affairs commission): the
  // one the text writes is the role, when the person held it on the day.
  const written = official && date && side.office ? official.terms.find((t) => t.office_id === side.office!.id && covers(t, date)) : undefined;
  const term = written ?? (official ? kb.termAt(official, date) : undefined);
  let role: string | null = term?.office ?? null;
  let rank: number | null = term ? kb.termRank(term, country ?? '') : null;
  if (!role && side.office) {
    const office = (country ? kb.office(side.office.phrases[0], country) : undefined) ?? side.office;
    role = side.officeText && office.id !== 'official' ? titleCase(side.officeText) : office.title;
    rank = office.rank;
  }
  if (!role && side.officeText) role = titleCase(side.officeText);
  return { name: side.entity ? side.entity.name : null, role, country, rank };
}

/**
 * "in Singapore", "in Monaco", "in Luxembourg": a country named like its capital names the city too.
 * Only when the text says that name ("in the Grand Duchy" names no city).
 */
function sameNamedCapital(doc: DocumentView, start: number, end: number, country: CountryDef | null): string | null {
  const cap = country?.capital;
  if (!cap) return null;
  const said = doc.text.slice(start, end).toLowerCase();
  return said === cap.toLowerCase() && [country.name, ...country.names].some((n) => n.toLowerCase() === said) ? cap : null;
}

export function finalize(doc: DocumentView, kb: KnowledgeIndex, m: Merged, withTrace: boolean): ExchangeEvent {
  const participants = mapPacked(m.participants, (p) => participantOf(kb, p, m.date));
  // The body's sentences first: a list heading or headline only names what the body tells.
  const heading = (i: number) => (doc.sentences[i].info.heading ? 1 : 0);
  const evidence: Span[] = [...new Set(m.sentences)]
    .sort((a, b) => heading(a) - heading(b) || a - b)
    .map((i) => {
      const s = doc.sentences[i].s;
      return { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) };
    });
  const location: Location | null = m.place
    ? m.place.place
      ? {
          city: m.place.place.kind === 'city' || m.place.place.kind === 'island' ? m.place.place.name : (m.place.place.city ?? null),
          country: m.place.place.country,
          venue: m.place.place.kind === 'venue' ? m.place.place.name : null,
          lat: m.place.place.lat ?? null,
          lon: m.place.place.lon ?? null,
        }
      : { city: sameNamedCapital(doc, m.place.start, m.place.end, m.place.country), country: m.place.country?.code ?? null }
    : null;
  const ranks = participants.map((p) => p.rank).filter((r): r is number => r !== null);
  const attrs = describe(doc, m.sentences);
  const event: ExchangeEvent = {
    type: m.type,
    status: m.status,
    certainty: m.certainty,
    participants,
    host_country: m.type === 'phone_call' || m.type === 'video_call' || m.type === 'message' ? null : (m.host ?? location?.country ?? null),
    location: m.type === 'phone_call' || m.type === 'video_call' || m.type === 'message' ? null : location,
    date: m.date,
    end_date: m.endDate,
    date_disputed: null,
    duration_minutes: attrs.duration,
    topics: attrs.topics,
    tone: attrs.tone,
    evidence,
    cameo: null,
    plover: null,
    goldstein: null,
    rank: ranks.length ? Math.min(...ranks) : null,
  };
  if (location && event.location && attrs.venue && !event.location.venue) event.location.venue = attrs.venue;
  const codes = codeEvent(event, { negotiation: m.negotiation, summit: attrs.summit, codes: kb.knowledge.codes });
  event.cameo = codes.cameo;
  event.plover = codes.plover;
  event.goldstein = codes.goldstein;
  if (withTrace) event.trace = m.trace;
  return event;
}
