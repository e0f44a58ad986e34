// "Modi held talks with Kishida in Tokyo on Monday. … Jaishankar met Hayashi on the sidelines of the visit":
// "the visit" tells that the talks it points back to were held on a journey. A city named only as the
// venue of talks gives no visit (DESIGN), but talks the text itself then calls a visit do: each side from
// another country than the host's travelled there, on the talks' day.
import type { Candidate } from '../events/candidates.js';
import { side } from '../events/sides.js';
import type { DocumentView } from '../document.js';
import { copyCandidate } from '../events/new-candidate.js';
import { mapPacked } from '../packed.js';

export function impliedVisits(cands: Candidate[]): Candidate[] {
  const made = new Map<Candidate, Candidate[]>();
  for (const c of cands) {
    const talks = c.heldDuring;
    if (!talks || talks.type !== 'meeting' || !talks.host || made.has(talks)) continue;
    const host = talks.host;
    // Talks between a host and guests: a meeting of two foreigners in a third country says nothing of whose journey it was.
    if (!talks.participants.some((p) => p.entity && p.country === host)) continue;
    const guests = talks.participants.filter((p) => p.entity && p.country && p.country !== host);
    const told = (g: Candidate['participants'][number]) =>
      cands.some((o) => o.type === 'visit' && o.host === host && o.status === talks.status && o.travellers.some((t) => t.entity === g.entity));
    const visits = mapPacked(
      guests.filter((g) => !told(g)),
      (g): Candidate => {
        const traveller = side(g.entity, g.country, g.office, g.officeText, g.former);
        return copyCandidate(talks, {
          type: 'visit',
          participants: [traveller],
          travellers: [traveller],
          anaphoric: false,
          noun: undefined,
          vagueType: false,
          conference: false,
          bearer: undefined,
          duringVisit: undefined,
          atGathering: undefined,
          heldDuring: undefined,
          trace: [...talks.trace, `a visit: the talks are "the visit" of sentence ${c.sentence + 1}`],
        });
      },
    );
    made.set(talks, visits);
  }
  if (!made.size) return cands;
  return cands.flatMap((c) => [c, ...(made.get(c) ?? [])]);
}

/** Right before a planned meeting's verb: "looked forward to", "is looking forward to". */
const LOOKS_FORWARD = /\blook(?:s|ed|ing)?\s+forward\s+to\s+$/i;

/**
 * "Starmer said he looked forward to seeing President Zelenskyy in Kyiv": a meeting looked forward to in a place the
 * sentence names abroad, with the host's own side, is a journey there of each side from another country — a plan
 * of travel, not a venue alone (a city named only as a meeting's venue gives no visit, DESIGN).
 */
export function forwardVisits(doc: DocumentView, cands: Candidate[]): Candidate[] {
  const made = new Map<Candidate, Candidate[]>();
  for (const c of cands) {
    if (c.type !== 'meeting' || c.status !== 'planned' || !c.host || !c.place || c.place.start < c.triggerEnd) continue;
    const s = doc.sentences[c.sentence].s;
    if (!LOOKS_FORWARD.test(doc.text.slice(Math.max(s.start, c.triggerStart - 30), c.triggerStart))) continue;
    if (!['in', 'to'].includes(c.place.prep) || /[,;]/.test(doc.text.slice(c.triggerEnd, c.place.start))) continue;
    const host = c.host;
    if (!c.participants.some((p) => p.country === host)) continue;
    const guests = c.participants.filter((p) => p.country && p.country !== host && (p.entity || p.office));
    const told = (g: Candidate['participants'][number]) =>
      cands.some((o) => o.type === 'visit' && o.host === host && o.status === 'planned' && o.travellers.some((t) => (g.entity ? t.entity === g.entity : t.country === g.country)));
    const visits = guestVisits(c, guests.filter((g) => !told(g)), 'a visit: a meeting looked forward to in a place abroad');
    if (visits.length) made.set(c, visits);
  }
  return withVisits(cands, made);
}

