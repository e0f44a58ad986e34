// "Foreign Minister Borys Tarasyuk, who accompanied the president, held talks with his Moldovan counterpart":
// one said to travel with the leader on a trip is of the traveller's country, when the story gives no other.
import type { Candidate } from '../events/candidates.js';
import { TRAVELLING_PARTY_WORDS } from '../events/lexicon.js';
import { side } from '../events/sides.js';
import type { DocumentView } from '../document.js';
import { copyCandidate } from '../events/new-candidate.js';
import { mapPacked } from '../packed.js';

/** Right after the name: "who accompanied the president", ", accompanying him", "travelling with Lula", "who is in the entourage". */
// ("Minister Erman Suparno, who is in the entourage", "…, a member of the delegation": one of the travelling party.)
const ACCOMPANIES_AFTER = new RegExp(String.raw`^\s*,?\s*(?:who\s+(?:is\s+|was\s+|has\s+been\s+)?)?${TRAVELLING_PARTY_WORDS}\b`, 'i');
/** How many sentences back the trip may have been told. */
const TRIP_BACK = 8;

export function travellingParty(doc: DocumentView, cands: Candidate[]): Candidate[] {
  return mapPacked(cands, (c, i) => {
    if (c.type === 'visit') return c;
    let changed = false;
    const participants = mapPacked(c.participants, (p) => {
      const e = p.entity;
      if (!e || p.country || e.country || e.official) return p;
      const said = e.mentions.some((m) => ACCOMPANIES_AFTER.test(doc.text.slice(m.end, m.end + 40)));
      if (!said) return p;
      // The trip told last before: its traveller's country is the party's — of those to the country of the others
      // met, when there is one ("… held talks with his Moldovan counterpart": the trip to Moldova, not a Moldovan's
      // trip told in between).
      const trips = cands
        .slice(0, i)
        .reverse()
        .filter((o) => o.type === 'visit' && o.status === 'occurred' && c.sentence - o.sentence <= TRIP_BACK && o.travellers.some((t) => t.entity && t.country));
      const met = new Set(c.participants.filter((q) => q !== p && q.country).map((q) => q.country));
      const trip = trips.find((o) => !!o.host && met.has(o.host)) ?? trips[0];
      const country = trip?.travellers.find((t) => t.entity && t.country)?.country;
      if (!country || c.participants.some((q) => q !== p && q.country === country && !q.entity)) return p;
      changed = true;
      return side(e, country, p.office, p.officeText, p.former);
    });
    return changed ? copyCandidate(c, { participants, trace: [...c.trace, 'one travelling with the leader: of the traveller\'s country'] }) : c;
  });
}
