// "Modi held talks with Kishida in Tokyo on Monday. … Jaishankar met Hayashi on the sidelines of the visit":
// "the visit" tells that the talks it points back to were held on a journey. A city named only as the
// venue of talks gives no visit (DESIGN), but talks the text itself then calls a visit do: each side from
// another country than the host's travelled there, on the talks' day.
import type { Candidate } from '../events/candidates.js';
import { side } from '../events/sides.js';

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
    const visits = guests
      .filter((g) => !told(g))
      .map((g): Candidate => {
        const traveller = side(g.entity, g.country, g.office, g.officeText, g.former);
        return {
          ...talks,
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
        };
      });
    made.set(talks, visits);
  }
  if (!made.size) return cands;
  return cands.flatMap((c) => [c, ...(made.get(c) ?? [])]);
}