/** Each guest's journey to the talks' place: the talks' own telling, as a visit of that one traveller. */
function guestVisits(c: Candidate, guests: Candidate['participants'], why: string): Candidate[] {
  return mapPacked(guests, (g): Candidate => {
    const traveller = side(g.entity, g.country, g.office, g.officeText, g.former);
    return copyCandidate(c, { type: 'visit', participants: [traveller], travellers: [traveller], anaphoric: false, noun: undefined, vagueType: false, conference: false, trace: [...c.trace, why] });
  });
}

/** The candidates with the visits made from each put right after it. */
function withVisits(cands: Candidate[], made: Map<Candidate, Candidate[]>): Candidate[] {
  if (!made.size) return cands;
  return cands.flatMap((c) => [c, ...(made.get(c) ?? [])]);
}

/** Right after the talks: ", on the first stop of a Middle East tour", "as the final leg of his Asian trip". */
const STOP_OF_TOUR = /^[^.;]{0,160}?,\s*(?:on|during|at|as|in)\s+(?:the|his|her|their)\s+(?:first|second|third|fourth|fifth|final|last|next|opening|latest)\s+(?:stop|leg)\s+of\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:tour|trip|journey|swing|visit)\b/i;

/**
 * "Rubio met Netanyahu in Jerusalem on Sunday, on the first stop of a Middle East tour": talks the text calls a stop of
 * a tour were held on a journey: each side from another country than the talks' host travelled there, on their day.
 */
export function stopVisits(doc: DocumentView, cands: Candidate[]): Candidate[] {
  return hostedGuestsVisits(cands, 'a visit: the talks are the stop of a tour', (c) => {
    if (c.type !== 'meeting' || c.status === 'declined') return false;
    const s = doc.sentences[c.sentence].s;
    return /\b(?:stop|leg)\s+of\b/i.test(s.text) && STOP_OF_TOUR.test(doc.text.slice(c.triggerEnd, s.end));
  });
}

/** Each guest's visit to the host of an exchange `told` picks, one of whose sides is the host's own, unless told already. */
function hostedGuestsVisits(cands: Candidate[], why: string, told: (c: Candidate) => boolean): Candidate[] {
  const made = new Map<Candidate, Candidate[]>();
  for (const c of cands) {
    const host = c.host;
    if (!host || !told(c) || !c.participants.some((p) => p.entity && p.country === host)) continue;
    const came = (g: Candidate['participants'][number]) =>
      cands.some((o) => o.type === 'visit' && o.host === host && o.status === c.status && o.travellers.some((t) => t.entity === g.entity));
    const visits = guestVisits(c, c.participants.filter((g) => g.entity && g.country && g.country !== host && !came(g)), why);
    if (visits.length) made.set(c, visits);
  }
  return withVisits(cands, made);
}

/** A guest's welcome on arrival: "during a welcoming ceremony", "inspect a guard of honour", "on the red carpet". */
const WELCOME_CEREMONY = /\b(?:welcom(?:ing|e)\s+ceremony|official\s+welcome|ceremonial\s+(?:welcome|reception)|guard\s+of\s+hono(?:u)?r|red\s+carpet)\b/i;

/**
 * "Lee shakes hands with Luong Cuong during a welcoming ceremony at the Presidential Palace in Hanoi": a host's
 * ceremony of welcome is held for a guest who has come, so each side from another country than the host's travelled
 * there, on that day (a venue alone gives no visit; a welcome says who arrived).
 */
export function welcomeVisits(doc: DocumentView, cands: Candidate[]): Candidate[] {
  return hostedGuestsVisits(cands, 'a visit: a ceremony of welcome for the guest', (c) => {
    if ((c.type !== 'meeting' && c.type !== 'handshake') || c.status !== 'occurred') return false;
    const t = doc.sentences[c.sentence].s.text;
    return (t.includes('elcom') || t.includes('guard') || t.includes('carpet') || t.includes('eremonial')) && WELCOME_CEREMONY.test(t);
  });
}
